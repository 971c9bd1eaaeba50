import { describe, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { expectPlacement } from './test-clues.js';

// A location that says only how people attend ("Hybrid", "In person", a conference schedule's "In-person;
// Training") names no venue to look up: the event is at the feed's home when the feed's own events say where that
// is, and nowhere when the home is only the channel's region (a Rotterdam university's "Hybrid" sessions had been
// posted at a Groningen channel's town).

const POITIERS: HomeArea = { lat: 46.58, lon: 0.34, label: 'Poitiers, France', country: 'FR', timezone: 'Europe/Paris', basis: 'events' };
const REGION_ONLY: HomeArea = { ...POITIERS, basis: 'region' };

describe('placeEvent: a location that says only how people attend', () => {
  it.each(['Hybrid', 'In person', 'In-person; Training', 'Online &amp; in-person; Workshop'])(
    '%j is at a home the feed’s events give',
    (locationText) => {
      expectPlacement({ clues: { locationText }, feed: { home: POITIERS }, expected: { placedBy: 'home-area', lat: POITIERS.lat } });
    },
  );

  it.each(['Hybrid', 'In person', 'In-person; Training'])('%j is nowhere when the home is only the channel’s region', (locationText) => {
    expectPlacement({ clues: { locationText }, feed: { home: REGION_ONLY }, expected: { placedBy: 'none', lat: null } });
  });
});
