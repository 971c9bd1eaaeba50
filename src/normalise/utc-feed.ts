import type { NormalisedEvent } from '../core/event.js';
import { utcIsTrueUtc } from '../core/false-utc.js';
import type { ParsedEvent } from '../sources/types.js';

/** One event as parsed and as normalised. */
export interface Normalised {
  parsed: ParsedEvent;
  event: NormalisedEvent;
}

/**
 * Whether a feed writes its local wall clock with a "Z" throughout: one
 * generator writes all of a feed's times, so when the events whose text
 * states a clock agree that the "Z" is the local clock (at least one does,
 * core/false-utc.ts, and none shows it to be true UTC), its other UTC
 * times are the local clock too. An Auckland cinema's "20230131T201500Z"
 * beside "Screening 8:15pm" is 20:15 there, and so is the same feed's
 * 12:00 matinee written "20230108T120000Z" with no time in its text.
 *
 * Cheap for most feeds: the texts are read again only when some event of
 * the feed was read as local clock by its own text.
 */
export function feedWritesLocalClock(events: readonly Normalised[]): boolean {
  if (!events.some(readAsLocalClock)) return false;
  return !events.some((e) => mayBeLocal(e.parsed) && !readAsLocalClock(e) && trueUtc(e.parsed, e.event));
}

/** A start written in UTC, with no zone of the source's to check it against (ParsedEvent.utcMayBeLocal). */
export function mayBeLocal(parsed: ParsedEvent): boolean {
  return parsed.utcMayBeLocal === true && !parsed.floating && !parsed.allDay;
}

/** Normalise read it as the local clock, as its own text states that clock: its start moved. */
function readAsLocalClock({ parsed, event }: Normalised): boolean {
  return mayBeLocal(parsed) && event.start.getTime() !== parsed.start.getTime();
}

function trueUtc(parsed: ParsedEvent, event: NormalisedEvent): boolean {
  return utcIsTrueUtc(parsed.start, event.timezone, `${event.title}\n${event.description}`);
}
