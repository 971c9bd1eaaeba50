/**
 * iCalendar (RFC 5545) feed → ParsedEvent[], using ical.js for the format and
 * our own rules for zones, recurrence windows and field mapping.
 */
import type ICAL from 'ical.js';
import type { ParseContext, ParseOutcome, ParsedEvent, SkippedItem } from '../types.js';
import { EventProblem, singleEvent, titleOf, type CalendarInfo } from './event.js';
import { readUid, textProp } from './fields.js';
import { readCalendars } from './read.js';
import { expandSeries, isSeries, occurrenceUid } from './recurrence.js';
import { readTime, toInstant } from './times.js';
import { CalendarZones } from './timezones.js';

export function parseIcal(text: string, ctx: ParseContext): ParseOutcome {
  const read = readCalendars(text);
  if (!read.ok) return read;
  const events: ParsedEvent[] = [];
  const skipped: SkippedItem[] = [...read.skipped];
  for (const calendar of read.calendars) {
    const result = readCalendar(calendar, ctx);
    events.push(...result.events);
    skipped.push(...result.skipped);
  }
  const first = (name: string) => read.calendars.map((c) => textProp(c, name)).find((t) => t !== null) ?? null;
  const title = first('x-wr-calname');
  const feed = { name: title, description: first('x-wr-caldesc'), timezone: first('x-wr-timezone') };
  return { ok: true, format: 'ical', title, events, skipped, feed };
}

interface Collected {
  events: ParsedEvent[];
  skipped: SkippedItem[];
}

/** The VEVENTs of one UID: the main ones and RECURRENCE-ID overrides. */
interface UidGroup {
  masters: ICAL.Component[];
  overrides: ICAL.Component[];
}

function reason(error: unknown): string {
  if (error instanceof EventProblem) return error.message;
  // ical.js throws plain Errors for values it cannot read.
  return `it could not be read (${error instanceof Error ? error.message : String(error)})`;
}

function readCalendar(calendar: ICAL.Component, ctx: ParseContext): Collected {
  const cal: CalendarInfo = {
    ctx,
    zones: new CalendarZones(calendar),
    name: textProp(calendar, 'x-wr-calname'),
    originalUrl: textProp(calendar, 'x-original-url'),
    calendar,
  };
  const out: Collected = { events: [], skipped: [] };
  const groups = new Map<string, UidGroup>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    guarded(component, out, () => {
      const uid = readUid(component);
      const group = groups.get(uid) ?? { masters: [], overrides: [] };
      groups.set(uid, group);
      (component.hasProperty('recurrence-id') ? group.overrides : group.masters).push(component);
    });
  }
  for (const [uid, group] of groups) readGroup(uid, group, cal, out);
  return out;
}

/** Runs `work` for one VEVENT; a failure skips that VEVENT only. */
function guarded(component: ICAL.Component, out: Collected, work: () => void): void {
  try {
    work();
  } catch (error) {
    out.skipped.push({ title: titleOf(component), reason: reason(error) });
  }
}

/**
 * - A series master is expanded (see recurrence.ts); its overrides replace
 *   their occurrences.
 * - A plain event keeps its UID. When a feed reuses one UID for several plain
 *   events, each gets `UID#<ISO start>` so they stay apart.
 * - Overrides without a master are kept as the single occurrences they are.
 */
function readGroup(uid: string, group: UidGroup, cal: CalendarInfo, out: Collected): void {
  const series = group.masters.find(isSeries);
  const plainUid = (component: ICAL.Component) =>
    group.masters.length > 1 ? occurrenceUid(uid, singleEvent(component, cal, uid).start) : uid;
  for (const master of group.masters) {
    guarded(master, out, () => {
      if (master === series) {
        const expansion = expandSeries(master, group.overrides, cal, uid);
        out.events.push(...expansion.events);
        out.skipped.push(...expansion.skipped);
      } else {
        out.events.push(singleEvent(master, cal, plainUid(master)));
      }
    });
  }
  if (series) return;
  for (const override of group.overrides) {
    guarded(override, out, () => {
      const recurrenceId = readTime(override, 'recurrence-id', cal.zones);
      const id = recurrenceId ? occurrenceUid(uid, toInstant(recurrenceId.time, recurrenceId.rule)) : uid;
      out.events.push(singleEvent(override, cal, id));
    });
  }
}
