import { noLocation, type AttendanceMode, type LocationFields } from '../types.js';
import { absoluteHttpUrl, collapseWhitespace, decodeEntities } from '../text/html.js';
import { intlCountryName } from '../../core/country-name.js';
import { isObject, typesOf, type JsonObject } from './extract.js';

/**
 * schema.org `location` → ParsedEvent location fields.
 *
 * `location` may be a Place, a PostalAddress, a VirtualLocation, a plain
 * string (an address, or a URL meaning an online location), or an array of
 * these (a hybrid event: a Place and a VirtualLocation).
 * - Place.name → venueName; Place.address (PostalAddress or string) →
 *   locationText, its parts in the order of its country (addressParts:
 *   "10 Main St, Ann Arbor, MI 48104", "Zeil 1, 60313 Frankfurt am Main");
 *   Place.geo (GeoCoordinates, numbers or numeric strings) → lat/lon.
 * - VirtualLocation.url (or a URL string) → locationUrl.
 * The first Place found supplies the physical fields; the first virtual URL
 * supplies locationUrl. `hasPlace`/`hasVirtual` feed the attendance rule.
 */
export type { LocationFields };

export interface LocationResult {
  fields: LocationFields;
  hasPlace: boolean;
  hasVirtual: boolean;
}

export function text(value: unknown): string | null {
  if (typeof value === 'string') return collapseWhitespace(decodeEntities(value)) || null;
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return text(value.name) ?? text(value['@value']);
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function coordinate(value: unknown, limit: number): number | null {
  if (typeof value === 'string' && value.trim() === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

function applyAddress(address: unknown, f: LocationFields): void {
  if (typeof address === 'string') {
    f.locationText = text(address);
    return;
  }
  if (!isObject(address)) return;
  const street = text(address.streetAddress);
  const locality = text(address.addressLocality);
  const postalCode = text(address.postalCode);
  const region = text(address.addressRegion);
  const country = text(address.addressCountry);
  // A country code is shown as one ("…, Bengaluru, KA, IN"), however the page cased it ("in").
  const shownCountry = country !== null && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : country;
  f.locationText = joinedParts(addressParts(street, locality, postalCode, region, shownCountry));
  f.locality = locality;
  f.postalCode = postalCode;
  f.region = region;
  f.country = country;
}

/**
 * A PostalAddress's parts in the order its country writes them, so the
 * text reads as an address there:
 * - the US, Canada and Australia: the state and postcode together after the
 *   town ("422 Detroit St., Ann Arbor, MI 48104, United States"; "Sydney,
 *   NSW 2000");
 * - the UK and Ireland: the town, the county, then the postcode
 *   ("Birmingham, West Midlands, B1 1BN");
 * - any other country: the postcode before the town ("Alexanderplatz 1,
 *   10178 Berlin, Germany"), then the region;
 * - no country: as the US when the region is a US state's code and the
 *   postcode a ZIP ("Hollywood, CA 90028"), else town, postcode, region, as
 *   the fields come.
 */
function addressParts(street: Part, locality: Part, postalCode: Part, region: Part, country: Part): AddressPart[] {
  const regionPart: AddressPart = { kind: 'region', values: [region] };
  const rest = (...parts: AddressPart[]): AddressPart[] => [
    { kind: 'street', values: [street] },
    ...parts,
    { kind: 'country', values: [country] },
  ];
  switch (addressStyle(country, region, postalCode)) {
    case 'state-postcode':
      return rest({ kind: 'town', values: [locality] }, { kind: 'pair', values: [region, postalCode] });
    case 'town-postcode':
      return rest({ kind: 'town', values: [locality] }, regionPart, { kind: 'postcode', values: [postalCode] });
    case 'postcode-town':
      return rest({ kind: 'pair', values: [postalCode, locality] }, regionPart);
    default:
      return rest({ kind: 'town', values: [locality] }, { kind: 'postcode', values: [postalCode] }, regionPart);
  }
}

type Part = string | null;

interface AddressPart {
  kind: 'street' | 'town' | 'postcode' | 'region' | 'country' | 'pair';
  values: Part[];
}

const STATE_POSTCODE_COUNTRY = /^(?:us|usa|u\.s\.(?:a\.)?|united states(?: of america)?|ca|can|canada|au|aus|australia)$/i;
const TOWN_POSTCODE_COUNTRY = /^(?:gb|uk|united kingdom|great britain|england|scotland|wales|northern ireland|ie|ireland)$/i;

/** The US states' (and DC's) postal codes: not Eventbrite's German "BE" or "BY". */
const US_STATE = /^(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/;

function addressStyle(country: Part, region: Part, postalCode: Part): 'state-postcode' | 'town-postcode' | 'postcode-town' | 'as-given' {
  if (country !== null) {
    if (STATE_POSTCODE_COUNTRY.test(country)) return 'state-postcode';
    return TOWN_POSTCODE_COUNTRY.test(country) ? 'town-postcode' : 'postcode-town';
  }
  return region && postalCode && US_STATE.test(region) && /^\d{5}(?:-\d{4})?$/.test(postalCode) ? 'state-postcode' : 'as-given';
}

/**
 * The address's parts, each once. The street often holds more than the
 * street: Meetup's "1720 W 4th Ave, Spokane, WA", Eventbrite's "Budapester
 * Str. 40, 10787 Berlin, Germany" or "123 Example St, San Francisco, CA
 * 94110". So a part is left out when it is already written (postcode, region,
 * country, a pair written together such as "CA 94110" or "10787 Berlin":
 * anywhere, as whole words; the town: as a whole comma piece, since streets
 * are named after towns); a country when its name or ISO code is written
 * ("DE" after "Germany"); a region code ("BE") when the street already holds
 * the postcode and the town. Of a pair not written together, the words not
 * yet written are kept ("10 Main St, Ann Arbor" + "MI 48104").
 */
function joinedParts(parts: AddressPart[]): string | null {
  const pieces = new Set<string>();
  const kept: string[] = [];
  let written = '';
  for (const part of parts) {
    const words = part.values.filter((p): p is string => p !== null && !pieces.has(p.toLowerCase()));
    if (words.length === 0 || isWritten(part, words, written, parts)) continue;
    const text = words.join(' ');
    kept.push(text);
    written = kept.join(', ').toLowerCase();
    for (const piece of text.split(',')) pieces.add(piece.trim().toLowerCase());
  }
  return kept.join(', ') || null;
}

function isWritten(part: AddressPart, words: string[], written: string, parts: AddressPart[]): boolean {
  if (written === '' || part.kind === 'street' || part.kind === 'town') return false;
  if (part.kind === 'pair' && words.length < part.values.length) return false;
  const text = words.join(' ').toLowerCase();
  if (hasPhrase(written, text)) return true;
  if (part.kind === 'country') return countryNames(text).some((name) => hasPhrase(written, name));
  return part.kind === 'region' && REGION_CODE.test(words[0]!) && streetHoldsPostcodeTown(parts);
}

const REGION_CODE = /^[A-Z]{2,3}$/;

/** The street's own text holds the postcode and the town together ("…, 10787 Berlin, Germany"). */
function streetHoldsPostcodeTown(parts: AddressPart[]): boolean {
  const street = parts.find((p) => p.kind === 'street')?.values[0]?.toLowerCase();
  const pair = parts.find((p) => p.kind === 'pair')?.values;
  if (!street || !pair || pair.some((v) => v === null)) return false;
  return hasPhrase(street, pair.join(' ').toLowerCase());
}

/** A country's other written forms: "de" → "germany"; "us" → "united states", "usa". */
function countryNames(country: string): string[] {
  if (!/^[a-z]{2}$/.test(country)) return [];
  const name = intlCountryName(country.toUpperCase())?.toLowerCase();
  return [...(name ? [name] : []), ...(COUNTRY_ALIASES[country] ?? [])];
}

const COUNTRY_ALIASES: Record<string, string[]> = { us: ['usa', 'u.s.a.', 'u.s.'], gb: ['uk', 'england', 'scotland', 'wales'] };

/** `needle` occurs in `text` as whole words (no letter or digit on either side). */
function hasPhrase(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + needle.length])) return true;
  }
  return false;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function applyPlace(place: JsonObject, f: LocationFields, base: string): void {
  f.venueName = text(place.name);
  if (typesOf(place).includes('PostalAddress')) applyAddress(place, f);
  else applyAddress(place.address, f);
  const geo = isObject(place.geo) ? place.geo : place;
  const lat = coordinate(geo.latitude, 90);
  const lon = coordinate(geo.longitude, 180);
  if (lat !== null && lon !== null) {
    f.lat = lat;
    f.lon = lon;
  }
  // A Place with only a URL (and no address) is usually a ticketing or venue page; keep it as a link.
  if (!f.locationText && !f.venueName && typeof place.url === 'string') f.locationUrl = absoluteHttpUrl(place.url, base);
}

function isVirtual(node: JsonObject): boolean {
  return typesOf(node).includes('VirtualLocation');
}

export function readLocation(value: unknown, base: string): LocationResult {
  const f = noLocation();
  let hasPlace = false;
  let hasVirtual = false;
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  for (const item of items) {
    if (typeof item === 'string') {
      const url = /^https?:\/\//i.test(item.trim()) ? absoluteHttpUrl(item.trim(), base) : null;
      if (url) {
        hasVirtual = true;
        f.locationUrl ??= url;
      } else if (!hasPlace && text(item)) {
        hasPlace = true;
        f.locationText = text(item);
      }
    } else if (isObject(item) && isVirtual(item)) {
      hasVirtual = true;
      const url = typeof item.url === 'string' ? absoluteHttpUrl(item.url, base) : null;
      f.locationUrl ??= url;
    } else if (isObject(item) && !hasPlace) {
      hasPlace = true;
      applyPlace(item, f, base);
    }
  }
  return { fields: f, hasPlace, hasVirtual };
}

/**
 * Attendance from schema.org: eventAttendanceMode (Offline/Online/Mixed, with
 * or without the schema.org prefix) when stated; otherwise inferred from the
 * location: only virtual → online, place and virtual → mixed; a place alone
 * says nothing definite (many pages omit the mode) → null.
 */
export function attendanceFrom(modeValue: unknown, loc: LocationResult): AttendanceMode | null {
  const mode = typeof modeValue === 'string' ? modeValue.replace(/^.*[/:]/, '') : '';
  if (/^OfflineEventAttendanceMode$/i.test(mode)) return 'offline';
  if (/^OnlineEventAttendanceMode$/i.test(mode)) return 'online';
  if (/^MixedEventAttendanceMode$/i.test(mode)) return 'mixed';
  if (loc.hasVirtual && loc.hasPlace) return 'mixed';
  if (loc.hasVirtual) return 'online';
  return null;
}
