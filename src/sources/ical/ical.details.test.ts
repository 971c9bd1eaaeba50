/** Fixture-specific quirks from SOURCES.md, each checked on the real file. */
import { expect, it } from 'vitest';
import { context, fixture, parseOk } from './test-helpers.js';
import { describeCaptured } from '../../../test/helpers/captured.js';

const WIDE = context('2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z');

describeCaptured('Luma (UTC only, online events have a URL as LOCATION)', () => {
  const { views } = parseOk(fixture('luma-calendar-nairobidevops.ics'), WIDE);

  it('puts URL locations in locationUrl and street addresses in locationText', () => {
    const online = views.filter((v) => v.locationUrl?.startsWith('https://luma.com/event/evt-'));
    expect(online).toHaveLength(34); // the calendar's test entries are skipped
    expect(online.every((v) => v.locationText === null && v.lat === null)).toBe(true);
    expect(views.filter((v) => v.locationUrl !== null)).toHaveLength(36); // + 2 external events
    expect(views.filter((v) => v.locationText !== null)).toHaveLength(24);
    expect(views.filter((v) => v.lat !== null)).toHaveLength(26);
  });

  it('keeps GEO on an external event, without float noise', () => {
    expect(views.find((v) => v.title === 'Africa DevOps Summit 2.0')).toMatchObject({
      uid: 'calev-1eq7hdvpxnpa7lC@events.lu.ma',
      locationUrl: 'https://www.devopssummit.africa/',
      locationText: null,
      lat: -1.292066,
      lon: 36.821946,
    });
  });

  it('says nothing about the zone (UTC times) and reads every STATUS:TENTATIVE', () => {
    expect(new Set(views.map((v) => v.timezone))).toEqual(new Set([null]));
    expect(new Set(views.map((v) => v.status))).toEqual(new Set(['tentative']));
    expect(views.every((v) => v.floating === false && v.allDay === false)).toBe(true);
  });

  it('joins lines folded mid-word', () => {
    expect(views[1]!.description).toBe(
      'Get up-to-date information at: https://luma.com/51tj4ymm\n\nHosted by Juma L & Nairobi DevOps Community',
    );
  });
});

describeCaptured('Meetup DetroitRuby', () => {
  const { views } = parseOk(fixture('meetup-group-detroitruby.ics'), WIDE);

  it('turns a `\\n` escape split across a fold into a real newline', () => {
    // Events 1 and 3 are folded between "\" and "n".
    for (const v of [views[0]!, views[2]!]) {
      expect(v.description).toContain('do away with ...\n\nDetails: http://www.meetup.com/DetroitRuby/events/');
      expect(v.description).not.toMatch(/\\|nDetails/);
    }
  });

  it('has no event URL fallback to the calendar file', () => {
    // X-ORIGINAL-URL here is the .ics address, not an event page; every event has its own URL.
    expect(views.map((v) => v.url)).toEqual([
      'http://www.meetup.com/DetroitRuby/events/93346412/',
      'http://www.meetup.com/DetroitRuby/events/qgkxkcyrdbsb/',
      'http://www.meetup.com/DetroitRuby/events/qgkxkcyrfbsb/',
      'http://www.meetup.com/DetroitRuby/events/qgkxkcyrgbpb/',
      'http://www.meetup.com/DetroitRuby/events/qgkxkcyrhbmb/',
      'http://www.meetup.com/DetroitRuby/events/qgkxkcyrjbrb/',
    ]);
    expect(views.every((v) => v.links.length === 1 && v.links[0] === v.url)).toBe(true);
  });
});

describeCaptured('Discourse', () => {
  it('unescapes `\\;` inside the description text', () => {
    const { views } = parseOk(fixture('discourse-calendar-machbar-no-dtend.ics'), WIDE);
    expect(views[0]!.description).toMatch(/\nEs gab die Ve&hellip;$/);
    expect(views[0]!.description).toContain('Gehäuse für ein DMX Interface');
  });
});

describeCaptured('Eventbrite (VERSION:1.0, no UID)', () => {
  const text = fixture('eventbrite-event-casscot13-glasgow.ics');

  it('derives the same id on every parse, and a different one when the event differs', () => {
    const first = parseOk(text, WIDE).events[0]!.uid;
    expect(first).toMatch(/^derived-[0-9a-f]{64}$/);
    expect(parseOk(text, WIDE).events[0]!.uid).toBe(first);
    const moved = text.replace('DTSTART:20131026T073000Z', 'DTSTART:20131027T073000Z');
    expect(parseOk(moved, WIDE).events[0]!.uid).not.toBe(first);
  });
});

describeCaptured('FabLab (WordPress)', () => {
  const { views } = parseOk(fixture('wordpress-ai1ec-fablab-cottbus.ics'), context('2019-03-04T00:00:00Z', '2019-03-05T00:00:00Z'));

  it('reads GEO written with + signs', () => {
    expect(views.find((v) => v.uid === 'ai1ec-1781@blog.fablab-cottbus.de')).toMatchObject({ lat: 51.76882, lon: 14.32321 });
  });

  it('keeps multi-day timed events as one event with their real end', () => {
    expect(views.find((v) => v.title === 'Das fablabcb auf der Maker Faire')).toMatchObject({
      allDay: false,
      start: '2018-05-25T07:00:00.000Z',
      end: '2018-05-27T16:00:00.000Z',
    });
  });

  it('uses the plain DESCRIPTION, not the X-ALT-DESC HTML', () => {
    expect(views.every((v) => !v.description?.includes('<html'))).toBe(true);
  });
});

describeCaptured('Thunderbird override', () => {
  it('reads an empty LOCATION: as no location', () => {
    const { views } = parseOk(
      fixture('thunderbird-recurring-one-occurrence-cancelled.ics'),
      context('2020-01-01T00:00:00Z', '2020-03-01T00:00:00Z'),
    );
    expect(views[1]).toMatchObject({ status: 'cancelled', locationText: null, locationUrl: null, description: null });
  });
});
