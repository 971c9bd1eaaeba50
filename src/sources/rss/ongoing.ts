import { extractTextDate, type TextDateOptions } from '../text/date.js';
import { wallClock } from '../../core/time.js';

/**
 * An item about something already under way, as Trumba's RSS (many
 * universities' and cities' calendars) writes one: the day it started as the
 * item's category, `<category>2015/11/09 (Mon)</category>`, and in its text
 * only how long it goes on, "Ongoing through Monday, Dec. 14, 2015". Such an
 * item runs from that day through the last day its text gives ("through",
 * "thru", "until", "till" and a date), all day: 9 November to 14 December,
 * not the one day 14 December (text/date.ts no longer reads the end of a
 * span alone as a day). Read only for an item whose text gives no date of its
 * own; a listed day with no last day after it says nothing here.
 */
export interface OngoingSpan {
  /** The first day, "2015-11-09", and the last day ("2015-12-14") or the end's instant, as structured fields write them. */
  start: string;
  end: string;
}

/** "2015/11/09 (Mon)", "2015-11-09": a category that is a day, with the weekday it falls on when one is written. */
const DAY_CATEGORY = /^(\d{4})[/-](\d{2})[/-](\d{2})(?:\s*\((\w{2,3})\w*\.?\))?$/;
const WEEKDAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

/** The day a calendar lists an item under, written as its category (rss-parser's `categories`), as an ISO date. */
export function dayOfCategories(categories: unknown): string | null {
  if (!Array.isArray(categories)) return null;
  for (const category of categories) {
    const text = typeof category === 'string' ? category : (category as { _?: unknown } | null)?._;
    const m = typeof text === 'string' ? DAY_CATEGORY.exec(text.trim()) : null;
    if (!m) continue;
    const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (day.getUTCDate() !== Number(m[3])) continue;
    if (m[4] && WEEKDAYS[day.getUTCDay()] !== m[4].slice(0, 2).toLowerCase()) continue;
    return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

/** "through", "thru", "until", "till" before the last day of something under way. */
const LAST_DAY_CUE = /\b(?:through|thru|until|till)\s+(?=\S)/gi;

/** The span of an item listed under `day` whose text says how long it goes on, or null. */
export function ongoingSpan(day: string | null, blocks: string[], options: TextDateOptions): OngoingSpan | null {
  if (!day) return null;
  for (const block of blocks) {
    for (const cue of block.matchAll(LAST_DAY_CUE)) {
      // "through Dec. 14" with no year is read as a day too: the cue says it is one.
      const last = extractTextDate(block.slice(cue.index + cue[0].length), { ...options, dayMonthAlone: true });
      if (!last || last.index !== 0) continue;
      const end = endText(last.start, last.allDay, last.floating ? null : options.timezone);
      return end.slice(0, 10) >= day ? { start: day, end } : null;
    }
  }
  return null;
}

/** The last day as a date ("2015-12-14"), or a timed end as its instant (its wall clock, when floating). */
function endText(at: Date, allDay: boolean, zone: string | null): string {
  if (!zone) return allDay ? at.toISOString().slice(0, 10) : at.toISOString().slice(0, 19);
  if (!allDay) return at.toISOString();
  const w = wallClock(at, zone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}
