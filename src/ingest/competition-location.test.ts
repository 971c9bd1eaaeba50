import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFeedPlace } from '../place/index.js';
import { calendar, previewByTitle, Sites, vevent, type RowsByTitle } from './test-sites.js';

// Lesson from real sports clubs' fixture calendars (TeamSnap, Spond, a football association's fixtures), on a
// calendar of our own: LOCATION holds the league, division or round, not the ground. "Premier Division" was
// taken as the venue and the match posted in person at the feed's home, with a set place ignored.

const NOW = new Date('2026-03-01T00:00:00Z');
const at = (day: number) => `DTSTART;TZID=Europe/London:202603${String(day).padStart(2, '0')}T140000`;

/** [title, LOCATION as the calendar writes it (commas escaped)]. */
const COMPETITIONS: [string, string][] = [
  ['Oakfield Rovers vs Brookside United', 'Premier Division'],
  ['Oakfield Rovers vs Millbrook Athletic', 'Sunday League Division 2'],
  ['Oakfield Rovers U12 Girls vs Elmwood Juniors', 'U12 Girls - Spring League'],
  ['Oakfield Rovers vs Hollin Town', 'Cup Round 3'],
  ['Oakfield Rovers vs Kettleby Wanderers', 'Bundesliga'],
  ['Oakfield Rovers vs Ashgrove Albion', 'Kreisliga A'],
  ['Oakfield Rovers vs Fernbank FC', 'Pool A'],
];
const PLACES: [string, string, { locality: string; verdict: 'post' | 'skip' }][] = [
  ['Oakfield Rovers vs Liga Select', 'Liga Stadium\\, Leeds', { locality: 'Leeds', verdict: 'post' }],
  ['Oakfield Rovers social', 'Cup & Saucer Café\\, Bath', { locality: 'Bath', verdict: 'skip' }],
  ['Oakfield Rovers vs Division Street Rangers', 'Division Street 12\\, Sheffield', { locality: 'Sheffield', verdict: 'post' }],
];

const ICS = calendar(
  ['X-WR-CALNAME:Oakfield Rovers Fixtures', 'X-WR-TIMEZONE:Europe/London'],
  [...COMPETITIONS, ...PLACES].map(([title, location], i) => vevent(`fx-${i}@club.example`, at(10 + i), title, location)),
);

describe('ingest: a fixture calendar whose LOCATION is the league or round', () => {
  const sites = new Sites();
  let without: RowsByTitle['row'];
  let withPlace: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    sites.page('club.example', '/fixtures.ics', ICS, 'text/calendar');
    ({ row: without } = await previewByTitle(sites, 'https://club.example/fixtures.ics', 'Sheffield, UK', 50, NOW));
    const place = resolveFeedPlace('Oakfield Park, Sheffield');
    if (!place.ok) throw new Error(place.error.message);
    ({ row: withPlace } = await previewByTitle(sites, 'https://club.example/fixtures.ics', 'Sheffield, UK', 50, NOW, place.value.place));
  });
  afterAll(() => sites.close());

  it.each(COMPETITIONS)('%j at %j names no place: not posted while the feed has no place set', (title) => {
    expect(without(title)).toMatchObject({ verdict: 'skip', placedBy: 'none', address: null, lat: null });
  });

  it.each(COMPETITIONS)('%j at %j is at the place an admin set for the feed', (title) => {
    expect(withPlace(title)).toMatchObject({ verdict: 'post', placedBy: 'set', venue: 'Oakfield Park', locality: 'Sheffield' });
  });

  it.each(PLACES)('%j at %j stays at the place its location names', (title, _location, expected) => {
    for (const row of [without, withPlace]) expect(row(title)).toMatchObject({ placedBy: 'address', ...expected });
  });
});
