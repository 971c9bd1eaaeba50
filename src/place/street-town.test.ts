import { describe, expect, it } from 'vitest';
import { placeAddress } from './address.js';

// Meetup's LOCATION joins a venue's street and its town with no comma ("2 Chem. de Tréville
// Frouzins"); the town was not read, so the event fell back to the feed's home area. Synthetic
// streets of our own, in real towns.
describe('placeAddress: a town after a French, Spanish, Italian or Portuguese street, with no comma', () => {
  it.each([
    ['5 Chem. des Lilas, 5 Chem. des Lilas Frouzins', 'Frouzins', 'FR'],
    ['1 Pl. de la Fontaine Toulouse', 'Toulouse', 'FR'],
    ['3 Pl. Jeanne Exemple Toulouse', 'Toulouse', 'FR'],
    ['13 Rue Sainte-Exemple Toulouse', 'Toulouse', 'FR'],
    ['40 Boulevard de la Marquette Toulouse', 'Toulouse', 'FR'],
    ['Le Bar, 8bis rue des Exemples Muret', 'Muret', 'FR'],
    ['7 All. des Tilleuls Colomiers', 'Colomiers', 'FR'],
    ['13 Rue Sainte-Exemple La Rochelle', 'La Rochelle', 'FR'],
    ['22 Rue du Faubourg Exemple Saint-Étienne', 'Saint-Étienne', 'FR'],
    ['5 Calle Mayor Girona', 'Girona', 'ES'],
    ['8 Rua das Flores Porto', 'Porto', 'PT'],
    // "Route"/"Rte", from the street-word list normalise shares (core/street-words.ts)
    ['12 Route des Exemples Grenoble', 'Grenoble', 'FR'],
    ['4 Rte de la Exemple Colomiers', 'Colomiers', 'FR'],
    // the house number after a comma, then the town
    ['Bar Esempio, Via Roma, 12 Torino', 'Turin', 'IT'],
    ['Bar Ejemplo, C/ Mayor, 5 Girona', 'Girona', 'ES'],
  ])('%j is in %s', (text, locality, country) => {
    expect(placeAddress(text)).toMatchObject({ locality, country });
  });

  it.each([
    // the street's own last word is no town
    ['12 Rue de la Paix'],
    ['12 Boulevard Saint-Germain'],
    ['Bar X, 12 Rue Neuve Saint-Germain'],
    ['12 Rue Pierre Fontaine'],
    ['3 Av. Jean Exemple'],
    // a town of that name, but not where the street word is written ("Rue" is French: Porto is not)
    ['5 Rue des Exemples Porto'],
    ['100 Avenue of the Americas Springfield'],
  ])('%j names no town', (text) => {
    expect(placeAddress(text)).toBeNull();
  });

  it('still reads a US street and its suffix, then the town', () => {
    expect(placeAddress('2603 Example Dr Belton, TX 76513')).toMatchObject({ locality: 'Belton', country: 'US' });
  });
});
