import { lookupPlaces, matchesConstraints, type Place } from './gazetteer.js';
import { qualifierFor } from './qualifiers.js';

/**
 * The city an in-person event's title names, when its calendar hides the
 * venue (Luma's "Address: Check event page for more details."): the first
 * candidate (normalise/title-places.ts: those that end the title first,
 * longest first) that the gazetteer knows as a city of at least
 * CITY_POPULATION people, or of TOWN_POPULATION when it ends the title
 * ("Build Club Palo Alto"). So "Cursor Kathmandu Buildathon" is in
 * Kathmandu and "Cafe Cursor Salt Lake City" in Salt Lake City, wherever
 * the feed itself is; a word that names only villages ("Cafe", "Lake")
 * names none. A country's or state's name is no city unless its largest
 * namesake lies in it ("Singapore", "New York"): "Cursor Mexico" is not in
 * Mexico, Pampanga. Null when none is.
 */
export function cityOfTitle(names: readonly { name: string; atEnd: boolean }[]): Place | null {
  for (const { name, atEnd } of names) {
    const city = lookupPlaces(name)[0];
    if (!city || city.population < (atEnd ? TOWN_POPULATION : CITY_POPULATION)) continue;
    if (namesOtherArea(name, city)) continue;
    return city;
  }
  return null;
}

const CITY_POPULATION = 100_000;
const TOWN_POPULATION = 15_000;

/** "Mexico", "Lebanon", "Georgia": a country or state, and the city of that name is not in it. Codes ("LA", "DC") are a city's short name here. */
function namesOtherArea(name: string, city: Place): boolean {
  if (/^[A-Z]{2,3}$/.test(name)) return false;
  const area = qualifierFor(name, { codes: 'upper' });
  return area !== null && !matchesConstraints(city, [area]);
}
