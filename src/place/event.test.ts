import { describe, expect, it } from 'vitest';
import type { EventPlacement, HomeArea } from '../core/placement.js';
import { placeEvent, venueKey, type PlaceClues } from './event.js';
import { homeFromCalendar, homeFromEvents, inferHomeArea } from './home.js';

const clues = (over: Partial<PlaceClues> = {}): PlaceClues => ({
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

const portland: HomeArea = {
  lat: 45.52,
  lon: -122.68,
  label: 'Portland, Oregon, US',
  country: 'US',
  timezone: 'America/Los_Angeles',
  basis: 'events',
};
const feed = (over: Partial<Parameters<typeof placeEvent>[1]> = {}) => ({ home: null, feedTimezone: null, venues: new Map(), ...over });
const inPerson = { fromPage: false, mayBeInPerson: true };

describe('placeEvent: clues in order of trust', () => {
  it('coordinates win over an address that names another town', () => {
    const p = placeEvent(clues({ lat: 52.4797, lon: -1.9026, locationText: 'The Victoria, Glasgow' }), feed(), inPerson);
    expect(p).toMatchObject({ placedBy: 'geo', country: 'GB', timezone: 'Europe/London' });
    expect(p.lat).toBeCloseTo(52.4797);
  });

  it('coordinates from the event page are recorded as the event page', () => {
    expect(placeEvent(clues({ lat: 45.5, lon: -122.6 }), feed(), { ...inPerson, fromPage: true }).placedBy).toBe('event-page');
  });

  it('"0,0" is a missing value, not a place', () => {
    expect(placeEvent(clues({ lat: 0, lon: 0 }), feed(), inPerson).placedBy).toBe('none');
  });

  it('a full US address is placed in its town and state, in its own zone', () => {
    const p = placeEvent(clues({ locationText: 'Free Geek, 1731 SE 10th Ave, Portland, OR 97214 US' }), feed(), inPerson);
    expect(p).toMatchObject({ placedBy: 'address', locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' });
  });

  it('a venue name alone takes the place the same feed gave that venue', () => {
    const known: EventPlacement = {
      lat: 45.51,
      lon: -122.66,
      locality: 'Portland',
      country: 'US',
      timezone: 'America/Los_Angeles',
      placedBy: 'address',
    };
    const p = placeEvent(clues({ locationText: 'CubeSpace' }), feed({ venues: new Map([['cubespace', known]]) }), inPerson);
    expect(p).toMatchObject({ placedBy: 'venue', lat: 45.51, locality: 'Portland' });
  });

  it('a venue name alone is placed in the feed’s home area', () => {
    const p = placeEvent(clues({ locationText: 'Jive Software' }), feed({ home: portland }), inPerson);
    expect(p).toMatchObject({ placedBy: 'home-area', lat: portland.lat, locality: 'Portland', timezone: 'America/Los_Angeles' });
  });

  it('an online event is never placed at a venue name or the home area', () => {
    const p = placeEvent(clues({ locationText: 'Jive Software' }), feed({ home: portland }), { ...inPerson, mayBeInPerson: false });
    expect(p).toMatchObject({ placedBy: 'none', lat: null, timezone: 'America/Los_Angeles' });
  });

  it('an unplaceable venue abroad takes its own country’s zone, not the home’s', () => {
    const p = placeEvent(clues({ locationText: 'Festivalgelände am Waldsee, Germany' }), feed({ home: portland }), inPerson);
    expect(p).toMatchObject({ placedBy: 'calendar', lat: null, country: 'DE', timezone: 'Europe/Berlin' });
  });

  it('with nothing to go on, the calendar’s own zone is kept for floating times', () => {
    expect(placeEvent(clues(), feed({ feedTimezone: 'America/Chicago' }), inPerson)).toMatchObject({
      placedBy: 'none',
      timezone: 'America/Chicago',
    });
  });

  it.each([
    [{ venueName: 'CubeSpace', locationText: null }, 'cubespace'],
    [{ venueName: null, locationText: 'CubeSpace, 622 SE Grand Ave, Portland' }, 'cubespace'],
    [{ venueName: null, locationText: 'PSU (Smith Center)' }, 'psu'],
    [{ venueName: null, locationText: 'X' }, null],
  ])('venueKey(%j) = %j', (c, key) => {
    expect(venueKey(c)).toBe(key);
  });
});

describe('a feed’s home area', () => {
  const at = (lat: number, lon: number, placedBy: EventPlacement['placedBy'] = 'geo'): EventPlacement => ({
    lat,
    lon,
    locality: null,
    country: null,
    timezone: null,
    placedBy,
  });

  it('is where most of its placed events are', () => {
    const home = homeFromEvents([at(45.52, -122.67), at(45.5, -122.65), at(47.6, -122.33)]);
    expect(home).toMatchObject({ basis: 'events', country: 'US', timezone: 'America/Los_Angeles' });
    expect(home!.label).toMatch(/^Portland/);
  });

  it('is not guessed when the events are scattered', () => {
    expect(homeFromEvents([at(45.52, -122.67), at(47.6, -122.33)])).toBeNull();
  });

  it('ignores events placed only by the home area itself', () => {
    expect(homeFromEvents([at(45.52, -122.67, 'home-area')])).toBeNull();
  });

  it.each([
    ['Listing of user groups and technology meetups in Portland, OR', null, /^Portland, Oregon/],
    ['Calagator: Portland’s tech calendar', 'America/Los_Angeles', /^Portland, Oregon/],
    ['Brum Tech Meetups', 'Europe/London', /^Birmingham, England/],
    ['Python Hack Nights', 'Europe/London', null],
    ['Mobile Dev Meetup', null, null],
  ])('from the calendar %j (zone %j)', (name, timezone, label) => {
    const home = homeFromCalendar({ name, description: null, timezone });
    if (label === null) expect(home).toBeNull();
    else expect(home?.label).toMatch(label);
  });

  it('falls back to the channel region only when the feed states no other zone', () => {
    const region: HomeArea = { lat: 52.48, lon: -1.9, label: 'Birmingham, UK', country: null, timezone: 'Europe/London', basis: 'region' };
    const feedFacts = (timezone: string | null) => ({ name: null, description: null, timezone });
    expect(inferHomeArea({ placements: [], feed: feedFacts(null), stored: null, region })).toBe(region);
    expect(inferHomeArea({ placements: [], feed: feedFacts('America/New_York'), stored: null, region })).toBeNull();
    expect(inferHomeArea({ placements: [], feed: feedFacts('America/New_York'), stored: portland, region })).toBe(portland);
  });
});
