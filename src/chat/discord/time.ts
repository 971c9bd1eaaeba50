/**
 * Discord timestamps (`<t:UNIX:STYLE>`) show a moment in each reader's own
 * time zone and locale.
 *
 * Dates are the exception: an all-day event on "Sat 6 Dec" in Europe/London
 * starts at local midnight, which a reader in New York would see as Friday.
 * So a date is shown as the timestamp of NOON of that calendar day in the
 * event's time zone — every reader within ±12 hours sees the event's own date.
 */
import { instantAt, isValidTimezone, wallClock } from '../../core/time.js';

export type TimeStyle = 'full' | 'date' | 'time' | 'relative';

const STYLE_CODE: Record<TimeStyle, string> = { full: 'F', date: 'D', time: 't', relative: 'R' };

export function timestamp(at: Date, timezone: string, style: TimeStyle): string {
  const moment = style === 'date' ? noonOfLocalDay(at, timezone) : at.getTime();
  return `<t:${Math.floor(moment / 1000)}:${STYLE_CODE[style]}>`;
}

/** The calendar day of `at` in `timezone` as "YYYY-MM-DD" (UTC when the zone is unknown). */
export function localDay(at: Date | number, timezone: string): string {
  const w = wallClock(new Date(at), zoneOrUtc(timezone));
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** Epoch ms of 12:00 on the local calendar day of `at` in `timezone` (UTC when the zone is unknown). */
function noonOfLocalDay(at: Date, timezone: string): number {
  const zone = zoneOrUtc(timezone);
  const { year, month, day } = wallClock(at, zone);
  return instantAt({ year, month, day, hour: 12, minute: 0 }, zone).getTime();
}

/** A stored zone the runtime no longer knows must not stop a post: read it as UTC. */
const zoneOrUtc = (timezone: string): string => (isValidTimezone(timezone) ? timezone : 'UTC');

const pad = (n: number) => String(n).padStart(2, '0');
