import { describe, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { BIRMINGHAM, expectPlacement, placedAt, PORTLAND as portland, type PlaceCase } from './test-clues.js';

const cubeSpace = placedAt(45.51, -122.66, 'Portland', 'US', 'America/Los_Angeles');
const POITIERS: HomeArea = { lat: 46.58, lon: 0.34, label: 'Poitiers, France', country: 'FR', timezone: 'Europe/Paris', basis: 'events' };
const CLEVELAND: HomeArea = {
  lat: 41.5,
  lon: -81.69,
  label: 'Cleveland, Ohio, US',
  country: 'US',
  timezone: 'America/New_York',
  basis: 'events',
};
const MINNEAPOLIS: HomeArea = {
  lat: 44.98,
  lon: -93.27,
  label: 'Minneapolis, Minnesota, US',
  country: 'US',
  timezone: 'America/Chicago',
  basis: 'region',
};
const PARIS: HomeArea = { lat: 48.857, lon: 2.352, label: 'Paris, France', country: 'FR', timezone: 'Europe/Paris', basis: 'events' };
const MADRID: HomeArea = { lat: 40.417, lon: -3.704, label: 'Madrid, Spain', country: 'ES', timezone: 'Europe/Madrid', basis: 'events' };

describe('placeEvent: clues in order of trust', () => {
  it.each<[string, PlaceCase]>([
    [
      'coordinates win over an address that names another town',
      {
        clues: { lat: 52.4797, lon: -1.9026, locationText: 'The Victoria, Glasgow' },
        expected: { placedBy: 'geo', country: 'GB', timezone: 'Europe/London', lat: 52.4797 },
      },
    ],
    [
      'coordinates are shown in the town the address writes when they lie near it, not the nearest small town',
      {
        clues: {
          lat: 30.21533,
          lon: -97.796112,
          locationText: 'Austin Community College, South Austin Campus, 1820 W. Stassney Lane, Austin, TX 78745-3621',
        },
        expected: { placedBy: 'geo', locality: 'Austin', lat: 30.21533 },
      },
    ],
    [
      'coordinates far from the town the address writes keep the town they are in',
      {
        clues: { lat: 52.4797, lon: -1.9026, locationText: 'The Victoria, Glasgow' },
        expected: { placedBy: 'geo', locality: 'Birmingham' },
      },
    ],
    [
      'coordinates from the event page are recorded as the event page',
      { clues: { lat: 45.5, lon: -122.6 }, opts: { fromPage: true }, expected: { placedBy: 'event-page' } },
    ],
    ['"0,0" is a missing value, not a place', { clues: { lat: 0, lon: 0 }, expected: { placedBy: 'none', lat: null } }],
    [
      'a full US address is placed in its town and state, in its own zone',
      {
        clues: { locationText: 'Free Geek, 1731 SE 10th Ave, Portland, OR 97214 US' },
        expected: { placedBy: 'address', locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' },
      },
    ],
    [
      'a venue name alone takes the place the same feed gave that venue',
      {
        clues: { locationText: 'CubeSpace' },
        feed: { venues: new Map([['cubespace', cubeSpace]]) },
        expected: { placedBy: 'venue', lat: 45.51, locality: 'Portland' },
      },
    ],
    [
      'a full address outranks the place the feed gave the same venue name',
      {
        clues: { locationText: 'CubeSpace, 100 Main St, Salem, OR 97301' },
        feed: { venues: new Map([['cubespace', cubeSpace]]), home: portland },
        expected: { placedBy: 'address', locality: 'Salem' },
      },
    ],
    [
      'a town several countries share is the one in the home area’s country when the address names none',
      {
        clues: { locationText: 'La Hune, 1 Avenue Du Champ De La Caille, 86280 Saint-Benoît' },
        feed: { home: POITIERS },
        expected: { placedBy: 'address', locality: 'Saint-Benoît', country: 'FR', timezone: 'Europe/Paris' },
      },
    ],
    [
      'a town several countries share stays where the address’s country puts it, whatever the home',
      {
        clues: { locationText: 'Médiathèque, 2 rue du Port, 97470 Saint-Benoît, Réunion' },
        feed: { home: POITIERS },
        expected: { placedBy: 'address', locality: 'Saint-Benoît', country: 'RE', timezone: 'Indian/Reunion' },
      },
    ],
    [
      'a town the home’s country does not have stays where it is',
      {
        clues: { locationText: 'Lygon St, Carlton, Melbourne' },
        feed: { home: POITIERS },
        expected: { placedBy: 'address', locality: 'Melbourne', country: 'AU' },
      },
    ],
    [
      'a venue name that is a town, with no address, places the event in that town',
      {
        clues: { venueName: 'College Station' },
        feed: { home: CLEVELAND },
        expected: { placedBy: 'address', locality: 'College Station', country: 'US', timezone: 'America/Chicago' },
      },
    ],
    [
      'a venue name that is also a small town far away ("Castillo", the castle) is a venue at home, not that town',
      { clues: { venueName: 'Castillo' }, feed: { home: POITIERS }, expected: { placedBy: 'home-area', lat: POITIERS.lat } },
    ],
    [
      'a venue name alone, with no address, is placed in the feed’s home area',
      { clues: { venueName: 'Grog Shop' }, feed: { home: CLEVELAND }, expected: { placedBy: 'home-area', lat: CLEVELAND.lat } },
    ],
    [
      'a venue named after its branch’s city, in the home’s country, is in that city',
      {
        clues: { locationText: 'Bitcoin Park Austin' },
        feed: { home: CLEVELAND },
        expected: { placedBy: 'address', locality: 'Austin', country: 'US', timezone: 'America/Chicago' },
      },
    ],
    [
      'a venue named after another country’s city is a name: it is placed at the home area',
      { clues: { locationText: 'Café Paris' }, feed: { home: BIRMINGHAM }, expected: { placedBy: 'home-area', locality: 'Birmingham' } },
    ],
    [
      'a venue whose last word names only villages is placed at the home area',
      {
        clues: { locationText: 'Cannon Hill Park' },
        feed: { home: BIRMINGHAM },
        expected: { placedBy: 'home-area', locality: 'Birmingham' },
      },
    ],
    [
      'a venue the feed placed outranks its home area',
      {
        clues: { locationText: 'CubeSpace' },
        feed: { venues: new Map([['cubespace', { ...cubeSpace, lat: 45.3, locality: 'Oregon City' }]]), home: portland },
        expected: { placedBy: 'venue', lat: 45.3, locality: 'Oregon City' },
      },
    ],
    [
      'a venue name alone is placed in the feed’s home area',
      {
        clues: { locationText: 'Jive Software' },
        feed: { home: portland },
        expected: { placedBy: 'home-area', lat: portland.lat, locality: 'Portland', timezone: 'America/Los_Angeles' },
      },
    ],
    [
      'a town the gazetteer does not know, with the home’s state, is not placed at the home area',
      {
        clues: { locationText: 'Nashport, Ohio' },
        feed: { home: CLEVELAND },
        expected: { placedBy: 'calendar', lat: null, country: 'US', timezone: 'America/New_York' },
      },
    ],
    [
      'a venue whose stated town the gazetteer cannot read is not placed at the home area',
      {
        clues: { venueName: 'EXPO', locationText: 'Дом культуры, Косшы', locality: 'Косшы' },
        feed: { home: CLEVELAND },
        expected: { placedBy: 'none', lat: null },
      },
    ],
    [
      'a venue in another state that shares the home’s zone is not placed at the home area',
      {
        clues: { locationText: 'Turtle River State Park, 3084 Park Ave NE, Arvilla, ND 58214, USA' },
        feed: { home: MINNEAPOLIS },
        expected: { placedBy: 'calendar', lat: null, country: 'US', timezone: 'America/Chicago' },
      },
    ],
    [
      'a town the gazetteer does not know, before the home’s state and ZIP, is not placed at the home area',
      {
        clues: { locationText: 'Minnesota City, MN 55959, USA' },
        feed: { home: MINNEAPOLIS },
        expected: { placedBy: 'calendar', lat: null, country: 'US' },
      },
    ],
    [
      '"Greater MN" is the state beyond the home town: it is not placed at the home area',
      { clues: { locationText: 'Greater MN' }, feed: { home: MINNEAPOLIS }, expected: { placedBy: 'none', lat: null } },
    ],
    [
      'a location that starts with the country names all of it, not a venue at home ("France — Pokémon GO")',
      {
        clues: { locationText: 'France — Pokémon GO' },
        feed: { home: POITIERS },
        expected: { placedBy: 'calendar', lat: null, country: 'FR' },
      },
    ],
    [
      'the country alone names the country, not a venue at home: no point to measure a distance from',
      { clues: { locationText: 'France' }, feed: { home: POITIERS }, expected: { placedBy: 'calendar', lat: null, country: 'FR' } },
    ],
    [
      'a venue named after its country is still a venue at home',
      { clues: { locationText: 'France Bleu studio' }, feed: { home: POITIERS }, expected: { placedBy: 'home-area', lat: POITIERS.lat } },
    ],
    [
      'a phone number is no place, even for an event that may be in person',
      { clues: { locationText: '+33 5 49 00 00 00' }, feed: { home: POITIERS }, expected: { placedBy: 'none', lat: null } },
    ],
    [
      'a venue name before the country is still taken to be in the home area',
      { clues: { locationText: 'Le Bistrot, France' }, feed: { home: POITIERS }, expected: { placedBy: 'home-area', lat: POITIERS.lat } },
    ],
    [
      'a street and the home’s state is placed at the home area (a street is no town)',
      {
        clues: { locationText: '2785 Euclid Heights Blvd, Ohio' },
        feed: { home: CLEVELAND },
        expected: { placedBy: 'home-area', lat: CLEVELAND.lat },
      },
    ],
    [
      'a venue with its street, state and ZIP is placed at the home area',
      {
        clues: { locationText: 'Grey Duck Tavern, 3010 Minnehaha Ave, MN 55406' },
        feed: { home: MINNEAPOLIS },
        expected: { placedBy: 'home-area', lat: MINNEAPOLIS.lat },
      },
    ],
    [
      'a venue with its street and the home’s state is placed at the home area',
      {
        clues: { locationText: 'The Grog Shop, 2785 Euclid Heights Blvd, Ohio' },
        feed: { home: CLEVELAND },
        expected: { placedBy: 'home-area', lat: CLEVELAND.lat },
      },
    ],
    [
      'a town we do not know after a postcode of a far département is in that département, not at home',
      {
        clues: { locationText: 'Salle des fêtes, 76330 Port-Jérôme-sur-Seine' },
        feed: { home: PARIS },
        expected: { placedBy: 'address', locality: 'Rouen', country: 'FR' },
      },
    ],
    [
      'a town we do not know after a postcode of the home’s own département is at home',
      {
        clues: { locationText: 'Salle des fêtes, 86360 Chasseneuil-du-Poitou-Nord' },
        feed: { home: POITIERS },
        expected: { placedBy: 'home-area', lat: POITIERS.lat },
      },
    ],
    [
      'a small town far from home keeps its place when its postcode confirms it',
      {
        clues: { locationText: 'Salle des fêtes, 76170 Lillebonne' },
        feed: { home: PARIS },
        expected: { placedBy: 'address', locality: 'Lillebonne', country: 'FR' },
      },
    ],
    [
      'a Spanish town we do not know after a far province’s postcode is in that province',
      {
        clues: { locationText: 'Centro Cívico, 20560 Oñati-Araotz' },
        feed: { home: MADRID },
        expected: { placedBy: 'address', locality: 'Donostia / San Sebastián', country: 'ES' },
      },
    ],
    [
      'an online event is never placed at a venue name or the home area',
      {
        clues: { locationText: 'Jive Software' },
        feed: { home: portland },
        opts: { mayBeInPerson: false },
        expected: { placedBy: 'none', lat: null, timezone: 'America/Los_Angeles' },
      },
    ],
    [
      'an unplaceable venue abroad takes its own country’s zone, not the home’s',
      {
        clues: { locationText: 'Festivalgelände am Waldsee, Germany' },
        feed: { home: portland },
        expected: { placedBy: 'calendar', lat: null, country: 'DE', timezone: 'Europe/Berlin' },
      },
    ],
    [
      'with nothing to go on, a home that is only the channel’s region gives its zone but never its country',
      {
        clues: {},
        feed: { home: { ...BIRMINGHAM, basis: 'region' } },
        expected: { placedBy: 'none', country: null, timezone: 'Europe/London' },
      },
    ],
    [
      'with nothing to go on, a home the feed itself states gives its country',
      { clues: {}, feed: { home: BIRMINGHAM }, expected: { placedBy: 'none', country: 'GB', timezone: 'Europe/London' } },
    ],
    [
      'with nothing to go on, the calendar’s own zone is kept for floating times',
      { clues: {}, feed: { feedTimezone: 'America/Chicago' }, expected: { placedBy: 'none', timezone: 'America/Chicago' } },
    ],
  ])('%s', (_, row) => {
    expectPlacement(row);
  });
});
