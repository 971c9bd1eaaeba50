import { describe, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { expectPlacement, type PlaceCase } from './test-clues.js';

const ROUEN: HomeArea = { lat: 49.443, lon: 1.1, label: 'Rouen, France', country: 'FR', timezone: 'Europe/Paris', basis: 'events' };
const LE_HAVRE: HomeArea = { lat: 49.494, lon: 0.108, label: 'Le Havre, France', country: 'FR', timezone: 'Europe/Paris', basis: 'region' };
const PARIS: HomeArea = { lat: 48.857, lon: 2.352, label: 'Paris, France', country: 'FR', timezone: 'Europe/Paris', basis: 'events' };
const MADRID: HomeArea = { lat: 40.417, lon: -3.704, label: 'Madrid, Spain', country: 'ES', timezone: 'Europe/Madrid', basis: 'events' };

describe('placeEvent: coordinates named by the town the address writes', () => {
  it.each<[string, PlaceCase]>([
    [
      'coordinates nearest another country’s point are in the town and country the address writes',
      {
        clues: { lat: 41.87495, lon: 12.47305, locationText: 'Example Hub, Via Esempio 1, 00153 Roma RM, Italy' },
        expected: { placedBy: 'geo', locality: 'Rome', country: 'IT', lat: 41.87495, lon: 12.47305 },
      },
    ],
    [
      'coordinates with an address that names only a country are named by the nearest place in that country',
      {
        clues: { lat: 41.87495, lon: 12.47305, locationText: 'Example Hub, Italy' },
        expected: { placedBy: 'geo', country: 'IT', lat: 41.87495 },
      },
    ],
    [
      'coordinates with an address that names the nearest point’s own country keep that point',
      {
        clues: { lat: 41.9029, lon: 12.4534, locationText: 'Example Museum, Vatican City' },
        expected: { placedBy: 'geo', locality: 'Vatican City', country: 'VA' },
      },
    ],
    [
      'coordinates far from the town the address writes keep the nearest point, in its own country',
      {
        clues: { lat: 41.87495, lon: 12.47305, locationText: 'Example Hub, Via Esempio 1, 20121 Milano MI, Italy' },
        expected: { placedBy: 'geo', country: 'IT' },
      },
    ],
  ])('%s', (_name, c) => {
    expectPlacement(c);
  });
});

describe('placeEvent: a postcode before a town we do not know', () => {
  it.each<[string, PlaceCase]>([
    [
      'a street and a town we do not know after a postcode of the home’s own département is at home',
      {
        clues: { locationText: '5 Rue des Tilleuls, 76330 Port-Jérôme-sur-Seine' },
        feed: { home: ROUEN },
        expected: { placedBy: 'home-area', lat: ROUEN.lat, locality: 'Rouen' },
      },
    ],
    [
      'a street and a town we do not know after a postcode whose prefecture is near home is at home, not 80 km off at it',
      {
        clues: { locationText: '5 Rue des Tilleuls, 76330 Port-Jérôme-sur-Seine' },
        feed: { home: LE_HAVRE },
        expected: { placedBy: 'home-area', lat: LE_HAVRE.lat, locality: 'Le Havre' },
      },
    ],
    [
      'a street and a town we do not know after a postcode of a far département is in that département',
      {
        clues: { locationText: '5 Rue des Tilleuls, 76330 Port-Jérôme-sur-Seine' },
        feed: { home: PARIS },
        expected: { placedBy: 'address', locality: 'Rouen', country: 'FR' },
      },
    ],
    [
      'a Spanish street and a town we do not know after the home province’s postcode is at home',
      {
        clues: { locationText: 'Calle Mayor 3, 28791 Soto del Real Norte' },
        feed: { home: MADRID },
        expected: { placedBy: 'home-area', lat: MADRID.lat },
      },
    ],
    [
      'a street and a town we do not know after a postcode of another country is not at home',
      {
        clues: { locationText: 'Musterstraße 3, 76330 Musterdorf' },
        feed: { home: { ...ROUEN, country: 'DE', label: 'Karlsruhe, Germany', lat: 49.01, lon: 8.4, timezone: 'Europe/Berlin' } },
        expected: { placedBy: 'none', lat: null },
      },
    ],
  ])('%s', (_name, c) => {
    expectPlacement(c);
  });
});
