import { describe, expect, it } from 'vitest';
import type { EventPlacement, HomeArea } from '../core/placement.js';
import { namesUnknownSettlement } from './settlement.js';
import { expectPlacement, MUNICH } from './test-clues.js';

// Lesson from a sweep of real feeds: a Bengaluru forum's "LOCATION:<Name> village" (a village 450 km away that the
// gazetteer lacks) was posted "placed by the feed's home area · 0.0 km from Bengaluru". Every name here is invented.

const home = (label: string, lat: number, lon: number, country: string, timezone: string): HomeArea => ({
  lat,
  lon,
  label,
  country,
  timezone,
  basis: 'events',
});
const BENGALURU = home('Bengaluru, Karnataka, IN', 12.97, 77.59, 'IN', 'Asia/Kolkata');
const MANILA = home('Manila, Metro Manila, PH', 14.6, 120.98, 'PH', 'Asia/Manila');
const JAKARTA = home('Jakarta, Jakarta, ID', -6.21, 106.85, 'ID', 'Asia/Jakarta');
const HANOI = home('Hanoi, Hanoi, VN', 21.03, 105.85, 'VN', 'Asia/Ho_Chi_Minh');
const MADRID = home('Madrid, Madrid, ES', 40.42, -3.7, 'ES', 'Europe/Madrid');
const SEATTLE = home('Seattle, Washington, US', 47.61, -122.33, 'US', 'America/Los_Angeles');
const LONDON = home('London, England, GB', 51.51, -0.13, 'GB', 'Europe/London');
const MUNICH_EVENTS: HomeArea = { ...MUNICH, basis: 'events' };

const AT_HOME: Partial<EventPlacement> = { placedBy: 'home-area' };
const UNKNOWN: Partial<EventPlacement> = { placedBy: 'none', lat: null, lon: null };

describe('a settlement the gazetteer does not know is an unknown place, not a venue at home', () => {
  it.each<[string, HomeArea, Partial<EventPlacement>]>([
    ['Kerekoppa village', BENGALURU, UNKNOWN],
    ['Kerekoppa Village', BENGALURU, UNKNOWN],
    ['Examplepura taluk', BENGALURU, UNKNOWN],
    ['Homestay Example, Kerekoppa village', BENGALURU, UNKNOWN],
    ['Village of Kerekoppa', BENGALURU, UNKNOWN],
    ['Barangay Maliwanagin', MANILA, UNKNOWN],
    ['Brgy. Maliwanagin', MANILA, UNKNOWN],
    ['Desa Sukaexample', JAKARTA, UNKNOWN],
    ['Kampung Sukaexample', JAKARTA, UNKNOWN],
    ['Xã Tân Phước Đông', HANOI, UNKNOWN],
    ['aldea de Villaejemplo', MADRID, UNKNOWN],
    ['Beispielheim Dorf', MUNICH_EVENTS, UNKNOWN],
    ['Smallton village', SEATTLE, UNKNOWN],
    // the name says the state: only the zone is known, still never 0.0 km from home
    ['Kerekoppa village, Karnataka', BENGALURU, { placedBy: 'calendar', lat: null, country: 'IN' }],
    // a neighbourhood, a mall, a venue or a games village: still a venue at home
    ['South Example Village', SEATTLE, AT_HOME],
    ['Olympic Village', SEATTLE, AT_HOME],
    ['Queen Village', SEATTLE, AT_HOME],
    ['Fargo Village', LONDON, AT_HOME],
    ['Olympisches Dorf', MUNICH_EVENTS, AT_HOME],
    ['Barangay Hall', MANILA, AT_HOME],
    ['Crafts Village', BENGALURU, AT_HOME],
    ['Example Heritage Village Resort', BENGALURU, AT_HOME],
  ])('%s', (locationText, feedHome, expected) => {
    expectPlacement({ clues: { locationText }, feed: { home: feedHome }, expected });
  });

  it('a title naming an unknown village ("Farm stay at Kerekoppa village") places nothing', () => {
    expectPlacement({
      clues: { locationText: 'Kerekoppa village' },
      feed: { home: BENGALURU },
      opts: { fromTitle: true },
      expected: UNKNOWN,
    });
  });

  it('costs one cheap test for a location without a settlement word', () => {
    expect(namesUnknownSettlement('Example Hall, 3, 2nd Main Road, Jayanagar', 'IN')).toBe(false);
    expect(namesUnknownSettlement('Greenwich Village', 'US')).toBe(false); // a name the gazetteer knows
    expect(namesUnknownSettlement('East Village', 'US')).toBe(false);
  });
});

describe('a full address in a town the gazetteer lacks, in another state, is not at home', () => {
  it.each<[string, HomeArea, Partial<EventPlacement>]>([
    ['Sample Hall, 12 Main Rd, Unknownpur, Maharashtra 411001, India', BENGALURU, { placedBy: 'calendar', lat: null, country: 'IN' }],
    ['Sample Hall, 12 Main Rd, Unknownpur, Maharashtra, 411001, India', BENGALURU, { placedBy: 'calendar', lat: null }],
    ['Sample Hall, 12 Main Rd, Unknownpur, MH 411001', BENGALURU, { placedBy: 'calendar', lat: null }],
    // a PIN of another state's postal zone, with no state written
    ['Sample Hall, 12 Main Rd, Unknownpur 411001, India', BENGALURU, { placedBy: 'calendar', lat: null, country: 'IN' }],
    ['Sample Hall, 12 Main Rd, Unknownpur - 411 001, India', BENGALURU, { placedBy: 'calendar', lat: null }],
    ['Sample Hall, Unknownpur 411001', BENGALURU, UNKNOWN],
    // the home's own PIN zone: a venue at home, as before
    ['Sample Hall, 12 Main Rd, Unknownhalli 560011, India', BENGALURU, AT_HOME],
    ['Hauptstraße 5, 01234 Kleindorf, Sachsen', MUNICH_EVENTS, { placedBy: 'calendar', lat: null, country: 'DE' }],
    ['Gasthaus Beispiel, Hauptstraße 5, 01234 Kleindorf, Sachsen, Deutschland', MUNICH_EVENTS, { placedBy: 'calendar', lat: null }],
    ['Gasthaus Beispiel, Hauptstraße 5, Kleindorf, Sachsen', MUNICH_EVENTS, { placedBy: 'calendar', lat: null }],
  ])('%s', (locationText, feedHome, expected) => {
    expectPlacement({ clues: { locationText }, feed: { home: feedHome }, expected });
  });
});
