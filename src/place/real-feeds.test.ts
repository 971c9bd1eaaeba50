import { describe, expect, it } from 'vitest';
import type { EventPlacement } from '../core/placement.js';
import { placeAddress } from './address.js';
import { regionAsHome } from './eligibility.js';
import { placeEvent, type PlaceClues } from './event.js';
import { inferHomeArea } from './home.js';
import { qualifierFor } from './qualifiers.js';
import { resolveRegion } from './region.js';

// Lessons from previewing real feeds (issue #8), each on a synthetic fixture of our own.

const clues = (over: Partial<PlaceClues>): PlaceClues => ({
  venueName: null,
  locationText: null,
  lat: null,
  lon: null,
  locality: null,
  region: null,
  country: null,
  postalCode: null,
  ...over,
});
const noHints = { country: null, locality: null, postalCode: null, region: null };

describe('a conference page in Belgium previewed near a town that shares its English name', () => {
  it('"Antwerp" is the Belgian city, in a region and in an address', () => {
    const region = resolveRegion('Antwerp', 50);
    expect(region.ok && region.value.country).toBe('BE');
    expect(
      placeAddress('Grand Hotel, Meir 1, Antwerp, 2000, BE', { ...noHints, country: 'BE', locality: 'Antwerp', postalCode: '2000' }),
    ).toMatchObject({
      locality: 'Antwerpen',
      country: 'BE',
      timezone: 'Europe/Brussels',
    });
  });

  it('a channel region has a country, so a venue abroad is never placed at the region', () => {
    // Antwerp, Ohio: what --near "Antwerp" gave before the exonym was known.
    const home = regionAsHome({ lat: 41.18, lon: -84.74, radiusKm: 50, name: 'Antwerp, Ohio, US', timezone: 'America/New_York' });
    expect(home?.country).toBe('US');
    const p = placeEvent(
      clues({ locationText: 'Grand Hotel, Meir 1, Nowhereville, 2000, BE', country: 'BE' }),
      { home, feedTimezone: null, venues: new Map() },
      { fromPage: false, mayBeInPerson: true },
    );
    expect(p).toMatchObject({ placedBy: 'calendar', country: 'BE', timezone: 'Europe/Brussels', lat: null });
  });
});

describe('a college-sports RSS calendar writes states the AP way', () => {
  it.each([
    ['Tucson, Ariz.', 'Tucson', 'America/Phoenix'],
    ['Columbia, Mo.', 'Columbia', 'America/Chicago'],
    ['Chapel Hill, N.C.', 'Chapel Hill', 'America/New_York'],
  ])('%s is placed in its state', (text, town, zone) => {
    expect(placeAddress(text, noHints)).toMatchObject({ locality: town, country: 'US', timezone: zone });
  });

  it('only with the full stop: "Miss" and "Wash" are words, "Miss." and "Wash." states', () => {
    expect(qualifierFor('Miss')).toBeNull();
    expect(qualifierFor('Wash')).toBeNull();
    expect(qualifierFor('Miss.')).toContainEqual({ country: 'US', admin1: 'MS' });
    expect(qualifierFor('Wash.')).toContainEqual({ country: 'US', admin1: 'WA' });
  });
});

describe('a town calendar whose only full address is a show in the next town', () => {
  const bath: EventPlacement = { lat: 51.38, lon: -2.36, locality: 'Bath', country: 'GB', timezone: 'Europe/London', placedBy: 'address' };
  const feed = { name: 'Leeds Comedy Calendar', description: null, timezone: 'Europe/London' };

  it('is at home in the town its name says, not where that one show is', () => {
    const home = inferHomeArea({ placements: [bath], feed, stored: null, region: null });
    expect(home).toMatchObject({ basis: 'calendar', country: 'GB' });
    expect(home!.label).toMatch(/^Leeds/);
  });

  it('two placed events together still say where the feed is', () => {
    const home = inferHomeArea({ placements: [bath, { ...bath, lat: 51.39 }], feed, stored: null, region: null });
    expect(home?.basis).toBe('events');
    expect(home!.label).toMatch(/^Bath/);
  });
});
