import { DAY_MS, HOUR_MS, instantAt, wallClock } from '../core/time.js';
import type { ParsedEvent } from '../sources/types.js';

/**
 * An all-day entry for one day whose description gives its hours, once
 * ("15:00–18:00. Danish-language event.", "Ouverture 14h–17h30"): those
 * hours of that day, in the zone the event is shown in. A description with
 * two or more ranges (a day's programme) leaves the day as it is.
 */
export function dayHours(parsed: ParsedEvent, zone: string, description: string): { start: Date; end: Date } | null {
  if (!parsed.allDay || !description || !RANGE_CUE.test(description)) return null;
  if (parsed.end && parsed.end.getTime() - parsed.start.getTime() > DAY_MS + HOUR_MS) return null;
  const ranges = [...description.matchAll(RANGE)].filter(isClockRange);
  if (ranges.length !== 1) return null;
  const [, h1, , m1a, m1b, h2, , m2a, m2b] = ranges[0]!;
  const day = wallClock(parsed.start, parsed.floating ? 'UTC' : (parsed.timezone ?? zone));
  const at = (hour: string, minute: string | undefined) =>
    instantAt({ year: day.year, month: day.month, day: day.day, hour: Number(hour), minute: Number(minute ?? 0), second: 0 }, zone);
  const start = at(h1!, m1a ?? m1b);
  const end = at(h2!, m2a ?? m2b);
  return end.getTime() > start.getTime() ? { start, end } : null;
}

const RANGE_CUE = /\d\s*[:.h]/;
/** "15:00–18:00", "14.00 - 16.30", "14h–17h30", "10:00 to 22:00", "19.30 bis 22.00 Uhr". */
const RANGE =
  /(?<![\d:.])(2[0-3]|[01]?\d)(?:([:.])([0-5]\d)|h([0-5]\d)?)\s*(?:-|–|—|to|until|till|bis|à|a|til)\s*(2[0-3]|[01]?\d)(?:([:.])([0-5]\d)|h([0-5]\d)?)(?![\d:.]\d)/g;

/** "12.03-14.03" is a span of dates: a dotted clock counts only on the quarter hour ("14.00 - 16.30"). */
function isClockRange(m: RegExpMatchArray): boolean {
  const dottedOk = (sep: string | undefined, minute: string | undefined) => sep !== '.' || ['00', '15', '30', '45'].includes(minute!);
  return dottedOk(m[2], m[3]) && dottedOk(m[6], m[7]);
}
