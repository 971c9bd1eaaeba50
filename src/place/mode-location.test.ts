import { describe, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { expectPlacement } from './test-clues.js';

// A location that says only how people attend ("Hybrid", "In person", a conference schedule's "In-person;
// Training") names no venue to look up: the event is in the feed's home area, as a venue named alone is.

const POITIERS: HomeArea = { lat: 46.58, lon: 0.34, label: 'Poitiers, France', country: 'FR', timezone: 'Europe/Paris', basis: 'events' };
const REGION_ONLY: HomeArea = { ...POITIERS, basis: 'region' };

describe('placeEvent: a location that says only how people attend', () => {
  it.each(['Hybrid', 'In person', 'In-person; Training', 'Online &amp; in-person; Workshop'])(
    '%j is at a home the feed’s events give',
    (locationText) => {
      expectPlacement({ clues: { locationText }, feed: { home: POITIERS }, expected: { placedBy: 'home-area', lat: POITIERS.lat } });
    },
  );

  it.each(['Hybrid', 'In-person; Training'])(
    '%j is at a home taken from the channel’s region, as a venue named alone is',
    (locationText) => {
      expectPlacement({ clues: { locationText }, feed: { home: REGION_ONLY }, expected: { placedBy: 'home-area', lat: POITIERS.lat } });
    },
  );
});
