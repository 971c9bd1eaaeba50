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
    ['French, "se tiendra … en ligne"', 'Le prochain cercle de lecture se tiendra le vendredi 28 février 2025 en ligne.'],
    ['French, "une soirée à distance"', 'Venez participer à une soirée à distance pour poser vos questions.'],
    ['French, "en distanciel"', 'Le cours se fera en distanciel, le lien arrive par courriel.'],
    ['French, "aura lieu en ligne"', 'La réunion aura lieu en ligne.'],
    ['French, "se déroulera en ligne"', 'La rencontre se déroulera en ligne.'],
    ['French, "atelier en ligne"', 'Un atelier en ligne pour débuter en Python.'],
    ['French, "événement en ligne"', 'Événement en ligne : le lien sera envoyé la veille.'],
    ['French, a time before it', 'La soirée aura lieu le 6 mars à 19h en ligne.'],
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
    ['French, tickets sold online', 'Ouverture de la billetterie en ligne pour la conférence.'],
    ['French, registration online', 'Inscription en ligne obligatoire.'],
    ['French, the slides', 'Les supports seront en ligne après la soirée.'],
    ['French, how far from', 'Une formation à distance de la gare.'],
    ['French, a recording', 'Le replay en ligne sera disponible le lendemain.'],
    ['French, a walk away', 'À 5 minutes à pied du métro.'],
    ['French, held there and online', 'La soirée aura lieu au Campus et en ligne.'],
    ['French, held there, registration online', 'La soirée aura lieu au Campus avec inscription en ligne.'],
    ['French, held there, streamed online', 'La soirée aura lieu au Campus et sera diffusée en ligne.'],
    ['French, held there; the recording online', 'La soirée aura lieu à La Cantine. Replay en ligne.'],
    ['French, remote as an option', 'Possibilité de suivre en distanciel.'],
    ['French, a talk about remote work', 'Une soirée sur le travail à distance.'],
    ['French, "il y a lieu de"', "Il y a lieu de s'inscrire en ligne avant la soirée."],
  ])('is not said to be online: %s', (_, description) => {
    expect(noPlace(description)).toBe('unknown');
  });

  it('does not override a place the event states', () => {
    expect(noPlace('Join us on Zoom if you cannot make it.', { locationText: 'CodeBase, Edinburgh' })).not.toBe('online');
  });
});
