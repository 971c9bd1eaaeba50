import { DAY_MS, instantAt, type WallClock, wallClockAsUtc } from '../../core/time.js';

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

/** A zone offset ending a date-time, RFC 822 or ISO: "… 15:30:00 -1800", "…T15:30+18:00", "… 15:30 GMT+0200". */
const TRAILING_OFFSET = /\d:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:GMT|UTC|UT)?\s*[+-](\d{2}):?(\d{2})?\s*$/i;

/**
 * True when a date-time ends in an offset that no zone has: beyond ±14:00
 * (Kiribati's +14:00 is the furthest). A Hugo site wrote the pubDate
 * "Thu, 28 Jun 2018 15:30:00 -1800"; Date.parse reads it as 09:30 UTC the
 * next day, so such a date is unreadable rather than a wrong instant.
 */
export function statesImpossibleOffset(text: string): boolean {
  const m = TRAILING_OFFSET.exec(text);
  return m !== null && Number(m[1]) * 60 + Number(m[2] ?? 0) > 14 * 60;
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

/**
 * All-day dates that a CMS wrote as date-times, read as what they mean:
 *
 * - a start and end both at midnight, whole days apart
 *   ("2026-08-06T00:00:00+02:00" → "2026-08-15T00:00:00+02:00"), or a
 *   midnight start with an end at 23:59 ("…T00:00" → "…T23:59:59") or in
 *   the day's last half hour (25Live's "…T23:30"), is the
 *   days it spans — not a start at 00:00, nor at 01:00 in Paris when the
 *   feed adds a false "Z";
 * - a start at a cutoff hour and an end a second before it on a later day
 *   ("…-16T03:00:00" → "…-26T02:59:59": The Events Calendar's day cutoff)
 *   is the days from the start's date to the day before the end's;
 * - an all-day start with a timed end ("2026-08-29" →
 *   "2026-08-29T07:00:00Z") ends after the end's written date.
 *
 * Returns the all-day start and exclusive end (read like any date-only
 * text), or null when the texts are not such a pair.
 */
export function allDaySpan(startText: string, endText: string, zone: string | null): { start: ResolvedDate; end: ResolvedDate } | null {
  const s = parseIsoParts(startText);
  const e = parseIsoParts(endText);
  if (!s || !e || e.dateOnly) return null;
  if (!s.dateOnly && dayCutoff(s.wall, e.wall)) {
    return { start: allDayAt(s.wall, zone), end: allDayAt({ ...e.wall, hour: 0, minute: 0, second: 0 }, zone) };
  }
  // The day's last minute, or the last slot of a booking grid: 25Live and Trumba end whole days at 23:30.
  const lastMinute = e.wall.hour === 23 && e.wall.minute >= 30;
  if (!s.dateOnly) {
    if (!atMidnight(s.wall) || !(atMidnight(e.wall) || lastMinute)) return null;
    if (wallClockAsUtc(e.wall) - wallClockAsUtc(s.wall) < (lastMinute ? 0 : DAY_MS)) return null;
  }
  const endDay = atMidnight(e.wall) && !s.dateOnly ? e.wall : nextDay(e.wall);
  return { start: allDayAt(s.wall, zone), end: allDayAt(endDay, zone) };
}

/**
 * The Events Calendar's "end of day cutoff" (WordPress): a day that runs from
 * 03:00 to 02:59:59 the next morning, so its all-day and multi-day events
 * are written "…T03:00:00" → "…T02:59:59" on a later day.
 */
function dayCutoff(s: WallClock, e: WallClock): boolean {
  if (s.hour < 1 || s.hour > 11 || s.minute !== 0 || (s.second ?? 0) !== 0) return false;
  if (e.hour !== s.hour - 1 || e.minute !== 59 || (e.second ?? 0) !== 59) return false;
  return wallClockAsUtc(e) - wallClockAsUtc(s) >= DAY_MS - 1_000;
}

function atMidnight(w: WallClock): boolean {
  return w.hour === 0 && w.minute === 0 && (w.second ?? 0) === 0;
}

function allDayAt(wall: WallClock, zone: string | null): ResolvedDate {
  const day = { ...wall, hour: 0, minute: 0, second: 0, millisecond: 0 };
  if (zone) return { date: instantAt(day, zone), allDay: true, floating: false };
  return { date: new Date(wallClockAsUtc(day)), allDay: true, floating: true };
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

/**
 * A numeric date written day or month first, as event fields of hand-made
 * CMS templates write it ("24/07/2026 21:00", "7/24/2026", "24.07.2026
 * 21h00"), as ISO text ("2026-07-24T21:00:00") for resolveIsoDate. The order
 * is what `dayFirst` says (numericDayFirst, else the feed's); null when it
 * is not known, or the text is no such date.
 */
export function numericDateAsIso(text: string, dayFirst: boolean | null): string | null {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m || dayFirst === null) return null;
  const [day, month] = dayFirst ? [m[1]!, m[3]!] : [m[3]!, m[1]!];
  const time = m[5] ? `T${m[5].padStart(2, '0')}:${m[6]}:${m[7] ?? '00'}` : '';
  return `${m[4]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}${time}`;
}

/** Day first (true) or month first (false) when one of the texts' numeric dates has a part over 12 ("24/07/2026"); else null. */
export function numericDayFirst(texts: readonly (string | null)[]): boolean | null {
  for (const text of texts) {
    const m = text ? NUMERIC_DATE.exec(text.trim()) : null;
    if (m && Number(m[1]) > 12) return true;
    if (m && Number(m[3]) > 12) return false;
  }
  return null;
}

const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:(?:\s+|T)(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/i;
