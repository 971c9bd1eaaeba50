import { describe, expect, it } from 'vitest';
import type { EventPlacement } from '../core/placement.js';
import { verdictFor } from './eligibility.js';
import { lookupPlace } from './gazetteer.js';
import { haversineKm } from './geo.js';
import { inferHomeArea } from './home.js';
import { clues, feedContext, inPerson } from './test-clues.js';
import { placeEvent } from './event.js';

// Sweeps t20 and t22: a feed's home had been the biggest city within 15 km of its events (a university's feed
// at Miami, 9.5 km from its Coral Gables campus; a Malvern running club at Worcester), and every venue named
// alone was placed there — outside a small radius around the events' own town. The home is where the events
// are, named by the town they are placed in most.

/** [lat, lon, the town it was placed in, how many events are at it]. */
type Point = [number, number, string | null, number?];

const placed = ([lat, lon, locality]: Point, country: string): EventPlacement => ({
  lat,
  lon,
  locality,
  country,
  timezone: null,
  placedBy: 'geo',
});

interface Row {
  case: string;
  country: string;
  points: Point[];
  /** The home area as `preview` and `feed list` show it. */
  label: RegExp;
  /** The channel's town and radius: a venue named alone in the feed is posted there. */
  channel: [string, number];
  /** The town a venue named alone is shown in. */
  venueIn: string;
}

const rows: Row[] = [
  {
    case: 'a campus cluster beside a big city is at home on the campus, in its own town',
    country: 'US',
    points: [
      [25.719, -80.279, 'Coral Gables', 4],
      [25.7175, -80.278, 'Coral Gables', 2],
      [25.721, -80.2765, 'Coral Gables', 3],
      [25.7138, -80.2816, 'Coral Gables'],
      [25.774, -80.193, 'Miami'],
    ],
    label: /^Coral Gables, Florida, US$/,
    channel: ['Coral Gables', 5],
    venueIn: 'Coral Gables',
  },
  {
    case: 'a club whose events are placed in a small town is at home there, not in the city 11 km off',
    country: 'GB',
    points: [
      [52.1106, -2.3254, 'Great Malvern', 6],
      [52.1031, -2.3327, 'Great Malvern'],
      [52.1158, -2.3196, 'Great Malvern', 2],
    ],
    label: /^Great Malvern, England, GB$/,
    channel: ['Great Malvern', 3],
    venueIn: 'Great Malvern',
  },
  {
    case: 'a college across the river from a big city is in the town its events are placed in (a namesake elsewhere is not)',
    country: 'US',
    points: [
      [42.3736, -71.1189, 'Cambridge', 5],
      [42.3601, -71.0942, 'Cambridge', 3],
      [42.3555, -71.0605, 'Boston'],
    ],
    label: /^Cambridge, Massachusetts, US$/,
    channel: ['Cambridge', 4],
    venueIn: 'Cambridge',
  },
  {
    case: 'events spread over a metro, most in the city, are at home in the city',
    country: 'US',
    points: [
      [25.7743, -80.1937, 'Miami', 2],
      [25.7617, -80.1918, 'Miami'],
      [25.7907, -80.13, 'Miami Beach'],
      [25.8576, -80.2781, 'Hialeah'],
      [25.721, -80.2765, 'Coral Gables'],
    ],
    label: /^Miami, Florida, US$/,
    channel: ['Miami', 10],
    venueIn: 'Miami',
  },
  {
    case: 'a single placed event is the home, at its own point',
    country: 'US',
    points: [[25.719, -80.279, 'Coral Gables']],
    label: /^Coral Gables, Florida, US$/,
    channel: ['Coral Gables', 3],
    venueIn: 'Coral Gables',
  },
  {
    case: 'events placed in no town named are at home in the nearest town, not the big city within 15 km',
    country: 'GB',
    points: [
      [53.4868, -2.2706, null, 3],
      [53.484, -2.273, null, 2],
    ],
    label: /^Salford, England, GB$/,
    channel: ['Salford', 3],
    venueIn: 'Salford',
  },
];

describe('a feed’s home from its placed events: where they are, named by the town they are placed in most', () => {
  const now = new Date('2025-03-16T12:00:00Z');

  it.each(rows)('$case', ({ country, points, label, channel: [town, radiusKm], venueIn }) => {
    const placements = points.flatMap((p) => Array.from({ length: p[3] ?? 1 }, () => placed(p, country)));
    const home = inferHomeArea({ placements, feed: { name: null, description: null, timezone: null }, stored: null, region: null });
    expect(home?.basis).toBe('events');
    expect(home?.label).toMatch(label);
    expect(home?.country).toBe(country);

    // A venue named alone in the same feed: shown in the home's town, and posted in a channel around that town.
    const venue = placeEvent(clues({ locationText: 'Student Union Ballroom East' }), feedContext({ home }), inPerson);
    expect(venue).toMatchObject({ placedBy: 'home-area', locality: venueIn, country, timezone: home!.timezone });
    const centre = lookupPlace(town, { country })!;
    const event = {
      start: new Date('2025-03-17T23:00:00Z'),
      end: null,
      allDay: false,
      status: 'scheduled' as const,
      attendance: 'in_person' as const,
    };
    expect(verdictFor({ ...event, lat: venue.lat, lon: venue.lon }, { ...centre, radiusKm }, now)).toMatchObject({ post: true });
    // …at one of the events' own places, not a town's centre.
    expect(points.some(([lat, lon]) => haversineKm({ lat, lon }, venue as { lat: number; lon: number }) < 0.01)).toBe(true);
  });

  it('keeps the zone of where its events are', () => {
    const placements = [placed([25.719, -80.279, 'Coral Gables'], 'US'), placed([25.7175, -80.278, 'Coral Gables'], 'US')];
    const home = inferHomeArea({ placements, feed: { name: null, description: null, timezone: null }, stored: null, region: null });
    expect(home).toMatchObject({ timezone: 'America/New_York', country: 'US' });
  });
});
