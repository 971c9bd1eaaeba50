import { splitAddress } from './address-segments.js';
import { lookupPlaces } from './gazetteer.js';

/**
 * A location whose words say it is a settlement — "Joida village",
 * "Examplepura taluk", "Barangay Maligaya", "Desa Sukamaju", "Xã Tân Phú",
 * "aldea de Villaejemplo", "village of Smallton" — names a town, not a venue.
 * When the gazetteer does not know that town, it is an unknown place: the
 * home-area step (event.ts, step 5) must not take it for a venue at home,
 * where it would be posted 0.0 km from the channel's town though it may be
 * 450 km away. A name the gazetteer knows ("Greenwich Village") is left to
 * the other steps, as before.
 *
 * Only a part of the location that is the settlement phrase and nothing else
 * counts ("Kerekoppa village", "Farm stay, Kerekoppa village"), with a name
 * of one to three words. The name is never a word that makes the phrase a
 * neighbourhood or a venue ("East Village", "Olympic Village", "Student
 * Village", "Olympisches Dorf", "Barangay Hall"). An English "Village" in
 * title case is a neighbourhood or a mall's name in the countries of
 * NEIGHBOURHOOD_VILLAGE ("Liberty Village", "Queen Village"): there only the
 * lower-case word counts ("Smallton village").
 */

/** Words written after the settlement's name, lower-case. */
const AFTER_NAME = new Set(['village', 'taluk', 'taluka', 'tehsil', 'tahsil', 'dorf']);

/** Words (one or two) written before the name, lower-case. */
// prettier-ignore
const BEFORE_NAME = new Set([
  'barangay', 'brgy.', 'brgy', 'desa', 'kampung', 'kampong', 'kelurahan', 'dusun', 'xã', 'thôn', 'làng',
  'village of', 'village de', 'hameau de', 'aldea de', 'aldeia de', 'pueblo de', 'povoado de', 'dorf',
]);

/** Countries where a title-case "Village" names a neighbourhood or a mall more often than a village. */
const NEIGHBOURHOOD_VILLAGE = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ']);

/** Words that make "<word> village" a neighbourhood, a venue or an event's name rather than a settlement. */
// prettier-ignore
const NOT_A_NAME = new Set([
  'the', 'east', 'west', 'north', 'south', 'upper', 'lower', 'old', 'new', 'little', 'big', 'great', 'grand',
  'central', 'downtown', 'uptown', 'midtown', 'historic', 'heritage', 'olympic', 'olympisches', 'olympia',
  'athletes', 'student', 'students', 'studenten', 'global', 'international', 'craft', 'crafts', 'artists',
  'christmas', 'weihnachts', 'holiday', 'festival', 'food', 'kids', 'kinder', 'children', 'youth', 'senior',
  'retirement', 'eco', 'sports', 'expo', 'media', 'tech', 'startup', 'science', 'model', 'smart', 'digital',
  'gaming', 'game', 'winter', 'summer', 'ski', 'surf', 'beach', 'garden', 'market', 'wine', 'beer', 'fan',
  'hospitality', 'sponsor', 'vendor', 'community', 'maker', 'makers', 'hacker', 'folk', 'cultural', 'arts',
  'hall', 'office', 'centre', 'center', 'court', 'gym', 'plaza', 'park', 'school', 'chapel', 'health',
]);

/** Any of the words above, as a cheap first test: most locations hold none. */
const HINT = /villag|taluk|t[ae]hsil|dorf|barangay|brgy|desa|kamp[uo]ng|kelurahan|dusun|xã|thôn|làng|aldea|aldeia|pueblo|povoado|hameau/i;

/** Whether a part of `text` names a settlement the gazetteer does not know (see above). */
export function namesUnknownSettlement(text: string, homeCountry: string | null): boolean {
  if (!HINT.test(text)) return false;
  return splitAddress(text).some((segment) => {
    const name = settlementName(segment, homeCountry);
    return name !== null && lookupPlaces(name).length === 0;
  });
}

/** The settlement's name when `segment` is "<Name> village", "Barangay <Name>"…; else null. */
function settlementName(segment: string, homeCountry: string | null): string | null {
  const words = segment.split(' ');
  if (words.length < 2 || words.length > 5) return null;
  const last = words.at(-1)!;
  if (AFTER_NAME.has(last.toLowerCase())) {
    const titleVillage = last === 'Village' && homeCountry !== null && NEIGHBOURHOOD_VILLAGE.has(homeCountry);
    return titleVillage ? null : properName(words.slice(0, -1));
  }
  const two = words.length > 2 ? `${words[0]} ${words[1]}`.toLowerCase() : '';
  if (BEFORE_NAME.has(two)) return properName(words.slice(2));
  return BEFORE_NAME.has(words[0]!.toLowerCase()) ? properName(words.slice(1)) : null;
}

/** One to three capitalised words, none a digit or a word of NOT_A_NAME, nor possessive ("Santa's"). */
function properName(words: readonly string[]): string | null {
  if (words.length === 0 || words.length > 3) return null;
  for (const w of words) {
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /['’]s?$/.test(w) || NOT_A_NAME.has(w.toLowerCase())) return null;
  }
  return words.join(' ');
}
