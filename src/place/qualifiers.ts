import { ADMIN1 } from './admin1.js';
import { US_AP_ABBREVIATIONS } from '../core/us-states.js';
import { intlCountryName } from '../core/country-name.js';
import { countyNames } from './counties.js';
import { COUNTRY_NAMES } from './countries.js';
import { getGazetteer, type PlaceFilter } from './gazetteer.js';
import { provinceNames } from './provinces.js';
import { fold } from './text.js';

/**
 * Qualifiers: words that narrow WHERE a place name is, never a place to go
 * to by themselves — countries ("UK", "Kenya", "Deutschland"), US states,
 * UK nations, Australian states, Canadian provinces, German Länder.
 *
 * `qualifierFor(text)` returns the alternatives the text can mean, e.g.
 * "AL" → [Alabama (US.AL), Albania (AL)], "Georgia" → [Georgia (GE), US.GA],
 * "England" → [GB.ENG]; null when it is not a qualifier at all.
 *
 * Matching rules:
 * - names (country and subdivision names) match after folding, whole text only;
 * - bare codes (2–3 letters: ISO2 country codes of countries in the
 *   gazetteer, "UK", postal abbreviations "AL", "QLD", "ON", "NRW") match only
 *   as the whole text; with `codes: 'upper'` (addresses) they must be written
 *   in capitals, so the words "in", "de", "or", "me" are never read as
 *   Indiana, Germany, Oregon or Maine;
 * - a Swiss canton's code ("AG", "BE", "FR") is read only with `codes:
 *   'any-case'`, what a person types ("Muri, AG" is Muri in Aargau, as
 *   "St. John's, AG" stays Antigua's: the town decides); in an address "…,
 *   FR" or "…, BE" is France or Belgium, and a Swiss address writes the
 *   canton after its town ("5630 Muri AG", read by town-forms.ts);
 * - a UK or Irish county ("Cornwall", "Co. Clare": counties.ts) is read only
 *   with `counties: true`, where a person types a place after its town;
 *   many are also towns (Durham NC, Norfolk VA), which an address or a
 *   structured region means as often (address.ts reads a county after the
 *   town its own way: `placeBeforeCounty`); so is a French département or a
 *   Spanish, Portuguese or Italian province (provinces.ts: "Annecy,
 *   Haute-Savoie", "Estepona, Málaga"), read in an address by
 *   province-town.ts, and most of them named as their capital.
 */
export interface QualifierOptions {
  codes: 'any-case' | 'upper';
  counties?: boolean;
}

let nameIndex: Map<string, PlaceFilter[]> | null = null;
let codeIndex: Map<string, PlaceFilter[]> | null = null;
/** Codes written glued after the town (Swiss cantons), read alone only in typed text. */
let typedCodeIndex: Map<string, PlaceFilter[]> | null = null;
let countyIndex: Map<string, PlaceFilter[]> | null = null;

function add(index: Map<string, PlaceFilter[]>, key: string, filter: PlaceFilter): void {
  const list = index.get(key) ?? [];
  if (!list.some((f) => f.country === filter.country && f.admin1 === filter.admin1)) list.push(filter);
  index.set(key, list);
}

function gazetteerCountries(): Set<string> {
  return new Set(getGazetteer().data.regions.map((r) => r.slice(0, 2)));
}

interface Indexes {
  names: Map<string, PlaceFilter[]>;
  codes: Map<string, PlaceFilter[]>;
  typedCodes: Map<string, PlaceFilter[]>;
}

function buildIndexes(): Indexes {
  const names = new Map<string, PlaceFilter[]>();
  const codes = new Map<string, PlaceFilter[]>();
  const typedCodes = new Map<string, PlaceFilter[]>();
  for (const [code, list] of Object.entries(COUNTRY_NAMES)) {
    for (const name of list) add(names, fold(name), { country: code, admin1: null });
  }
  for (const code of gazetteerCountries()) {
    add(codes, code, { country: code, admin1: null });
    const intl = intlCountryName(code);
    if (intl) add(names, fold(intl), { country: code, admin1: null });
  }
  add(codes, 'UK', { country: 'GB', admin1: null });
  for (const a of ADMIN1) {
    for (const name of a.names) add(names, fold(name), { country: a.country, admin1: a.code });
    if (a.abbr) add(a.codeAfterTown ? typedCodes : codes, a.abbr, { country: a.country, admin1: a.code });
  }
  return { names, codes, typedCodes };
}

export function qualifierFor(text: string, opts: QualifierOptions = { codes: 'any-case' }): PlaceFilter[] | null {
  if (!nameIndex || !codeIndex || !typedCodeIndex) ({ names: nameIndex, codes: codeIndex, typedCodes: typedCodeIndex } = buildIndexes());
  const raw = text.trim().replace(/\.$/, '');
  const out: PlaceFilter[] = [];
  if (/^[A-Za-z]{2,3}$/.test(raw) && (opts.codes === 'any-case' || raw === raw.toUpperCase())) {
    out.push(...(codeIndex.get(raw.toUpperCase()) ?? []));
    if (opts.codes === 'any-case') out.push(...(typedCodeIndex.get(raw.toUpperCase()) ?? []));
  }
  const key = fold(raw);
  for (const f of nameIndex.get(key) ?? []) {
    if (!out.some((o) => o.country === f.country && o.admin1 === f.admin1)) out.push(f);
  }
  if (opts.counties && out.length === 0) out.push(...(countyFor(key) ?? []));
  const ap = apState(text.trim());
  if (ap && !out.some((o) => o.country === 'US' && o.admin1 === ap)) out.push({ country: 'US', admin1: ap });
  return out.length > 0 ? out : null;
}

/** A county, département or province by its folded name ("co clare", "cornwall", "ardeche"); a country or state of that name comes first. */
function countyFor(key: string): PlaceFilter[] | null {
  if (!countyIndex) {
    countyIndex = new Map();
    for (const [name, filter] of [...countyNames(), ...provinceNames()]) add(countyIndex, fold(name), filter);
  }
  return countyIndex.get(key) ?? null;
}

let apIndex: Map<string, string> | null = null;

/** "Ariz." → "AZ": an AP state abbreviation, written with its full stop(s). */
function apState(text: string): string | null {
  apIndex ??= new Map(Object.entries(US_AP_ABBREVIATIONS).map(([abbr, code]) => [abbr.toLowerCase().replace(/\s+/g, ''), code]));
  return text.endsWith('.') ? (apIndex.get(text.toLowerCase().replace(/\s+/g, '')) ?? null) : null;
}

/** True when every alternative names a subdivision (state, nation, province), not a whole country. */
export function isSubdivision(filters: readonly PlaceFilter[]): boolean {
  return filters.every((f) => f.admin1 != null);
}

/** Whether any of the alternatives is a state or other subdivision ("CA": California, as well as Canada). */
export function mayBeSubdivision(filters: readonly PlaceFilter[]): boolean {
  return filters.some((f) => f.admin1 != null);
}
