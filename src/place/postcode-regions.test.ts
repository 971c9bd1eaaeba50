import { describe, expect, it } from 'vitest';
import { postcodeRegionTown } from './postcode-regions.js';

const codes = (n: number, extra: string[] = []) => [...Array.from({ length: n }, (_, i) => String(i + 1).padStart(2, '0')), ...extra];

describe('postcodeRegionTown', () => {
  it('knows the prefecture of every French département and the capital of every Spanish province', () => {
    const fr = codes(95, ['971', '972', '973', '974', '976']).filter((c) => c !== '96');
    const missing = [
      ...fr.filter((c) => !postcodeRegionTown(`Salle, ${`${c}000`.slice(0, 5)} X`, 'FR')).map((c) => `FR ${c}`),
      ...codes(52)
        .filter((c) => !postcodeRegionTown(`Sala, ${c}001 X`, 'ES'))
        .map((c) => `ES ${c}`),
    ];
    expect(missing).toEqual([]);
  });

  it.each([
    ['Salle des fêtes, 76330 Port-Jérôme-sur-Seine', 'FR', 'Rouen', 'FR'],
    ['Maison des sports, F-68330 Huningue', 'FR', 'Colmar', 'FR'],
    ['Le Zinc, 33800', 'FR', 'Bordeaux', 'FR'],
    ['Salle, 97400 Saint-Denis', 'FR', 'Saint-Denis', 'RE'],
    ['Calle Mayor 3, 41001 Sevilla', 'ES', 'Sevilla', 'ES'],
  ])('%s (%s) is in the département or province of %s', (text, country, town, placedIn) => {
    expect(postcodeRegionTown(text, country)).toMatchObject({ name: town, country: placedIn });
  });

  it.each([
    ['Some Hall, 10115 Berlin', 'DE'],
    ['Salle, 96000 Nulle-Part', 'FR'],
    ['Salle des fêtes, Lillebonne', 'FR'],
    ['Hall 12345', 'FR'],
  ])('%s (%s) says no département or province', (text, country) => {
    expect(postcodeRegionTown(text, country)).toBeNull();
  });
});
