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
  const [, h1, , m1a, m1b, h2, , m2a, m2b, half] = ranges[0]!;
  const [from, to] = hoursOfDay(h1!, h2!, half);
  const day = wallClock(parsed.start, parsed.floating ? 'UTC' : (parsed.timezone ?? zone));
  const at = (hour: number, minute: string | undefined) =>
    instantAt({ year: day.year, month: day.month, day: day.day, hour, minute: Number(minute ?? 0), second: 0 }, zone);
  const start = at(from, m1a ?? m1b);
  const end = at(to, m2a ?? m2b);
  return end.getTime() > start.getTime() ? { start, end } : null;
}

/**
 * The hours of "5:00 to 6:30" on a day: as in an event's dates, an hour from
 * 1 to 6 with no am/pm is in the afternoon (a talk at 17:00, not 05:00), and
 * so is the end of a range that would otherwise end before it starts ("10:00
 * to 2:00"); a "pm" after the range's end makes both afternoon hours.
 */
function hoursOfDay(h1: string, h2: string, half: string | undefined): [number, number] {
  const [start, end] = [Number(h1), Number(h2)];
  if (half?.toLowerCase() === 'a') return [start, end];
  if (half?.toLowerCase() === 'p') {
    const to = end < 12 ? end + 12 : end;
    return [start < 12 && start + 12 <= to ? start + 12 : start, to];
  }
  // "06:00–08:00": an hour written with its leading zero is a 24-hour clock's.
  const from = start >= 1 && start <= 6 && !h1.startsWith('0') ? start + 12 : start;
  return [from, end < from && end + 12 > from && end <= 12 ? end + 12 : end];
}

const RANGE_CUE = /\d\s*[:.h]/;
/** "15:00–18:00", "14.00 - 16.30", "14h–17h30", "10:00 to 22:00", "19.30 bis 22.00 Uhr". */
const RANGE =
  /(?<![\d:.])(2[0-3]|[01]?\d)(?:([:.])([0-5]\d)|h([0-5]\d)?)\s*(?:-|–|—|to|until|till|bis|à|a|til)\s*(2[0-3]|[01]?\d)(?:([:.])([0-5]\d)|h([0-5]\d)?)(?![\d:.]\d)(?:\s*([ap])\.?m\b\.?)?/gi;

/** "12.03-14.03" is a span of dates: a dotted clock counts only on the quarter hour ("14.00 - 16.30"). */
function isClockRange(m: RegExpMatchArray): boolean {
  const dottedOk = (sep: string | undefined, minute: string | undefined) => sep !== '.' || ['00', '15', '30', '45'].includes(minute!);
  return dottedOk(m[2], m[3]) && dottedOk(m[6], m[7]);
}

/**
 * An all-day entry for one day whose title starts with its time ("6:30pm La
 * Vieille Chéchette Choir", "11am Literary Encounter", "18h30 Arpentage", a
 * hand-kept agenda's): that time of that day, and the title without it. A
 * number that is no clock ("10 Years of…", "1:1 mentoring", "5h challenge")
 * is left alone.
 */
export function titleTime(parsed: ParsedEvent, zone: string): { start: Date; end: null; title: string } | null {
  if (!parsed.allDay || !LEADING_CLOCK_CUE.test(parsed.title)) return null;
  if (parsed.end && parsed.end.getTime() - parsed.start.getTime() > DAY_MS + HOUR_MS) return null;
  const clock = leadingClock(parsed.title);
  if (!clock) return null;
  const day = wallClock(parsed.start, parsed.floating ? 'UTC' : (parsed.timezone ?? zone));
  const start = instantAt({ year: day.year, month: day.month, day: day.day, hour: clock.hour, minute: clock.minute, second: 0 }, zone);
  return { start, end: null, title: parsed.title.slice(clock.length) };
}

const LEADING_CLOCK_CUE = /^\s*\d{1,2}\s*(?:[:.h]|[ap]\.?m)/i;
/** "6:30pm", "11am", "7.30 p.m." | "19:00" | "18h30", "18h" — then a separator and the name. */
const LEADING_CLOCK = /^\s*(?:(\d{1,2})(?:[:.]([0-5]\d))?\s*([ap])\.?m\.?|(\d{1,2}):([0-5]\d)|(\d{1,2})h([0-5]\d)?)[\s,:|–—-]+(?=\p{L})/iu;

function leadingClock(title: string): { hour: number; minute: number; length: number } | null {
  const m = LEADING_CLOCK.exec(title);
  if (!m) return null;
  const [whole, h12, m12, half, h24, m24, hH, mH] = m;
  let hour = Number(h12 ?? h24 ?? hH);
  if (half) hour = hour > 12 ? NaN : (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  // "5h challenge" is a length: an "18h"-style clock with no minutes counts from 8 in the morning.
  if (!(hour <= 23) || (hH !== undefined && mH === undefined && hour < 8)) return null;
  return { hour, minute: Number(m12 ?? m24 ?? mH ?? 0), length: whole.length };
}
