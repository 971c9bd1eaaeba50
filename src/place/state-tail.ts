import type { PlaceFilter } from './gazetteer.js';
import { peelPin, statesOfPin } from './india-pin.js';
import { qualifierFor } from './qualifiers.js';

/**
 * The end of a North American, Australian or Indian address line, read right
 * to left: "[town] STATE [code] [country]".
 *
 * - "Portland OR 97214 US", "Detroit MI 48226", "Sydney NSW 2000 Australia",
 *   "Toronto ON M5V 2T6", "Portland Oregon 97214", "Austin TX";
 * - India's state and 6-digit PIN, "Bengaluru Karnataka 560071", "Chennai TN
 *   600 001": the PIN's zone must fit the state (india-pin.ts), and only a
 *   state of India is read before one;
 * - "97214 US" (a code and a country, no state) and the codes only one
 *   country uses: ZIP+4 "97214-1234" (US), "M5V 2T6" (Canada).
 *
 * A state written as a full NAME counts only with a code or a country after
 * it ("Portland Oregon 97214"), so a venue such as "Queen Victoria" is not
 * read as the Australian state. Abbreviations must be in capitals. When a
 * country follows the state, the state is narrowed to that country ("WA" in
 * "Perth WA 6000 Australia" is Western Australia, not Washington). The US
 * territories that GeoNames files as countries (Puerto Rico, Guam, the US
 * Virgin Islands, American Samoa, the Northern Mariana Islands) are written
 * where a state goes ("San Juan, PR 00901") and count as one.
 */
export interface StateTail {
  qualifier: PlaceFilter[];
  /** What precedes the state/code: the town, or '' when nothing does. */
  rest: string;
  /** The state as written ("DC", "Oregon"), or null. */
  stateText: string | null;
}

const MAX_WORDS = 3;
const ONE_TOKEN_CODE = /^(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z]\d[A-Z]\d)$/;
const CANADIAN = /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/;
const ZIP4 = /^\d{5}-\d{4}$/;
const US_TERRITORIES = new Set(['PR', 'GU', 'VI', 'AS', 'MP']);

/** The countries whose state abbreviations follow the town with no comma ("Austin TX", "Sydney NSW", "Toronto ON"). */
const NO_COMMA_STATES = new Set(['US', 'CA', 'AU']);
const writtenWithoutComma = (f: PlaceFilter): boolean => NO_COMMA_STATES.has(f.country) || US_TERRITORIES.has(f.country);

const isState = (f: PlaceFilter): boolean => f.admin1 != null || US_TERRITORIES.has(f.country);

interface Peeled {
  filters: PlaceFilter[];
  text: string;
}

/** The longest run of up to 3 final words that is a qualifier of the wanted kind. */
function peelQualifier(words: string[], state: boolean): Peeled | null {
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    const text = words.slice(-n).join(' ');
    const filters = (qualifierFor(text, { codes: 'upper' }) ?? []).filter((f) => (state ? isState(f) : f.admin1 == null));
    if (filters.length > 0) {
      words.splice(-n);
      return { filters, text };
    }
  }
  return null;
}

function peelCode(words: string[]): string | null {
  const last = words.at(-1) ?? '';
  if (ONE_TOKEN_CODE.test(last)) return words.pop() ?? null;
  const two = words.slice(-2).join(' ');
  if (words.length >= 2 && CANADIAN.test(two)) {
    words.splice(-2);
    return two;
  }
  return null;
}

function codeCountry(code: string | null): PlaceFilter[] | null {
  if (code && ZIP4.test(code)) return [{ country: 'US', admin1: null }];
  if (code && CANADIAN.test(code)) return [{ country: 'CA', admin1: null }];
  return null;
}

function narrow(state: PlaceFilter[], countries: PlaceFilter[] | null): PlaceFilter[] {
  if (!countries) return state;
  const inCountry = state.filter((s) => countries.some((c) => c.country === s.country));
  return inCountry.length > 0 ? inCountry : state;
}

export function readStateTail(segment: string): StateTail | null {
  const words = segment.split(' ').filter((w) => w !== '');
  const country = words.length > 1 ? peelQualifier(words, false) : null;
  const pin = peelPin(words);
  if (pin) return indianTail(words, pin, country);
  const code = peelCode(words);
  const state = peelQualifier(words, true);
  const countries = country?.filters ?? codeCountry(code);
  const rest = words.join(' ');
  if (state) {
    const abbreviated = /^[A-Z]{2,3}$/.test(state.text);
    if (!abbreviated && !code && !country) return null;
    // "Portland OR" with no comma is how North American and Australian addresses end; "Pokémon GO" is not in Goiás.
    const filters = abbreviated && !code && !country && rest !== '' ? state.filters.filter(writtenWithoutComma) : state.filters;
    if (filters.length === 0) return null;
    return { qualifier: narrow(filters, countries), rest, stateText: state.text };
  }
  if (code && countries) return { qualifier: countries, rest, stateText: null };
  return null;
}

/** "[town] STATE PIN [country]": a state of India whose PIN zone fits, and no other country written. */
function indianTail(words: string[], pin: string, country: Peeled | null): StateTail | null {
  if (country && !country.filters.some((f) => f.country === 'IN')) return null;
  const state = peelQualifier(words, true);
  const filters = state ? statesOfPin(state.filters, pin) : [];
  if (!state || filters.length === 0) return null;
  return { qualifier: filters, rest: words.join(' '), stateText: state.text };
}
