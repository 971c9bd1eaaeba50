import { instantAt, wallClockAsUtc, type WallClock } from '../../core/time.js';

/**
 * Reads the date forms structured event data uses in practice:
 *
 * - ISO 8601 / W3CDTF extended: `2021-04-28T18:30-06:00` (no seconds),
 *   `2026-03-29T19:30:00+0100` (offset without colon), `…T19:30:00.123Z`,
 *   a space instead of `T`, an hour-only offset `+01`;
 * - basic (iCalendar/xCal): `20060415T190000Z`, `20060415`;
 * - date only: `2026-03-29`.
 *
 * A date-time without an offset is wall-clock time in an unstated zone.
 */
export interface IsoParts {
  wall: WallClock;
  /** Minutes ahead of UTC, or null when the text states no offset. */
  offsetMinutes: number | null;
  dateOnly: boolean;
}

const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/i;

function offsetMinutes(text: string | undefined): number | null {
  if (!text) return null;
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseIsoParts(input: string): IsoParts | null {
  const text = input.trim();
  const extended = EXTENDED.exec(text);
  const m = extended ?? BASIC.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, off] = extended ? m : [m[0], m[1], m[2], m[3], m[4], m[5], m[6], undefined, m[7]];
  const wall: WallClock = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
    millisecond: frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000) % 1000,
  };
  const offset = offsetMinutes(off);
  const valid =
    wall.month >= 1 &&
    wall.month <= 12 &&
    wall.day >= 1 &&
    wall.day <= daysInMonth(wall.year, wall.month) &&
    wall.hour <= 24 &&
    wall.minute <= 59 &&
    (wall.second ?? 0) <= 60 &&
    !Number.isNaN(offset);
  if (!valid) return null;
  return { wall, offsetMinutes: offset, dateOnly: h === undefined };
}

export interface ResolvedDate {
  date: Date;
  allDay: boolean;
  /** No zone was known: `date` holds the wall-clock fields read as UTC. */
  floating: boolean;
}

/**
 * Turns ISO text into an instant. Rules:
 * - an explicit offset wins;
 * - otherwise the wall clock is read in `zone` when one is given;
 * - otherwise it is floating (wall-clock fields stored as UTC, `floating: true`);
 * - a date without a time is all-day, starting at local midnight.
 */
export function resolveIsoDate(input: string, zone: string | null, options: { dateOnlyIsLastDay?: boolean } = {}): ResolvedDate | null {
  const parts = parseIsoParts(input);
  if (!parts) return null;
  const allDay = parts.dateOnly;
  // An end written as a bare date names the last day; all-day ends are exclusive (as in iCalendar).
  if (allDay && options.dateOnlyIsLastDay) parts.wall = nextDay(parts.wall);
  if (parts.offsetMinutes !== null && !allDay) {
    return { date: new Date(wallClockAsUtc(parts.wall) - parts.offsetMinutes * 60_000), allDay, floating: false };
  }
  if (zone) return { date: instantAt(parts.wall, zone), allDay, floating: false };
  return { date: new Date(wallClockAsUtc(parts.wall)), allDay, floating: true };
}

function nextDay(wall: WallClock): WallClock {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
  return { ...wall, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * A date-only end beside a timed start (schema.org's end date is inclusive):
 * the end of that local day, i.e. the next midnight on the start's clock —
 * its stated offset, or floating like the start when it states none. Null
 * when `endText` is not a bare date or `startText` has no time.
 */
export function endOfDayBesideTimedStart(endText: string, startText: string): ResolvedDate | null {
  const end = parseIsoParts(endText);
  const start = parseIsoParts(startText);
  if (!end?.dateOnly || !start || start.dateOnly) return null;
  const wall = nextDay(end.wall);
  if (start.offsetMinutes === null) return { date: new Date(wallClockAsUtc(wall)), allDay: false, floating: true };
  return { date: new Date(wallClockAsUtc(wall) - start.offsetMinutes * 60_000), allDay: false, floating: false };
}
