import { isValid, parse as parsePostcode, validOutcode } from 'postcode';
import { isBarePostcode } from './address-segments.js';
import { areaAlone } from './area-alone.js';
import { userError, ok, type Result, type UserError } from '../core/result.js';
import { lookupPlaces, nearestPlace, placeLabel, similarPlaces, type Place, type PlaceConstraints, type PlaceFilter } from './gazetteer.js';
import { haversineKm, timezoneAt, type LatLon } from './geo.js';
import { POSTCODE_AREAS } from './postcode-areas.js';
import { postcodeRegionTown, readsPostcodesOf } from './postcode-regions.js';
import { postcodeTown } from './postcode-town.js';
import { qualifierFor } from './qualifiers.js';
import { orList } from './text.js';

/**
 * A channel's region: a centre, a radius and the zone its events are shown in.
 * `precision` says what the centre is: a gazetteer place, the principal town
 * of a UK postcode area (area-level only), or coordinates as given.
 */
export interface Region {
  name: string;
  lat: number;
  lon: number;
  radiusKm: number;
  timezone: string;
  /** ISO2. For coordinates: the country of the nearest place within 200 km, else "ZZ" (unknown). */
  country: string;
  admin1?: string;
  precision: 'place' | 'postcode-area' | 'coordinates';
  /** Other notable places of the same name, so the user is told rather than silently guessed for. */
  ambiguous: { alternatives: string[] } | null;
}

export const MIN_RADIUS_KM = 1;
export const MAX_RADIUS_KM = 200;

const HOW_TO = 'Try a town or city ("Birmingham, UK"), a UK postcode ("B5 4BU") or coordinates ("52.48,-1.89").';
/** For a text with a postcode in it: the town is what to write. */
const HOW_TO_POSTCODE =
  'Try the town alone, without its postcode ("Gent", not "9000 Gent"), a larger town near it, or coordinates ("51.05,3.72").';
/** A continental postcode somewhere in the text: "9000", "53111", "1000-001", "00-950", "120 00". */
const POSTCODE_LIKE = /(?:^|[\s,-])(?:\d{4,5}(?:-\d{3})?|\d{2}-\d{3}|\d{3} \d{2})(?=[\s,]|$)/;

function howTo(written: string): string {
  return POSTCODE_LIKE.test(written) ? HOW_TO_POSTCODE : HOW_TO;
}

/**
 * Which other same-name places are worth mentioning: at least 100 000 people
 * or 5 % of the chosen place's population, not within 25 km of it (GeoNames
 * lists some cities twice) and not labelled identically (the user could not
 * pick it by typing the label anyway). At most five.
 */
function notableAlternatives(top: Place, others: readonly Place[]): string[] {
  const topLabel = placeLabel(top);
  const labels = others
    .filter((p) => p.population >= 100_000 || p.population >= top.population * 0.05)
    .filter((p) => nearestDistance(top, p) > 25)
    .map(placeLabel)
    .filter((l) => l !== topLabel);
  return [...new Set(labels)].slice(0, 5);
}

