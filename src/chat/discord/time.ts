/**
 * Discord timestamps (`<t:UNIX:STYLE>`) show a moment in each reader's own
 * time zone and locale.
 *
 * Dates are the exception: an all-day event on "Sat 6 Dec" in Europe/London
 * starts at local midnight, which a reader in New York would see as Friday.
 * So a date is shown as the timestamp of NOON of that calendar day in the
 * event's time zone — every reader within ±12 hours sees the event's own date.
 */
export type TimeStyle = 'full' | 'date' | 'time' | 'relative';

const STYLE_CODE: Record<TimeStyle, string> = { full: 'F', date: 'D', time: 't', relative: 'R' };

export function timestamp(at: Date, timezone: string, style: TimeStyle): string {
  const moment = style === 'date' ? noonOfLocalDay(at, timezone) : at.getTime();
  return `<t:${Math.floor(moment / 1000)}:${STYLE_CODE[style]}>`;
}

/** The calendar day of `at` in `timezone` as "YYYY-MM-DD" (UTC when the zone is unknown). */
export function localDay(at: Date | number, timezone: string): string {
  const p = parts(typeof at === 'number' ? at : at.getTime(), timezone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Epoch ms of 12:00 on the local calendar day of `at` in `timezone`. */
export function noonOfLocalDay(at: Date, timezone: string): number {
  const p = parts(at.getTime(), timezone);
  const guess = Date.UTC(p.year, p.month - 1, p.day, 12);
  return guess - offsetMs(guess, timezone);
}

/** Local time minus UTC at instant `ms` in `timezone`. */
function offsetMs(ms: number, timezone: string): number {
  const p = parts(ms, timezone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    };
    try {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: timezone });
    } catch {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    formatters.set(timezone, f);
  }
  return f;
}

function parts(ms: number, timezone: string): Parts {
  const out: Record<string, number> = {};
  for (const p of formatter(timezone).formatToParts(ms)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour!, minute: out.minute!, second: out.second! };
}

const pad = (n: number) => String(n).padStart(2, '0');
