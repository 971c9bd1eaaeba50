import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real Meetup group calendar, on a synthetic one of our own: LOCATION is empty and
// the description is one line of emoji facts, the venue after a 📍 pin. It was skipped as naming
// no place; the same venue on a line of its own was read.

const NOW = new Date('2026-05-01T03:00:00Z');

const event = (uid: string, day: string, summary: string, description: string) => [
  `UID:${uid}@nomads.example`,
  'DTSTAMP:20260401T000000Z',
  `DTSTART;TZID=Asia/Bangkok:202605${day}T120000`,
  `DTEND;TZID=Asia/Bangkok:202605${day}T140000`,
  `SUMMARY:${summary}`,
  `DESCRIPTION:${description}`,
];

const ICS = calendar(
  ['X-WR-CALNAME:Nomads Brunch Club', 'X-WR-TIMEZONE:Asia/Bangkok'],
  [
    event(
      'brunch',
      '10',
      'Weekend Brunch by Nomads',
      'Meet fellow nomads! **📍 Sunday Brunch Gathering** 🗓 **Sunday** 🕦 **12PM noon** 📍 The Example Garden Cafe 💰 **50 THB** See you there',
    ),
    event('picnic', '17', 'Sunday Picnic', 'Bring food! 🗓 **Sunday** 📍 Saturday 16 May 🕦 **noon**'),
  ],
);

describe('ingest: a venue after a 📍 pin in a one-line description', () => {
  const row = previewed({ url: 'https://nomads.example/events.ics', body: ICS, type: 'text/calendar' }, 'Chiang Mai, Thailand', 25, NOW);

  it('is the event’s venue, placed at the feed’s home, and the event is posted', () => {
    expect(row('Weekend Brunch by Nomads')).toMatchObject({
      verdict: 'post',
      address: 'The Example Garden Cafe',
      placedBy: 'home-area',
      country: 'TH',
      start: new Date('2026-05-10T05:00:00Z'),
    });
  });

  it('a pin before a date names no place: not posted', () => {
    expect(row('Sunday Picnic')).toMatchObject({ verdict: 'skip', placedBy: 'none', venue: null, address: null });
  });
});
