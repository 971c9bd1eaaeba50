import { DAY_MS, offsetMs, wallClock } from '../../core/time.js';
import { localStamp, utcOffset } from './text.js';

/**
 * VTIMEZONE components built from the runtime's own time-zone data (Intl).
 * ical.js and most libraries can read VTIMEZONE but not write one from tz
 * data, so the zone's actual offset changes between two instants are found
 * here (a day-by-day scan, then a binary search to the minute) and written
 * as explicit STANDARD/DAYLIGHT observances, one per change — valid
 * iCalendar without recurrence rules, exact for the years the feed covers.
 */

export interface Transition {
  /** The instant the offset changes. */
  at: Date;
  fromMs: number;
  toMs: number;
}

/** Every offset change in `zone` between `from` and `to`. */
export function transitions(zone: string, from: Date, to: Date): Transition[] {
  const out: Transition[] = [];
  let t = from.getTime();
  let offset = offsetMs(new Date(t), zone);
  while (t < to.getTime()) {
    const next = Math.min(t + DAY_MS, to.getTime());
    const nextOffset = offsetMs(new Date(next), zone);
    if (nextOffset !== offset) {
      out.push({ at: new Date(changeBetween(zone, t, next, offset)), fromMs: offset, toMs: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}

/** The first minute in (lo, hi] whose offset differs from `offset` at lo. */
function changeBetween(zone: string, lo: number, hi: number, offset: number): number {
  while (hi - lo > 60_000) {
    // Halfway, on a whole minute, and always past lo (the bounds are whole minutes apart).
    const mid = lo + Math.max(1, Math.floor((hi - lo) / 120_000)) * 60_000;
    if (offsetMs(new Date(mid), zone) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

const cache = new Map<string, string[]>();

/**
 * The VTIMEZONE for `zone` covering the years from `from` to `to` (widened to
 * whole years, a year either side): an observance at the start of the range
 * with the offset then, and one per change.
 */
export function vtimezone(zone: string, from: Date, to: Date): string[] {
  const startYear = from.getUTCFullYear() - 1;
  const endYear = to.getUTCFullYear() + 1;
  const key = `${zone}|${startYear}|${endYear}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const start = new Date(Date.UTC(startYear, 0, 1));
  const end = new Date(Date.UTC(endYear + 1, 0, 1));
  const initial = offsetMs(start, zone);
  const changes = transitions(zone, start, end);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  lines.push(...observance(start, initial, initial, isDaylightAt(initial, changes)));
  for (const c of changes) lines.push(...observance(c.at, c.fromMs, c.toMs, c.toMs > c.fromMs));
  lines.push('END:VTIMEZONE');
  if (cache.size > 200) cache.clear();
  cache.set(key, lines);
  return lines;
}

/** Before the first change: daylight time when the first change goes back an hour. */
function isDaylightAt(offset: number, changes: Transition[]): boolean {
  const first = changes[0];
  return first ? first.fromMs === offset && first.toMs < offset : false;
}

/** DTSTART is the local time of the change read with the offset in force before it (RFC 5545 §3.6.5). */
function observance(at: Date, fromMs: number, toMs: number, daylight: boolean): string[] {
  const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
  const before = wallClock(new Date(at.getTime() + fromMs), 'UTC');
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(before)}`,
    `TZOFFSETFROM:${utcOffset(fromMs)}`,
    `TZOFFSETTO:${utcOffset(toMs)}`,
    `END:${kind}`,
  ];
}
