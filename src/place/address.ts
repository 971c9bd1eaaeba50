import { isValid, parse as parsePostcode } from 'postcode';
import { contradicting, lastNamedSegment, readSegment, splitAddress, subdivisionCode, tailTowns } from './address-segments.js';
import { keepsBeforeAside, readAside } from './bracket-aside.js';
import { cjkCity } from './cjk.js';
import { lookupPlaces, type Place, type PlaceFilter } from './gazetteer.js';
import { haversineKm, timezoneAt } from './geo.js';
import { nativeCity } from './native-script.js';
import { POSTCODE_AREAS } from './postcode-areas.js';
import { postcodeRegionTown, readsPostcodesOf } from './postcode-regions.js';
import { placeBeforeProvince } from './province-town.js';
import { isSubdivision, mayBeSubdivision, qualifierFor } from './qualifiers.js';
import { streetTown } from './street-town.js';
import { compassTown, confirms, districtCity } from './town-variants.js';

/**
 * Placing a venue that has an address but no coordinates.
 *
 * Rules (an address is read FROM THE END, the way it is written: town,
 * postcode, state, country come last):
 * 1. Split into segments (address-segments.ts). Only the last 4 count.
 * 2. Walk them from the last one backwards. Countries and subdivisions
 *    ("USA", "Kenya", "England", "AL 35233", "OR 97214 US", "Oregon 97214",
 *    "NSW 2000", "ON M5V 2T6") and postcodes narrow WHERE the town must be;
 *    the first segment that is, as a whole, the name of a town in that
 *    country/state is the town, and the walk stops. A state and the country
 *    after it narrow together: a trailing "US", "USA", "United States", "CA"
 *    or "AU" never overrides the city and state before it, and a country
 *    code is never itself a town ("…, OR 97214 US" is Portland, Oregon, not
 *    the French village of Us). A small town we do not know, named after
 *    the town beside it, is that town when the state written after it
 *    confirms it ("Branson West, MO": `compassTown`); a Czech, Slovak or
 *    Polish city's district after a hyphen is that city ("Praha-Vinohrady":
 *    `districtCity`, town-variants.ts). A code before another
 *    country, or that is the structured addressRegion, is that country's
 *    subdivision ("…, Berlin, 10787, BE, DE" is Berlin, not Belgium:
 *    `subdivisionCode`). A name before its postcode ("Lisboa 2720, PT")
 *    gives way to the town before it in the same region (`districtTown`).
 *    A town followed by its French département, Spanish or Italian province
 *    or Portuguese district ("Vesseaux, Ardèche", "Estepona, Málaga") is
 *    read first as a town of that area (province-town.ts).
 * 3. When the text names no country or state, the caller's hints narrow
 *    instead: `hints.region` (a structured state: JSON-LD addressRegion,
 *    VVENUE REGION) and `hints.country`; with neither, only the LAST segment
 *    may be the town ("Silicon Walk, 4 Merchant Street, Edinburgh") — an
 *    earlier segment is usually the venue ("The Victoria, John Bright St" is
 *    a pub, not Canada). When the text does name a country or state, the
 *    hints are tried together with it first ("Portland, US" with region
 *    "OR" is Portland, Oregon). Hints are a preference, not a fence: a last
 *    segment that is a town elsewhere ("…, 03046 Cottbus" in a UK channel)
 *    still places it.
 * 4. A place name is never searched for INSIDE a segment: "FabLab Cottbus"
 *    and "University of Glasgow" do not name towns. One exception: a
 *    segment ending "… in <Town>" directly or indirectly before a state or
 *    country ("PNCA room 205 (main building) in Portland, OR") names its town;
 *    "… à <Town>" (French; Portuguese "em") does so alone. So do the last
 *    words of the segment just before a written state ("The Hyatt &
 *    Conference Center Morristown, New Jersey"; `tailTowns`) — not before a
 *    country alone, where "FabLab Cottbus, Germany" is a venue's name.
 *    A segment "A/B" may name one town in two languages ("Gijón/Xixón").
 * 5. A subdivision that shares its name with a city in it ("…, New York",
 *    "…, Berlin") is used as the town when nothing else was found; so is a
 *    structured region that is no state we know but a city of 50,000 in the
 *    hinted country (a district or province named after its capital:
 *    "Coimbra", "Milano").
 * 6. A UK postcode with no town found places the venue at its area's
 *    principal town (precision 'postcode-area'); a town more than 150 km from
 *    the postcode's area town loses to the postcode. So does a French or
 *    Spanish five-digit postcode, in an address the text or hints say is in
 *    France or Spain or whose town is there (postcode-regions.ts): its
 *    département's prefecture or province's capital, unless a namesake of
 *    the town lies within 150 km of it.
 * 7. An address in CJK script is placed at the first city it names that we
 *    know (cjk.ts); in another script at the town it names (native-script.ts).
 * 8. Otherwise: null, rather than a wrong place (area.ts can still tell the
 *    country or state the text names).
 */
