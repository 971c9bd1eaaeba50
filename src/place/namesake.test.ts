import { describe, expect, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { haversineKm } from './geo.js';
import { BIRMINGHAM, expectPlacement, MUNICH, PORTLAND, type PlaceCase } from './test-clues.js';

const BOSTON: HomeArea = {
  lat: 42.36,
  lon: -71.06,
  label: 'Boston, Massachusetts, US',
  country: 'US',
  timezone: 'America/New_York',
  basis: 'region',
};

/** Placed as `row` expects, at a distance from `from` in the range. */
function placedWithin(row: PlaceCase, from: HomeArea, [minKm, maxKm]: [number, number]): void {
  const placed = expectPlacement(row);
  const km = haversineKm({ lat: placed.lat!, lon: placed.lon! }, from);
  expect(km).toBeGreaterThanOrEqual(minKm);
  expect(km).toBeLessThanOrEqual(maxKm);
}

/**
 * Invented venues in towns whose names several US places share (Medford:
 * Oregon is the most populous, then Massachusetts; Plymouth: Minnesota, then
 * Massachusetts). What a reader notices: the town's zone and how far it is
 * from the home.
 */
describe('a town name several places in one country share', () => {
  it.each<[string, PlaceCase, HomeArea, [number, number]]>([
    [
      'a bare name goes to the namesake in the zone the event states',
      {
        clues: { locationText: 'Harbour Theatre, Medford', timezone: 'America/New_York' },
        expected: { placedBy: 'address', locality: 'Medford', country: 'US', timezone: 'America/New_York' },
      },
      BOSTON,
      [0, 15],
    ],
    [
      'a bare name goes to the namesake near the feed’s home',
      {
        clues: { locationText: 'Harbour Theatre, Medford' },
        feed: { home: BOSTON },
        expected: { placedBy: 'address', locality: 'Medford', timezone: 'America/New_York' },
      },
      BOSTON,
      [0, 15],
    ],
    [
      'the nearest namesake within reach of home, not the most populous one',
      {
        clues: { locationText: 'Lantern Arts Hall, Plymouth' },
        feed: { home: BOSTON },
        expected: { placedBy: 'address', locality: 'Plymouth', timezone: 'America/New_York' },
      },
      BOSTON,
      [40, 70],
    ],
    [
      'a name written with its state goes where it says',
      {
        clues: { locationText: 'Valley Hall, Medford, OR', timezone: 'America/New_York' },
        feed: { home: BOSTON },
        expected: { placedBy: 'address', locality: 'Medford', timezone: 'America/Los_Angeles' },
      },
      BOSTON,
      [4000, 4400],
    ],
    [
      'a structured state is the state',
      {
        clues: { locationText: 'Valley Hall', locality: 'Medford', region: 'Oregon' },
        feed: { home: BOSTON },
        expected: { locality: 'Medford', timezone: 'America/Los_Angeles' },
      },
      BOSTON,
      [4000, 4400],
    ],
    [
      'a home with no namesake near it changes nothing',
      {
        clues: { locationText: 'Valley Hall, Medford' },
        feed: { home: PORTLAND },
        expected: { locality: 'Medford', timezone: 'America/Los_Angeles' },
      },
      PORTLAND,
      [300, 450],
    ],
    [
      'a town abroad stays abroad when the home country’s namesakes are far from home',
      {
        clues: { locationText: 'Example Bank  33 Old Broad St · London', timezone: 'America/New_York' },
        feed: { home: BOSTON },
        expected: { locality: 'London', country: 'GB', timezone: 'Europe/London' },
      },
      BOSTON,
      [5000, 5500],
    ],
    [
      'a zone no namesake is in changes nothing',
      {
        clues: { locationText: 'Valley Hall, Medford', timezone: 'UTC' },
        expected: { locality: 'Medford', timezone: 'America/Los_Angeles' },
      },
      PORTLAND,
      [300, 450],
    ],
  ])('%s', (_name, row, from, kmRange) => placedWithin(row, from, kmRange));
});

const SEATTLE: HomeArea = {
  lat: 47.61,
  lon: -122.33,
  label: 'Seattle, Washington, US',
  country: 'US',
  timezone: 'America/Los_Angeles',
  basis: 'events',
};

/** A running club's invented meeting points, named by Seattle neighbourhoods that are also small towns in other zones. */
describe('a bare small town’s name in another zone than the event states', () => {
  it.each<[string, PlaceCase, HomeArea, [number, number]]>([
    [
      'a neighbourhood named like a town in another zone is the venue at home (Magnolia, not Arkansas)',
      {
        clues: { locationText: 'Hill Runners Shop, Magnolia', timezone: 'America/Los_Angeles' },
        feed: { home: SEATTLE },
        expected: { placedBy: 'home-area', timezone: 'America/Los_Angeles' },
      },
      SEATTLE,
      [0, 1],
    ],
    [
      'the name alone, too (Green Lake, not Wisconsin)',
      {
        clues: { locationText: 'Green Lake', timezone: 'America/Los_Angeles' },
        feed: { home: SEATTLE },
        expected: { placedBy: 'home-area' },
      },
      SEATTLE,
      [0, 1],
    ],
    [
      'a city is taken at its word: a tour calendar lists gigs in other zones',
      {
        clues: { locationText: 'The Basement, Nashville', timezone: 'America/Los_Angeles' },
        feed: { home: SEATTLE },
        expected: { placedBy: 'address', locality: 'Nashville', timezone: 'America/Chicago' },
      },
      SEATTLE,
      [3000, 3600],
    ],
    [
      'a town written with its state, even a code that could be a country ("MT": Montana or Malta), is taken as written',
      {
        clues: { locationText: '1601 W Main St, Bozeman, MT', timezone: 'Europe/London' },
        expected: { placedBy: 'address', locality: 'Bozeman', timezone: 'America/Denver' },
      },
      SEATTLE,
      [850, 1000],
    ],
    [
      'a zone with the same clock is the same zone (Detroit in an America/New_York calendar)',
      {
        clues: { locationText: 'Compuware Building, Detroit', timezone: 'America/New_York' },
        expected: { placedBy: 'address', locality: 'Detroit', timezone: 'America/Detroit' },
      },
      BOSTON,
      [950, 1050],
    ],
  ])('%s', (_name, row, from, kmRange) => placedWithin(row, from, kmRange));
});

describe('once the home is known, a bare small town far off in another state of its country', () => {
  it('is a neighbourhood or venue at home (Columbia City in a Seattle feed, not Columbia City, Oregon)', () => {
    expectPlacement({
      clues: { locationText: 'Flying Lion Brewing, Columbia City', timezone: 'America/Los_Angeles' },
      feed: { home: SEATTLE },
      expected: { placedBy: 'home-area', lat: SEATTLE.lat },
    });
  });

  it('is that town when its state is written, or it is near home', () => {
    expectPlacement({
      clues: { locationText: 'Flying Lion Brewing, Columbia City, OR', timezone: 'America/Los_Angeles' },
      feed: { home: SEATTLE },
      expected: { placedBy: 'address', locality: 'Columbia City' },
    });
  });
});

const PRAGUE: HomeArea = { lat: 50.088, lon: 14.421, label: 'Prague, CZ', country: 'CZ', timezone: 'Europe/Prague', basis: 'events' };

// Lesson from a sweep of Czech feeds: "<venue>, <street> 973/11, <small town>" in a Prague feed was taken for a
// neighbourhood of Prague and posted 0.0 km away, though the town is ~280 km off. Invented venues and streets.
describe('a small town far off in another state, after its street and house number', () => {
  it.each<[string, PlaceCase, HomeArea, [number, number]]>([
    [
      'is that town, with a Czech two-part house number (Vratimov, not Prague)',
      {
        clues: { locationText: 'Bistro Příklad, Polní 41/7, Vratimov' },
        feed: { home: PRAGUE },
        expected: { placedBy: 'address', locality: 'Vratimov' },
      },
      PRAGUE,
      [250, 310],
    ],
    [
      'is that town with a plain house number (Krnov)',
      {
        clues: { locationText: 'Pivnice Příklad, Hlavní 5, Krnov' },
        feed: { home: PRAGUE },
        expected: { placedBy: 'address', locality: 'Krnov' },
      },
      PRAGUE,
      [200, 260],
    ],
    [
      'is that town with no postcode, as with one (Crailsheim, not Munich)',
      {
        clues: { locationText: 'Gasthaus Beispiel, Hauptstraße 5, Crailsheim' },
        feed: { home: MUNICH },
        expected: { placedBy: 'address', locality: 'Crailsheim' },
      },
      MUNICH,
      [140, 170],
    ],
    [
      'where addresses write the state, a street before a bare neighbourhood keeps it at home',
      {
        clues: { locationText: 'Example Brewing, 5720 Rainier Ave S, Columbia City', timezone: 'America/Los_Angeles' },
        feed: { home: SEATTLE },
        expected: { placedBy: 'home-area' },
      },
      SEATTLE,
      [0, 1],
    ],
    [
      'a numbered hall is no street: still a neighbourhood at home',
      {
        clues: { locationText: 'Hall 3, Columbia City', timezone: 'America/Los_Angeles' },
        feed: { home: SEATTLE },
        expected: { placedBy: 'home-area' },
      },
      SEATTLE,
      [0, 1],
    ],
  ])('%s', (_name, row, from, kmRange) => placedWithin(row, from, kmRange));
});

const LONDON: HomeArea = {
  lat: 51.507,
  lon: -0.128,
  label: 'London, England, GB',
  country: 'GB',
  timezone: 'Europe/London',
  basis: 'events',
};
const GUESSED_LONDON: HomeArea = { ...LONDON, basis: 'region' };
const GENEVA: HomeArea = { lat: 46.204, lon: 6.143, label: 'Geneva, CH', country: 'CH', timezone: 'Europe/Zurich', basis: 'events' };

// Lesson from a sweep of sports clubs' feeds: a London chess league's calendar, with floating times, wrote its
// venues as club nicknames ("Pimlico"), and the match went to Pimlico, Queensland (15,417 km, skipped) with its
// time read as AEST. Bare district names, no feed data.
describe('a bare name known only as small towns far abroad, once the home is known', () => {
  it.each<[string, PlaceCase, HomeArea, [number, number]]>([
    [
      'is a district or venue at home when the feed states no zone (Pimlico, not Queensland)',
      { clues: { locationText: 'Pimlico' }, feed: { home: LONDON }, expected: { placedBy: 'home-area', timezone: 'Europe/London' } },
      LONDON,
      [0, 1],
    ],
    [
      'and when it states only UTC (Hampstead, not New Hampshire)',
      {
        clues: { locationText: 'Hampstead', timezone: 'UTC' },
        feed: { home: LONDON },
        expected: { placedBy: 'home-area', country: 'GB', timezone: 'Europe/London' },
      },
      LONDON,
      [0, 1],
    ],
    [
      'and when the home is only the channel’s region',
      {
        clues: { locationText: 'Pimlico' },
        feed: { home: GUESSED_LONDON },
        expected: { placedBy: 'home-area', timezone: 'Europe/London' },
      },
      LONDON,
      [0, 1],
    ],
    [
      'a big city abroad is a trip (Paris)',
      { clues: { locationText: 'Paris' }, feed: { home: LONDON }, expected: { placedBy: 'address', locality: 'Paris', country: 'FR' } },
      LONDON,
      [300, 400],
    ],
    [
      'a small town of the home’s own country is that town (Malvern in a Birmingham feed)',
      {
        clues: { locationText: 'Malvern' },
        feed: { home: BIRMINGHAM },
        expected: { placedBy: 'address', locality: 'Great Malvern', country: 'GB' },
      },
      BIRMINGHAM,
      [40, 60],
    ],
    [
      'a small town across a near border is that town (Annemasse in a Geneva feed)',
      {
        clues: { locationText: 'Annemasse' },
        feed: { home: GENEVA },
        expected: { placedBy: 'address', locality: 'Annemasse', country: 'FR' },
      },
      GENEVA,
      [0, 15],
    ],
    [
      'a name written with its state is that town',
      {
        clues: { locationText: 'Pimlico, QLD' },
        feed: { home: LONDON },
        expected: { placedBy: 'address', locality: 'Pimlico', timezone: 'Australia/Brisbane' },
      },
      LONDON,
      [15000, 16000],
    ],
    [
      'a name in the zone the event states is that town',
      {
        clues: { locationText: 'Pimlico', timezone: 'Australia/Brisbane' },
        feed: { home: LONDON },
        expected: { placedBy: 'address', locality: 'Pimlico', timezone: 'Australia/Brisbane' },
      },
      LONDON,
      [15000, 16000],
    ],
  ])('%s', (_name, row, from, kmRange) => placedWithin(row, from, kmRange));
});
