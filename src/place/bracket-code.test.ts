import { describe, expect, it } from 'vitest';
import type { EventPlacement, HomeArea } from '../core/placement.js';
import { placeAddress, type AddressHints } from './address.js';
import { inferHomeArea, type HomeInputs } from './home.js';
import { outOfStatedZone } from './namesake.js';
import { placeByOwnClues } from './event.js';
import { clues, expectPlacement, placedAt, type PlaceCase } from './test-clues.js';

/*
 * A code in brackets after a name ("Corbin (GP)", "Corbin (NSW)"), as venue
 * calendars write a track's layout, a court or a stage. Invented venues; the
 * names are real towns elsewhere: Corbin is a small town in Kentucky only,
 * and GP also reads as Guadeloupe. A code that is no country or state of the
 * town read does not make that town's name any less bare.
 */

const SYDNEY: HomeArea = {
  lat: -33.87,
  lon: 151.21,
  label: 'Sydney, New South Wales, AU',
  country: 'AU',
  timezone: 'Australia/Sydney',
  basis: 'calendar',
};

describe('a town before a bracketed country or state code it is not in', () => {
  it.each<[string, string, AddressHints, string | null]>([
    ['a layout code is no Guadeloupe, and the bare name no Kentucky town', 'Corbin (GP)', {}, null],
    ['nor is a state code it is not in', 'Corbin (NSW)', {}, null],
    ['nor after a room', 'Hall 2, Corbin (GP)', {}, null],
    ['the town in the country the hints name is still it', 'Corbin (GP)', { country: 'US' }, 'Corbin, US'],
    ['a city a track’s name does not borrow is still it', 'Stuttgart (BW)', {}, 'Stuttgart, DE'],
    ['an aside that is no code hides the town, as before', 'Smallepad 28, Amersfoort (by the bandstand)', {}, 'Amersfoort, NL'],
    ['a code of the town’s own state places it there', 'Springfield (MA)', {}, 'Springfield, US'],
    ['so does a small town’s own state code', 'Estes Park (CO)', {}, 'Estes Park, US'],
  ])('%s: %j', (_name, text, hints, expected) => {
    const placed = placeAddress(text, hints);
    expect(placed && `${placed.locality}, ${placed.country}`).toBe(expected);
  });
});

const CORBIN_KY: EventPlacement = placedAt(36.95, -84.1, 'Corbin', 'US', 'America/New_York');
const bare = { region: null, country: null, postalCode: null, timezone: 'Australia/Sydney' };

describe('a bare small town in another zone than the event’s, with a code after it that is not its own', () => {
  it.each<[string, string, boolean]>([
    ['a layout code leaves the name bare: no place', 'Pit Lane (GP), Corbin', true],
    ['as does a code after the name', 'Corbin (GP)', true],
    ['the town’s own state is a qualifier of it', 'Corbin, KY', false],
    ['and so is its country', 'Corbin, US', false],
  ])('%s: %j', (_name, text, out) => {
    expect(outOfStatedZone(CORBIN_KY, { ...bare, text })).toBe(out);
  });

  it.each(['Pit Lane (GP), Corbin', 'Pit Lane (GP), Corbin, KY'])('%j is placed by its own clues only with its state', (text) => {
    const placed = placeByOwnClues(clues({ locationText: text, timezone: 'Australia/Sydney' }), { fromPage: false });
    expect(placed?.locality ?? null).toBe(text.endsWith('KY') ? 'Corbin' : null);
  });

  it.each<[string, PlaceCase]>([
    [
      'a town several places share, with a layout code, is the one in the zone the event states (Missouri, not South Carolina)',
      {
        clues: { locationText: 'Columbia (GP)', timezone: 'America/Chicago' },
        expected: { placedBy: 'address', locality: 'Columbia', country: 'US', timezone: 'America/Chicago' },
      },
    ],
    [
      'a code that names no country or state of the name before it names no area: the track is at home, not in Guadeloupe',
      {
        clues: { locationText: 'Corbin (GP), Skid Circuit, Skid Pan', timezone: 'Australia/Sydney' },
        feed: { home: SYDNEY },
        expected: { placedBy: 'home-area', locality: 'Sydney', timezone: 'Australia/Sydney' },
      },
    ],
    [
      'a code after a name that is no town elsewhere still names its country',
      {
        clues: { locationText: 'Festivalgelände (AT)', timezone: 'Australia/Sydney' },
        feed: { home: SYDNEY },
        expected: { placedBy: 'calendar', country: 'AT', timezone: 'Europe/Vienna' },
      },
    ],
    [
      'a state code in the event’s own zone is that state: a town the gazetteer does not know there, not Kentucky',
      {
        clues: { locationText: 'Corbin (NSW)', timezone: 'Australia/Sydney' },
        feed: { home: SYDNEY },
        expected: { placedBy: 'calendar', country: 'AU', timezone: 'Australia/Sydney' },
      },
    ],
  ])('%s', (_name, row) => {
    expectPlacement(row);
  });
});

describe('a feed’s home when its placed events keep another clock than the zone it states for itself and every event', () => {
  const kentucky = Array.from({ length: 12 }, () => CORBIN_KY);
  const circuit = { name: 'Kart Club of Sydney', description: null, timezone: 'Australia/Sydney' };
  const unnamed = { name: 'Track calendar', description: null, timezone: 'Australia/Sydney' };
  const inputs = (over: Partial<HomeInputs>): HomeInputs => ({
    placements: kentucky,
    eventCount: 14,
    eventZone: 'Australia/Sydney',
    feed: circuit,
    stored: null,
    region: null,
    ...over,
  });

  it.each<[string, Partial<HomeInputs>, RegExp | null, HomeArea['basis'] | null]>([
    ['the calendar that names its town wins', {}, /^Sydney, New South Wales/, 'calendar'],
    ['with no town in its name, the channel’s region in that zone', { feed: unnamed, region: SYDNEY }, /^Sydney/, 'calendar'],
    ['without the zone on every event, the events still make the home', { eventZone: null }, /^Corbin|Kentucky/, 'events'],
    ['nor when its events are written in another zone than the calendar’s', { eventZone: 'America/New_York' }, /Kentucky/, 'events'],
    [
      'events in the stated zone make the home',
      { placements: Array.from({ length: 12 }, () => placedAt(-33.87, 151.21, 'Sydney', 'AU', 'Australia/Sydney')), feed: unnamed },
      /^Sydney/,
      'events',
    ],
  ])('%s', (_name, over, label, basis) => {
    const home = inferHomeArea(inputs(over));
    expect(home?.label ?? null).toMatch(label ?? /^$/);
    expect(home?.basis ?? null).toBe(basis);
  });
});
