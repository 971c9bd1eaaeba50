import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real scout pack's calendar (Scoutbook's export), on a synthetic one of our own: a meeting at
// "<Church>? - Check before Going" was posted with the venue "<Church>?" and the note as its address.

const NOW = new Date('2026-09-01T00:00:00Z');

const event = (uid: string, start: string, summary: string, location: string) => [
  `UID:${uid}@scouts.example`,
  'DTSTAMP:20260801T000000Z',
  `DTSTART:${start}`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
];

const ICS = calendar(
  ['X-WR-CALNAME:Pack 777 (Family)'],
  [
    event('committee', '20261005T000000Z', 'Pack 777 - Committee Meeting', 'Grace Lutheran Church? - Check before Going'),
    event('social', '20261010T170000Z', 'Family Picnic', 'Example Park (TBC)'),
  ],
);

describe('ingest: a venue named tentatively', () => {
  const row = previewed({ url: 'https://scouts.example/pack.ics', body: ICS, type: 'text/calendar' }, 'Austin, Texas, USA', 50, NOW);

  it.each([
    ['Pack 777 - Committee Meeting', 'Grace Lutheran Church'],
    ['Family Picnic', 'Example Park'],
  ])('%s is posted at the venue, shown without the hedge', (title, address) => {
    expect(row(title)).toMatchObject({ verdict: 'post', address, attendance: 'in_person', placedBy: 'home-area' });
  });
});
