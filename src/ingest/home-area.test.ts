import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, previewByTitle, Sites, type RowsByTitle } from './test-sites.js';

// Lesson from a real Munich venue's event page: it names its park only as "Olympiapark München" and its stage as
// "Theatron". With no address to go on, its home had been the Hamburg channel's region, and the stage was posted
// there "0.0 km" away.

const NOW = new Date('2026-09-13T00:00:00Z');

const event = (uid: string, start: string, summary: string, location: string) => [
  `UID:${uid}@park.example`,
  'DTSTAMP:20260901T000000Z',
  `DTSTART;TZID=Europe/Berlin:${start}`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
];

describe('ingest: a feed whose only place is the town in a venue’s name', () => {
  const sites = new Sites();
  let row: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    const park = calendar(
      ['X-WR-CALNAME:Parkprogramm'],
      [event('fest', '20260927T100000', 'Stadtfest', 'Olympiapark München'), event('tanz', '20261003T150000', 'Tanzabend', 'Theatron')],
    );
    sites.page('park.example', '/events.ics', park, 'text/calendar');
    ({ row } = await previewByTitle(sites, 'https://park.example/events.ics', 'Hamburg, Germany', 50, NOW));
  });
  afterAll(() => sites.close());

  it('is at home in Munich, so its stage is not posted in Hamburg', () => {
    expect(row('Stadtfest')).toMatchObject({ locality: 'Munich', verdict: 'skip', reason: 'outside-region' });
    expect(row('Tanzabend')).toMatchObject({ placedBy: 'home-area', locality: 'Munich', verdict: 'skip', reason: 'outside-region' });
  });
});
