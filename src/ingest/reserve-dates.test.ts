import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewUrl, type PreviewResult } from './preview.js';
import { resolveRegion } from '../place/index.js';
import { calendar, ingestDeps, Sites, vevent } from './test-sites.js';

// Lesson from a real rugby club's fixture list: among its matches are dates it keeps free in case a match has to be
// played again ("Maroons vs. League Reserve Date"). They had been posted as matches at the club's ground.

const GROUND = 'Kestrel Park\\, Mill Road\\, Morley\\, Leeds\\, LS27 0AA';
const fixture = (uid: string, start: string, summary: string) => vevent(`${uid}@kestrels.example`, `DTSTART:${start}`, summary, GROUND);

const FIXTURES = calendar(
  ['X-WR-CALNAME:Kestrels RFC fixtures', 'X-WR-TIMEZONE:Europe/London'],
  [
    fixture('m1', '20271021T130000Z', 'Kestrels vs. Harrowby'),
    fixture('r1', '20271028T120000Z', 'Kestrels vs. League Reserve Date'),
    fixture('r2', '20271104T120000Z', 'Kestrels vs. Cup Reserve Date'),
    fixture('r3', '20271111T120000Z', 'County Cup Reserve Date'),
    fixture('m2', '20271118T140000Z', 'Kestrels vs. Dunmere (played on the reserve date)'),
  ],
);

describe('ingest: reserve dates in a fixture list', () => {
  const sites = new Sites();
  let preview: PreviewResult;
  beforeAll(async () => {
    await sites.start();
    sites.page('kestrels.example', '/fixtures.ics', FIXTURES, 'text/calendar');
    const leeds = resolveRegion('Leeds, UK', { radiusKm: 50 });
    if (!leeds.ok) throw new Error(leeds.error.message);
    preview = await previewUrl('https://kestrels.example/fixtures.ics', ingestDeps(sites), leeds.value, new Date('2027-10-01T00:00:00Z'));
  });
  afterAll(() => sites.close());

  it('posts the matches, one of them played on a reserve date', () => {
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.rows.map((r) => [r.event.title, r.verdict])).toEqual([
      ['Kestrels vs. Harrowby', 'post'],
      ['Kestrels vs. Dunmere (played on the reserve date)', 'post'],
    ]);
  });

  it('lists the reserve dates as no events, saying why', () => {
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.skipped.map((s) => s.title)).toEqual([
      'Kestrels vs. League Reserve Date',
      'Kestrels vs. Cup Reserve Date',
      'County Cup Reserve Date',
    ]);
    expect(preview.skipped[0]!.reason).toContain('reserve date');
  });
});
