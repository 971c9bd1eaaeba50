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
