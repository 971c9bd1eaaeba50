import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, previewByTitle, Sites, vevent, type RowsByTitle } from './test-sites.js';

// Lesson from a check of real feeds: a carnival calendar of the Freiamt is about Muri AG (canton of Aargau). A channel
// could not be set to "Muri AG", "Muri, Aargau" or "Muri, AG", and "Muri, CH" silently chose Muri bei Bern, 75 km
// away, skipping every event. Swiss addresses name their town the same way: "5630 Muri AG".

const NOW = new Date('2026-01-10T09:00:00Z');

const event = (uid: string, start: string, summary: string, location: string, geo?: string) => [
  ...vevent(uid, `DTSTART:${start}`, summary, location),
  ...(geo ? [`GEO:${geo}`] : []),
];

const carnival = calendar(
  ['X-WR-CALNAME:Fasnacht Beispiel'],
  [
    event('ball', '20260207T190000Z', 'Fasnachtsball', 'Muri', '47.2743;8.3385'),
    event('umzug', '20260215T130000Z', 'Umzug', 'Festhalle\\, Marktstrasse 10\\, 5630 Muri AG'),
    event('gugge', '20260214T190000Z', 'Guggenkonzert', 'Festzelt\\, Dorfstrasse 1\\, 3074 Muri BE'),
  ],
);

describe('ingest: a Swiss channel and addresses that name their town with its canton', () => {
  const sites = new Sites();
  const rows: Record<string, RowsByTitle['row']> = {};
  beforeAll(async () => {
    await sites.start();
    sites.page('fasnacht.example', '/events.ics', carnival, 'text/calendar');
    for (const region of ['Muri AG', 'Muri, Aargau', 'Muri, AG']) {
      ({ row: rows[region]! } = await previewByTitle(sites, 'https://fasnacht.example/events.ics', region, 50, NOW));
    }
  });
  afterAll(() => sites.close());

  it.each(['Muri AG', 'Muri, Aargau', 'Muri, AG'])('a "%s" channel gets the Freiamt’s events', (region) => {
    const row = rows[region]!;
    expect(row('Fasnachtsball')).toMatchObject({ placedBy: 'geo', verdict: 'post' });
    expect(row('Fasnachtsball').distanceKm).toBeLessThan(1);
  });

  it('places "5630 Muri AG" in Aargau and "3074 Muri BE" in Bern, 75 km apart', () => {
    const row = rows['Muri AG']!;
    expect(row('Umzug')).toMatchObject({ placedBy: 'address', locality: 'Muri', verdict: 'post' });
    expect(row('Umzug').distanceKm).toBeLessThan(1);
    expect(row('Guggenkonzert')).toMatchObject({ placedBy: 'address', locality: 'Muri', verdict: 'skip', reason: 'outside-region' });
    expect(row('Guggenkonzert').distanceKm).toBeGreaterThan(60);
  });
});
