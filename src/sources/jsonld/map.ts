import { emptyParsedEvent, type ParsedEvent, type RawStatus, type SkippedItem } from '../types.js';
import { absoluteHttpUrl, decodeEntities } from '../text/html.js';
import { allDaySpan, endOfDayBesideTimedStart, resolveIsoDate } from '../text/iso.js';
import { derivedUid } from '../text/uid.js';
import { type JsonObject } from './extract.js';
import { attendanceFrom, readLocation, text } from './location.js';

/**
 * One schema.org Event node → ParsedEvent.
 *
 * Dates: ISO 8601 with or without seconds, offsets with or without a colon;
 * a date-time without an offset is floating (no zone is stated anywhere in
 * JSON-LD); a date without a time is all-day, and an all-day endDate (the last
 * day) becomes the exclusive day after; a date-only endDate beside a timed
 * startDate ends at the next midnight on the start's clock (its offset).
 * A startDate written in UTC ("…T20:45:00+00:00", "…Z") may be the local
 * clock with a false offset (a WordPress site set to UTC: `utcMayBeLocal`),
 * so normalise checks it against the clock the text states, as for RSS and
 * iCal; a page that writes any date with a zone's offset means it (index.ts).
 * Status: eventStatus EventScheduled/EventCancelled/EventPostponed/
 * EventRescheduled/EventMovedOnline; moved-online also makes attendance online.
 * uid: `@id` (unless a blank node `_:…`), else url, else a hash of name,
 * start and place.
 */
export type NodeOutcome = { kind: 'event'; event: ParsedEvent } | { kind: 'skipped'; skipped: SkippedItem };

const STATUS: Record<string, RawStatus> = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventCanceled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventMovedOnline: 'moved-online',
};

function statusOf(value: unknown): RawStatus | null {
  if (typeof value !== 'string') return null;
  return STATUS[value.trim().replace(/^.*[/:]/, '')] ?? null;
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return firstString(value[0]);
  if (value && typeof value === 'object' && '@id' in value) return firstString((value as JsonObject)['@id']);
  return null;
}

/** A date as text; a CMS that HTML-escapes its JSON-LD writes the offset's "+" as "&#x2B;". */
export function dateText(value: unknown): string | null {
  const t = firstString(value);
  return t && t.includes('&') ? decodeEntities(t) : t;
}

/** The offset a date-time ends with: UTC ("Z", "+00:00"), a zone's ("+02:00"), or none (a date, a floating time). */
export function writtenOffset(date: string | null): 'utc' | 'zone' | null {
  const m = date ? WRITTEN_OFFSET.exec(date.trim()) : null;
  if (!m) return null;
  return m[1]!.toUpperCase() === 'Z' || /^[+-]00:?(?:00)?$/.test(m[1]!) ? 'utc' : 'zone';
}

const WRITTEN_OFFSET = /\d:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;

function uidOf(node: JsonObject, url: string | null, name: string, start: string, place: string | null): string {
  const id = typeof node['@id'] === 'string' ? node['@id'].trim() : '';
  if (id && !id.startsWith('_:')) return id;
  return url ?? derivedUid(name, start, place);
}

/** `pageName`: the page's own title, for the one Event of a page that gives it no name. */
export function nodeToEvent(node: JsonObject, base: string, pageName: string | null = null): NodeOutcome {
  const name = text(node.name) ?? pageName;
  const startText = dateText(node.startDate);
  if (!name) return { kind: 'skipped', skipped: { title: '(no name)', reason: 'the schema.org Event has no name' } };
  const endText = dateText(node.endDate);
  const days = startText && endText ? allDaySpan(startText, endText, null) : null;
  const start = days?.start ?? (startText ? resolveIsoDate(startText, null) : null);
  if (!start) {
    const reason = startText ? `the startDate "${startText}" is not a date` : 'the schema.org Event has no startDate';
    return { kind: 'skipped', skipped: { title: name, reason } };
  }
  const end = days
    ? days.end
    : endText
      ? (endOfDayBesideTimedStart(endText, startText ?? '') ?? resolveIsoDate(endText, null, { dateOnlyIsLastDay: true }))
      : null;

  const rawUrl = firstString(node.url);
  const url = rawUrl ? absoluteHttpUrl(rawUrl.trim(), base) : null;
  const loc = readLocation(node.location, base);
  const status = statusOf(node.eventStatus);
  const mode = status === 'moved-online' ? 'online' : attendanceFrom(node.eventAttendanceMode, loc);
  const description = typeof node.description === 'string' && node.description.trim() ? node.description : null;

  const event = emptyParsedEvent({
    uid: uidOf(node, url, name, startText ?? '', loc.fields.locationText ?? loc.fields.venueName),
    title: name,
    start: start.date,
    end: end && end.date.getTime() > start.date.getTime() ? end.date : null,
    url,
    description,
    allDay: start.allDay,
    floating: start.floating,
    utcMayBeLocal: !start.allDay && !start.floating && writtenOffset(startText) === 'utc',
    ...loc.fields,
    attendanceMode: mode,
    status,
    organiser: text(node.organizer),
  });
  return { kind: 'event', event };
}
