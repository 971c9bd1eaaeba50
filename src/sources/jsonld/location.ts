import { noLocation, type AttendanceMode, type LocationFields } from '../types.js';
import { absoluteHttpUrl, collapseWhitespace, decodeEntities } from '../text/html.js';
import { isObject, typesOf, type JsonObject } from './extract.js';

/**
 * schema.org `location` → ParsedEvent location fields.
 *
 * `location` may be a Place, a PostalAddress, a VirtualLocation, a plain
 * string (an address, or a URL meaning an online location), or an array of
 * these (a hybrid event: a Place and a VirtualLocation).
 * - Place.name → venueName; Place.address (PostalAddress or string) →
 *   locationText as "street, locality, postal code, region, country";
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
  f.locationText = joinedParts([street, locality, postalCode, region, country]);
  f.locality = locality;
  f.postalCode = postalCode;
  f.region = region;
  f.country = country;
}

/** The address's parts, each once: Meetup's streetAddress "1720 W 4th Ave, Spokane, WA" already holds its town and state. */
function joinedParts(parts: (string | null)[]): string | null {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const part of parts) {
    if (part === null || seen.has(part.toLowerCase())) continue;
    kept.push(part);
    for (const piece of part.split(',')) seen.add(piece.trim().toLowerCase());
  }
  return kept.join(', ') || null;
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
