import type { FeedPlace } from '../core/placement.js';
import { ok, userError, type Result, type UserError } from '../core/result.js';
import { haversineKm, type LatLon } from './geo.js';
import { qualifierFor } from './qualifiers.js';
import { resolveRegion, type Region } from './region.js';

const EXAMPLE = 'Write the venue and its town, such as "De Hallen, Amsterdam", or just a town, a UK postcode or coordinates.';
const MAX_VENUE = 100;
/** A feed's place farther than this from the channel's region is said: likely a namesake, the one near not being known. */
const FAR_KM = 300;

export interface ResolvedFeedPlace {
  place: FeedPlace;
  ambiguous: string[];
  /** "University Center, Virginia, US is 840 km from your region — …": set when the place is over FAR_KM from `near`. */
  far: string | null;
}

/**
 * What an admin typed for `/events feed place` → the feed's place. A town,
 * neighbourhood, UK postcode or "lat,lon" is read as a channel region is
 * ("Digbeth, Birmingham"); otherwise the first part before a comma is the
 * venue and the rest its town ("De Hallen, Amsterdam", "The Victoria, 48
 * John Bright St, Birmingham" keeps "The Victoria" and finds the town at the
 * end, as "Hackerspace Gent, Wiedauwkaai 51, 9000 Gent" finds Gent: a town
 * with its postcode is read as a region is). The venue's own street is not
 * kept: the town gives the point.
 * `near`, the channel's region: of several towns of that name, the one near
 * it ("Westport" in a New Zealand channel is not Westport, Connecticut).
 */
export function resolveFeedPlace(input: string, near: LatLon | null = null): Result<ResolvedFeedPlace, UserError> {
  const text = input.trim().replace(/\s+/g, ' ');
  const whole = resolveRegion(text, { near });
  if (whole.ok) return ok(fromRegion(whole.value, null, near));
  const comma = text.indexOf(',');
  if (comma <= 0) return userError(whole.error.code, `${whole.error.message} ${EXAMPLE}`);
  const venue = text.slice(0, comma).trim();
  if (venue.length > MAX_VENUE)
    return userError('venue_too_long', `That venue name is too long (over ${MAX_VENUE} characters). ${EXAMPLE}`);
  const town = townAtEnd(text.slice(comma + 1), near) ?? whole;
  if (!town.ok) return userError(town.error.code, `${town.error.message} ${EXAMPLE}`);
  return ok(fromRegion(town.value, venue, near));
}

/**
 * The town of "48 John Bright St, Birmingham": the longest tail of the parts
 * that is a place. A state or country alone at the end is no town ("Some
 * Hall, Zzyzxville, Oregon" is not in Oregon, Ohio, however near the
 * channel), unless a city of that name is in it ("Some Hall, Singapore").
 * When none is a place, the reply is about the longest tail that is more
 * than a state or country ("I couldn't find 'Zzyzxville' in Oregon"); with
 * none (null), about the whole text, whose town is what is missing
 * ("University Center, Michigan": not Michigan but 'University Center').
 */
function townAtEnd(rest: string, near: LatLon | null): Result<Region, UserError> | null {
  const parts = rest
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let missing: Result<Region, UserError> | null = null;
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join(', ');
    const area = i === parts.length - 1 && qualifierFor(tail) !== null;
    const r = resolveRegion(tail, { near: area ? null : near });
    if (r.ok) return r;
    if (!area) missing ??= r;
  }
  return missing;
}

function fromRegion(r: Region, venue: string | null, near: LatLon | null): ResolvedFeedPlace {
  const place: FeedPlace = {
    venue,
    town: r.name,
    lat: r.lat,
    lon: r.lon,
    country: r.country === 'ZZ' ? null : r.country,
    timezone: r.timezone,
  };
  return { place, ambiguous: r.ambiguous?.alternatives ?? [], far: farFrom(r, near) };
}

/**
 * "University Center" for a channel in Saginaw is University Center,
 * Virginia, the Michigan one not being in the gazetteer: every event of the
 * feed would then be out of the region, so the reply says how far it is.
 */
function farFrom(r: Region, near: LatLon | null): string | null {
  const km = near ? haversineKm(r, near) : 0;
  if (km <= FAR_KM) return null;
  const shown = km < 1000 ? Math.round(km / 10) * 10 : Math.round(km / 100) * 100;
  return `${r.name} is ${shown.toLocaleString('en-GB')} km from your region — add the state or country if you meant another.`;
}
