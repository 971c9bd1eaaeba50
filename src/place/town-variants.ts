import { lookupPlaces, matchesConstraints, type Place, type PlaceFilter } from './gazetteer.js';
import { mayBeSubdivision } from './qualifiers.js';

/**
 * A town written in a form the gazetteer does not hold, read as the town it
 * names (address.ts tries these when the whole name is no town):
 *
 * - `compassTown`: "Branson West, MO", a small town named after the town
 *   beside it, is that town — only in the state written after it, which
 *   the town must be in;
 * - `districtCity`: a city's district after the city and a hyphen, as
 *   Czech, Slovak and Polish addresses write it ("120 00 Praha-Vinohrady",
 *   "Brno-střed", "Ostrava-Poruba", "Bratislava-Petržalka",
 *   "Warszawa-Mokotów"), is that city, when it is a city of DISTRICT_CITY
 *   people or more in one of those countries (or the country written).
 *   Numbered districts ("Praha 2") are read with the segment
 *   (address-segments.ts), as they hold digits.
 */
export function compassTown(name: string, text: PlaceFilter[][]): Place | null {
  if (!text.some(mayBeSubdivision)) return null;
  const base = COMPASS_AFTER.exec(name)?.[1] ?? COMPASS_BEFORE.exec(name)?.[1];
  return base ? (lookupPlaces(base, text).find((p) => confirms(p, text)) ?? null) : null;
}

const COMPASS_AFTER = /^(\p{Lu}[\p{L}'’. -]+?)\s+(?:West|East|North|South)$/u;
const COMPASS_BEFORE = /^(?:West|East|North|South)\s+(\p{Lu}[\p{L}'’. -]+)$/u;

export const confirms = (place: Place, groups: PlaceFilter[][]): boolean => groups.length > 0 && matchesConstraints(place, groups);

export function districtCity(name: string, text: PlaceFilter[][]): Place | null {
  const cut = name.indexOf('-');
  if (cut < 2) return null;
  const city = name.slice(0, cut).trim();
  const place = lookupPlaces(city, text.length > 0 ? text : [DISTRICT_FILTERS])[0];
  return place && DISTRICT_COUNTRIES.includes(place.country) && place.population >= DISTRICT_CITY ? place : null;
}

/** Countries whose addresses write a city's district after a hyphen ("Praha-Vinohrady"). */
const DISTRICT_COUNTRIES = ['CZ', 'SK', 'PL'];
const DISTRICT_FILTERS = DISTRICT_COUNTRIES.map((country) => ({ country, admin1: null }));
/** A city with districts of its own: Olomouc, Liberec and Opava have them, a small town's "Frýdek-Místek" is one town. */
const DISTRICT_CITY = 50_000;
