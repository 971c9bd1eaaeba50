import type { AddressPlacement } from './address.js';
import { agrees, splitAddress } from './address-segments.js';
import { lookupPlaces, type Place, type PlaceFilter } from './gazetteer.js';
import { haversineKm, timezoneAt } from './geo.js';
import { regionSeatName } from './postcode-regions.js';
import { provincesCoded, provincesNamed, type Province } from './provinces.js';
import { qualifierFor } from './qualifiers.js';

/**
 * A town followed by the département, province or district it is in
 * (provinces.ts): "Vesseaux, Ardèche", "St Julien Molin Molette, Ardèche",
 * "Annecy (74)", "Estepona, Málaga", "Estepona (Málaga), España", "Sátão,
 * Viseu", "Cernobbio (CO)".
 *
 * Rules:
 * 1. The last part (before a country written after it) is an area by its
 *    name, with or without its number ("Ardèche", "07 Ardèche", "Ardèche
 *    (07)"); a French département's number or an Italian province's sigla
 *    alone counts only in brackets ("Annecy (74)", "Rho (MI)"): "…, 07" or
 *    "…, CO" say nothing so sure.
 * 2. What comes before it is read as an address whose state is the area's
 *    admin1 (address.ts, passed in as `read`), so the town must be there:
 *    "Estepona, Málaga" is Estepona, not the city of Málaga (80 km away),
 *    and "Málaga, Málaga" or "Paris, Paris" is the city.
 * 3. The town must lie within SEAT_KM of the area's seat (its prefecture or
 *    capital); of several of that name in the admin1, the nearest to the
 *    seat ("Saint-Julien, Ardèche" is not a Saint-Julien of Haute-Savoie).
 * 4. Otherwise the text is read as before, as an address that names no
 *    area: an area named as a city ("Teatro Cervantes, Málaga", "Zapopan,
 *    Guadalajara", "Villa Carlos Paz, Córdoba") is that city, and a hint
 *    that the address is in another country (a feed's stated country)
 *    keeps the area unread.
 */
export type ReadWithState = (text: string, written: PlaceFilter[][]) => AddressPlacement | null;

export function placeBeforeProvince(text: string, hinted: readonly PlaceFilter[][], read: ReadWithState): AddressPlacement | null {
  const tail = provinceTail(text);
  if (!tail) return null;
  for (const p of tail.provinces) {
    const filter = { country: p.country, admin1: p.admin1 };
    if (!hinted.every((g) => g.some((h) => agrees(h, filter)))) continue;
    const placed = read(tail.rest, [[filter]]);
    const inside = placed && placed.country === p.country ? nearSeat(placed, p) : null;
    if (inside) return inside;
  }
  return null;
}

/** Within this distance of an area's seat a town may be in the area: France's départements reach about 120 km from theirs. */
const SEAT_KM = 150;
/** Spain's provinces are about twice as large as France's départements (Badajoz, Lleida). */
const SEAT_KM_BY_COUNTRY: Readonly<Record<string, number>> = { ES: 210 };

interface ProvinceTail {
  /** The address before the area. */
  rest: string;
  provinces: Province[];
}

/** A number or sigla written alone in brackets: "Annecy (74)", "Rho (MI)". */
const BRACKETED_CODE = /\(\s*(\d{2}|2[AB]|[A-Z]{2})\s*\)/g;
/** "Ardèche", "07 Ardèche", "Ardèche 07", "2A Corse-du-Sud". */
const NAME_AND_NUMBER = /^(?:(\d{2}|2[AB])\s+)?(\D+?)(?:\s+(\d{2}|2[AB]))?$/;

function provinceTail(text: string): ProvinceTail | null {
  const segments = splitAddress(text);
  if (segments.length < 2) return null;
  let end = segments.length;
  const bracketed = new Set([...text.matchAll(BRACKETED_CODE)].map((m) => m[1]!));
  // "Cernobbio (CO)": a sigla in brackets is the province (Como), not the country its letters also spell (Colombia).
  const country = bracketed.has(segments[end - 1]!) ? null : countryOf(segments[end - 1]!);
  if (country) end--;
  let provinces: Province[] | null = null;
  let kind: 'name' | 'code' | null = null;
  // An area's name and its number in brackets are two parts ("Ardèche (07)"); either alone is one.
  while (end > 1) {
    const here = readProvince(segments[end - 1]!, bracketed);
    if (!here || here.kind === kind) break;
    const both: Province[] = provinces ? provinces.filter((p) => here.provinces.includes(p)) : here.provinces;
    if (both.length === 0) break;
    ({ provinces, kind } = { provinces: both, kind: here.kind });
    end--;
  }
  const inCountry = provinces?.filter((p) => !country || country.includes(p.country)) ?? [];
  return inCountry.length > 0 ? { rest: segments.slice(0, end).join(', '), provinces: inCountry } : null;
}

/** The countries a part names as a whole ("France", "España", "ES"), or null. */
function countryOf(segment: string): string[] | null {
  const countries = (qualifierFor(segment, { codes: 'upper' }) ?? []).filter((f) => f.admin1 == null).map((f) => f.country);
  return countries.length > 0 ? countries : null;
}

function readProvince(segment: string, bracketed: ReadonlySet<string>): { provinces: Province[]; kind: 'name' | 'code' } | null {
  if (bracketed.has(segment)) {
    const coded = provincesCoded(segment);
    return coded.length > 0 ? { provinces: coded, kind: 'code' } : null;
  }
  const m = NAME_AND_NUMBER.exec(segment);
  if (!m) return null;
  const number = m[1] ?? m[3];
  const named = provincesNamed(m[2]!).filter((p) => number === undefined || p.code === number);
  return named.length > 0 ? { provinces: named, kind: 'name' } : null;
}

const seats = new Map<Province, Place | null>();

/** The area's prefecture or capital in the gazetteer; null for an area with no one centre (an archipelago). */
function seatOf(p: Province): Place | null {
  if (!seats.has(p)) {
    const name = p.seat === 'by-code' ? regionSeatName(p.country, p.code) : p.seat;
    seats.set(p, name ? (lookupPlaces(name, [[{ country: p.country, admin1: p.admin1 }]])[0] ?? null) : null);
  }
  return seats.get(p) ?? null;
}

/** Rule 3: the placed town, or its namesake nearest the seat, when within reach of it. */
function nearSeat(placed: AddressPlacement, p: Province): AddressPlacement | null {
  const seat = seatOf(p);
  if (!seat) return placed;
  const reach = SEAT_KM_BY_COUNTRY[p.country] ?? SEAT_KM;
  const nearest = lookupPlaces(placed.locality, [[{ country: p.country, admin1: p.admin1 }]])
    .map((place) => ({ place, km: haversineKm(place, seat) }))
    .filter((c) => c.km <= reach)
    .sort((a, b) => a.km - b.km)[0]?.place;
  if (!nearest) return haversineKm(placed, seat) <= reach ? placed : null;
  if (haversineKm(nearest, placed) < 1) return placed;
  const { lat, lon, name } = nearest;
  return { ...placed, lat, lon, locality: name, precision: 'city', timezone: timezoneAt(lat, lon) ?? placed.timezone };
}
