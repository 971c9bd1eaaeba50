import { describe, expect, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { placeAddress } from './address.js';
import { areaOfAddress } from './area.js';
import { expectPlacement } from './test-clues.js';

// Lesson from a check of real feeds: a Lisbon trading-card league, scraped from a store locator, ends its addresses
// with the country's code in title case — "18 Av. Conde Castro De Guimarães, Amadora, Lisboa 2720, Pt" — and writes
// the district with the postcode after the town. "Pt" was tried as a town, so the whole address placed nothing and
// the events were posted "placed by the feed’s home area · 0.0 km from Lisbon"; with ", Portugal" instead, the
// district's "Lisboa 2720" won over Amadora. Every address here is invented, in those forms.

type Expected = { locality: string; country: string } | null;

const at = (text: string): Expected => {
  const p = placeAddress(text);
  return p && { locality: p.locality, country: p.country };
};

const LISBON: HomeArea = { lat: 38.717, lon: -9.133, label: 'Lisbon, Portugal', country: 'PT', timezone: 'Europe/Lisbon', basis: 'events' };

describe('a country’s code in title case ends a street address', () => {
  it.each<[string, Expected]>([
    ['18 Av. Exemplo, Amadora, Lisboa 2720, Pt', { locality: 'Amadora', country: 'PT' }],
    ['85 R. Exemplo, Barreiro, Setúbal 2830-298, Pt', { locality: 'Barreiro', country: 'PT' }],
    ['C R. Exemplo, Lisboa, Lisboa 1800-142, Pt', { locality: 'Lisbon', country: 'PT' }],
    ['Café Exemple, 10 Rue Exemple, 75002 Paris, Fr', { locality: 'Paris', country: 'FR' }],
    ['Haus Beispiel, Musterstraße 3, 10115 Berlin, De', { locality: 'Berlin', country: 'DE' }],
    ['Bar Esempio, Via Roma 5, 00184 Roma, It', { locality: 'Rome', country: 'IT' }],
    ['Sala Ejemplo, Calle Mayor 5, 28013 Madrid, Es', { locality: 'Madrid', country: 'ES' }],
  ])('%s', (text, expected) => {
    expect(at(text)).toEqual(expected);
  });

  it('is only the country at the end of an address, never an ordinary word', () => {
    expect(areaOfAddress('Meet in Rome')).toBeNull();
    expect(areaOfAddress('Bar In')).toBeNull();
    expect(areaOfAddress('The Old Bar, In')).toBeNull();
    expect(areaOfAddress('Café Exemplo, Rua Exemplo, De')).toBeNull();
  });

  it('places the event in its town, not at the feed’s home', () => {
    expectPlacement({
      clues: { locationText: '18 Av. Exemplo\\, Amadora\\, Lisboa 2720\\, Pt' },
      feed: { home: LISBON },
      expected: { placedBy: 'address', locality: 'Amadora', country: 'PT' },
    });
  });
});

describe('the town before a district named with the postcode', () => {
  it.each<[string, Expected]>([
    // "City, District Code": the town, when it lies in the district's region
    ['18 Av. Exemplo, Amadora, Lisboa 2720, Portugal', { locality: 'Amadora', country: 'PT' }],
    ['85 R. Exemplo, Barreiro, Setúbal 2830-298, Portugal', { locality: 'Barreiro', country: 'PT' }],
    // the name before the code is the town when nothing else is
    ['Rua Exemplo 5, Setúbal 2900-123, Portugal', { locality: 'Setúbal', country: 'PT' }],
    ['Flinders Street 5, Sydney 2000', { locality: 'Sydney', country: 'AU' }],
    // a town outside the district's region does not overrule the district and its postcode
    ['Rua Exemplo 5, Porto, Lisboa 1100-123, Portugal', { locality: 'Lisbon', country: 'PT' }],
  ])('%s', (text, expected) => {
    expect(at(text)).toEqual(expected);
  });
});
