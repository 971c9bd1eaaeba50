import type { StoredEvent } from '../../core/ports.js';
import { HOUR_MS, isValidTimezone, offsetMs, wallClock, wallClockAsUtc } from '../../core/time.js';
import { placeText } from '../format.js';
import { escapeText, localStamp, serialise, utcStamp } from './text.js';
import { vtimezone } from './vtimezone.js';

/**
 * One iCalendar document (RFC 5545 with the RFC 7986 name and refresh
 * properties) for a calendar subscription: a VTIMEZONE for every zone the
 * events use, and per event a UID stable across updates (`event-<id>@<host>`),
 * SEQUENCE from the event's revision (bumped when its time, venue, status or
 * title changes), DTSTAMP/LAST-MODIFIED, URL, LOCATION, GEO and STATUS.
 */
export interface CalendarInput {
  /** Shown by calendar apps as the calendar's name. */
  name: string;
  description: string;
  /** Host part of every UID (the public URL's host). */
  host: string;
  events: StoredEvent[];
}

const STATUS: Record<StoredEvent['status'], string> = {
  scheduled: 'CONFIRMED',
  tentative: 'TENTATIVE',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

export const eventUid = (eventId: number, host: string) => `event-${eventId}@${host}`;

/** The zone an event's times are written in: its own, or UTC (written with Z) when it has none we know. */
const zoneOf = (e: StoredEvent) => (isValidTimezone(e.timezone) && !/^(Etc\/)?(UTC|GMT|Zulu)$/i.test(e.timezone) ? e.timezone : null);

export function buildCalendar(input: CalendarInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//events-bot//Calendar subscription//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(input.name)}`,
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  lines.push(...timezones(input.events));
  for (const e of input.events) lines.push(...vevent(e, input.host));
  lines.push('END:VCALENDAR');
  return serialise(lines);
}

/** One VTIMEZONE per zone used, covering the events' years. */
function timezones(events: StoredEvent[]): string[] {
  const spans = new Map<string, { from: Date; to: Date }>();
  for (const e of events) {
    const zone = zoneOf(e);
    if (!zone || e.allDay) continue;
    const end = e.end ?? e.start;
    const span = spans.get(zone);
    if (!span) spans.set(zone, { from: e.start, to: end });
    else {
      if (e.start < span.from) span.from = e.start;
      if (end > span.to) span.to = end;
    }
  }
  return [...spans.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([zone, s]) => vtimezone(zone, s.from, s.to));
}

function vevent(e: StoredEvent, host: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${eventUid(e.id, host)}`,
    `DTSTAMP:${utcStamp(e.updatedAt)}`,
    `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
    `CREATED:${utcStamp(e.createdAt)}`,
    `SEQUENCE:${Math.max(0, e.version - 1)}`,
    ...times(e),
    `SUMMARY:${escapeText(e.title)}`,
    `STATUS:${STATUS[e.status]}`,
  ];
  const organiser = e.organiser ? `Organised by ${e.organiser}` : '';
  const description = [e.description.trim(), organiser, e.url ? `More: ${e.url}` : ''].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const where = placeText(e.venue, e.address);
  if (where) lines.push(`LOCATION:${escapeText(where)}`);
  if (e.lat !== null && e.lon !== null) lines.push(`GEO:${e.lat.toFixed(6)};${e.lon.toFixed(6)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push('END:VEVENT');
  return lines;
}

const PROBE_MS = 18 * HOUR_MS;

/**
 * True when the local time of `at` happens twice in `zone` (clocks went
 * back): a TZID time can't say which one is meant, and readers differ, so
 * such a time is written in UTC instead.
 */
function ambiguous(at: Date, zone: string): boolean {
  const local = wallClockAsUtc(wallClock(at, zone));
  const offsets = new Set([offsetMs(new Date(at.getTime() - PROBE_MS), zone), offsetMs(new Date(at.getTime() + PROBE_MS), zone)]);
  return [...offsets].filter((o) => offsetMs(new Date(local - o), zone) === o).length > 1;
}

/** DTSTART/DTEND: local time with TZID, UTC with Z, or a DATE for all-day events (end exclusive, as stored). */
function times(e: StoredEvent): string[] {
  const zone = zoneOf(e);
  if (e.allDay) {
    const day = (at: Date) => localStamp(wallClock(at, zone ?? 'UTC'), true);
    const out = [`DTSTART;VALUE=DATE:${day(e.start)}`];
    if (e.end && e.end > e.start) out.push(`DTEND;VALUE=DATE:${day(e.end)}`);
    return out;
  }
  const stamp = (at: Date) => (zone && !ambiguous(at, zone) ? `;TZID=${zone}:${localStamp(wallClock(at, zone))}` : `:${utcStamp(at)}`);
  const out = [`DTSTART${stamp(e.start)}`];
  if (e.end && e.end > e.start) out.push(`DTEND${stamp(e.end)}`);
  return out;
}
