import { describe, expect, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { placeAddress } from './address.js';
import { isPostalAddress } from './address-segments.js';
import { haversineKm } from './geo.js';
import { expectPlacement } from './test-clues.js';

// Lesson from a sweep of Czech feeds: "…, 120 00 Praha-Vinohrady, Česko" and "…, Praha 2" were not read, so a
// Prague event fell back to the feed's home area and a Brno channel posted it as local (186 km off). Venues and
// streets are invented; the towns are real.

describe('placeAddress: Czech, Slovak and Swedish postcodes and city districts', () => {
  it.each<[string, string, string]>([
    ['Čajovna Příklad, Mánesova 12/40, 120 00 Praha-Vinohrady, Česko', 'Prague', 'CZ'],
    ['Čajovna Příklad, Mánesova 12/40, 120 00 Praha 2, Česko', 'Prague', 'CZ'],
    ['Čajovna Příklad, 120 00 Praha, Česká republika', 'Prague', 'CZ'],
    ['Čajovna Příklad, 120 00 Praha', 'Prague', 'CZ'],
    ['Čajovna Příklad, Praha-Vinohrady', 'Prague', 'CZ'],
    ['Čajovna Příklad, Mánesova 12/40, Praha 10', 'Prague', 'CZ'],
    ['Kavárna Příklad, 602 00 Brno', 'Brno', 'CZ'],
    ['Kavárna Příklad, Brno-střed', 'Brno', 'CZ'],
    ['Klub Príklad, Hlavná 5, 811 01 Bratislava-Petržalka, Slovensko', 'Bratislava', 'SK'],
    ['Kafé Exempel, Kungsgatan 4, 114 51 Stockholm', 'Stockholm', 'SE'],
    ['Kafé Exempel, Kungsgatan 4, 114 51 Stockholm, Sverige', 'Stockholm', 'SE'],
  ])('%j is in %s', (text, locality, country) => {
    expect(placeAddress(text)).toMatchObject({ locality, country });
  });

  it.each([
    // a street's number is no district; only Prague writes its districts so
    ['Kavárna Příklad, Hlavní 2'],
    ['Praha 23'],
    // a US street starting "123 12 Mile Rd" is no postcode and town
    ['123 12 Mile Rd'],
  ])('%j names no town', (text) => {
    expect(placeAddress(text)).toBeNull();
  });

  it('still reads a US street whose name starts with a number, then the town', () => {
    expect(placeAddress('4100 12 Mile Rd Troy, MI 48084')).toMatchObject({ locality: 'Troy', country: 'US' });
  });

  it('reads "NNN NN Town" as a postcode and town of a postal address', () => {
    expect(isPostalAddress('Čajovna Příklad, Mánesova 12/40, 120 00 Malá Ves, Česko')).toBe(true);
  });
});

const BRNO: HomeArea = { lat: 49.195, lon: 16.608, label: 'Brno, CZ', country: 'CZ', timezone: 'Europe/Prague', basis: 'events' };

describe('a Prague event in a Brno feed', () => {
  it.each([
    'Čajovna Příklad, Mánesova 12/40, 120 00 Praha-Vinohrady, Česko',
    'Čajovna Příklad, Mánesova 12/40, 120 00 Praha 2, Česko',
    'Čajovna Příklad, Praha 2',
  ])('%j is in Prague, not at home', (locationText) => {
    const placed = expectPlacement({
      clues: { locationText },
      feed: { home: BRNO },
      expected: { placedBy: 'address', locality: 'Prague' },
    });
    expect(haversineKm({ lat: placed.lat!, lon: placed.lon! }, BRNO)).toBeGreaterThan(150);
  });
});
