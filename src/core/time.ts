/**
 * Wall-clock time in an IANA zone ↔ instant, with Intl only (Node has full
 * ICU; we carry no zone data of our own). The one implementation every
 * module uses: parsers, normalise, digests, chat rendering, the CLI.
 *
 * DST rule for wall-clock times that do not exist or exist twice (RFC 5545
 * §3.3.5; the same as Temporal's `disambiguation: 'compatible'`):
 * - a time inside a spring-forward gap is moved forward by the length of the
 *   gap: 02:30 on a night clocks jump 02:00→03:00 becomes 03:30;
 * - a time that happens twice when clocks go back means the EARLIER instant
 *   (its first occurrence, still on summer time).
 */

export const HOUR_MS = 3_600_000;
/** A day of 24 hours: calendar days across a clock change are counted with wall clocks, not this. */
export const DAY_MS = 24 * HOUR_MS;

/**
 * A date and time of day as a clock shows it, without a zone. Fields may
 * overflow as in `Date.UTC` (hour 24, second 60, day 32 roll over).
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

/** What a clock in a zone shows at an instant. */
export interface WallClockReading extends Required<WallClock> {
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Longest IANA name is 32 characters; anything much longer is not a zone (and is not worth asking Intl about). */
const MAX_ZONE_NAME = 64;

/** True when `zone` is an IANA zone this runtime knows ("Europe/London", "UTC"). */
export function isValidTimezone(zone: string | null | undefined): zone is string {
  if (!zone || zone.length > MAX_ZONE_NAME) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall clock in `zone` at instant `at`. Throws RangeError for an unknown zone (check with isValidTimezone). */
export function wallClock(at: Date, zone: string): WallClockReading {
  const parts = formatter(zone).formatToParts(at);
  const text = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const yearOfEra = Number(text('year'));
  // Intl counts years before 1 AD as "1 BC", "2 BC"…; the proleptic year of 1 BC is 0.
  const era = text('era');
  return {
    year: era === 'BC' || era === 'B' ? 1 - yearOfEra : yearOfEra,
    month: Number(text('month')),
    day: Number(text('day')),
    hour: Number(text('hour')) % 24,
    minute: Number(text('minute')),
    second: Number(text('second')),
    millisecond: at.getUTCMilliseconds(),
    weekday: WEEKDAYS[text('weekday')] ?? 1,
  };
}

/**
 * The wall-clock fields read as if they were UTC, in epoch ms: how a floating
 * time (no zone known) is stored. Unlike `Date.UTC`, years 0–99 stay as written.
 */
export function wallClockAsUtc(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second ?? 0, w.millisecond ?? 0);
  return d.getTime();
}

/** Milliseconds `zone` is ahead of UTC at `at` (east positive: +36000000 for Brisbane). */
export function offsetMs(at: Date, zone: string): number {
  return wallClockAsUtc(wallClock(at, zone)) - at.getTime();
}

/** Whether two zones keep the same clock in winter and in summer (America/New_York and America/Toronto do; Perth and Sydney do not). */
export function sameClock(a: string, b: string): boolean {
  return a === b || CLOCK_PROBES.every((at) => offsetMs(at, a) === offsetMs(at, b));
}

const CLOCK_PROBES = [new Date(Date.UTC(2025, 0, 15)), new Date(Date.UTC(2025, 6, 15))];

/** Longer than any UTC offset (−12 h…+14 h), shorter than the time between two DST changes. */
const PROBE_MS = 18 * HOUR_MS;

/** The instant at which clocks in `zone` show `w`, by the DST rule at the top of this file. */
export function instantAt(w: WallClock, zone: string): Date {
  const local = wallClockAsUtc(w);
  // The offsets in force well before and well after: at most one change lies between them.
  const before = offsetMs(new Date(local - PROBE_MS), zone);
  const after = offsetMs(new Date(local + PROBE_MS), zone);
  // Each offset gives a candidate instant; it is real when the zone has that offset then.
  const real = [local - before, local - after].filter((t) => offsetMs(new Date(t), zone) === local - t);
  // Two real candidates: the time happens twice (clocks went back); the earlier is meant.
  if (real.length > 0) return new Date(Math.min(...real));
  // None: the time is in the gap. Read with the offset before the change, it lands
  // after the gap, moved forward by the gap's length.
  return new Date(local - before);
}

/** ISO-8601 with the zone's offset: 2026-12-04T18:30:00+00:00. */
export function isoWithOffset(at: Date, zone: string): string {
  const w = wallClock(at, zone);
  const offsetMin = Math.round(offsetMs(at, zone) / 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const p = (n: number, l = 2) => String(n).padStart(l, '0');
  return `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}:${p(w.second)}${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

const WRITTEN: Record<'full' | 'date' | 'time', Intl.DateTimeFormatOptions> = {
  full: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
  date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
};

/**
 * The moment written out in `zone`: "Sat, 6 Dec 2025, 19:00 GMT" (`full`; "19:00 MDT" in Denver),
 * "Sat, 6 Dec 2025" (`date`), "19:00 GMT" (`time`) — where a reader cannot be
 * shown their own local time (the console chat, Slack's fallback text, the
 * CLI). An unknown zone is read as UTC.
 */
/** Zones of countries that write English, and the locale that names them as their people do. */
const ENGLISH_LOCALES: Record<string, string> = {
  'Asia/Kolkata': 'en-IN',
  'Asia/Calcutta': 'en-IN',
  'Pacific/Auckland': 'en-NZ',
  'Pacific/Chatham': 'en-NZ',
  'Europe/Dublin': 'en-IE',
  'Africa/Johannesburg': 'en-ZA',
  'Asia/Singapore': 'en-SG',
  'Asia/Hong_Kong': 'en-HK',
  'Africa/Lagos': 'en-NG',
  'Africa/Nairobi': 'en-KE',
};

export function formatInZone(at: Date, zone: string, style: 'full' | 'date' | 'time'): string {
  const timeZone = isValidTimezone(zone) ? zone : 'UTC';
  const parts = new Intl.DateTimeFormat('en-GB', { ...WRITTEN[style], timeZone }).formatToParts(at);
  return parts.map((p) => (p.type === 'timeZoneName' ? zoneAbbreviation(at, timeZone, p.value) : p.value)).join('');
}

/**
 * An all-day event's days in `zone`: "Sat, 6 Dec 2025", or "Sat, 6 Dec 2025 – Sun, 7 Dec 2025" when it
 * runs longer. The end is exclusive, as in iCalendar (midnight after the last day), so the last day is
 * read half a day before it: an end a DST hour off midnight still names the right day.
 */
export function formatAllDay(start: Date, end: Date | null, zone: string): string {
  const first = formatInZone(start, zone, 'date');
  if (!end || end.getTime() <= start.getTime()) return first;
  const last = formatInZone(new Date(end.getTime() - 12 * 3600_000), zone, 'date');
  return last === first ? first : `${first} – ${last}`;
}

/**
 * British English names only the zones Britons use ("BST", "CEST") and
 * writes "GMT-6" for Denver: the Americas, Australia and the other countries
 * that write English get the names their own people use ("MDT", "AEST",
 * "IST" in India and in Ireland's summer, "NZDT", "SAST"), where English has one.
 */
function zoneAbbreviation(at: Date, zone: string, british: string): string {
  if (!british.startsWith('GMT') || british === 'GMT') return british;
  const locale = zone.startsWith('America/') ? 'en-US' : zone.startsWith('Australia/') ? 'en-AU' : (ENGLISH_LOCALES[zone] ?? null);
  if (!locale) return british;
  const local = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return local && !local.value.startsWith('GMT') ? local.value : british;
}
