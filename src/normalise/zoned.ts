/**
 * Wall-clock time in an IANA zone → instant, with Intl only (no tz library).
 *
 * Around DST changes (the same choice as iCalendar and Temporal's
 * 'compatible'): a time inside the spring-forward gap is moved forward by the
 * gap (02:30 on a night clocks jump 02:00→03:00 becomes 03:30); a time that
 * happens twice in the autumn is the earlier one.
 */

export interface WallClockFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
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

/** True when `zone` is an IANA zone this runtime knows ("Europe/London", "UTC"). */
export function isValidTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `zone` from UTC at `instantMs`, in ms (east positive). */
function offsetMs(instantMs: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(instantMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

export function zonedWallClockToInstant(fields: WallClockFields, zone: string): Date {
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  const before = offsetMs(wall - 86_400_000, zone);
  const after = offsetMs(wall + 86_400_000, zone);
  // Try the earlier offset first: it yields the earlier of two repeated times.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = wall - offset;
    if (offsetMs(candidate, zone) === offset) return new Date(candidate);
  }
  // In the gap: neither offset reproduces the wall clock; move forward by the gap.
  return new Date(wall - Math.min(before, after));
}

/** The UTC fields of an instant: how parsers store a floating wall-clock time. */
export function utcWallClock(d: Date): WallClockFields {
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}
