/**
 * Expanding a series (RRULE/RDATE/EXDATE with RECURRENCE-ID overrides) into
 * the occurrences that matter now.
 *
 * Window: an occurrence is kept when it has not ended before ctx.now (or,
 * without an end, started no earlier than a day before ctx.now) and starts no
 * later than ctx.horizonEnd; a series with no occurrence in that window is
 * listed by its next one beyond it (a lifeboat station's open weekend in May,
 * seen in January), or, when it is over, by its last. Each occurrence gets uid `UID#<ISO start>`, using
 * the start the series gave it (its RECURRENCE-ID), so an occurrence that an
 * override moves keeps its id.
 *
 * ical.js only walks the RRULE/RDATE dates; which of them an EXDATE removes
 * and an override replaces we decide ourselves (idKey). An override with
 * RANGE=THISANDFUTURE replaces only its own occurrence. An override that is
 * no public event ("GESCHLOSSEN!") or cannot be read removes its occurrence,
 * as an EXDATE would: the feed changed that date, and the series' own entry
 * for it is not what the feed says.
 */
import ICAL from 'ical.js';
import type { ParsedEvent, SkippedItem } from '../types.js';
import { describe, endOf, requireStart, singleEvent, skipReason, titleOf, type CalendarInfo } from './event.js';
import { readTime, readTimes, toInstant, type TimeValue } from './times.js';
import { DAY_MS } from '../../core/time.js';
import { withLocalWeekdays } from './local-weekdays.js';

/** At most this many occurrences of one series are listed. */
export const MAX_OCCURRENCES = 500;
/** Stop walking a rule after this many dates (a minutely rule from 1990 would never end). */
const MAX_STEPS = 50_000;

export interface Expansion {
  events: ParsedEvent[];
  skipped: SkippedItem[];
}

export function isSeries(component: ICAL.Component): boolean {
  return component.hasProperty('rrule') || component.hasProperty('rdate');
}

export function occurrenceUid(uid: string, recurrenceStart: Date): string {
  return `${uid}#${recurrenceStart.toISOString()}`;
}

function inWindow(event: ParsedEvent, cal: CalendarInfo): boolean {
  const { now, horizonEnd } = cal.ctx;
  const current = event.end ? event.end.getTime() >= now.getTime() : event.start.getTime() >= now.getTime() - DAY_MS;
  return current && event.start.getTime() <= horizonEnd.getTime();
}

/**
 * Which occurrence an EXDATE or RECURRENCE-ID value names, as a key:
 * - a date on either side (the value or the series' DTSTART): that day
 *   (so a date-only EXDATE removes the whole day);
 * - else a floating value on either side: that wall clock;
 * - else the instant, each side read on its own clock with our zone rules
 *   (timezones.ts). ical.js compares wall clocks unless the file defines the
 *   zone, so `EXDATE:20140721T053000Z` missed the 07:30 occurrence of a
 *   series in TZID=Europe/Berlin that had no VTIMEZONE for Berlin.
 */
function idKey(value: TimeValue, start: TimeValue): string {
  const t = value.time;
  if (t.isDate || start.time.isDate) return `d:${t.year}-${t.month}-${t.day}`;
  if (value.rule.kind === 'floating' || start.rule.kind === 'floating') return `w:${wallKey(t)}`;
  return `i:${toInstant(t, value.rule).getTime()}`;
}

const wallKey = (t: ICAL.Time) => `${t.year}-${t.month}-${t.day}T${t.hour}:${t.minute}:${t.second}`;

/** The keys (see idKey) an occurrence at `date`, starting at `instant`, answers to. */
function occurrenceKeys(date: ICAL.Time, instant: Date): string[] {
  return [`d:${date.year}-${date.month}-${date.day}`, `w:${wallKey(date)}`, `i:${instant.getTime()}`];
}

/** A RECURRENCE-ID override, and the start (the occurrence) it replaces. */
interface Override {
  component: ICAL.Component;
  id: Date;
}

/**
 * An override read as its occurrence. One that moves its occurrence is
 * rescheduled, whatever its STATUS: its start is the new date, so a title
 * retitled "Tuesday Mornings Postponed" (a real Google export: Tuesday's
 * meeting moved to Wednesday) is not read as "postponed, no new date yet".
 */
function overrideOccurrence(override: Override, cal: CalendarInfo, uid: string, seriesTitle: string): ParsedEvent {
  const event = singleEvent(override.component, cal, uid, seriesTitle);
  const moves = event.start.getTime() !== override.id.getTime();
  if (moves && (event.status === null || event.status === 'scheduled')) event.status = 'rescheduled';
  return event;
}

/** A series' RECURRENCE-ID overrides: those read as occurrences, and those that only take theirs away. */
export interface SeriesOverrides {
  overrides: ICAL.Component[];
  withdrawn: ICAL.Component[];
}

/**
 * The series' EXDATE keys and the keys of its withdrawn overrides, and its
 * overrides by the key of their RECURRENCE-ID (the last one of a key wins, as
 * in ical.js). An override whose RECURRENCE-ID cannot be read is skipped.
 */
function exceptionsOf(master: ICAL.Component, given: SeriesOverrides, start: TimeValue, cal: CalendarInfo, out: Expansion) {
  const excluded = new Set(readTimes(master, 'exdate', cal.zones).map((v) => idKey(v, start)));
  for (const component of given.withdrawn) {
    const id = recurrenceIdOf(component, cal, out);
    if (id) excluded.add(idKey(id, start));
  }
  const moved = new Map<string, Override>();
  for (const component of given.overrides) {
    const id = recurrenceIdOf(component, cal, out);
    if (id) moved.set(idKey(id, start), { component, id: toInstant(id.time, id.rule) });
  }
  return { excluded, moved };
}

