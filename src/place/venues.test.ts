import { describe, expect, it } from 'vitest';
import { knownVenue, venueKey } from './venues.js';
import { placedAt } from './test-clues.js';

describe('venueKey', () => {
  it.each([
    [{ venueName: 'CubeSpace', locationText: null }, 'cubespace'],
    [{ venueName: null, locationText: 'CubeSpace, 622 SE Grand Ave, Portland' }, 'cubespace'],
    [{ venueName: null, locationText: 'PSU (Smith Center)' }, 'psu'],
    // a venue's name before a colon and its address: the same camp the feed names alone elsewhere
    [{ venueName: null, locationText: 'Camp Tahuaya: 2603 Tahuaya Dr Belton, TX 76513' }, 'camp tahuaya'],
    [{ venueName: null, locationText: 'X' }, null],
  ])('venueKey(%j) = %j', (c, key) => {
    expect(venueKey(c)).toBe(key);
  });
});

describe('knownVenue: a venue the feed placed for another event', () => {
  const arena = placedAt(47.41, 8.55, 'Zürich', 'CH', 'Europe/Zurich');
  const venues = new Map([['swiss life arena', arena]]);
  const clue = (locationText: string) => ({ venueName: null, locationText });

  it.each(['Swiss Life Arena', 'Zurich Swiss Life Arena', 'Swiss Life Arena Zurich', 'Zürich Swiss Life Arena, Hall 2'])(
    '%j is the arena the feed placed in Zürich',
    (text) => {
      expect(knownVenue(clue(text), venues)).toBe(arena);
    },
  );

  it.each(['Bern Swiss Life Arena', 'New Swiss Life Arena', 'Swiss Life Arena Annex'])(
    '%j is not: the words beside it are not its town',
    (text) => {
      expect(knownVenue(clue(text), venues)).toBeUndefined();
    },
  );
});

// Lesson from a real scout pack's calendar: "Camp … BSA" for one campout, "Camp …: <street>, Belton" for
// another; the first was posted at the pack's home, 90 km from the camp.
describe('knownVenue: a venue written with an organisation’s acronym after it', () => {
  const camp = placedAt(31.06, -97.46, 'Belton', 'US', 'America/Chicago');
  const school = placedAt(30.27, -97.74, 'Austin', 'US', 'America/Chicago');
  const venues = new Map([
    ['camp wolf creek', camp],
    ['maple school', school],
    ['lodge', school],
  ]);
  const clue = (locationText: string) => ({ venueName: null, locationText });

  it.each([
    ['Camp Wolf Creek BSA', camp],
    ['Camp Wolf Creek YMCA', camp],
    ['Maple School PTA, gym', school],
    ['Camp Wolf Creek GSA - cabin 3', camp],
  ])('%j is the venue the feed placed', (text, place) => {
    expect(knownVenue(clue(text), venues)).toBe(place);
  });

  it.each([
    'Camp Wolf Creek B', // one letter: a building or a room
    'Camp Wolf Creek ABCDE', // five: a word, not an acronym
    'Camp Wolf Creek Annex', // not capitals
    'CAMP WOLF CREEK BSA', // all capitals: the last word tells nothing
    'Lodge BSA', // a one-word name is too common to match on
  ])('%j is not', (text) => {
    expect(knownVenue(clue(text), venues)).toBeUndefined();
  });
});
