import type { EventPlacement } from '../core/placement.js';
import { lookupPlaces } from './gazetteer.js';
import { nativeCity, nativeTownName } from './native-script.js';
import { fold } from './text.js';

/**
 * Whether one part of an event's location is the town the event was placed
 * in, by its name in any script: "Москва" for Moscow, "Livingston" for
 * Livingston, Louisiana, "NYC" for New York City. Normalise asks it
 * (location.ts) to tell a town written first ("Москва, Покровский б-р, 11,
 * …, Центр Культур") from a venue, as it reads no gazetteer itself.
 */
export function namesPlacedTown(part: string, placement: EventPlacement): boolean {
  const town = placement.locality;
  if (!town || part.length > 40) return false;
  const text = part.trim().replace(CITY_PREFIX, '');
  const key = fold(text);
  const placed = fold(town);
  if (key === placed) return true;
  // "Москва" is the whole part, not a word in a venue's name ("Кафе Москва").
  const native = nativeTownName(text);
  if (native !== null) return fold(native) === key && fold(nativeCity(null, text)?.name ?? '') === placed;
  return lookupPlaces(text).some((p) => fold(p.name) === placed && (!placement.country || p.country === placement.country));
}

/** "г. Москва", "город Казань", "м. Київ": the word for town before its name. */
const CITY_PREFIX = /^(?:г\.|гор\.|город|м\.|місто)\s*/iu;
