import type { HomeArea } from '../core/placement.js';
import { readSegment, splitAddress } from './address-segments.js';
import { nearestPlace } from './gazetteer.js';
import { pinOutsideState } from './india-pin.js';
import { namesUnknownSettlement } from './settlement.js';

/*
 * The checks the place stage makes before taking a place name to be a venue
 * in the feed's home area (event.ts, step 5): text that names a region
 * beyond home, only a country, a place elsewhere, a town the gazetteer does
 * not know in a state, or another country or state than the home's.
 */

/**
 * "Greater MN", "across Minnesota": a region beyond the home town, in so many
 * words — somewhere in it, not at home. So is a location that starts with a
 * country or state of its own before what it is ("France — Pokémon GO": the
 * game's event everywhere in France). The country alone is `onlyACountry`.
 */
export function regionBeyondHome(text: string): boolean {
  const m = /^\s*(?:greater|across|all of|statewide in)\s+(.+)$/i.exec(text);
  if (m !== null && readSegment(m[1]!).wholeQualifier) return true;
  const [first, ...rest] = splitAddress(text);
  return first !== undefined && rest.length > 0 && readSegment(first).wholeQualifier;
}

/**
 * "Kenya", "UK", "Deutschland": a location that is only a country (or one
 * that may be a country: "Georgia") names no venue in it, and no point to
 * measure a distance from — not the home's (a Luma host types the country
 * to keep the venue for guests). A venue named after its country ("Kenya
 * National Theatre", "Canada Water Library", "Holland Park") is a venue.
 */
export function onlyACountry(text: string): boolean {
  const segments = splitAddress(text);
  if (segments.length !== 1) return false;
  const r = readSegment(segments[0]!);
  return r.wholeQualifier && (r.qualifier ?? []).some((f) => f.admin1 == null);
}

/**
 * Words that say where a place is, and that it is not at home: a settlement
 * the gazetteer does not know ("Joida village", "Barangay Maligaya":
 * settlement.ts), or an Indian PIN of another state's postal zone
 * ("…, Unknownpur 411001, India" in a Bengaluru feed: india-pin.ts).
 */
export function namesAPlaceElsewhere(text: string, home: HomeArea): boolean {
  if (namesUnknownSettlement(text, home.country)) return true;
  const state = home.country === 'IN' ? homeState(home) : null;
  return state !== null && pinOutsideState(text, state);
}

/**
 * A town the gazetteer does not know, not a venue in the home area — a
 * state is too big to guess the town:
 * - "Nashport, Ohio": a name and a state and nothing else (Nashport is 190
 *   km from a Cleveland home);
 * - "Minnesota City, MN 55959, USA": the name before a state with its ZIP
 *   code, or in the same segment ("Minnesota City MN 55959"), when it is
 *   not a street (no house number).
 */
export function unknownTownInState(text: string, area: { admin1: string | null }): boolean {
  if (area.admin1 === null) return false;
  const segments = splitAddress(text);
  if (segments.length === 2) return !/\d/.test(segments[0]!); // "2785 Euclid Heights Blvd, Ohio" is a street
  for (let i = segments.length - 1; i > 0; i--) {
    const r = readSegment(segments[i]!);
    if (!r.qualifier?.some((f) => f.admin1 !== null) || !/\d/.test(segments[i]!)) continue;
    return r.town !== null || !/\d/.test(segments[i - 1]!);
  }
  return false;
}

/**
 * Whether the country or state a venue's text names is the home's: the same
 * country, and the same state when it names one (North Dakota shares
 * Minnesota's zone, but a park in "Arvilla, ND" is 450 km from Minneapolis).
 */
export function areaAgrees(area: { country: string; admin1: string | null; timezone: string }, home: HomeArea): boolean {
  if (home.country && area.country !== home.country) return false;
  if (area.admin1 === null) return true;
  const state = homeState(home);
  return state !== null ? area.admin1 === state : area.timezone === home.timezone;
}

const HOME_STATE_KM = 50;
/** A feed's home is one object for all its events: its state is looked up once. */
const homeStates = new WeakMap<HomeArea, string | null>();

export function homeState(home: HomeArea): string | null {
  let state = homeStates.get(home);
  if (state === undefined) homeStates.set(home, (state = nearestPlace(home.lat, home.lon, { maxKm: HOME_STATE_KM })?.admin1 ?? null));
  return state;
}
