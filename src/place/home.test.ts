import { describe, expect, it } from 'vitest';
import type { EventPlacement, HomeArea } from '../core/placement.js';
import { homeFromCalendar, homeFromEvents, inferHomeArea } from './home.js';
import { PORTLAND as portland } from './test-clues.js';

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

  it('counts events at the very same place, and takes the first of two groups of one size', () => {
    const seattle = at(47.6, -122.33);
    const portland = at(45.52, -122.67);
    expect(homeFromEvents([seattle, portland, portland, seattle])!.label).toMatch(/^Seattle/);
    expect(homeFromEvents([portland, seattle, seattle, portland])!.label).toMatch(/^Portland/);
    expect(homeFromEvents([seattle, seattle, portland])!.label).toMatch(/^Seattle/);
    expect(homeFromEvents([portland, at(45.5, -122.65), seattle, seattle, seattle])!.label).toMatch(/^Seattle/);
    expect(homeFromEvents([portland, at(45.5, -122.65), at(45.5, -122.65), seattle, seattle])!.label).toMatch(/^Portland/);
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
    // a town's name with small words inside it
    ['Agenda Municipal - Povoa de Varzim', 'Europe/Lisbon', /^Póvoa de Varzim, Portugal/],
    ['Agenda Cultural de Póvoa de Varzim', 'Europe/Lisbon', /^Póvoa de Varzim, Portugal/],
    ['Frankfurt am Main Tech Meetup', 'Europe/Berlin', /^Frankfurt am Main/],
  ])('from the calendar %j (zone %j)', (name, timezone, label) => {
    const home = homeFromCalendar({ name, description: null, timezone });
    if (label === null) expect(home).toBeNull();
    else expect(home?.label).toMatch(label);
  });

  it('does not move a feed’s home for one placed event near it (an away game 45 km off), and does for one far away', () => {
    const biesheim: HomeArea = {
      lat: 48.04,
      lon: 7.54,
      label: 'Biesheim, France',
      country: 'FR',
      timezone: 'Europe/Paris',
      basis: 'region',
    };
    const feed = { name: 'Volley Club', description: null, timezone: 'Europe/Paris' };
    const huningue = at(47.59, 7.58);
    expect(inferHomeArea({ placements: [huningue], feed, stored: null, region: biesheim })).toBe(biesheim);
    expect(inferHomeArea({ placements: [huningue], feed, stored: biesheim, region: null })).toBe(biesheim);
    const lyon = at(45.76, 4.84);
    expect(inferHomeArea({ placements: [lyon], feed, stored: null, region: biesheim })?.label).toMatch(/^Lyon/);
    // …but one far address among several events is no home for the others (a club's one away game abroad)
    expect(inferHomeArea({ placements: [lyon], eventCount: 5, feed, stored: null, region: biesheim })).toBeNull();
    expect(inferHomeArea({ placements: [huningue], eventCount: 5, feed, stored: null, region: biesheim })).toBe(biesheim);
    const strasbourg: HomeArea = { ...biesheim, lat: 48.57, lon: 7.75, label: 'Strasbourg, France', basis: 'events' };
    expect(inferHomeArea({ placements: [lyon], eventCount: 5, feed, stored: strasbourg, region: null })).toBe(strasbourg);
  });

  // Sweep t18: "…, Manor" in an Austin feed of two events was read as Manor, India, and the feed moved there.
  it('is not moved by one placed event on another continent among others', () => {
    const austin: HomeArea = {
      lat: 30.27,
      lon: -97.74,
      label: 'Austin, Texas, US',
      country: 'US',
      timezone: 'America/Chicago',
      basis: 'region',
    };
    const feed = { name: 'Pack 0000 (Family)', description: null, timezone: null };
    const india = { ...at(19.72, 72.91, 'address'), country: 'IN' };
    expect(inferHomeArea({ placements: [india], eventCount: 2, feed, stored: null, region: austin })).toBe(austin);
    expect(inferHomeArea({ placements: [india], eventCount: 2, feed, stored: { ...austin, basis: 'events' }, region: null })?.basis).toBe(
      'events',
    );
    // …but a feed of that one event is where it is
    expect(inferHomeArea({ placements: [india], eventCount: 1, feed, stored: null, region: austin })?.country).toBe('IN');
  });

  it('is a town in its events’ own country: a French club’s hall beside Basel is at home in France', () => {
    const huningue: EventPlacement = { ...at(47.59, 7.58, 'address'), country: 'FR' };
    expect(homeFromEvents([huningue])).toMatchObject({ country: 'FR' });
  });

  it('is the town the calendar names when its placed events are a few among many (two shows in Bath of 34 at Bristol venues)', () => {
    const feed = { name: 'Bristol Improv Calendar', description: null, timezone: 'Europe/London' };
    const bath = at(51.38, -2.36);
    expect(inferHomeArea({ placements: [bath, bath], eventCount: 34, feed, stored: null, region: null })?.label).toMatch(/^Bristol/);
    expect(inferHomeArea({ placements: [bath, bath], eventCount: 4, feed, stored: null, region: null })?.label).toMatch(/^Bath/);
  });

  it('falls back to the channel region only when the feed states no other zone', () => {
    const region: HomeArea = { lat: 52.48, lon: -1.9, label: 'Birmingham, UK', country: null, timezone: 'Europe/London', basis: 'region' };
    const feedFacts = (timezone: string | null) => ({ name: null, description: null, timezone });
    expect(inferHomeArea({ placements: [], feed: feedFacts(null), stored: null, region })).toBe(region);
    expect(inferHomeArea({ placements: [], feed: feedFacts('America/New_York'), stored: null, region })).toBeNull();
    expect(inferHomeArea({ placements: [], feed: feedFacts('America/New_York'), stored: portland, region })).toBe(portland);
    // a zone of the same clock is no other zone: a Toronto or Detroit college writes America/New_York
    const toronto: HomeArea = { ...region, lat: 43.65, lon: -79.38, label: 'Toronto, Canada', country: 'CA', timezone: 'America/Toronto' };
    expect(inferHomeArea({ placements: [], feed: feedFacts('America/New_York'), stored: null, region: toronto })).toBe(toronto);
    expect(inferHomeArea({ placements: [], feed: feedFacts('America/Chicago'), stored: null, region: toronto })).toBeNull();
  });

  it('is not the channel region for a feed whose placed events are in three or more countries or spread over 1,000 km', () => {
    const zurich: HomeArea = {
      lat: 47.37,
      lon: 8.54,
      label: 'Zürich, Switzerland',
      country: 'CH',
      timezone: 'Europe/Zurich',
      basis: 'region',
    };
    const feed = { name: 'Hockey Men', description: null, timezone: 'Europe/Zurich' };
    const game = (lat: number, lon: number, country: string): EventPlacement => ({ ...at(lat, lon, 'address'), country });
    const tampere = game(61.5, 23.76, 'FI');
    const milan = game(45.46, 9.19, 'IT');
    const angelholm = game(56.24, 12.86, 'SE');
    const atZurich = game(47.41, 8.55, 'CH');
    const abroad = [tampere, tampere, milan, angelholm, atZurich];
    expect(inferHomeArea({ placements: abroad, feed, stored: null, region: zurich })).toBeNull();
    expect(inferHomeArea({ placements: abroad, feed, stored: zurich, region: null })).toBeNull();
    // A conference list whose placed events are all in one country, but across it (Atlanta, Denver, Seattle).
    const us = [game(33.75, -84.39, 'US'), game(39.74, -104.99, 'US'), game(47.61, -122.33, 'US')];
    const montreal: HomeArea = { ...zurich, lat: 45.5, lon: -73.57, label: 'Montréal, Canada', country: 'CA', timezone: 'America/Toronto' };
    expect(inferHomeArea({ placements: us, feed: { ...feed, timezone: null }, stored: null, region: montreal })).toBeNull();
    // A club with away games in two countries, within a few hours' drive, keeps the channel's region.
    const bern = game(46.95, 7.45, 'CH');
    const stuttgart = game(48.78, 9.18, 'DE');
    expect(inferHomeArea({ placements: [stuttgart, bern, atZurich], feed, stored: null, region: zurich })).toBe(zurich);
  });

  it('is not the channel region when the feed’s events are written in a zone with another clock (Perth’s talks, a Sydney channel)', () => {
    const sydney: HomeArea = {
      lat: -33.87,
      lon: 151.21,
      label: 'Sydney, Australia',
      country: 'AU',
      timezone: 'Australia/Sydney',
      basis: 'region',
    };
    const toronto: HomeArea = {
      lat: 43.65,
      lon: -79.38,
      label: 'Toronto, Canada',
      country: 'CA',
      timezone: 'America/Toronto',
      basis: 'region',
    };
    const feed = { name: null, description: null, timezone: null };
    expect(inferHomeArea({ placements: [], eventZone: 'Australia/Perth', feed, stored: null, region: sydney })).toBeNull();
    expect(inferHomeArea({ placements: [], eventZone: 'Australia/Sydney', feed, stored: null, region: sydney })).toBe(sydney);
    // New York's clock is Toronto's
    expect(inferHomeArea({ placements: [], eventZone: 'America/New_York', feed, stored: null, region: toronto })).toBe(toronto);
  });

  // Sweep t21: a Bengaluru club's calendar states no X-WR-TIMEZONE, only each event's TZID; its home had been the channel's region.
  it('reads the town a calendar’s name holds, checked against the zone all its events share', () => {
    const feed = { name: 'IndieWebClub Bangalore Events', description: null, timezone: null };
    const at = (eventZone: string | null) => inferHomeArea({ placements: [], eventZone, feed, stored: null, region: null });
    expect(at('Asia/Kolkata')).toMatchObject({ basis: 'calendar', country: 'IN' });
    expect(at('Asia/Kolkata')?.label).toMatch(/^Bengaluru/);
    expect(at('Europe/London')).toBeNull();
    expect(at(null)).toBeNull();
  });

  it('is not the channel region for a calendar with no zone whose name holds a big city far from it', () => {
    const birmingham: HomeArea = {
      lat: 52.48,
      lon: -1.9,
      label: 'Birmingham, England, GB',
      country: 'GB',
      timezone: 'Europe/London',
      basis: 'region',
    };
    const region = (name: string) =>
      inferHomeArea({ placements: [], feed: { name, description: null, timezone: null }, stored: null, region: birmingham });
    expect(region('SeattleHacks Events')).toBeNull();
    expect(region('Seattle Hacks Events')).toBeNull();
    expect(region('Brum Tech Meetups')).toBe(birmingham);
    expect(region('Birmingham JS')).toBe(birmingham);
    expect(region('Mobile Dev Meetup')).toBe(birmingham); // Mobile, Alabama is no big city
  });
});
