import type { ChannelRecord, StoredEvent } from '../core/ports.js';
import type { HomeArea } from '../core/placement.js';
import { nearestPlace } from './gazetteer.js';
import { haversineKm } from './geo.js';
import { DAY_MS } from '../core/time.js';

/**
 * Whether an event belongs in a channel, and why not. The same verdicts as
 * `events-bot preview` prints:
 * - `past`: it ended before now (an event without an end: it started before now);
 * - `cancelled`, `postponed` (no date to go to; a post already sent is edited instead);
 * - `online` / `unknown-attendance`: only in-person and hybrid events are posted;
 * - `unknown-place`: no coordinates to measure the distance from;
 * - `outside-region`: farther than the channel's radius.
 * Without a region (preview without --near) there is no `unknown-place` or
 * `outside-region`: the other reasons still apply.
 */
export type Verdict = { post: true; distanceKm: number | null } | { post: false; reason: SkipReason; distanceKm: number | null };
export type SkipReason = 'past' | 'cancelled' | 'postponed' | 'online' | 'unknown-attendance' | 'unknown-place' | 'outside-region';

export interface RegionCentre {
  lat: number;
  lon: number;
  radiusKm: number;
  /** The region's name and zone, when known: a clue to where a feed that says nothing is (src/place/home.ts). */
  name?: string | null;
  timezone?: string | null;
}

/**
 * A region as the home-area clue of last resort (basis `region`), or null
 * without a name and zone. Its country is the country of the nearest town to
 * its centre: a home without a country would take in a venue that names
 * another country (a Belgian address in a feed previewed near Antwerp, Ohio).
 */
export function regionAsHome(r: RegionCentre | null): HomeArea | null {
  if (!r?.name || !r.timezone) return null;
  const country = nearestPlace(r.lat, r.lon, { maxKm: REGION_COUNTRY_KM })?.country ?? null;
  return { lat: r.lat, lon: r.lon, label: r.name, country, timezone: r.timezone, basis: 'region' };
}

const REGION_COUNTRY_KM = 100;

/** When an event is over: its end; with none, its start — or, for an all-day date, the end of that day. */
function endOf(e: Pick<StoredEvent, 'start' | 'end' | 'allDay'>): Date {
  if (e.end) return e.end;
  return e.allDay ? new Date(e.start.getTime() + DAY_MS) : e.start;
}

export function verdictFor(
  e: Pick<StoredEvent, 'start' | 'end' | 'allDay' | 'status' | 'attendance' | 'lat' | 'lon'>,
  region: RegionCentre | null,
  now: Date,
): Verdict {
  const distanceKm =
    region && e.lat !== null && e.lon !== null ? haversineKm({ lat: region.lat, lon: region.lon }, { lat: e.lat, lon: e.lon }) : null;
  const skip = (reason: SkipReason): Verdict => ({ post: false, reason, distanceKm });
  if (endOf(e) < now) return skip('past');
  if (e.status === 'cancelled') return skip('cancelled');
  if (e.status === 'postponed') return skip('postponed');
  if (e.attendance === 'online') return skip('online');
  if (e.attendance === 'unknown') return skip('unknown-attendance');
  if (!region) return { post: true, distanceKm: null };
  if (distanceKm === null) return skip('unknown-place');
  if (distanceKm > region.radiusKm) return skip('outside-region');
  return { post: true, distanceKm };
}

export function channelRegion(c: ChannelRecord): RegionCentre | null {
  return c.regionLat !== null && c.regionLon !== null
    ? { lat: c.regionLat, lon: c.regionLon, radiusKm: c.radiusKm, name: c.regionName, timezone: c.timezone }
    : null;
}
