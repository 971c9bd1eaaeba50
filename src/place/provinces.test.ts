import { describe, expect, it } from 'vitest';
import { placeAddress } from './address.js';
import { lookupPlaces } from './gazetteer.js';
import { haversineKm } from './geo.js';
import { regionSeatName } from './postcode-regions.js';
import { PROVINCES, provincesCoded, provincesNamed } from './provinces.js';
import { qualifierFor } from './qualifiers.js';
import { resolveRegion } from './region.js';

// A town followed by its French département, Spanish province, Portuguese district or Italian province is that
// town, in that area: agendas write "Ville, Département" and "Pueblo, Provincia". Before, "…, Ardèche" placed
// nothing (the event went to the feed's home area, 13 km off instead of 40), and "…, Málaga" placed the city
// of Málaga, 80 km from Estepona.

/** [written, town shown, country, about where it is (lat, lon)] */
type Row = [string, string, string, number, number];

describe('placeAddress: a town and the area it is in', () => {
  it.each<Row>([
    ['Lamastre, Ardèche', 'Lamastre', 'FR', 44.99, 4.58],
    ['Vallon-Pont-d’Arc, Ardèche', "Vallon-Pont-d'Arc", 'FR', 44.41, 4.39],
    ['Le Cheylard, Ardeche', 'Le Cheylard', 'FR', 44.91, 4.42],
    ['St Genis Laval, Rhone', 'Saint-Genis-Laval', 'FR', 45.7, 4.79],
    ['Annecy, Haute-Savoie', 'Annecy', 'FR', 45.9, 6.13],
    ['Annecy, Hte-Savoie', 'Annecy', 'FR', 45.9, 6.13],
    ['Quimper, Finistère', 'Quimper', 'FR', 48.0, -4.1],
    ['Bayonne, Pyrénées-Atlantiques', 'Bayonne', 'FR', 43.49, -1.47],
    ['Roubaix, Nord, France', 'Roubaix', 'FR', 50.69, 3.17],
    // with its number: after the name, before it, or alone in brackets
    ['Lamastre, Ardèche (07)', 'Lamastre', 'FR', 44.99, 4.58],
    ['Nyons, 26 Drôme', 'Nyons', 'FR', 44.36, 5.14],
    ['Die (26)', 'Die', 'FR', 44.75, 5.37],
    // the town named as the area is the city
    ['Valence, Drôme', 'Valence', 'FR', 44.93, 4.89],
    ['Paris, Paris', 'Paris', 'FR', 48.85, 2.35],
    ['Málaga, Málaga', 'Málaga', 'ES', 36.72, -4.42],
    // a town, then a province named as its capital: the town, not the capital
    ['Estepona, Málaga', 'Estepona', 'ES', 36.43, -5.15],
    ['Ronda, Málaga', 'Ronda', 'ES', 36.74, -5.17],
    ['Marbella (Málaga), España', 'Marbella', 'ES', 36.51, -4.88],
    ['Carmona, Sevilla', 'Carmona', 'ES', 37.47, -5.64],
    ['Getafe, Madrid', 'Getafe', 'ES', 40.31, -3.73],
    ['Arrecife, Las Palmas', 'Arrecife', 'ES', 28.96, -13.55],
    ['Mangualde, Viseu', 'Mangualde', 'PT', 40.6, -7.76],
    ['Matosinhos, Porto', 'Matosinhos', 'PT', 41.18, -8.69],
    ['Lagos, Algarve', 'Lagos', 'PT', 37.1, -8.67],
    ['Sesto San Giovanni, Milano', 'Sesto San Giovanni', 'IT', 45.53, 9.23],
    ['Cernobbio (CO)', 'Cernobbio', 'IT', 45.84, 9.07],
    // a street and a postcode before it read as they always are
    ['Salle des fêtes, 12 rue de la Mairie, 26400 Crest, Drôme', 'Crest', 'FR', 44.73, 5.02],
  ])('%s → %s, %s', (text, town, country, lat, lon) => {
    const placed = placeAddress(text);
    expect(placed).toMatchObject({ locality: town, country, precision: 'city' });
    expect(haversineKm(placed!, { lat, lon })).toBeLessThan(5);
  });

  it.each<Row>([
    // an area named as a city elsewhere, after a town that is not in it: read as before
    ['Zapopan, Guadalajara', 'Guadalajara', 'MX', 20.67, -103.39],
    ['Villa Carlos Paz, Córdoba', 'Córdoba', 'AR', -31.41, -64.18],
    ['Sylvania, Toledo', 'Toledo', 'US', 41.66, -83.56],
    // a venue before the area is no town: the area's city
    ['Teatro Cervantes, Málaga', 'Málaga', 'ES', 36.72, -4.42],
    ['Trastevere, Roma', 'Rome', 'IT', 41.89, 12.51],
    // a sigla or number counts only in brackets: "Milan, MI" is Michigan's
    ['Milan, MI', 'Milan', 'US', 42.09, -83.68],
  ])('%s → %s, %s, as before', (text, town, country, lat, lon) => {
    const placed = placeAddress(text);
    expect(placed).toMatchObject({ locality: town, country });
    expect(haversineKm(placed!, { lat, lon })).toBeLessThan(5);
  });

  it('a stated country other than the area’s keeps the area unread', () => {
    expect(placeAddress('Zapopan, Guadalajara', { country: 'MX' })).toMatchObject({ country: 'MX' });
    expect(placeAddress('Villa Carlos Paz, Córdoba', { country: 'AR' })).toMatchObject({ country: 'AR' });
  });

  it('a town the gazetteer does not know, with its postcode, is at its département’s prefecture', () => {
    expect(placeAddress('Salle des fêtes, 2 rue des Écoles, 07430 Villageinconnu, Ardèche')).toMatchObject({
      locality: 'Privas',
      precision: 'postcode-area',
    });
  });
});

