import { describe, expect, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { isPostalAddress } from './address-segments.js';
import { expectPlacement, MUNICH, type PlaceCase } from './test-clues.js';

// Lesson from a check of real feeds: a Lisbon Pokémon league listed "Largo Do Comércio 3B, 2350-213 Parceiros De
// Igreja, Portugal", a village of Torres Novas (~110 km) too small for the gazetteer. Read as a venue's name, it was
// posted "placed by the feed’s home area · 0.0 km from Lisbon": the country after the town hid the postcode and town,
// and Portugal's "NNNN-NNN Town" was not known as one.

const LISBON: HomeArea = { lat: 38.717, lon: -9.133, label: 'Lisbon, Portugal', country: 'PT', timezone: 'Europe/Lisbon', basis: 'events' };
describe('a street, postcode and town, with or without a country after them, is a postal address', () => {
  it.each<[string, boolean]>([
    ['Haus Beispiel, Musterstraße 3, 87499 Kleinbeispielhausen', true],
    ['Zaal Voorbeeld, Voorstraat 1, 2225 AB Voorbeelddorp', true],
    ['Room 2.04', false],
    ['Hall 3, Building 5', false],
    ['Studio 54', false],
    ['Grey Duck Tavern, 3010 Minnehaha Ave, MN 55406', false],
    ['Haus Beispiel, 87499 Kleinbeispielhausen', false],
    ['Largo Do Exemplo 3B, 2350-213 Aldeia Exemplar, Portugal', true],
    ['Loja Exemplo, Rua Exemplo 12, 2350-213 Aldeia Exemplar, PT', true],
    ['Rua Exemplo 12, 2350-213 Aldeia Exemplar', true],
    ['Rua Exemplo 12, Aldeia Exemplar 2350-213', true],
    ['Haus Beispiel, Musterstraße 3, 87499 Kleinbeispielhausen, Deutschland', true],
    ['Haus Beispiel, Musterstraße 3, 87499 Kleinbeispielhausen, Bayern, Germany', true],
    ['Sala Przykład, ul. Przykładowa 12, 00-950 Wieś Przykładowa, Polska', true],
    // no street with its number, or no postcode and town: a venue's name, with its country
    ['Loja Exemplo, 2350-213 Aldeia Exemplar, Portugal', false],
    ['Studio 54, Portugal', false],
    ['Sala 2, Lisboa, Portugal', false],
    ['Grey Duck Tavern, 3010 Minnehaha Ave, MN 55406, USA', false],
  ])('%s: %s', (text, postal) => {
    expect(isPostalAddress(text)).toBe(postal);
  });
});

describe('an address in a town we do not know, with its country after it, is not at home', () => {
  it.each<[string, PlaceCase]>([
    [
      'a Portuguese village after its postcode, then the country: an unknown place in Portugal, not 0.0 km from Lisbon',
      {
        clues: { locationText: 'Largo Do Exemplo 3B\\, 2350-213 Aldeia Exemplar\\, Portugal' },
        feed: { home: LISBON },
        expected: { placedBy: 'calendar', lat: null, country: 'PT' },
      },
    ],
    [
      'the same with the country as a code',
      {
        clues: { locationText: 'Largo Do Exemplo 3B, 2350-213 Aldeia Exemplar, PT' },
        feed: { home: LISBON },
        expected: { placedBy: 'calendar', lat: null, country: 'PT' },
      },
    ],
    [
      'a German village after its street and postcode, then the country',
      {
        clues: { locationText: 'Haus Beispiel, Musterstraße 3, 87499 Kleinbeispielhausen, Deutschland' },
        feed: { home: MUNICH },
        expected: { placedBy: 'calendar', lat: null, country: 'DE' },
      },
    ],
    [
      'a town we know after its Portuguese postcode is still that town',
      {
        clues: { locationText: 'Av. Exemplo 13, 2830-302 Barreiro, Portugal' },
        feed: { home: LISBON },
        expected: { placedBy: 'address', locality: 'Barreiro', country: 'PT' },
      },
    ],
    [
      'a venue name with its country stays at home',
      { clues: { locationText: 'Loja Exemplo, Portugal' }, feed: { home: LISBON }, expected: { placedBy: 'home-area' } },
    ],
  ])('%s', (_name, row) => {
    expectPlacement(row);
  });
});
