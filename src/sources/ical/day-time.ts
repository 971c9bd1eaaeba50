import type { ParsedEvent } from '../types.js';
import { extractTextDate, mayStateTime } from '../text/date.js';
import { stripHtml } from '../text/html.js';
import { DAY_MS, wallClock } from '../../core/time.js';

type Times = Pick<ParsedEvent, 'start' | 'end' | 'allDay' | 'floating'>;

/**
 * An all-day entry for one day whose description gives that day with a
 * time ("vineri, 9 octombrie 2026, ora 18:00", "Saturday 4 October at
 * 7pm"): that time of that day, read in the calendar's zone (or floating).
 * A description that names another day, or no time, leaves the day as it is.
 */
export function timeFromDescription(event: ParsedEvent, zone: string | null): Times | null {
  const { description } = event;
  if (!event.allDay || !description || !mayStateTime(description)) return null;
  if (event.end && event.end.getTime() - event.start.getTime() > DAY_MS) return null;
  const stated = extractTextDate(stripHtml(description), { reference: event.start, timezone: zone });
  if (!stated || stated.allDay || !sameDay(stated.start, event.start, zone)) return null;
  return { start: stated.start, end: stated.end, allDay: false, floating: stated.floating };
}

/** Floating values are wall clocks stored as UTC; others are read in `zone`. */
function sameDay(a: Date, b: Date, zone: string | null): boolean {
  const [x, y] = [wallClock(a, zone ?? 'UTC'), wallClock(b, zone ?? 'UTC')];
  return x.year === y.year && x.month === y.month && x.day === y.day;
}