describe('a region typed as town and area', () => {
  it.each([
    ['Annecy, Haute-Savoie', 'Annecy, Auvergne-Rhône-Alpes, FR'],
    ['Lamastre, Ardèche', 'Lamastre, Auvergne-Rhône-Alpes, FR'],
    ['Estepona, Málaga', 'Estepona, Spain'],
    ['Málaga, Málaga', 'Málaga, Spain'],
    ['Mangualde, Viseu', 'Mangualde, Portugal'],
    // a town not in the area is read with the area as a place, as before
    ['Sylvania, Toledo', 'Sylvania, Ohio, US'],
  ])('%s → %s', (typed, name) => {
    const region = resolveRegion(typed);
    expect(region.ok && region.value.name).toBe(name);
  });

  it('an area is a qualifier only where asked (what a person types after a town), never alone in an address', () => {
    expect(qualifierFor('Ardèche', { codes: 'any-case', counties: true })).toEqual([{ country: 'FR', admin1: '84' }]);
    expect(qualifierFor('Málaga', { codes: 'any-case', counties: true })).toEqual([{ country: 'ES', admin1: '51' }]);
    expect(qualifierFor('Ardèche', { codes: 'upper' })).toBeNull();
    expect(placeAddress('Valencia')).toMatchObject({ country: 'VE' });
    expect(placeAddress('Toledo')).toMatchObject({ country: 'US' });
  });
});

describe('the table of areas', () => {
  it('has France’s 96 départements, Spain’s 52 provinces and Portugal’s 18 districts and two island regions', () => {
    const count = (c: string) => PROVINCES.filter((p) => p.country === c).length;
    expect([count('FR'), count('ES'), count('PT')]).toEqual([96, 52, 20]);
    expect(count('IT')).toBeGreaterThanOrEqual(107);
  });

  it('gives each area with one centre a seat that is a town of its admin1', () => {
    const missing = PROVINCES.filter((p) => p.seat !== null)
      .filter((p) => {
        const seat = p.seat === 'by-code' ? regionSeatName(p.country, p.code) : p.seat;
        return seat === null || lookupPlaces(seat, [[{ country: p.country, admin1: p.admin1 }]]).length === 0;
      })
      .map((p) => `${p.country} ${p.code} ${p.names[0]}`);
    expect(missing).toEqual([]);
  });

  it('reads names folded, and numbers and siglas', () => {
    expect(provincesNamed('puy de dome')).toMatchObject([{ code: '63' }]);
    expect(provincesNamed('Cotes d’Armor')).toMatchObject([{ code: '22' }]);
    expect(provincesNamed('Seine-St-Denis')).toMatchObject([{ code: '93' }]);
    expect(provincesNamed('Htes-Alpes')).toMatchObject([{ code: '05' }]);
    expect(provincesCoded('2A')).toMatchObject([{ names: ['Corse-du-Sud'] }]);
    expect(provincesCoded('MI')).toMatchObject([{ country: 'IT', admin1: '09' }]);
    expect(provincesCoded('974')).toEqual([]);
  });
});
