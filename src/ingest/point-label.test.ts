import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real Luma calendar, on a synthetic one of our own: an event's coordinates in Rome
// lie nearest the gazetteer's point for Vatican City, and it was shown as "Vatican City, VA" (another
// country) though its address says "00153 Roma RM, Italy".

const NOW = new Date('2026-04-01T00:00:00Z');

const event = (uid: string, day: string, summary: string, geo: string, location: string) => [
  `UID:${uid}@builders.example`,
  'DTSTAMP:20260301T000000Z',
  `DTSTART:202604${day}T090000Z`,
  `SUMMARY:${summary}`,
  `GEO:${geo}`,
  `LOCATION:${location}`,
];

const ICS = calendar(
  ['X-WR-CALNAME:Example Builders'],
  [
    event('rome', '18', 'Example Builders Rome', '41.87495;12.47305', 'Example Hub\\, Via Esempio 1\\, 00153 Roma RM\\, Italy'),
    event('italy', '19', 'Example Builders Italy', '41.87495;12.47305', 'Example Hub\\, Italy'),
  ],
);

describe('ingest: coordinates named by the town and country the address writes', () => {
  const row = previewed({ url: 'https://builders.example/events.ics', body: ICS, type: 'text/calendar' }, 'Rome, Italy', 25, NOW);

  it('is in Rome, Italy, at its own coordinates, not in Vatican City', () => {
    expect(row('Example Builders Rome')).toMatchObject({
      verdict: 'post',
      placedBy: 'geo',
      locality: 'Rome',
      country: 'IT',
      lat: 41.87495,
      lon: 12.47305,
    });
  });

  it('is in the country the address writes when it names only that', () => {
    expect(row('Example Builders Italy')).toMatchObject({ verdict: 'post', placedBy: 'geo', country: 'IT', lat: 41.87495 });
  });
});