export interface AddressPlacement {
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
  /** A structured state or province (JSON-LD addressRegion, iCal VVENUE REGION): "OR", "Oregon", "NSW". */
  region?: string | null;
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

function countryHint(country: string | null | undefined): PlaceFilter[] | null {
  const c = country?.trim();
  if (!c) return null;
  if (/^[A-Za-z]{2}$/.test(c)) return [{ country: c.toUpperCase() === 'UK' ? 'GB' : c.toUpperCase(), admin1: null }];
  const countries = (qualifierFor(c) ?? []).filter((f) => f.admin1 == null);
  return countries.length > 0 ? countries : null;
}

/** The hints as constraints: the structured state (narrowed to the hinted country) or else the country. */
export function hintGroups(hints: Pick<AddressHints, 'country' | 'region'>): PlaceFilter[][] {
  const countries = countryHint(hints.country);
  const states = hints.region?.trim() ? (qualifierFor(hints.region) ?? []).filter((f) => f.admin1 != null) : [];
  const inCountry = countries ? states.filter((s) => countries.some((c) => c.country === s.country)) : states;
  if (inCountry.length > 0) return [inCountry];
  return countries ? [countries] : [];
}

function areaCountry(area: string): PlaceFilter[] {
  const entry = POSTCODE_AREAS.get(area);
  return entry ? [{ country: entry.country, admin1: null }] : GB;
}

function findTown(name: string, text: PlaceFilter[][], hints: PlaceFilter[][], isLast: boolean): Place | null {
  if (text.length > 0) {
    const both = hints.length > 0 ? lookupPlaces(name, [...text, ...hints])[0] : undefined;
    return both ?? lookupPlaces(name, text)[0] ?? null;
  }
  if (hints.length > 0) {
    const hinted = lookupPlaces(name, hints)[0];
    if (hinted || !isLast) return hinted ?? null;
  }
  return isLast ? (lookupPlaces(name)[0] ?? null) : null;
}

/** A bilingual name's half counts unconstrained only for a town this big: "Café/Bar" is not Bar, Montenegro. */
const BILINGUAL_MIN_POPULATION = 20_000;

/**
 * A town named in two languages, "Gijón/Xixón" or "Bolzano / Bozen": the
 * whole name first ("Donostia / San Sebastián" is one GeoNames name), then
 * each half, one that a country or state written or hinted confirms, or a
 * town of at least BILINGUAL_MIN_POPULATION.
 */
function findNamedTown(name: string, text: PlaceFilter[][], hints: PlaceFilter[][], isLast: boolean): Place | null {
  const whole = findTown(name, text, hints, isLast) ?? compassTown(name, text) ?? districtCity(name, text);
  const halves = name.split(/\s*\/\s*/);
  if (whole || halves.length < 2 || !halves.every((h) => /^\p{L}/u.test(h))) return whole;
  for (const half of halves) {
    const place = findTown(half, text, hints, isLast);
    if (place && (place.population >= BILINGUAL_MIN_POPULATION || confirms(place, text) || confirms(place, hints))) return place;
  }
  return null;
}

/** A town after "à" with no country or state to confirm it must be this big: "Dîner en Ville" is not Villé (1,700 people). */
const CUE_MIN_POPULATION = 5_000;

/** Rule 4: the town after "in" or "en" before a written state or country, or after "à" or "em" alone. */
function cueTown(name: string, text: PlaceFilter[][], hints: PlaceFilter[][], isLast: boolean): Place | null {
  if (text.length > 0) return findTown(name, text, hints, false);
  const place = findTown(name, text, hints, isLast);
  return place && (place.population >= CUE_MIN_POPULATION || confirms(place, hints)) ? place : null;
}

function walk(segments: readonly string[], hints: PlaceFilter[][], region: string | null | undefined, written: PlaceFilter[][]): Walk {
  const w: Walk = { groups: [...written], town: null, ukArea: null, subdivisions: [] };
  const last = lastNamedSegment(segments);
  let afterQualifier = false;
  for (let i = last; i >= Math.max(0, segments.length - WINDOW); i--) {
    const seg = segments[i] ?? '';
    const r = subdivisionCode(contradicting(readSegment(seg), seg, w.groups), seg, w.groups, region);
    const qualified = afterQualifier;
    afterQualifier = r.qualifier !== null && mayBeSubdivision(r.qualifier);
    if (r.qualifier) w.groups.push(r.qualifier);
    const stateText = r.wholeQualifier ? seg : r.stateText;
    if (r.qualifier && stateText && isSubdivision(r.qualifier)) w.subdivisions.push({ text: stateText, filters: r.qualifier });
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
    const street = r.town || r.inTown ? null : streetTown(seg, segments[i - 1], w.groups, hints);
    if (street) return { ...w, town: street };
    if (!r.town && !r.inTown) continue;
    if (w.groups.length === 0 && hints.length === 0 && i !== last) break;
    w.town = r.town ? findNamedTown(r.town, w.groups, hints, i === last) : null;
    // Rule 4: "… in Portland" names the town only before a written state or country.
    if (!w.town && r.inTown && (w.groups.length > 0 || r.inTownAlone)) w.town = cueTown(r.inTown, w.groups, hints, i === last);
    if (!w.town && qualified && !r.qualifier) w.town = tailTown(seg, w.groups);
    if (w.town) {
      if (r.beforeCode && w.groups.length > 0) w.town = districtTown(segments[i - 1], w.town) ?? w.town;
      break;
    }
  }
  return w;
}

/**
 * "…, Amadora, Lisboa 2720, PT": a store locator's "City, Region Code" puts
 * the district (Lisbon's) before the postcode; the town before it, in that
 * district's region, is the venue's. Only with a country or state written.
 */
function districtTown(before: string | undefined, named: Place): Place | null {
  const name = before === undefined ? null : readSegment(before).town;
  return name && named.admin1 ? (lookupPlaces(name, [[{ country: named.country, admin1: named.admin1 }]])[0] ?? null) : null;
}

/** Rule 4's other exception: a town at the end of a venue's name, just before the state ("…Conference Center Morristown, New Jersey"). */
function tailTown(seg: string, groups: PlaceFilter[][]): Place | null {
  for (const name of tailTowns(seg)) {
    const place = lookupPlaces(name, groups)[0];
    if (place) return place;
  }
  return null;
}

function subdivisionAsTown(w: Walk): Place | null {
  for (const s of w.subdivisions) {
    const others = w.groups.filter((g) => g !== s.filters);
    const place = lookupPlaces(s.text, [s.filters, ...others])[0];
    if (place) return place;
  }
  return null;
}

/** A city this big named as a structured region is where the region's events are. */
const REGION_CITY_POPULATION = 50_000;

/**
 * Rule 5 for a structured region that is not a state we know: a district or
 * province named after its capital ("addressRegion": "Coimbra", "Milano",
 * "Utrecht"), in the country the hints name, is that city when nothing
 * else places the event.
 */
function regionCity(region: string | null | undefined, hinted: PlaceFilter[][]): Place | null {
  if (!region?.trim() || hinted.length === 0 || hinted.some(mayBeSubdivision)) return null;
  return lookupPlaces(region.trim(), hinted).find((p) => p.population >= REGION_CITY_POPULATION) ?? null;
}

function areaTown(area: string): Place | null {
  const entry = POSTCODE_AREAS.get(area);
  if (!entry) return null;
  return lookupPlaces(entry.town, [[{ country: entry.country, admin1: entry.admin1 }]])[0] ?? null;
}

function placement(place: Place, precision: AddressPlacement['precision']): AddressPlacement {
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
export function placeAddress(text: string, hints: AddressHints = {}): AddressPlacement | null {
  const found =
    placeBeforeProvince(text ?? '', hintGroups(hints), (rest, written) => placeText(rest, hints, written)) ??
    placeQualified(text ?? '', hints) ??
    placeBeforeCounty(text ?? '', hints) ??
    placeText(text ?? '', hints) ??
    placeRetried(text ?? '', hints);
  return found && overseasButMetropolitanCode(found, text) ? (placeText(text, { ...hints, country: 'FR' }) ?? found) : found;
}

/**
 * A town written with its river or region in brackets ("06108 Halle
 * (Saale)", "Frankfurt (Oder)", "79618 Rheinfelden (Baden)") is read before
 * the word in brackets is dropped (Halle, Belgium; Frankfurt am Main) or
 * taken as a town of its own (Baden, Austria): as the gazetteer's name that
 * carries it, else, after a postcode, as the town without it.
 */
function placeQualified(text: string, hints: AddressHints): AddressPlacement | null {
  const m = text.trimEnd().endsWith(')') ? BRACKETED_QUALIFIER.exec(text) : null;
  if (!m) return null;
  return placeText(`${m[1]!} ${m[2]!}`, hints) ?? (POSTCODE_TOWN.test(m[1]!) ? placeText(m[1]!, hints) : null);
}

/** "… Halle (Saale)", "… Kempten (Allgäu)": a river or region in at most two words, no digits. */
const BRACKETED_QUALIFIER = /^(.*\S)\s*\((\p{Lu}[\p{L}.'’-]*(?:\s\p{L}[\p{L}.'’-]*)?)\)\s*$/su;
/** The last segment is a five-digit postcode and a name: "…, 06108 Halle". */
const POSTCODE_TOWN = /(?:^|,\s*)(?:D-)?\d{5}\s+\p{Lu}[\p{L}.'’ -]*$/u;

/**
 * A second reading of a text that placed nothing, without what hides its
 * town: an aside in brackets at the end ("Smallepad 28, Amersfoort
 * (burgemeester brouwerplantsoen)"), unless it names a country or state the
 * town is not in ("Gardner (GP)", "Gardner (NSW)": bracket-aside.ts), or a
 * Danish postal district after the town ("1577 København V", "8000 Aarhus C").
 */
function placeRetried(text: string, hints: AddressHints): AddressPlacement | null {
  const aside = readAside(text);
  if (aside) {
    const placed = placeText(aside.before, hints);
    return placed && keepsBeforeAside(placed, aside.aside, hintGroups(hints)) ? placed : null;
  }
  const undistricted = DANISH_DISTRICT.test(text) ? text.replace(DANISH_DISTRICT, '$1') : null;
  return undistricted ? placeText(undistricted, hints) : null;
}

/**
 * A town followed by its county, which the gazetteer does not keep: "Mill
 * Lane, Goole, East Yorkshire", "Hall, Bath, Somerset" (not Somerset,
 * Kentucky), "Main St, Dingle, Co. Kerry" (Ireland), "Oak Ave, Eugene, Lane
 * County" (the US). The town before it is read, in the county's country
 * unless the text says another; when it is no town, the text is read as
 * usual ("100 Main St, Somerset").
 */
function placeBeforeCounty(text: string, hints: AddressHints): AddressPlacement | null {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return null;
  const tail = text.slice(comma + 1).trim();
  const country = tail.length <= 30 ? countyCountry(tail) : null;
  return country ? placeText(text.slice(0, comma), { ...hints, country: hints.country ?? country }) : null;
}

function countyCountry(tail: string): string | null {
  if (IRISH_COUNTY.test(tail)) return 'IE';
  if (US_COUNTY.test(tail)) return 'US';
  return BRITISH_COUNTY.test(tail) ? 'GB' : null;
}

const IRISH_COUNTY = /^(?:co\.?|county)\s+\p{Lu}[\p{L}'’-]+$/iu;
const US_COUNTY = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+County$/u;
const BRITISH_COUNTY =
  /^(?:(?:north|south|east|west|mid)\s+)?(?:\p{Lu}[\p{L}-]*shire|yorkshire|cornwall|devon|dorset|somerset|kent|essex|sussex|surrey|norfolk|suffolk|cumbria|durham|northumberland|merseyside|greater manchester|west midlands|tyne and wear|middlesex|rutland|isle of wight|fife|lothian|highland|gwynedd|powys|dyfed|clwyd|glamorgan|gwent|anglesey)$/iu;

const DANISH_DISTRICT =
  /(\b\d{4}\s+\p{Lu}[\p{L}.-]*|\b(?:København|Kobenhavn|Frederiksberg|Aarhus|Århus|Odense|Aalborg))\s+(?:SV|NV|SØ|NØ|[CKNSVØ])(?=\s*(?:,|$))/u;

/** France's overseas departments and territories, whose postcodes start with 97 or 98. */
const FRENCH_OVERSEAS = new Set(['RE', 'GP', 'MQ', 'GF', 'YT', 'PM', 'NC', 'PF', 'WF', 'BL', 'MF']);

/**
 * "149 Bd Anatole France, 93200 Saint-Denis": a town several French
 * departments share, placed overseas (Saint-Denis, Réunion, is the larger)
 * while its postcode is a metropolitan one (93 is Seine-Saint-Denis).
 */
function overseasButMetropolitanCode(placed: AddressPlacement, text: string): boolean {
  if (!FRENCH_OVERSEAS.has(placed.country)) return false;
  const code = /(?:^|[\s,])(\d{5})(?=\s+\p{L})/u.exec(text)?.[1];
  return code !== undefined && !/^9[78]/.test(code);
}

/** A country the text or hints name whose five-digit postcodes postcode-regions.ts reads (France, Spain). */
function writtenCountry(groups: PlaceFilter[][]): string | null {
  return groups.flat().find((f) => readsPostcodesOf(f.country))?.country ?? null;
}

/**
 * Rule 6 for France and Spain: a town found far from its postcode's
 * département or province is a namesake ("Salle X, 27500 Saint-Germain" is
 * not the largest Saint-Germain): the one of that name near the postcode's
 * capital, else the capital.
 */
function namesakeInRegion(town: Place, coded: Place): AddressPlacement {
  const near = lookupPlaces(town.name, [[{ country: coded.country, admin1: null }]]).find(
    (p) => haversineKm(p, coded) <= POSTCODE_DISAGREES_KM,
  );
  return near ? placement(near, 'city') : placement(coded, 'postcode-area');
}

/** `written`: a state read from the text already, as if written in it (province-town.ts: "…, Ardèche"). */
function placeText(text: string, hints: AddressHints, written: PlaceFilter[][] = []): AddressPlacement | null {
  const hinted = hintGroups(hints);
  const w = walk(splitAddress(text), hinted, hints.region, written);
  const locality = hints.locality?.trim() ? findNamedTown(hints.locality, w.groups, hinted, true) : null;
  const postal = hints.postalCode && isValid(hints.postalCode) ? parsePostcode(hints.postalCode) : null;
  const ukArea = w.ukArea ?? (postal?.valid ? postal.area : null);
  const town = locality ?? w.town ?? subdivisionAsTown(w);
  const area = ukArea ? areaTown(ukArea) : null;
  if (town && area && haversineKm(town, area) > POSTCODE_DISAGREES_KM) return placement(area, 'postcode-area');
  const coded = postcodeRegionTown(text, town?.country ?? writtenCountry([...w.groups, ...hinted]));
  if (town && coded && haversineKm(town, coded) > POSTCODE_DISAGREES_KM) return namesakeInRegion(town, coded);
  if (town) return placement(town, 'city');
  if (area) return placement(area, 'postcode-area');
  if (coded) return placement(coded, 'postcode-area');
  const regional = regionCity(hints.region, hinted);
  if (regional) return placement(regional, 'city');
  const own = cjkCity(`${hints.locality ?? ''} ${text}`) ?? nativeCity(hints.locality, text);
  return own ? placement(own, 'city') : null;
}
