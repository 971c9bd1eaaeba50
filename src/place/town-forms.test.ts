import { describe, expect, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { placeAddress } from './address.js';
import { placeByOwnClues } from './event.js';
import { lookupPlace, lookupPlaces } from './gazetteer.js';
import { clues, expectPlacement, MUNICH } from './test-clues.js';

// Lesson from a check of real feeds: GeoNames stores "Frankfurt am Main", "Kempten (Allgäu)" and "Noordwijk-Binnen"
// while feeds write "60311 Frankfurt", "87435 Kempten" and "Noordwijk", and the other way round for "Offenbach am
// Main". Unfound, such an address was taken for a venue's name and posted "0.0 km" from the channel's city.

describe('lookupPlace: a town written with or without its river or region', () => {
  it.each<[string, string, string]>([
    ['Frankfurt', 'Frankfurt am Main', 'DE'],
    ['Kempten', 'Kempten (Allgäu)', 'DE'],
    ['Ludwigshafen', 'Ludwigshafen am Rhein', 'DE'],
    ['Landau', 'Landau in der Pfalz', 'DE'],
    ['Brandenburg', 'Brandenburg an der Havel', 'DE'],
    ['Halle', 'Halle (Saale)', 'DE'],
    ['Noordwijk', 'Noordwijk-Binnen', 'NL'],
    ['Katwijk', 'Katwijk aan Zee', 'NL'],
    ['Offenbach am Main', 'Offenbach', 'DE'],
    ['Mülheim an der Ruhr', 'Mülheim', 'DE'],
    ['Freiburg im Breisgau', 'Freiburg', 'DE'],
    ['Frankfurt an der Oder', 'Frankfurt (Oder)', 'DE'],
    ['Frankfurt (Oder)', 'Frankfurt (Oder)', 'DE'],
    ['Neustadt an der Weinstraße', 'Neustadt', 'DE'],
    // local names in everyday use (aliases.ts)
    ['Castelló', 'Castelló de la Plana', 'ES'],
    ['Castellón', 'Castelló de la Plana', 'ES'],
    ['Alacant', 'Alicante', 'ES'],
    ['Iruña', 'Pamplona', 'ES'],
    ['Bilbo', 'Bilbao', 'ES'],
    ['CDMX', 'Mexico City', 'MX'],
    ['CABA', 'Buenos Aires', 'AR'],
  ])('%s is %s', (written, name, country) => {
    expect(lookupPlace(written)).toMatchObject({ name, country });
  });

  it('keeps the larger namesake first: "Frankfurt" is Frankfurt am Main, then Frankfurt (Oder)', () => {
    expect(lookupPlaces('Frankfurt').map((p) => p.name)).toEqual(['Frankfurt am Main', 'Frankfurt (Oder)']);
  });

  it.each([
    ['a qualifier the gazetteer lacks, on a name several towns share', 'Neustadt an der Ostsee'],
    ['a short form of four letters (a word too often)', 'Hall'],
    ['a district in brackets', 'Zürich (Kreis 3)'],
  ])('finds nothing new for %s ("%s")', (_, written) => {
    expect(lookupPlaces(written).filter((p) => p.name !== written)).toEqual([]);
  });
});

describe('placeAddress: a town with its qualifier in brackets', () => {
  it.each<[string, string, string]>([
    ['Haus Beispiel, Musterstraße 3, 06108 Halle (Saale)', 'Halle (Saale)', 'DE'],
    ['Vereinsheim Beispiel, Hauptstraße 1, Frankfurt (Oder)', 'Frankfurt (Oder)', 'DE'],
    ['Haus Beispiel, Musterstraße 3, 79618 Rheinfelden (Baden)', 'Rheinfelden', 'DE'],
    ['Haus Beispiel, Musterstraße 3, 92637 Weiden (Oberpfalz)', 'Weiden', 'DE'],
    ['Smallepad 28, Amersfoort (burgemeester brouwerplantsoen)', 'Amersfoort', 'NL'],
    ['Club Beispiel (Berlin)', 'Berlin', 'DE'],
  ])('%s → %s', (text, locality, country) => {
    expect(placeAddress(text)).toMatchObject({ locality, country });
  });
});

const BRUSSELS: HomeArea = {
  lat: 50.85,
  lon: 4.35,
  label: 'Brussels, Belgium',
  country: 'BE',
  timezone: 'Europe/Brussels',
  basis: 'region',
};
const BERLIN: HomeArea = {
  lat: 52.52,
  lon: 13.405,
  label: 'Berlin, Berlin, DE',
  country: 'DE',
  timezone: 'Europe/Berlin',
  basis: 'region',
};
describe('a postcode before a town several countries share', () => {
  const own = (locationText: string, timezone: string | null = null) =>
    placeByOwnClues(clues({ locationText, timezone }), { fromPage: false });

  it('is the German namesake, not the larger one in a country of four-digit postcodes', () => {
    expect(own('Haus Beispiel, Weg 1, 29303 Bergen')).toMatchObject({ locality: 'Bergen', country: 'DE' });
    expect(own('Huset, Vei 1, 5020 Bergen')).toMatchObject({ locality: 'Bergen', country: 'NO' });
  });

  it('is not the larger German namesake after a four-digit postcode', () => {
    expect(own('Zaal Voorbeeld, Kerkstraat 1, 1500 Halle')).toMatchObject({ locality: 'Halle', country: 'BE' });
    expect(own('Haus Beispiel, Weg 1, 06108 Halle')).toMatchObject({ locality: 'Halle (Saale)', country: 'DE' });
  });

  it('is the namesake in the home’s country, though the short form found the larger one abroad', () => {
    expectPlacement({
      clues: { locationText: 'Zaal Voorbeeld, Kerkstraat 1, Halle' },
      feed: { home: BRUSSELS },
      expected: { placedBy: 'address', locality: 'Halle', country: 'BE' },
    });
  });

  it('is the German namesake in a Europe/Berlin calendar, but only with the postcode', () => {
    expect(own('Haus Beispiel, Weg 1, 29303 Bergen', 'Europe/Berlin')).toMatchObject({ country: 'DE' });
    expect(own('Haus Beispiel, Weg 1, Bergen', 'Europe/Berlin')).toMatchObject({ country: 'NO' });
    expect(own('Maison, 1 Rue de la Paix, 75002 Paris', 'Europe/Berlin')).toMatchObject({ locality: 'Paris', country: 'FR' });
  });

  // Lesson from a Brussels neighbourhood agenda: every event at "Maison poème, Rue d'Écosse 30, 1060 Saint-Gilles" was
  // placed in Saint-Gilles, France, 798 km off; GeoNames' city list has none of Brussels' communes.
  it('is a commune of Brussels, in a Europe/Brussels calendar, when only a five-digit country has the name', () => {
    expect(own("Maison poème, Rue d'Écosse 30, 1060 Saint-Gilles", 'Europe/Brussels')).toMatchObject({
      locality: 'Brussels',
      country: 'BE',
    });
    expect(own('Rue du Bois 1, 1190 Forest', 'Europe/Brussels')?.country).not.toBe('US');
    expect(own('Rue du Page 12, 1050 Ixelles')).toMatchObject({ locality: 'Brussels', country: 'BE' });
    // …and in France, or with a French postcode, Saint-Gilles in France
    expect(own('Salle, 1 Place de la Mairie, 30800 Saint-Gilles', 'Europe/Brussels')).toMatchObject({
      locality: 'Saint-Gilles',
      country: 'FR',
    });
    expect(own("Maison, Rue d'Écosse 30, 1060 Saint-Gilles", 'Europe/Paris')).toMatchObject({ country: 'FR' });
  });
});

describe('a street, postcode and town we do not know is no venue name at home', () => {
  it('is an unknown place, not posted 0.0 km from the channel’s city', () => {
    expectPlacement({
      clues: { locationText: 'Haus Beispiel, Musterstraße 3, 87499 Kleinbeispielhausen' },
      feed: { home: MUNICH },
      expected: { placedBy: 'none', lat: null },
    });
  });

  it('is the small town it names far from home, not a neighbourhood at home', () => {
    expectPlacement({
      clues: { locationText: 'Haus Beispiel, Hauptstraße 11, 76829 Landau' },
      feed: { home: BERLIN },
      expected: { placedBy: 'address', locality: 'Landau in der Pfalz' },
    });
  });

  it('still places a venue name with a room number at home', () => {
    expectPlacement({ clues: { locationText: 'Kulturhaus, Raum 2.04' }, feed: { home: MUNICH }, expected: { placedBy: 'home-area' } });
  });
});
