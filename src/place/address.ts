import { isValid, parse as parsePostcode } from 'postcode';
import { readSegment, splitAddress } from './address-segments.js';
import { lookupPlaces, type Place, type PlaceFilter } from './gazetteer.js';
import { haversineKm, timezoneAt } from './geo.js';
import { POSTCODE_AREAS } from './postcode-areas.js';
import { isSubdivision, qualifierFor } from './qualifiers.js';

/**
 * Placing a venue that has an address but no coordinates.
 *
 * Rules (an address is read FROM THE END, the way it is written: town,
 * postcode, country come last):
 * 1. Split into segments (address-segments.ts). Only the last 4 count.
 * 2. Walk them from the last one backwards. Countries and subdivisions
 *    ("USA", "Kenya", "England", "AL 35233") and postcodes narrow WHERE the
 *    town must be; the first segment that is, as a whole, the name of a town
 *    in that country/state is the town, and the walk stops.
 * 3. When the text names no country or state, the caller's `hints.country`
 *    narrows instead; with neither, only the LAST segment may be the town
 *    ("Silicon Walk, 4 Merchant Street, Edinburgh") — an earlier segment is
 *    usually the venue ("The Victoria, John Bright St" is a pub, not Canada).
 *    A hinted country is a preference, not a fence: a last segment that is a
 *    town elsewhere ("…, 03046 Cottbus" in a UK channel) still places it.
 * 4. A place name is never searched for INSIDE a segment: "FabLab Cottbus"
 *    and "University of Glasgow" do not name towns.
 * 5. A subdivision that shares its name with a city in it ("…, New York",
 *    "…, Berlin") is used as the town when nothing else was found.
 * 6. A UK postcode with no town found places the venue at its area's
 *    principal town (precision 'postcode-area'); a town more than 150 km from
 *    the postcode's area town loses to the postcode.
 * 7. Otherwise: null. Better no placement than a wrong one.
 */
export interface Placement {
  lat: number;
  lon: number;
  locality: string;
  /** ISO2 */
  country: string;
  precision: 'postcode-area' | 'city';
  timezone: string;
}

export interface AddressHints {
  /** ISO2 code or country name known from elsewhere (the feed, the channel's region). */
  country?: string | null;
  /** A structured locality (JSON-LD addressLocality), tried before the text. */
  locality?: string | null;
  /** A structured postal code (JSON-LD postalCode); UK codes give an area fallback. */
  postalCode?: string | null;
}

const WINDOW = 4;
const POSTCODE_DISAGREES_KM = 150;
const GB: PlaceFilter[] = [{ country: 'GB', admin1: null }];

interface Walk {
  groups: PlaceFilter[][];
  town: Place | null;
  ukArea: string | null;
  subdivisions: { text: string; filters: PlaceFilter[] }[];
}

function hintGroups(country: string | null | undefined): PlaceFilter[][] {
  const c = country?.trim();
  if (!c) return [];
  if (/^[A-Za-z]{2}$/.test(c)) return [[{ country: c.toUpperCase() === 'UK' ? 'GB' : c.toUpperCase(), admin1: null }]];
  const countries = (qualifierFor(c) ?? []).filter((f) => f.admin1 == null);
  return countries.length > 0 ? [countries] : [];
}

function areaCountry(area: string): PlaceFilter[] {
  const entry = POSTCODE_AREAS.get(area);
  return entry ? [{ country: entry.country, admin1: null }] : GB;
}

function findTown(name: string, text: PlaceFilter[][], hints: PlaceFilter[][], isLast: boolean): Place | null {
  if (text.length > 0) return lookupPlaces(name, text)[0] ?? null;
  if (hints.length > 0) {
    const hinted = lookupPlaces(name, hints)[0];
    if (hinted || !isLast) return hinted ?? null;
  }
  return isLast ? (lookupPlaces(name)[0] ?? null) : null;
}

function walk(segments: readonly string[], hints: PlaceFilter[][]): Walk {
  const w: Walk = { groups: [], town: null, ukArea: null, subdivisions: [] };
  const last = segments.length - 1;
  for (let i = last; i >= Math.max(0, segments.length - WINDOW); i--) {
    const seg = segments[i] ?? '';
    const r = readSegment(seg);
    if (r.qualifier) w.groups.push(r.qualifier);
    if (r.qualifier && r.wholeQualifier && isSubdivision(r.qualifier)) w.subdivisions.push({ text: seg, filters: r.qualifier });
    if (r.ukArea) {
      w.ukArea ??= r.ukArea;
      if (w.groups.length === 0) w.groups.push(areaCountry(r.ukArea));
    }
    if (r.outward && r.town) {
      // "Glasgow City G1": an outward code alone is trusted only in the UK.
      const gbKnown = w.groups.some((g) => g.some((f) => f.country === 'GB'));
      if (gbKnown || (w.groups.length === 0 && lookupPlaces(r.town, [GB]).length > 0)) {
        w.ukArea ??= r.outward.replace(/\d.*$/, '');
        if (!gbKnown) w.groups.push(GB);
      }
    }
    if (!r.town) continue;
    if (w.groups.length === 0 && hints.length === 0 && i !== last) break;
    w.town = findTown(r.town, w.groups, hints, i === last);
    if (w.town) break;
  }
  return w;
}

function subdivisionAsTown(w: Walk): Place | null {
  for (const s of w.subdivisions) {
    const others = w.groups.filter((g) => g !== s.filters);
    const place = lookupPlaces(s.text, [s.filters, ...others])[0];
    if (place) return place;
  }
  return null;
}

function areaTown(area: string): Place | null {
  const entry = POSTCODE_AREAS.get(area);
  if (!entry) return null;
  return lookupPlaces(entry.town, [[{ country: entry.country, admin1: entry.admin1 }]])[0] ?? null;
}

function placement(place: Place, precision: Placement['precision']): Placement {
  return {
    lat: place.lat,
    lon: place.lon,
    locality: place.name,
    country: place.country,
    precision,
    timezone: timezoneAt(place.lat, place.lon) ?? 'UTC',
  };
}

/** Places a venue from its address text (and optional structured hints); null when it cannot be placed honestly. */
export function placeAddress(text: string, hints: AddressHints = {}): Placement | null {
  const hinted = hintGroups(hints.country);
  const w = walk(splitAddress(text ?? ''), hinted);
  const known = w.groups.length > 0 ? w.groups : hinted;
  const locality = hints.locality?.trim() ? (lookupPlaces(hints.locality, known)[0] ?? null) : null;
  const postal = hints.postalCode && isValid(hints.postalCode) ? parsePostcode(hints.postalCode) : null;
  const ukArea = w.ukArea ?? (postal?.valid ? postal.area : null);
  const town = locality ?? w.town ?? subdivisionAsTown(w);
  const area = ukArea ? areaTown(ukArea) : null;
  if (town && area && haversineKm(town, area) > POSTCODE_DISAGREES_KM) return placement(area, 'postcode-area');
  if (town) return placement(town, 'city');
  return area ? placement(area, 'postcode-area') : null;
}
