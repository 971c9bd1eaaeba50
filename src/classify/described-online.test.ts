import { describe, expect, it } from 'vitest';
import { emptyParsedEvent, type ParsedEvent } from '../sources/types.js';
import { classifyAttendance } from './attendance.js';

const noPlace = (description: string, over: Partial<ParsedEvent> = {}) =>
  classifyAttendance(
    emptyParsedEvent({ uid: 'u', title: 'Monthly meeting', start: new Date('2026-05-02T18:00:00Z'), description, ...over }),
  );

describe('an event that names no place, whose description says it is held online', () => {
  it.each([
    ['Spanish, a community’s meetings', 'Encuentro informal.\n\nSe celebrará en el Discord de la comunidad.'],
    ['a meeting room’s link', 'Talk and Q&A. Link: https://us02web.zoom.us/j/123456789?pwd=abc'],
    ['a Google Meet link', 'Reunión mensual: https://meet.google.com/abc-defg-hij'],
    ['"join us on Zoom"', 'Join us on Zoom for our monthly talk.'],
    ['"this is an online event"', 'This is an online event; the link is sent after RSVP.'],
    ['French, "en visio"', 'Réunion du bureau en visio.'],
    ['German, "findet online statt"', 'Der Stammtisch findet online statt.'],
    ['a bold banner inside the text', 'Example Readers Club **ONLINE EVENT** We will discuss the book together.'],
    ['a banner opening the text', 'Online event. We will discuss the book together.'],
    ['a banner line', 'Monthly book talk\nONLINE-ONLY\nLink after RSVP.'],
    ['a banner after a sentence', 'We read a chapter a month. Online only!'],
    ['a banner at the end', 'We read a chapter a month.\n\nOnline only'],
    ['a banner with an emoji', '🌐 Virtual meetup - link after RSVP'],
    ['"join us on Discord" for the meeting itself', 'Join us on Discord for our monthly voice chat.'],
    ['"join us via Jitsi"', 'Join us via Jitsi, the link is below.'],
  ])('is online: %s', (_, description) => {
    expect(noPlace(description)).toBe('online');
  });

  it.each([
    ['tickets sold online', 'Tickets online at the box office site.'],
    ['a video', 'Watch the trailer: https://www.youtube.com/watch?v=abc'],
    ['the venue’s chat', 'Join our Discord: https://discord.gg/hackerspace'],
    ['an offer to attend remotely too', 'Also streamed for those who cannot come: https://zoom.us/j/1'],
    ['nothing about where', 'Bring a laptop.'],
    ['both ways', 'Join us online or in person at the hall.'],
    ['the slides', 'The slides will be online after the talk.'],
    ['registration for it', 'Online event registration opens on Monday.'],
    ['other events', 'Online events are listed elsewhere.'],
    ['a stream beside it', 'The talk is also streamed online.'],
    ['tickets sold online only', 'Tickets: online only. Doors at 7.'],
    ['tickets in bold', 'Tickets **online only**, none at the door.'],
    ['tickets in brackets', 'Tickets (online only) from the venue.'],
    ['a compound word', 'Online-Event-Anmeldung über die Webseite.'],
    ['a kind of ticket', 'Online only tickets are cheaper.'],
    [
      'also the community’s Discord',
      'We meet at local hackspaces every first Wednesday.\n\nYou can also join us via Discord on our server.',
    ],
    ['also on Zoom, beside the meeting', 'Our meetups are at the library. You can also join us on Zoom.'],
    ['also held online', 'The talk is also held online.'],
    ['the Discord server', 'Join our Discord server for updates.'],
    ['a Slack workspace', 'Join us on Slack to chat between meetups.'],
    ['a Telegram group', 'Join our Telegram group: https://t.me/pixelclub'],
    ['a WhatsApp group', 'Join us via WhatsApp for the latest news.'],
    ['a Matrix room', 'Join us on Matrix: #pixelclub:matrix.org'],
  ])('is not said to be online: %s', (_, description) => {
    expect(noPlace(description)).toBe('unknown');
  });

  it('does not override a place the event states', () => {
    expect(noPlace('Join us on Zoom if you cannot make it.', { locationText: 'CodeBase, Edinburgh' })).not.toBe('online');
  });
});
