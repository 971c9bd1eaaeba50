import { isValid, parse as parsePostcode } from 'postcode';
import { hintGroups, type AddressHints } from './address.js';
import { agrees, contradicting, readSegment, splitAddress, subdivisionCode } from './address-segments.js';
import { admin1Name } from './admin1.js';
import { countryName } from './countries.js';
import { getGazetteer, type PlaceFilter } from './gazetteer.js';
import { timezoneAt } from './geo.js';
import { POSTCODE_AREAS } from './postcode-areas.js';
import { mayBeSubdivision } from './qualifiers.js';

/**
 * The area an address names when no town in it can be placed: a country, or
 * a state/province of one, with the time zone of its most populous place.
 * The placement stage uses it so that an unplaceable venue abroad
 * ("Festivalgelände, Germany") is shown in ITS country's time, not the
 * channel's.
 *
 * Rules:
 * 1. Only what the address text states counts: country and state qualifiers
 *    in the last 4 segments ("…, Germany", "…, OR 97214 US", "…, NSW 2000")
 *    and UK postcodes (their area's nation). A town name alone is not read
 *    here (placeAddress does that).
 * 2. When the text states none, a structured state (`hints.region`, with
 *    `hints.country`) states the area. `hints.country` alone does not: it may
 *    be only the channel's country, which the caller already has.
 * 3. Qualifiers must agree with each other ("ON, Canada" is Ontario); where
 *    they leave alternatives ("CA" is Canada or California, "WA" Washington
 *    or Western Australia), the hints choose; if they cannot, null.
 * 4. A state is kept when exactly one remains, else only the country.
 */
export interface AddressArea {
  /** ISO2 */
  country: string;
  /** GeoNames admin1 code (US: postal abbreviation), or null for a whole country. */
  admin1: string | null;
  /** "Germany", "Oregon, US" */
  label: string;
  /** IANA zone of the area's most populous place. */
  timezone: string;
}

const WINDOW = 4;

function textGroups(text: string, region: string | null | undefined): PlaceFilter[][] {
  const groups: PlaceFilter[][] = [];
  const segments = splitAddress(text);
  for (let i = segments.length - 1; i >= Math.max(0, segments.length - WINDOW); i--) {
    const seg = segments[i] ?? '';
    const r = subdivisionCode(contradicting(readSegment(seg), seg, groups), seg, groups, region);
    if (r.qualifier) groups.push(r.qualifier);
    const area = r.ukArea ? POSTCODE_AREAS.get(r.ukArea) : undefined;
    if (area) groups.push([{ country: area.country, admin1: area.admin1 }]);
  }
  return groups;
}

function postalGroup(postalCode: string | null | undefined): PlaceFilter[][] {
  const parsed = postalCode && isValid(postalCode) ? parsePostcode(postalCode) : null;
  const area = parsed?.valid ? POSTCODE_AREAS.get(parsed.area) : undefined;
  return area ? [[{ country: area.country, admin1: area.admin1 }]] : [];
}

/** The filters that agree with every group, most specific (with a state) first. */
function candidates(groups: readonly PlaceFilter[][]): PlaceFilter[] {
  const seen = new Set<string>();
  return groups
    .flat()
    .filter((f) => groups.every((g) => g.some((h) => agrees(f, h))))
    .filter((f) => {
      const key = `${f.country}.${f.admin1 ?? ''}`;
      return !seen.has(key) && seen.add(key);
    });
}

function choose(found: PlaceFilter[], hints: readonly PlaceFilter[][]): PlaceFilter | null {
  const hinted = found.filter((f) => hints.every((g) => g.some((h) => agrees(f, h))));
  const pool = new Set(found.map((f) => f.country)).size > 1 && hinted.length > 0 ? hinted : found;
  const countries = new Set(pool.map((f) => f.country));
  if (countries.size !== 1) return null;
  const country = pool[0]?.country ?? '';
  const states = new Set(pool.filter((f) => f.admin1 != null).map((f) => f.admin1));
  const inHint = hinted.filter((f) => f.admin1 != null);
  if (states.size === 1) return { country, admin1: [...states][0] ?? null };
  if (states.size > 1 && new Set(inHint.map((f) => f.admin1)).size === 1) return { country, admin1: inHint[0]?.admin1 ?? null };
  return { country, admin1: null };
}

let biggest: Map<string, number> | null = null;

/** Row of the most populous place of every country ("DE") and state ("US.OR"). */
function biggestRows(): Map<string, number> {
  if (biggest) return biggest;
  const d = getGazetteer().data;
  const rows = new Map<string, number>();
  for (let row = 0; row < d.ids.length; row++) {
    const region = d.regions[d.region[row] ?? 0] ?? '';
    const pop = d.population[row] ?? 0;
    for (const key of [region.slice(0, 2), region]) {
      const best = rows.get(key);
      if (best === undefined || (d.population[best] ?? 0) < pop) rows.set(key, row);
    }
  }
  biggest = rows;
  return rows;
}

function areaOf(f: PlaceFilter): AddressArea | null {
  const admin1 = f.admin1 ?? null;
  const row = biggestRows().get(admin1 ? `${f.country}.${admin1}` : f.country);
  if (row === undefined) return admin1 ? areaOf({ country: f.country, admin1: null }) : null;
  const place = getGazetteer().place(row);
  const timezone = timezoneAt(place.lat, place.lon);
  if (!timezone) return null;
  const state = admin1Name(f.country, admin1);
  return { country: f.country, admin1, label: state ? `${state}, ${f.country}` : countryName(f.country), timezone };
}

/** The country or state an address names (see the rules above); null when it names none. */
export function areaOfAddress(text: string, hints: AddressHints = {}): AddressArea | null {
  const hinted = hintGroups(hints);
  let groups = textGroups(text ?? '', hints.region);
  if (groups.length === 0) groups = postalGroup(hints.postalCode);
  if (groups.length === 0 && hints.region?.trim()) groups = hinted.filter(mayBeSubdivision);
  const found = candidates(groups);
  const chosen = found.length > 0 ? choose(found, hinted) : null;
  return chosen ? areaOf(chosen) : null;
}
