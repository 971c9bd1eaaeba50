/** One VEVENT (or one occurrence of a series) → ParsedEvent. */
import ICAL from 'ical.js';
import { noLocation, type LocationFields, type ParseContext, type ParsedEvent } from '../types.js';
import { linksIn, readDescription, readGeo, readLocation, readOrganiser, readStatus, readUrl, textProp } from './fields.js';
import { readTime, toInstant, type TimeValue } from './times.js';
import { canonicalMeetupEventUrl } from '../meetup/urls.js';
import { descriptionVenue, vvenueFacts, type VenueFacts } from './venue.js';
import type { CalendarZones } from './timezones.js';
import { utcIsLocalClock } from '../../core/false-utc.js';
import { midnightDays, timeFromDescription } from './day-time.js';
import { eventPage } from './page-link.js';

export interface CalendarInfo {
  ctx: ParseContext;
  zones: CalendarZones;
  /** X-WR-CALNAME, else RFC 7986 NAME */
  name: string | null;
  /** Calendar-level X-ORIGINAL-URL */
  originalUrl: string | null;
  /** The VCALENDAR itself (VVENUE components live there). */
  calendar: ICAL.Component | null;
}

/** An expected problem with one VEVENT; becomes a SkippedItem. */
export class EventProblem extends Error {}

/** Why a VEVENT that threw `error` is skipped, in words. */
export function skipReason(error: unknown): string {
  if (error instanceof EventProblem) return error.message;
  // ical.js throws plain Errors for values it cannot read.
  return `it could not be read (${error instanceof Error ? error.message : String(error)})`;
}

export function titleOf(component: ICAL.Component): string {
  return textProp(component, 'summary') ?? '(untitled event)';
}

export function requireStart(component: ICAL.Component, zones: CalendarZones): TimeValue {
  const start = readTime(component, 'dtstart', zones);
  if (!start) throw new EventProblem('it has no start time (DTSTART)');
  return start;
}

/**
 * End of an event starting at `start`: DTEND, else DTSTART + DURATION, else
 * for an all-day event the next day; a timed event without either has no
 * known end (null), and we do not invent one. An end before the start is
 * nonsense and dropped.
 */
export function endOf(component: ICAL.Component, start: TimeValue, startInstant: Date, zones: CalendarZones): Date | null {
  const dtend = readTime(component, 'dtend', zones);
  let end: Date | null = null;
  if (dtend) {
    end = toInstant(dtend.time, dtend.rule);
  } else {
    const duration = component.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration || start.time.isDate) {
      const t = start.time.clone();
      if (duration instanceof ICAL.Duration) t.addDuration(duration);
      else t.adjust(1, 0, 0, 0);
      end = toInstant(t, start.rule);
    }
  }
  return end && end.getTime() >= startInstant.getTime() ? end : null;
}

export type EventFacts = Omit<ParsedEvent, 'uid' | 'start' | 'end'>;

/**
 * Where the event is: LOCATION and GEO as written, then a VVENUE the LOCATION
 * points at, then (when there is no LOCATION) a venue line of the description.
 */
function placeFacts(component: ICAL.Component, cal: CalendarInfo, description: string | null): PlaceFacts {
  const { locationText, locationUrl } = readLocation(component);
  const { lat, lon } = readGeo(component);
  const venue = vvenueFacts(component, cal.calendar);
  const fromText: VenueFacts | null = locationText || locationUrl || venue ? null : descriptionVenue(description);
  const own: PlaceFacts = { ...NO_PLACE, locationText, locationUrl, lat, lon };
  if (!venue && !fromText) return own;
  const merged = Object.assign(own, venue, fromText);
  // The event's own GEO outranks its venue's.
  if (lat !== null) Object.assign(merged, { lat, lon });
  return merged;
}

type PlaceFacts = LocationFields & Pick<ParsedEvent, 'attendanceMode'>;

/**
 * Copied for each event. Spreading a fresh object and adding a field costs
 * ~2 µs (V8's generic path); copying this one and overwriting its fields, ~25 ns.
 */
const NO_PLACE: PlaceFacts = { ...noLocation(), attendanceMode: null };

/** Everything but uid and times. */
export function describe(component: ICAL.Component, cal: CalendarInfo, start: TimeValue, fallbackTitle?: string): EventFacts {
  const title = textProp(component, 'summary') ?? fallbackTitle;
  if (!title) throw new EventProblem('it has no title (SUMMARY)');
  const description = readDescription(component);
  const links = linksIn(description);
  const place = placeFacts(component, cal, description);
  // Current Meetup feeds, and schedule exports, give the event page only as a link in the description; some, only as LOCATION.
  const url =
    readUrl(component, cal.originalUrl, cal.ctx.sourceUrl) ??
    eventPage({ links, locationUrl: place.locationUrl, uid: textProp(component, 'uid') ?? '', calendarName: cal.name });
  // A Meetup event page is worth enriching from (its JSON-LD has the venue): list it.
  if (url && canonicalMeetupEventUrl(url) && !links.includes(url)) links.unshift(url);
  return {
    title,
    url,
    description,
    timezone: cal.zones.eventZone(start.tzid),
    allDay: start.time.isDate,
    floating:
      start.rule.kind === 'floating' ||
      (start.rule.kind === 'utc' &&
        utcIsLocalClock(toInstant(start.time, start.rule), cal.zones.defaultZone, `${title}\n${description ?? ''}`)),
    // With no calendar zone to check it against here, normalise checks it in the zone of the event's place.
    utcMayBeLocal: start.rule.kind === 'utc' && !cal.zones.defaultZone,
    ...place,
    status: readStatus(component),
    organiser: readOrganiser(component, cal.name),
    links,
  };
}

/**
 * A VEVENT read as one event, under `uid`. `fallbackTitle` is the series'
 * title, for overrides (RECURRENCE-ID) that leave out SUMMARY.
 */
export function singleEvent(component: ICAL.Component, cal: CalendarInfo, uid: string, fallbackTitle?: string): ParsedEvent {
  const start = requireStart(component, cal.zones);
  const startInstant = toInstant(start.time, start.rule);
  const event: ParsedEvent = {
    uid,
    ...describe(component, cal, start, fallbackTitle),
    start: startInstant,
    end: endOf(component, start, startInstant, cal.zones),
  };
  // Days written as midnight to midnight are days; a day whose description gives its time ("9 octombrie 2026, ora 18:00"): that time.
  const days = midnightDays(start, readTime(component, 'dtend', cal.zones));
  if (days) Object.assign(event, days, { utcMayBeLocal: false });
  const timed = timeFromDescription(event, start.rule.kind === 'iana' ? start.rule.zone : null);
  return timed ? Object.assign(event, timed) : event;
}