function nearestDistance(a: Place, b: Place): number {
  const dLat = (a.lat - b.lat) * 111;
  const dLon = (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

function regionAt(
  place: Pick<Place, 'lat' | 'lon' | 'country' | 'admin1'>,
  name: string,
  radiusKm: number,
  precision: Region['precision'],
  alternatives: string[] = [],
): Result<Region, UserError> {
  const timezone = timezoneAt(place.lat, place.lon);
  if (!timezone) return userError('region_timezone', `I couldn't work out the time zone of ${name}.`);
  return ok({
    name,
    lat: place.lat,
    lon: place.lon,
    radiusKm,
    timezone,
    country: place.country,
    ...(place.admin1 ? { admin1: place.admin1 } : {}),
    precision,
    ambiguous: alternatives.length > 0 ? { alternatives } : null,
  });
}

const COORDINATES = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

function fromCoordinates(lat: number, lon: number, radiusKm: number): Result<Region, UserError> {
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return userError(
      'coordinates_out_of_range',
      `Latitude must be between -90 and 90 and longitude between -180 and 180; got ${lat},${lon}.`,
    );
  }
  const near = nearestPlace(lat, lon, { maxKm: 200 });
  const point = `${lat}, ${lon}`;
  const name = near && near.distanceKm <= 50 ? `${point} (near ${placeLabel(near)})` : point;
  return regionAt({ lat, lon, country: near?.country ?? 'ZZ', admin1: near?.admin1 ?? null }, name, radiusKm, 'coordinates');
}

/** "B5 4BU" (full postcode) or "B5" (outward code only) → the area's principal town. */
function fromUkPostcode(input: string, radiusKm: number): Result<Region, UserError> | null {
  const compact = input.trim().toUpperCase();
  const full = isValid(compact) ? parsePostcode(compact) : null;
  const outwardOnly = !full && /^[A-Z]{1,2}\d[A-Z\d]?$/.test(compact) && validOutcode(compact);
  if (!full?.valid && !outwardOnly) return null;
  const area = full?.valid ? full.area : (compact.match(/^[A-Z]+/)?.[0] ?? '');
  const shown = full?.valid ? full.postcode : compact;
  const entry = POSTCODE_AREAS.get(area);
  const town = entry && lookupPlaces(entry.town, [[{ country: entry.country, admin1: entry.admin1 }]])[0];
  if (!town) return userError('postcode_unknown', `${shown} is a UK postcode, but I don't know where its area (${area}) is. ${HOW_TO}`);
  return regionAt(town, `${placeLabel(town)} (postcode area ${area}, approximate)`, radiusKm, 'postcode-area');
}

/**
 * `within`, the qualifiers read ("Michigan"): the reply names the part
 * missing, "'University Center' in Michigan". `written`, the whole text: one
 * with a postcode is told to write the town alone.
 */
function notFound(what: string, constraints: PlaceConstraints, within: readonly string[], written: string): Result<never, UserError> {
  const names = [...new Set(similarPlaces(what, constraints).map((p) => p.name))];
  const hint = names.length > 0 ? `Did you mean ${orList(names)}?` : howTo(written);
  const where = within.length > 0 ? ` in ${within.join(', ')}` : '';
  return userError('region_not_found', `I couldn't find '${what}'${where}. ${hint}`);
}

/** "Christchurch, Dorset": a county or district we do not know; the town with its country is what to write. */
function notFoundContext(name: string, extra: string, constraints: PlaceConstraints, written: string): Result<never, UserError> {
  const countries = [...new Set(lookupPlaces(name, constraints).map((p) => p.country))].slice(0, 3);
  if (countries.length === 0) return notFound(extra, constraints, [], written);
  const examples = orList(countries.map((c) => `"${name}, ${c}"`));
  return userError(
    'region_not_found',
    `I couldn't find '${extra}'. Write the town with its state or country instead, such as ${examples}.`,
  );
}

/**
 * Splits "City, qualifier, qualifier" into the place name and constraints.
 * Trailing comma-separated qualifiers are peeled off ("Birmingham, AL, US").
 * Any further segment between the name and the qualifiers must itself be a
 * known place and narrows the country ("Digbeth, Birmingham"), unless a
 * country or state follows it and the town is in that: "Christchurch,
 * Dorset, UK" names a county we do not keep, which narrows nothing more
 * (without the "UK", the reply says to write the country). Without commas,
 * the last one to three words may be a qualifier ("Birmingham GB",
 * "Birmingham United Kingdom"), but only if the whole text is not a place.
 * With `counties`, a UK or Irish county is a qualifier too ("Truro,
 * Cornwall" is Truro in England, not Truro, Nova Scotia). A part written
 * as a postcode and its town ("9000 Gent", "D-53111 Bonn") is its town, and
 * the country its code's form tells, if any, is `postcode`; a postcode in a
 * part of its own after the town ("Gent, 9000") is passed over.
 */
function parsePlaceQuery(input: string, counties: boolean): Result<PlaceQuery, UserError> {
  const coded = input
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .filter((s, i) => i === 0 || !isBarePostcode(s))
    .map((s) => ({ written: s, read: postcodeTown(s) }));
  const segments = coded.map((s) => s.read?.town ?? s.written);
  const postcode = coded.findLast((s) => s.read?.where)?.read?.where ?? null;
  const constraints: PlaceFilter[][] = [];
  const within: string[] = [];
  const opts = { codes: 'any-case', counties } as const;
  for (
    let q = segments.length > 1 ? qualifierFor(segments.at(-1) ?? '', opts) : null;
    q && segments.length > 1;
    q = qualifierFor(segments.at(-1) ?? '', opts)
  ) {
    constraints.push(q);
    within.unshift(segments.pop() ?? '');
  }
  // A name that itself contains a comma ("Washington, D.C.") is tried whole first.
  const joined = segments.join(', ');
  if (segments.length > 1 && lookupPlaces(joined, constraints).length > 0) return ok({ name: joined, constraints, within, postcode });
  const [name = '', ...context] = segments;
  for (const extra of context) {
    const places = lookupPlaces(extra, constraints);
    if (places.length > 0) constraints.push([...new Set(places.map((p) => p.country))].map((country) => ({ country, admin1: null })));
    else if (constraints.length === 0 || lookupPlaces(name, constraints).length === 0)
      return notFoundContext(name, extra, constraints, input);
  }
  if (segments.length === 1 && constraints.length === 0 && lookupPlaces(name).length === 0) {
    const words = name.split(/\s+/);
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const q = qualifierFor(words.slice(-n).join(' '));
      const rest = words.slice(0, -n).join(' ');
      if (q && lookupPlaces(rest, [q]).length > 0) return ok({ name: rest, constraints: [q], within: [], postcode });
    }
  }
  return ok({ name, constraints, within: context.length === 0 ? within : [], postcode });
}

interface PlaceQuery {
  name: string;
  constraints: PlaceFilter[][];
  /** The qualifiers as written, when they are all that follows the name. */
  within: string[];
  /** The countries (or state) a postcode's form tells ("D-53111", "1011 AB"): preferred, not a fence. */
  postcode: PlaceFilter[] | null;
}

