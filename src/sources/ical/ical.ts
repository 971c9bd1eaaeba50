/**
 * iCalendar (RFC 5545) feed → ParsedEvent[], using ical.js for the format and
 * our own rules for zones, recurrence windows and field mapping.
 */
import type ICAL from 'ical.js';
import type { ParseContext, ParseOutcome, ParsedEvent, SkippedItem } from '../types.js';
import { skipReason, singleEvent, titleOf, type CalendarInfo } from './event.js';
import { readUid, textProp } from './fields.js';
import { readInChunks, worthChunking } from './chunked.js';
import { prepareLines, readCalendars, readLines } from './read.js';
import { expandSeries, isSeries, occurrenceUid } from './recurrence.js';
import { readTime, toInstant } from './times.js';
import { CalendarZones, calendarZone } from './timezones.js';
import { derivedUid } from '../text/uid.js';
import { notPublic } from './not-public.js';

export function parseIcal(text: string, ctx: ParseContext): ParseOutcome {
  const read = readCalendars(text);
  return read.ok ? outcome(read.calendars, read.skipped, ctx) : read;
}

/**
 * parseIcal for the poller: a calendar with many events is read in chunks
 * that yield to the event loop, and with `ctx.maxEvents` only the events
 * that can be among the soonest that many are read (chunked.ts).
 */
export async function parseIcalBounded(text: string, ctx: ParseContext): Promise<ParseOutcome> {
  const prepared = prepareLines(text);
  if (!prepared.ok) return prepared;
  if (!worthChunking(prepared.lines)) {
    const read = readLines(prepared.lines, text);
    return read.ok ? outcome(read.calendars, read.skipped, ctx) : read;
  }
  const read = await readInChunks(prepared.lines, ctx.maxEvents);
  if (!read.ok) return read;
  return { ...outcome([read.calendar], read.skipped, ctx), omitted: read.omitted };
}

function outcome(calendars: ICAL.Component[], readSkipped: SkippedItem[], ctx: ParseContext): ParseOutcome & { ok: true } {
  const events: ParsedEvent[] = [];
  const skipped: SkippedItem[] = [...readSkipped];
  for (const calendar of calendars) {
    const result = readCalendar(calendar, ctx);
    events.push(...result.events);
    skipped.push(...result.skipped);
  }
  const first = (read: (c: ICAL.Component) => string | null) => calendars.map(read).find((t) => t !== null) ?? null;
  const title = first(calendarName);
  // The calendar's place zone (X-WR-TIMEZONE, else its only VTIMEZONE): "GMT" or "UTC" says nothing of where it is.
  const timezone = first(calendarZone);
  const feed = { name: title, description: first(calendarDescription), timezone };
  return { ok: true, format: 'ical', title, events, skipped, feed };
}

/**
 * The calendar's name: X-WR-CALNAME, else RFC 7986's NAME ("NAME:CSS Bristol
 * Events", as a Jekyll template writes it), a text value that ical.js does
 * not know and so leaves escaped ("Makers\, Bristol").
 */
function calendarName(calendar: ICAL.Component): string | null {
  const named = textProp(calendar, 'x-wr-calname');
  if (named !== null) return named;
  const name = textProp(calendar, 'name');
  return name === null ? null : name.replace(TEXT_ESCAPE, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c)).trim() || null;
}

const TEXT_ESCAPE = /\\([\\;,nN])/g;

/** X-WR-CALDESC, else RFC 7986's calendar-level DESCRIPTION (not an event's: a VEVENT's own is no property of the calendar). */
function calendarDescription(calendar: ICAL.Component): string | null {
  return textProp(calendar, 'x-wr-caldesc') ?? textProp(calendar, 'description');
}

interface Collected {
  events: ParsedEvent[];
  skipped: SkippedItem[];
}

/** The VEVENTs of one UID: the main ones and RECURRENCE-ID overrides. */
interface UidGroup {
  masters: ICAL.Component[];
  overrides: ICAL.Component[];
  /** Overrides that are no public event ("GESCHLOSSEN!"): they replace their occurrence with nothing. */
  withdrawn: ICAL.Component[];
}

function readCalendar(calendar: ICAL.Component, ctx: ParseContext): Collected {
  const cal: CalendarInfo = {
    ctx,
    zones: new CalendarZones(calendar),
    name: calendarName(calendar),
    originalUrl: textProp(calendar, 'x-original-url'),
    calendar,
  };
  const out: Collected = { events: [], skipped: [] };
  const groups = new Map<string, UidGroup>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const closed = notPublic(component);
    const override = component.hasProperty('recurrence-id');
    if (closed) {
      out.skipped.push({ title: titleOf(component), reason: closed });
      // A closed override still replaces its occurrence: dropped, it would give the series' own date back ("Open night" on the night off).
      if (override) guarded(component, out, () => groupOf(groups, readUid(component)).withdrawn.push(component));
      continue;
    }
    guarded(component, out, () => {
      const group = groupOf(groups, readUid(component));
      (override ? group.overrides : group.masters).push(component);
    });
  }
  for (const [uid, group] of groups) readGroup(uid, group, cal, out);
  return out;
}

function groupOf(groups: Map<string, UidGroup>, uid: string): UidGroup {
  let group = groups.get(uid);
  if (!group) groups.set(uid, (group = { masters: [], overrides: [], withdrawn: [] }));
  return group;
}

/** Runs `work` for one VEVENT; a failure skips that VEVENT only. */
function guarded(component: ICAL.Component, out: Collected, work: () => void): void {
  try {
    work();
  } catch (error) {
    out.skipped.push({ title: titleOf(component), reason: skipReason(error) });
  }
}

/**
 * - A series master is expanded (see recurrence.ts); its overrides replace
 *   their occurrences.
 * - A plain event keeps its UID. When a feed reuses one UID for several plain
 *   events, each gets `UID#<ISO start>` so they stay apart.
 * - Overrides without a master are kept as the single occurrences they are.
 */
/**
 * A plain event's UID: its own, or `UID#<ISO start>` when several plain
 * events share it — and, when two of those also share the start (a
 * conference schedule that gives every talk one UID: parallel talks in two
 * rooms), with their title after it, so neither replaces the other.
 */
function plainUids(uid: string, group: UidGroup, cal: CalendarInfo): (component: ICAL.Component) => string {
  if (group.masters.length < 2) return () => uid;
  const read = new Map<ICAL.Component, ParsedEvent>();
  const starts = new Map<number, number>();
  for (const m of group.masters) {
    try {
      const e = singleEvent(m, cal, uid);
      read.set(m, e);
      starts.set(e.start.getTime(), (starts.get(e.start.getTime()) ?? 0) + 1);
    } catch {
      // Read again, and reported, by readGroup.
    }
  }
  return (component) => {
    const e = read.get(component) ?? singleEvent(component, cal, uid);
    const id = occurrenceUid(uid, e.start);
    return (starts.get(e.start.getTime()) ?? 0) > 1 ? `${id}#${derivedUid(e.title).slice(-12)}` : id;
  };
}

function readGroup(uid: string, group: UidGroup, cal: CalendarInfo, out: Collected): void {
  const series = group.masters.find(isSeries);
  const plainUid = plainUids(uid, group, cal);
  for (const master of group.masters) {
    guarded(master, out, () => {
      if (master === series) {
        const expansion = expandSeries(master, group, cal, uid);
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
