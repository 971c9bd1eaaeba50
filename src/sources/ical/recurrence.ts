/**
 * Expanding a series (RRULE/RDATE/EXDATE with RECURRENCE-ID overrides) into
 * the occurrences that matter now.
 *
 * Window: an occurrence is kept when it has not ended before ctx.now (or,
 * without an end, started no earlier than a day before ctx.now) and starts no
 * later than ctx.horizonEnd. Each occurrence gets uid `UID#<ISO start>`, using
 * the start the series gave it (its RECURRENCE-ID), so an occurrence that an
 * override moves keeps its id.
 */
import ICAL from 'ical.js';
import type { ParsedEvent, SkippedItem } from '../types.js';
import { describe, endOf, requireStart, singleEvent, type CalendarInfo } from './event.js';
import { toInstant } from './times.js';

/** At most this many occurrences of one series are listed. */
export const MAX_OCCURRENCES = 500;
/** Stop walking a rule after this many dates (a minutely rule from 1990 would never end). */
const MAX_STEPS = 50_000;
const DAY_MS = 86_400_000;

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

/** True when an EXDATE removes `date` (a date-only EXDATE removes the whole day). */
function excluded(component: ICAL.Component, date: ICAL.Time): boolean {
  return component
    .getAllProperties('exdate')
    .flatMap((p) => p.getValues() as unknown[])
    .some(
      (x) =>
        x instanceof ICAL.Time && (x.isDate ? x.year === date.year && x.month === date.month && x.day === date.day : x.compare(date) === 0),
    );
}

/**
 * Series dates in order. RFC 5545 makes DTSTART the first instance even when
 * the rule would not produce it, but ical.js leaves it out when it does not
 * match the RRULE (e.g. DTSTART on a Tuesday, BYDAY=SA) or is not repeated
 * in an RDATE-only series; we put it back unless an EXDATE removes it. (With
 * COUNT, such a series then has one date more than RFC 5545 counts.)
 */
function* seriesDates(event: ICAL.Event): Generator<ICAL.Time> {
  const dtstart = event.startDate;
  let pendingStart = !excluded(event.component, dtstart);
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

export function expandSeries(master: ICAL.Component, overrides: ICAL.Component[], cal: CalendarInfo, uid: string): Expansion {
  const out: Expansion = { events: [], skipped: [] };
  const start = requireStart(master, cal.zones);
  const facts = describe(master, cal, start);
  const startInstant = toInstant(start.time, start.rule);
  const hasEnd = endOf(master, start, startInstant, cal.zones) !== null;
  const series = new ICAL.Event(master, { exceptions: overrides, strictExceptions: true });
  let steps = 0;
  let lastPast: ParsedEvent | null = null;
  let ended = true;
  for (const date of seriesDates(series)) {
    if (++steps > MAX_STEPS) {
      out.skipped.push({ title: facts.title, reason: `stopped repeating it after ${MAX_STEPS} dates` });
      break;
    }
    const recurrenceStart = toInstant(date, start.rule);
    if (recurrenceStart.getTime() > cal.ctx.horizonEnd.getTime()) {
      ended = false;
      break;
    }
    const id = occurrenceUid(uid, recurrenceStart);
    const details = series.getOccurrenceDetails(date);
    const occurrence =
      details.item === series
        ? {
            ...facts,
            links: [...facts.links],
            uid: id,
            start: recurrenceStart,
            end: hasEnd ? toInstant(details.endDate, start.rule) : null,
          }
        : singleEvent(details.item.component, cal, id, facts.title);
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
  return out;
}
