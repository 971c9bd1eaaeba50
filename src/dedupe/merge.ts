import type { NormalisedEvent } from '../core/event.js';
import type { StoredEvent } from '../core/ports.js';
// The one content-hash definition lives in normalise; see the report about moving it to core.
import { unaccented } from '../core/fold.js';
import { contentHash } from '../core/hash.js';
import { eventDistance } from './geo.js';
import { isPlaceholderTitle } from './placeholder-title.js';
import { compact } from './text.js';

export type ChangeKind = 'time' | 'venue' | 'status' | 'title' | 'details';

export interface EventDiff {
  changed: ChangeKind[];
  /** True when a reader should be told: the time, the place or the status changed. */
  notable: boolean;
}

const VENUE_MOVE_METRES = 100;

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
 * - end: incoming; when incoming states none and the start is unchanged, the
 *   stored end is kept (a page without an end time does not erase the one
 *   the group's calendar gave).
 * - title: incoming, unless it is a placeholder ("To be announced") and the
 *   stored one is not: a copy listed before its topic was set does not
 *   retitle the event another source named (dedupe index.ts).
 * - everything else (start, all-day, timezone, status, source ids): incoming.
 * The content hash is recomputed for the merged fields.
 */
export function mergeForUpdate(stored: StoredEvent, incoming: NormalisedEvent): NormalisedEvent {
  const movedOnline = incoming.attendance === 'online' && stored.attendance !== 'online';
  const place = <T>(inc: T | null, old: T | null): T | null => inc ?? (movedOnline ? null : old);
  const keepCoords = incoming.lat === null || incoming.lon === null;
  const merged: NormalisedEvent = {
    ...incoming,
    title: isPlaceholderTitle(incoming.title) && !isPlaceholderTitle(stored.title) ? stored.title : incoming.title,
    venue: place(incoming.venue, stored.venue),
    address: place(incoming.address, stored.address),
    lat: keepCoords ? place(null, stored.lat) : incoming.lat,
    lon: keepCoords ? place(null, stored.lon) : incoming.lon,
    locality: place(incoming.locality, stored.locality),
    country: place(incoming.country, stored.country),
    end: incoming.end ?? (sameStart(stored, incoming) ? stored.end : null),
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
 * - time: start or all-day changed, or a known end moved (an end stated for
 *   the first time is only 'details': nothing a reader saw changed);
 * - venue: the venue name changed (compared normalised: case, punctuation),
 *   the address changed (normalised, the venue name in front ignored, and
 *   one address containing the other counts as the same: "48 John Bright St,
 *   Birmingham B1 1BN" and "…, B1 1BN, GB"), or the coordinates moved more
 *   than 100 m. So two sources writing one place differently — as the Meetup
 *   feed and the event page do — do not edit posts with "new venue";
 * - status: changed;
 * - title: its letters or digits changed (case, accents, punctuation and
 *   spacing aside: a source writing "Brum Tech social" where another wrote
 *   "Brum Tech Social" does not edit posts with "new title"; every word
 *   counts, so "CANCELLED: …" is a new title);
 * - details: any other field of the content hash (attendance; an end that
 *   appeared; address or title spelling; coordinates that appeared or moved
 *   by 100 m or less).
 * notable = time, venue or status changed.
 */
export function diffEvent(stored: StoredEvent, incoming: NormalisedEvent): EventDiff {
  const next = mergeForUpdate(stored, incoming);
  const changed: ChangeKind[] = [];
  if (timeChanged(stored, next)) changed.push('time');
  const moved = eventDistance(stored, next);
  const venueChanged =
    compact(stored.venue) !== compact(next.venue) || !sameAddress(stored, next) || (moved !== null && moved > VENUE_MOVE_METRES);
  if (venueChanged) changed.push('venue');
  if (stored.status !== next.status) changed.push('status');
  const retitled = spelling(stored.title) !== spelling(next.title);
  if (retitled) changed.push('title');
  const coordsShifted = round4(stored.lat) !== round4(next.lat) || round4(stored.lon) !== round4(next.lon);
  const details = stored.attendance !== next.attendance || (!venueChanged && coordsShifted) || (!retitled && stored.title !== next.title);
  // The hash check keeps the promise "hash differs ⇒ something is reported".
  if (details || (changed.length === 0 && stored.contentHash !== next.contentHash)) changed.push('details');
  const notable = changed.some((c) => c === 'time' || c === 'venue' || c === 'status');
  return { changed, notable };
}

/** A title's letters and digits only: "Brum Tech – Social!" and "brum tech social" are spelled alike. */
function spelling(text: string): string {
  return unaccented(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

type Times = Pick<NormalisedEvent, 'start' | 'end' | 'allDay'>;

function sameStart(a: Times, b: Times): boolean {
  return a.start.getTime() === b.start.getTime() && a.allDay === b.allDay;
}

/** `next` is merged, so its end is null only when the start moved too. */
function timeChanged(stored: Times, next: Times): boolean {
  return !sameStart(stored, next) || (stored.end !== null && stored.end.getTime() !== next.end?.getTime());
}

type Place = Pick<NormalisedEvent, 'venue' | 'address'>;

/** The address without the venue name written in front of it, normalised (see text.ts `compact`). */
function addressKey(e: Place): string {
  const address = compact(e.address);
  const venue = compact(e.venue);
  return venue.length > 0 && address.startsWith(venue) && address.length > venue.length ? address.slice(venue.length) : address;
}

function sameAddress(a: Place, b: Place): boolean {
  const x = addressKey(a);
  const y = addressKey(b);
  if (x === y) return true;
  return x.length >= 4 && y.length >= 4 && (x.includes(y) || y.includes(x));
}

function round4(n: number | null): string | null {
  return n === null ? null : n.toFixed(4);
}
