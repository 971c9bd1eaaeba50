import type { ParsedEvent } from '../sources/types.js';
import { foldLocation } from './attendance.js';

/** Enough events to tell a calendar's default location from a club that simply meets in one place most weeks. */
const MIN_EVENTS = 4;
const SHARE = 0.75;

/**
 * The location at least three quarters of a feed's events give, word for
 * word (folded), when it has at least four: a calendar's default location,
 * which some calendars fill in for every event, online ones too. Null when
 * no location is that common.
 */
export function sharedLocation(events: readonly Pick<ParsedEvent, 'locationText'>[]): string | null {
  if (events.length < MIN_EVENTS) return null;
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!e.locationText?.trim()) continue;
    const key = foldLocation(e.locationText);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) if (n >= events.length * SHARE) return key;
  return null;
}
