/**
 * Weekly rules written in the organiser's weekdays over a UTC start.
 *
 * Some exporters (Discord event calendars among them) write DTSTART in UTC
 * but BYDAY as the organiser's own weekday: a Sunday 18:45 game in Chicago is
 * `DTSTART:20250113T004500Z` (a Monday in UTC) with `BYDAY=SU`. Read as RFC
 * 5545 says, in UTC, the repeats fall on Saturday evenings, six days after
 * the first. The start itself tells what was meant: its UTC weekday is not
 * one of the rule's, but the day before (or after) it is, and its UTC clock
 * is one at which most of the world is still on that day (before noon UTC
 * for the day before, from 10:00 UTC for the day after). Then every BYDAY day
 * moves by that one day, so the repeats keep the first date's weekday and
 * clock. Rules with ordinals ("2SU"), other frequencies and starts in a named
 * zone are read as written.
 */
import ICAL from 'ical.js';
import type { TimeValue } from './times.js';

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The BYDAY days the rule meant in UTC, or null when it means what it says. */
export function localWeekdays(rule: ICAL.Recur, start: TimeValue): string[] | null {
  const days = rule.parts.BYDAY as string[] | undefined;
  if (start.rule.kind !== 'utc' || start.time.isDate || rule.freq !== 'WEEKLY' || !days?.length) return null;
  const utcDay = start.time.dayOfWeek() - 1; // ical.js: 1 is Sunday
  const index = days.map((d) => DAYS.indexOf(d as (typeof DAYS)[number]));
  if (index.includes(-1) || index.includes(utcDay)) return null;
  const shift =
    index.includes((utcDay + 6) % 7) && start.time.hour < 12 ? 1 : index.includes((utcDay + 1) % 7) && start.time.hour >= 10 ? -1 : 0;
  return shift === 0 ? null : index.map((i) => DAYS[(i + shift + 7) % 7]!);
}

/** `master` with its weekly rule's days moved as localWeekdays says, or itself. */
export function withLocalWeekdays(master: ICAL.Component, start: TimeValue): ICAL.Component {
  const rule = master.getFirstPropertyValue('rrule') as ICAL.Recur | null;
  const days = rule ? localWeekdays(rule, start) : null;
  if (!rule || !days) return master;
  const copy = new ICAL.Component(structuredClone(master.jCal), master.parent ?? undefined);
  const moved = rule.clone();
  moved.parts.BYDAY = days;
  copy.updatePropertyWithValue('rrule', moved);
  return copy;
}