/** The places a query names: in the country its postcode tells when there is one of that name there, else wherever. */
function candidatesOf(query: Result<PlaceQuery, UserError>): Place[] {
  if (!query.ok) return [];
  const { name, constraints, postcode } = query.value;
  const told = postcode ? lookupPlaces(name, [...constraints, postcode]) : [];
  return told.length > 0 ? told : lookupPlaces(name, constraints);
}

/**
 * The query read with counties as qualifiers; where the town is not in the
 * county, read again with the county as a place, as before counties were
 * known ("Ghent, Norfolk" is the Ghent of Norfolk, Virginia). The first
 * reading's error stands: "I couldn't find 'Kendl' in Cumbria".
 */
function placeQuery(text: string): { query: Result<PlaceQuery, UserError>; candidates: Place[] } {
  const query = parsePlaceQuery(text, true);
  const candidates = candidatesOf(query);
  if (candidates.length > 0 || !/[,;]/.test(text)) return { query, candidates };
  const plain = parsePlaceQuery(text, false);
  const again = candidatesOf(plain);
  return again.length > 0 ? { query: plain, candidates: again } : { query, candidates };
}

/**
 * Turns what a user typed into a region: a place name with optional
 * qualifiers, a town with its postcode before or after it ("9000 Gent",
 * "Gent 9000": postcode-town.ts), a UK postcode alone (area-level), or
 * "lat,lon". The largest place of that name wins, and other notable places
 * of the same name are reported in `ambiguous` so the reply can say "Using
 * Birmingham, England, GB — did you mean Birmingham, Alabama, US?"; the
 * postcode, where its form tells the country (`postcodeTown`) or a French or
 * Spanish code its département or province (`inPostcodeRegion`), chooses
 * among them first.
 */
export function resolveRegion(input: string, opts: { radiusKm?: number; near?: LatLon | null } = {}): Result<Region, UserError> {
  const { radiusKm = 25, near = null } = opts;
  if (!Number.isFinite(radiusKm) || radiusKm < MIN_RADIUS_KM || radiusKm > MAX_RADIUS_KM) {
    return userError('radius_out_of_range', `Radius must be between ${MIN_RADIUS_KM} and ${MAX_RADIUS_KM} km; got ${radiusKm}.`);
  }
  const text = input.trim();
  if (text === '') return userError('region_empty', `Tell me where. ${HOW_TO}`);
  const coords = COORDINATES.exec(text);
  if (coords) return fromCoordinates(Number(coords[1]), Number(coords[2]), radiusKm);
  const postcode = fromUkPostcode(text, radiusKm);
  if (postcode) return postcode;
  const area = areaAlone(text, near, NEAR_KM);
  if (area && !area.ok) return area;
  const { query, candidates } = area
    ? { query: ok({ name: text, constraints: [], within: [], postcode: null }), candidates: area.value }
    : placeQuery(text);
  if (!query.ok) return query;
  // The postcode says which namesake: none other is worth asking about.
  const coded = inPostcodeRegion(candidates, text);
  if (coded) return regionAt(coded, placeLabel(coded), radiusKm, 'place');
  const top = (near && largestNear(candidates, near)) ?? candidates[0];
  if (!top) return notFound(query.value.name, query.value.constraints, query.value.within, text);
  const others = candidates.filter((c) => c !== top);
  return regionAt(top, placeLabel(top), radiusKm, 'place', notableAlternatives(top, others));
}

/**
 * Where a place is named for something already somewhere (a feed's venue in
 * a channel whose region is set, a member's home there), the largest
 * namesake within NEAR_KM of it: "Westport Airport, Westport" in a channel
 * on New Zealand's West Coast is Westport, NZ, not Westport, Connecticut;
 * "Newport" for a Birmingham channel is still Newport, Wales.
 */
function largestNear(candidates: readonly Place[], near: LatLon): Place | null {
  return candidates.find((c) => haversineKm(c, near) <= NEAR_KM) ?? null;
}

const NEAR_KM = 300;

/** As far from its département's prefecture or province's capital as a town of that postcode is (address.ts's rule 6). */
const POSTCODE_REGION_KM = 150;

/**
 * "82000 Valence", "84100 Orange": of several towns of that name, the largest
 * French or Spanish one in the département or province the five-digit
 * postcode numbers (postcode-regions.ts), as the address reader chooses
 * (Valence in Tarn-et-Garonne, not the larger one in the Drôme; Orange in
 * Vaucluse, not California); null when the text has no such code or none
 * of them is there.
 */
function inPostcodeRegion(candidates: readonly Place[], text: string): Place | null {
  if (candidates.length < 2) return null;
  return (
    candidates.find((c) => {
      const coded = readsPostcodesOf(c.country) ? postcodeRegionTown(text, c.country) : null;
      return coded !== null && haversineKm(c, coded) <= POSTCODE_REGION_KM;
    }) ?? null
  );
}
