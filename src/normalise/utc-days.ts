import { DAY_MS, HOUR_MS, instantAt, wallClock, type WallClock } from '../core/time.js';

/**
 * Whole days a feed wrote as instants, found once the event's zone is
 * known: a city calendar's "DTSTART:20250704T040000Z", "DTEND:20250705T035900Z"
 * is 00:00 to 23:59 in New York, so the day (all day), not an event at
 * midnight. The parser cannot tell (a UTC time has no zone of its own);
 * this reads the same pairs it reads on a zoned clock (sources/ical/day-time.ts
 * `midnightDays`): a local midnight start and an end at the day's last
 * minute, or at a later midnight whole days on. Returns the all-day start
 * and exclusive end (the local midnights), or null.
 *
 * Runs for every timed event: spans shorter than a day (almost all) and
 * starts that are no zone's midnight (not on a quarter hour) are given up
 * before any clock is read.
 */
export function utcWholeDays(start: Date, end: Date | null, zone: string): { start: Date; end: Date } | null {
  if (!end || end.getTime() - start.getTime() < SHORTEST_DAY_MS) return null;
  if (start.getUTCSeconds() !== 0 || start.getUTCMinutes() % 15 !== 0) return null;
  const from = wallClock(start, zone);
  if (from.hour !== 0 || from.minute !== 0 || from.second !== 0) return null;
  const to = wallClock(end, zone);
  const midnight = to.hour === 0 && to.minute === 0 && to.second === 0;
  if (!midnight && !(to.hour === 23 && to.minute === 59)) return null;
  return { start, end: midnight ? end : instantAt(nextMidnight(to), zone) };
}

/** 00:00 to 23:59 on the day clocks go forward: 22 h 59 min. */
const SHORTEST_DAY_MS = DAY_MS - HOUR_MS - 60_000;

function nextMidnight(w: WallClock): WallClock {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0, second: 0 };
}
