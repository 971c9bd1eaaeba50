import type { ParsedEvent } from '../types.js';
import { extractTextDate, mayStateTime } from '../text/date.js';
import { stripHtml } from '../text/html.js';
import { DAY_MS, wallClock } from '../../core/time.js';
import { allDaySpan } from '../text/iso.js';
import type { TimeValue } from './times.js';

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

/**
 * Days a generator wrote as date-times, by the rules text dates follow
 * (text/iso.ts `allDaySpan`: midnight to midnight whole days later, midnight
 * to 23:59, a day cutoff), on the calendar's clock (floating or in a zone,
 * not UTC) — and a zero-length entry at midnight, that day
 * ("DTSTART:20260925T000000", "DTEND:20260926T000000" in a classical-music
 * calendar, shown as concerts at 00:00): the days spanned, as an all-day
 * entry is read.
 */
export function midnightDays(start: TimeValue, end: TimeValue | null): Times | null {
  if (start.time.isDate || start.rule.kind === 'utc' || !end || end.time.isDate) return null;
  const [from, to] = [start.time.toString(), end.time.toString()];
  const span = allDaySpan(from === to && from.endsWith('T00:00:00') ? from.slice(0, 10) : from, to, null);
  return span && { start: span.start.date, end: span.end.date, allDay: true, floating: true };
}
