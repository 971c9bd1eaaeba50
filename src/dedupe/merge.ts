import type { NormalisedEvent } from '../core/event.js';
import type { StoredEvent } from '../core/ports.js';
// The one content-hash definition lives in normalise; see the report about moving it to core.
import { contentHash } from '../core/hash.js';
import { eventDistance } from './geo.js';

export type ChangeKind = 'time' | 'venue' | 'status' | 'title' | 'details';

export interface EventDiff {
  changed: ChangeKind[];
  /** True when a reader should be told: the time, the place or the status changed. */
  notable: boolean;
}

export const VENUE_MOVE_METRES = 100;

/**
 * The update to store when `incoming` matches `stored`: the incoming facts,
 * but never a known fact replaced by nothing.
 *
 * - venue, address, coordinates (as a pair), locality, country, url and
 *   organiser: the incoming value, or the stored one when incoming has none.
 *   Exception: when the event has just become online (incoming 'online',
 *   stored something else), the old place is not carried over — it no
 *   longer applies.
 * - description: the longer of the two.
 * - attendance: incoming, unless it is 'unknown' and the stored one is specific.
 * - everything else (title, times, timezone, status, source ids): incoming.
 * The content hash is recomputed for the merged fields.
 */
export function mergeForUpdate(stored: StoredEvent, incoming: NormalisedEvent): NormalisedEvent {
  const movedOnline = incoming.attendance === 'online' && stored.attendance !== 'online';
  const place = <T>(inc: T | null, old: T | null): T | null => inc ?? (movedOnline ? null : old);
  const keepCoords = incoming.lat === null || incoming.lon === null;
  const merged: NormalisedEvent = {
    ...incoming,
    venue: place(incoming.venue, stored.venue),
    address: place(incoming.address, stored.address),
    lat: keepCoords ? place(null, stored.lat) : incoming.lat,
    lon: keepCoords ? place(null, stored.lon) : incoming.lon,
    locality: place(incoming.locality, stored.locality),
    country: place(incoming.country, stored.country),
    url: incoming.url ?? stored.url,
    organiser: incoming.organiser ?? stored.organiser,
    description: incoming.description.length >= stored.description.length ? incoming.description : stored.description,
    attendance: incoming.attendance === 'unknown' ? stored.attendance : incoming.attendance,
  };
  return { ...merged, contentHash: contentHash(merged) };
}

/**
 * What an update would change, judged on the merged result (so a source
 * that omits the venue is not reported as "venue removed"):
 * - time: start, end or all-day changed;
 * - venue: venue name or address text changed, or the coordinates moved more
 *   than 100 m;
 * - status, title: changed;
 * - details: any other field of the content hash (attendance; coordinates
 *   that appeared or moved by 100 m or less).
 * notable = time, venue or status changed.
 */
export function diffEvent(stored: StoredEvent, incoming: NormalisedEvent): EventDiff {
  const next = mergeForUpdate(stored, incoming);
  const changed: ChangeKind[] = [];
  if (timeChanged(stored, next)) changed.push('time');
  const moved = eventDistance(stored, next);
  const venueChanged = stored.venue !== next.venue || stored.address !== next.address || (moved !== null && moved > VENUE_MOVE_METRES);
  if (venueChanged) changed.push('venue');
  if (stored.status !== next.status) changed.push('status');
  if (stored.title !== next.title) changed.push('title');
  const coordsShifted = round4(stored.lat) !== round4(next.lat) || round4(stored.lon) !== round4(next.lon);
  const details = stored.attendance !== next.attendance || (!venueChanged && coordsShifted);
  // The hash check keeps the promise "hash differs ⇒ something is reported".
  if (details || (changed.length === 0 && stored.contentHash !== next.contentHash)) changed.push('details');
  const notable = changed.some((c) => c === 'time' || c === 'venue' || c === 'status');
  return { changed, notable };
}

function timeChanged(a: Pick<NormalisedEvent, 'start' | 'end' | 'allDay'>, b: Pick<NormalisedEvent, 'start' | 'end' | 'allDay'>): boolean {
  return a.start.getTime() !== b.start.getTime() || (a.end?.getTime() ?? null) !== (b.end?.getTime() ?? null) || a.allDay !== b.allDay;
}

function round4(n: number | null): string | null {
  return n === null ? null : n.toFixed(4);
}
