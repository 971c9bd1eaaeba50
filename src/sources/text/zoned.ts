/**
 * Wall-clock time in an IANA zone ↔ instant, using only Intl (no tz library).
 *
 * Rule for times that do not exist or exist twice around a DST change (the
 * same as Temporal's `disambiguation: 'compatible'` and as iCalendar):
 * - a time in the spring-forward gap (02:30 on a night clocks jump 02:00→03:00)
 *   is moved forward by the length of the gap (→ 03:30);
 * - a time in the autumn overlap (01:30 happening twice) is the earlier one.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
  millisecond?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields an instant shows in `timeZone`. */
export function wallClockAt(instant: Date, timeZone: string): Required<WallClock> {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const era = parts.find((p) => p.type === 'era')?.value;
  const yearOfEra = get('year');
  return {
    year: era === 'BC' || era === 'B' ? 1 - yearOfEra : yearOfEra,
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** Milliseconds `timeZone` is ahead of UTC at `instant` (e.g. +36000000 for Brisbane). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  return wallClockAsUtcMs(w) - instant.getTime();
}

/** The wall-clock fields read as if they were UTC. */
export function wallClockAsUtcMs(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second ?? 0, w.millisecond ?? 0);
  return d.getTime();
}

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    (a.second ?? 0) === (b.second ?? 0)
  );
}

/**
 * The instant at which clocks in `timeZone` show `wall`. Correct across DST
 * changes (see the rule at the top of this file).
 */
export function zonedTimeToInstant(wall: WallClock, timeZone: string): Date {
  const localMs = wallClockAsUtcMs(wall);
  const HALF_DAY = 12 * 3600_000;
  // Offsets in force shortly before and after: at most one DST change lies between them.
  const before = zoneOffsetMs(new Date(localMs - HALF_DAY), timeZone);
  const after = zoneOffsetMs(new Date(localMs + HALF_DAY), timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => localMs - offset)
    .filter((t) => sameWallClock(wallClockAt(new Date(t), timeZone), wall))
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return new Date(earliest);
  // In the gap: read with the offset before the change, which lands after the gap.
  return new Date(localMs - before);
}
