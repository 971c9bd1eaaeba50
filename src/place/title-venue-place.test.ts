import { describe, it } from 'vitest';
import { TITLE_TOWN_KM } from './event.js';
import { BIRMINGHAM, expectPlacement, placedAt, type PlaceCase } from './test-clues.js';

const victoria = placedAt(52.4787, -1.9048, 'Birmingham', 'GB', 'Europe/London');

describe('placeEvent: a venue named only in the title (least trusted)', () => {
  const fromTitle = { fromTitle: true };
  it.each<[string, PlaceCase]>([
    [
      'a venue the same feed placed for another event',
      {
        clues: { locationText: 'The Victoria' },
        feed: { home: BIRMINGHAM, venues: new Map([['the victoria', victoria]]) },
        opts: fromTitle,
        expected: { placedBy: 'title', lat: victoria.lat, locality: 'Birmingham', country: 'GB' },
      },
    ],
    [
      'a venue no other event names: the feed’s home area',
      {
        clues: { locationText: 'The Red Lion, Moseley' },
        feed: { home: BIRMINGHAM },
        opts: fromTitle,
        expected: { placedBy: 'title', lat: BIRMINGHAM.lat, locality: 'Birmingham', timezone: 'Europe/London' },
      },
    ],
    [
      'a town the title names near the home area',
      {
        clues: { locationText: 'The Crown, Solihull' },
        feed: { home: BIRMINGHAM },
        opts: fromTitle,
        expected: { placedBy: 'title', locality: 'Solihull', country: 'GB' },
      },
    ],
    [
      `a town the title names more than ${TITLE_TOWN_KM} km from the home area places nothing (not the home area)`,
      {
        clues: { locationText: 'The Crown, Cardiff' },
        feed: { home: BIRMINGHAM },
        opts: fromTitle,
        expected: { placedBy: 'none', lat: null, country: 'GB', timezone: 'Europe/London' },
      },
    ],
    [
      'a town abroad the title names places nothing, never the home area',
      {
        clues: { locationText: 'The Crown, Toronto' },
        feed: { home: BIRMINGHAM },
        opts: fromTitle,
        expected: { placedBy: 'none', lat: null },
      },
    ],
    [
      'a pub that shares its name with towns abroad ("Victoria") stays in the home area',
      {
        clues: { locationText: 'Victoria' },
        feed: { home: BIRMINGHAM },
        opts: fromTitle,
        expected: { placedBy: 'title', lat: BIRMINGHAM.lat, country: 'GB' },
      },
    ],
    [
      'with no home area, a town in the zone the calendar declares',
      {
        clues: { locationText: 'The Crown, Bath' },
        feed: { feedTimezone: 'Europe/London' },
        opts: fromTitle,
        expected: { placedBy: 'title', locality: 'Bath', country: 'GB' },
      },
    ],
    [
      'with no home area, a town outside the zone the calendar declares places nothing',
      {
        clues: { locationText: 'The Crown, Bath' },
        feed: { feedTimezone: 'America/New_York' },
        opts: fromTitle,
        expected: { placedBy: 'none', lat: null, timezone: 'America/New_York' },
      },
    ],
    [
      'with no home area and no town, nothing',
      { clues: { locationText: 'The Victoria' }, opts: fromTitle, expected: { placedBy: 'none', lat: null } },
    ],
    [
      'an event that may not be in person is not placed by its title',
      {
        clues: { locationText: 'The Victoria' },
        feed: { home: BIRMINGHAM },
        opts: { ...fromTitle, mayBeInPerson: false },
        expected: { placedBy: 'none', lat: null },
      },
    ],
  ])('%s', (_, row) => {
    expectPlacement(row);
  });
});
