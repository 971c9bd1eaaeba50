/**
 * Wall-clock time in an IANA zone → instant, using the runtime's tz database
 * through Intl (no zone data of our own).
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when the runtime knows `name` as an IANA zone (e.g. "Europe/London", "UTC"). */
export function isIanaZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone's UTC offset in milliseconds at the given instant (east positive). */
export function offsetAt(instantMs: number, zone: string): number {
  const parts = formatterFor(zone).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  return asUtc - wholeSeconds;
}

export function wallClockAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Longer than any UTC offset, shorter than the gap between two DST changes. */
const PROBE_MS = 18 * 3600_000;

/**
 * The instant at which clocks in `zone` show `w`. Follows RFC 5545 §3.3.5:
 * - a time that occurs twice (clocks go back) means the first occurrence;
 * - a time that does not exist (clocks go forward) is read with the offset in
 *   force before the gap, so 02:30 on a spring-forward night becomes 03:30.
 */
export function zonedWallClockToInstant(w: WallClock, zone: string): Date {
  const local = wallClockAsUtc(w);
  const before = offsetAt(local - PROBE_MS, zone);
  const after = offsetAt(local + PROBE_MS, zone);
  const valid = [before, after]
    .map((offset) => local - offset)
    .filter((instant) => offsetAt(instant, zone) === local - instant)
    .sort((a, b) => a - b);
  return new Date(valid[0] ?? local - before);
}
