import { due, yieldIfDue } from '../core/turns.js';
import type { ParsedEvent, SkippedItem } from '../sources/types.js';

/**
 * Bounds on one source's work, so one huge feed (a 5 MB calendar can hold
 * 65,000 events) neither holds the process for minutes nor fills memory:
 * only the soonest MAX_EVENTS_PER_SOURCE events are kept, and per-event work
 * yields to the event loop in time slices (core/turns.ts), so HTTP, chat and
 * signals are answered meanwhile.
 */

export const DEFAULT_MAX_EVENTS_PER_SOURCE = 2000;

export interface Capped {
  events: ParsedEvent[];
  /** A note for the preview and the poll log when events were left out. */
  note: SkippedItem | null;
}

/**
 * The soonest `max` events (feed order among equal starts); a note says how
 * many were left out, counting the `unread` ones the parser already left out.
 */
export function capEvents(events: ParsedEvent[], max: number, unread = 0): Capped {
  if (events.length <= max && unread === 0) return { events, note: null };
  const kept =
    events.length <= max
      ? events
      : events
          .map((e, i) => ({ e, i }))
          .sort((a, b) => a.e.start.getTime() - b.e.start.getTime() || a.i - b.i)
          .slice(0, max)
          .map(({ e }) => e);
  const listed = events.length + unread;
  const dropped = listed - kept.length;
  return {
    events: kept,
    note: {
      title: `${dropped} later events`,
      reason: `this source lists ${listed} upcoming events; only the soonest ${max} are kept (MAX_EVENTS_PER_SOURCE)`,
    },
  };
}

/** `items.map(fn)`, giving the event loop its turn whenever the time slice is used up (core/turns.ts). */
export async function mapYielding<T, U>(items: T[], fn: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  for (const item of items) {
    if (due()) await yieldIfDue();
    out.push(fn(item));
  }
  return out;
}
