import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRegion } from '../place/index.js';
import { previewUrl } from './preview.js';
import { calendar, ingestDeps, Sites, vevent } from './test-sites.js';

// Lesson from a real PyCon schedule export: a day's workshop is listed twice, either side of its lunch, and both
// halves were posted.

const NOW = new Date('2026-05-01T00:00:00Z');
const at = (day: string, time: string) => `DTSTART:202605${day}T${time}00Z`;
const until = (day: string, time: string) => `DTEND:202605${day}T${time}00Z`;

const PROGRAMME = calendar(
  [],
  [
    [
      ...vevent('1@worker', at('12', '0930'), 'SproutGirls', 'Lab Wing (Room 2)'),
      until('12', '1100'),
      'URL:https://conf.example/sproutgirls/',
    ],
    [...vevent('2@worker', at('12', '1100'), 'SproutGirls Lunch', 'Lab Wing (Room 2)'), until('12', '1130')],
    [
      ...vevent('3@worker', at('12', '1130'), 'SproutGirls', 'Lab Wing (Room 2)'),
      until('12', '1500'),
      'URL:https://conf.example/sproutgirls/',
    ],
    [...vevent('4@worker', at('12', '1300'), 'Matinee: Sprout Opera', 'Main Hall (B1.2)'), until('12', '1500')],
    [...vevent('5@worker', at('12', '1800'), 'Matinee: Sprout Opera', 'Main Hall (B1.2)'), until('12', '2000')],
  ],
);

describe('one workshop split around a break is posted once, spanning both parts', () => {
  const sites = new Sites();
  let rows: [string, string, string, string | null][] = [];
  beforeAll(async () => {
    await sites.start();
    sites.page('conf.example', '/programme.ics', PROGRAMME, 'text/calendar');
    const leeds = resolveRegion('Leeds, UK', { radiusKm: 50 });
    if (!leeds.ok) throw new Error(leeds.error.message);
    const p = await previewUrl('https://conf.example/programme.ics', ingestDeps(sites), leeds.value, NOW);
    if (!p.ok) throw new Error(p.message);
    rows = p.rows.map((r) => [r.event.title, r.verdict, r.event.start.toISOString(), r.event.end?.toISOString() ?? null]);
  });
  afterAll(() => sites.close());

  it('is one post from the first part’s start to the second’s end; a matinée and an evening show stay two', () => {
    expect(rows).toEqual([
      ['SproutGirls', 'post', '2026-05-12T09:30:00.000Z', '2026-05-12T15:00:00.000Z'],
      ['Matinee: Sprout Opera', 'post', '2026-05-12T13:00:00.000Z', '2026-05-12T15:00:00.000Z'],
      ['Matinee: Sprout Opera', 'post', '2026-05-12T18:00:00.000Z', '2026-05-12T20:00:00.000Z'],
    ]);
  });
});