function recurrenceIdOf(component: ICAL.Component, cal: CalendarInfo, out: Expansion): TimeValue | null {
  try {
    return readTime(component, 'recurrence-id', cal.zones);
  } catch (error) {
    out.skipped.push({ title: titleOf(component), reason: skipReason(error) });
    return null;
  }
}

/** overrideOccurrence, or null (and the override reported skipped) when it cannot be read: its occurrence is then left out. */
function readOverride(override: Override, cal: CalendarInfo, uid: string, seriesTitle: string, out: Expansion): ParsedEvent | null {
  try {
    return overrideOccurrence(override, cal, uid, seriesTitle);
  } catch (error) {
    out.skipped.push({ title: titleOf(override.component), reason: skipReason(error) });
    return null;
  }
}

/**
 * The series as ical.js should expand it: without its EXDATEs, which
 * exceptionsOf matches instead, and with a UTC start's weekly rule in the
 * weekdays it meant (local-weekdays.ts).
 */
function expandable(master: ICAL.Component, start: TimeValue): ICAL.Event {
  const series = withLocalWeekdays(master, start);
  if (!series.hasProperty('exdate')) return new ICAL.Event(series);
  const copy = series === master ? new ICAL.Component(structuredClone(master.jCal), master.parent ?? undefined) : series;
  copy.removeAllProperties('exdate');
  return new ICAL.Event(copy);
}

/**
 * Series dates in order, before EXDATEs. RFC 5545 makes DTSTART the first
 * instance even when the rule would not produce it, but ical.js leaves it out
 * when it does not match the RRULE (e.g. DTSTART on a Tuesday, BYDAY=SA) or
 * is not repeated in an RDATE-only series; we put it back. (With COUNT, such
 * a series then has one date more than RFC 5545 counts.)
 */
function* seriesDates(event: ICAL.Event): Generator<ICAL.Time> {
  const dtstart = event.startDate;
  let pendingStart = true;
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (pendingStart && next.compare(dtstart) >= 0) {
      pendingStart = false;
      if (next.compare(dtstart) > 0) yield dtstart.clone();
    }
    yield next;
  }
  if (pendingStart) yield dtstart.clone();
}

export function expandSeries(master: ICAL.Component, overrides: SeriesOverrides, cal: CalendarInfo, uid: string): Expansion {
  const out: Expansion = { events: [], skipped: [] };
  const start = requireStart(master, cal.zones);
  const facts = describe(master, cal, start);
  const startInstant = toInstant(start.time, start.rule);
  const hasEnd = endOf(master, start, startInstant, cal.zones) !== null;
  const { excluded, moved } = exceptionsOf(master, overrides, start, cal, out);
  const series = expandable(master, start);
  let steps = 0;
  let lastPast: ParsedEvent | null = null;
  let ended = true;
  const replaced = new Set<Override>();
  for (const date of seriesDates(series)) {
    if (++steps > MAX_STEPS) {
      out.skipped.push({ title: facts.title, reason: `stopped repeating it after ${MAX_STEPS} dates` });
      break;
    }
    const recurrenceStart = toInstant(date, start.rule);
    const beyond = recurrenceStart.getTime() > cal.ctx.horizonEnd.getTime();
    if (beyond && out.events.length > 0) {
      ended = false;
      break;
    }
    const keys = occurrenceKeys(date, recurrenceStart);
    if (keys.some((k) => excluded.has(k))) continue;
    const id = occurrenceUid(uid, recurrenceStart);
    const override = keys.map((k) => moved.get(k)).find((o) => o !== undefined);
    if (override) replaced.add(override);
    const occurrence = override
      ? readOverride(override, cal, id, facts.title, out)
      : {
          ...facts,
          links: [...facts.links],
          uid: id,
          start: recurrenceStart,
          end: hasEnd ? toInstant(series.getOccurrenceDetails(date).endDate, start.rule) : null,
        };
    if (!occurrence) continue;
    if (beyond) {
      // Nothing before the horizon: the next occurrence stands for the series, as a single event that far ahead would.
      out.events.push(occurrence);
      ended = false;
      break;
    }
    if (!inWindow(occurrence, cal)) {
      lastPast = occurrence;
      continue;
    }
    if (out.events.length === MAX_OCCURRENCES) {
      out.skipped.push({ title: facts.title, reason: `only its first ${MAX_OCCURRENCES} occurrences are listed` });
      break;
    }
    out.events.push(occurrence);
  }
  // A series entirely in the past is still an event of the feed: its last
  // occurrence stands for it (judged past later), so every VEVENT is counted.
  if (out.events.length === 0 && ended && lastPast) out.events.push(lastPast);
  if (!ended) movedIntoWindow(moved, replaced, cal, uid, facts.title, out);
  return out;
}

/**
 * Overrides of occurrences past the horizon, where the walk stopped, that
 * move them into the window: a May meeting brought forward to March is
 * listed in March.
 */
function movedIntoWindow(
  moved: Map<string, Override>,
  replaced: Set<Override>,
  cal: CalendarInfo,
  uid: string,
  title: string,
  out: Expansion,
) {
  for (const override of new Set(moved.values())) {
    if (replaced.has(override) || override.id.getTime() <= cal.ctx.horizonEnd.getTime() || out.events.length >= MAX_OCCURRENCES) continue;
    const occurrence = readOverride(override, cal, occurrenceUid(uid, override.id), title, out);
    if (occurrence && inWindow(occurrence, cal)) out.events.push(occurrence);
  }
  out.events.sort((a, b) => a.start.getTime() - b.start.getTime());
}
