import type { HomeArea } from '../core/placement.js';
import { lookupPlaces, nearestPlace, placeLabel, type Place } from './gazetteer.js';
import { haversineKm, timezoneAt } from './geo.js';
import { fold } from './text.js';

/** A feed's event placed by its own clues: its point, and the town and country it was placed in. */
export interface EventPoint {
  lat: number;
  lon: number;
  country?: string | null;
  locality?: string | null;
}

/**
 * The home a group of the feed's placed events gives (home.ts, rule 1).
 * Its point is where the events are: the medoid, the event place nearest
 * all the others, so a campus's venues named alone are placed on the
 * campus, not at the centre of the city beside it. Its label is the town
 * the events are placed in most (more people breaks a tie), in their own
 * country: the University of Miami's events, placed in Coral Gables, are at
 * home in Coral Gables; a big city nearby names the home only when the
 * events are placed in it. Events placed in no town the gazetteer finds
 * near them are named by the nearest town of MIN_TOWN people. Its zone is
 * the point's.
 */
export function homeOfGroup(group: readonly EventPoint[]): HomeArea | null {
  if (group.length === 0) return null;
  const point = medoid(group);
  const country = mostCommon(group.map((p) => p.country ?? null));
  const town = townPlacedMost(group, country) ?? townNear(point, country);
  if (!town) return null;
  return { ...homeAt(town, 'events'), lat: point.lat, lon: point.lon, timezone: timezoneAt(point.lat, point.lon) ?? 'UTC' };
}

/** A home at a town's own point (a town the calendar names). */
export function homeAt(place: Place, basis: HomeArea['basis']): HomeArea {
  return {
    lat: place.lat,
    lon: place.lon,
    label: placeLabel(place),
    country: place.country,
    timezone: timezoneAt(place.lat, place.lon) ?? 'UTC',
    basis,
  };
}

/** A town that names a home lies this close to the events placed in it. */
const TOWN_KM = 50;
const MIN_TOWN = 15_000;

/**
 * The distinct places among the points, each with how many points are at it.
 * A feed's events repeat a few venues: comparing exact coordinates needs no
 * trigonometry.
 */
export function distinctPlaces<P extends EventPoint>(points: readonly P[]): { at: P; points: number }[] {
  const places: { at: P; points: number }[] = [];
  for (const p of points) {
    const same = places.find((s) => s.at.lat === p.lat && s.at.lon === p.lon);
    if (same) same.points += 1;
    else places.push({ at: p, points: 1 });
  }
  return places;
}

/** The point whose distances to all the others add up least (the first of equals). */
function medoid(points: readonly EventPoint[]): EventPoint {
  const places = distinctPlaces(points);
  let best = places[0]!.at;
  let bestSum = Infinity;
  for (const { at } of places) {
    let sum = 0;
    for (const other of places) if (other.at !== at) sum += other.points * haversineKm(at, other.at);
    if (sum < bestSum) [best, bestSum] = [at, sum];
  }
  return best;
}

/** The town most of the points were placed in (their locality), found in the gazetteer near them; more people breaks a tie. */
function townPlacedMost(points: readonly EventPoint[], country: string | null): Place | null {
  const byTown = new Map<string, EventPoint[]>();
  for (const p of points) {
    if (!p.locality || (country && p.country && p.country !== country)) continue;
    const key = fold(p.locality);
    byTown.set(key, [...(byTown.get(key) ?? []), p]);
  }
  let best: { town: Place; count: number } | null = null;
  for (const placed of byTown.values()) {
    const town = townOf(placed[0]!.locality!, placed[0]!, country);
    if (!town) continue;
    const more = !best || placed.length > best.count || (placed.length === best.count && town.population > best.town.population);
    if (more) best = { town, count: placed.length };
  }
  return best?.town ?? null;
}

/** The place of that name nearest the point, within TOWN_KM. */
function townOf(name: string, at: EventPoint, country: string | null): Place | null {
  let nearest: Place | null = null;
  let nearestKm = TOWN_KM;
  for (const town of lookupPlaces(name, country ? [[{ country }]] : [])) {
    const km = haversineKm(at, town);
    if (km <= nearestKm) [nearest, nearestKm] = [town, km];
  }
  return nearest;
}

/** The nearest town of MIN_TOWN people within TOWN_KM, in the events' own country; else the nearest place. */
function townNear(p: EventPoint, country: string | null): Place | null {
  const town = nearestPlace(p.lat, p.lon, { maxKm: TOWN_KM, minPopulation: MIN_TOWN });
  if (town && (!country || town.country === country)) return town;
  return nearestPlace(p.lat, p.lon, { maxKm: TOWN_KM });
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}
