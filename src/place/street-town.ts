import { STREET_WORDS, streetWordPattern, type StreetLanguage } from '../core/street-words.js';
import { lookupPlaces, matchesConstraints, type Place, type PlaceFilter } from './gazetteer.js';

/**
 * A town written after a French, Spanish, Italian or Portuguese street with
 * no comma between, as Meetup joins a venue's street and town: "2 Chem. de
 * Tréville Frouzins", "13 Rue Sainte-Ursule Toulouse", "40 Boulevard de la
 * Marquette Toulouse"; or after the house number that a comma put after the
 * street ("Via Roma, 12 Torino", "C/ Mayor, 5 Girona"). The street's name
 * runs on to the town, so only the gazetteer can tell where one ends: the
 * last one or two capitalised words are the town only when a town of that
 * name is in a country that writes that street word ("Rue" → France,
 * Belgium, Switzerland…). Never a street's own last word: not after "de",
 * "la" ("12 Rue de la Paix"), a first name or a title ("Rue Pierre
 * Fontaine" is a street, not Fontaine by Grenoble), nor the only word of
 * its name ("12 Boulevard Saint-Germain"), nor a saint's name alone but a
 * city's (`SAINT_ALONE`).
 */
export function streetTown(seg: string, before: string | undefined, groups: PlaceFilter[][], hints: PlaceFilter[][]): Place | null {
  // Cheap pre-check: both forms start with a house number.
  const c = seg.charCodeAt(0);
  if (c < 48 || c > 57) return null;
  const first = NUMBER_STREET.exec(seg);
  if (first) return findIn(tailNames(first[2]!.split(' ')), first[1]!, groups, hints);
  const after = before === undefined ? null : NUMBER_TOWN.exec(seg);
  const street = after ? STREET_START.exec(before!) : null;
  return street ? findIn([after![1]!], street[1]!, groups, hints) : null;
}

/** "12 Boulevard Saint-Germain", "3 Pl. Guy Hersant Toulouse": a number, then a street word of these languages. */
export function startsWithStreetWord(seg: string): boolean {
  const c = seg.charCodeAt(0);
  return c >= 48 && c <= 57 && NUMBER_STREET.test(seg);
}

const COUNTRIES: Record<StreetLanguage, readonly string[]> = {
  fr: ['FR', 'BE', 'CH', 'LU', 'MC', 'CA'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'UY', 'PY', 'BO', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'DO', 'CU', 'PR'],
  it: ['IT', 'CH', 'SM', 'VA'],
  pt: ['PT', 'BR', 'AO', 'MZ'],
};

/** Street words (core/street-words.ts) and the countries that write them. */
const STREET_COUNTRIES = new Map<string, readonly string[]>(
  [...STREET_WORDS].map(([word, languages]) => [word, languages.flatMap((l) => COUNTRIES[l])]),
);

const WORDS = streetWordPattern();
/** "2 Chem. de Tréville Frouzins", "13bis rue Sainte-Ursule Toulouse": the number, the street word, the rest. */
const NUMBER_STREET = new RegExp(String.raw`^\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s+(${WORDS})\s+(\S.*)$`, 'iu');
/** "12 Torino", "5 San Sebastián de los Reyes": a house number, then a name of up to four words. */
const NUMBER_TOWN = /^\d{1,4}[a-zA-Z]?\s+(\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,3})$/u;
/** A segment that starts with a street word, after its number or not: "Via Roma", "C/ Mayor", "Calle de Alcalá". */
const STREET_START = new RegExp(String.raw`^(?:\d{1,4}\s+)?(C\/|(?:${WORDS})(?=\s))`, 'iu');

/** A word after which the next is still the street's name: "de la Paix", "Pierre Fontaine", "Saint Denis". */
const NAME_GOES_ON =
  /^(?:de|du|des|d[’']|la|le|les|l[’']|del|della|di|da|do|dos|das|y|e|et|saint|sainte|st|ste|san|santa|santo|são|dom|don|dona|doña|général|maréchal|président|docteur|dr|abbé|commandant|capitaine|colonel|professeur|jean|pierre|paul|louis|victor|charles|henri|jacques|camillo|emanuele|umberto|alessandro|giacomo|giorgio|enrico|aldo|émile|emile|marie|georges|françois|jules|albert|andré|michel|marcel|léon|gustave|édouard|edouard|alphonse|anatole|camille|maurice|guy|honoré|joseph|antoine|gabriel|raymond|rené|eugène|alexandre|philippe|claude|jeanne|louise|giuseppe|giovanni|carlo|vittorio|luigi|antonio|francesco|juan|josé|carlos|francisco|pedro|joão|manuel)$/i;

/** The last two words, then the last one, that may be the town: capitalised, no digits, with a word of the street's name left before them. */
function tailNames(words: string[]): string[] {
  const out: string[] = [];
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const candidate = words.slice(-n);
    const last = words[words.length - n - 1]!;
    if (!/^\p{Lu}/u.test(candidate[0]!) || /\d/.test(candidate.join('')) || NAME_GOES_ON.test(last)) continue;
    if (!candidate.every((w) => /^\p{Lu}/u.test(w))) continue;
    out.push(candidate.join(' '));
  }
  return out;
}

/**
 * A saint's name alone ends many streets ("Rue du Faubourg Saint-Antoine", "Rue Neuve Saint-Germain") and names
 * many villages: the town only when it is a city this big (Saint-Denis, Saint-Étienne).
 */
const SAINT_ALONE = /^(?:saint|sainte|st|ste|san|santa|santo|são)[- ]\p{L}+$/iu;
const SAINT_TOWN_POPULATION = 50_000;

/** The first name a town of in the street word's countries, agreeing with what the text and the hints say; those first. */
function findIn(names: readonly string[], word: string, groups: PlaceFilter[][], hints: PlaceFilter[][]): Place | null {
  const countries = STREET_COUNTRIES.get(word.toLowerCase());
  if (!countries || names.length === 0) return null;
  const where = [...groups, countries.map((country) => ({ country, admin1: null }))];
  for (const name of names) {
    const found = lookupPlaces(name, where);
    const place = (hints.length > 0 ? found.find((p) => matchesConstraints(p, hints)) : undefined) ?? found[0];
    if (place && (place.population >= SAINT_TOWN_POPULATION || !SAINT_ALONE.test(name))) return place;
  }
  return null;
}
