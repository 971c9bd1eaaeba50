/**
 * Test support: one entry written in each format a feed can be — an iCal
 * VEVENT, an RSS item with the event module's date and place, a page's
 * schema.org Event — read through the parser's front door, and what became
 * of it: 'event', or the reason it was skipped (what `preview` shows after
 * "· not an event:"). Synthetic entries of our own.
 */
import { parseSource } from '../index.js';
import type { ParseContext } from '../types.js';

export type Format = 'ical' | 'rss' | 'jsonld';
export const FORMATS: Format[] = ['ical', 'rss', 'jsonld'];

export interface EntryShape {
  /** Whole day (8 Dec 2026), else 19:00–21:00 UTC that day. */
  day?: boolean;
  /** 00:00 to 00:00 on 8 Dec 2026, the clock of the place (a day written as a zero-length entry at midnight). */
  midnight?: boolean;
  location?: string;
  description?: string;
  /** More VEVENT lines (iCal only). */
  lines?: string[];
}

const CTX: ParseContext = {
  sourceUrl: 'https://calendar.example.edu/events',
  now: new Date('2026-12-01T00:00:00Z'),
  horizonEnd: new Date('2027-03-01T00:00:00Z'),
};
const PLACE = 'Tioga Library, 1902 Commerce St, Tacoma, WA 98402';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeIcal = (s: string) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');

/** The start as an RSS or JSON-LD date: a day, a local midnight with no offset, or 19:00 UTC. */
const textStart = (shape: EntryShape) => (shape.day ? '2026-12-08' : shape.midnight ? '2026-12-08T00:00:00' : '2026-12-08T19:00:00Z');

function ical(title: string, shape: EntryShape): string {
  const when = shape.day
    ? ['DTSTART;VALUE=DATE:20261208', 'DTEND;VALUE=DATE:20261209']
    : shape.midnight
      ? ['DTSTART;TZID=America/Los_Angeles:20261208T000000', 'DTEND;TZID=America/Los_Angeles:20261208T000000']
      : ['DTSTART:20261208T190000Z', 'DTEND:20261208T210000Z'];
  const description = shape.description === undefined ? [] : [`DESCRIPTION:${escapeIcal(shape.description)}`];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//events-bot tests//EN',
    'BEGIN:VEVENT',
    'UID:entry-1@calendar.example.edu',
    'DTSTAMP:20261101T000000Z',
    ...when,
    `SUMMARY:${escapeIcal(title)}`,
    `LOCATION:${escapeIcal(shape.location ?? PLACE)}`,
    ...description,
    ...(shape.lines ?? []),
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}

function rss(title: string, shape: EntryShape): string {
  const start = textStart(shape);
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>
<title>Campus Events</title><link>https://calendar.example.edu/</link><description>Events on campus</description>
<item><title>${escapeXml(title)}</title><link>https://calendar.example.edu/event/1</link><guid>https://calendar.example.edu/event/1</guid>
<description>${escapeXml(shape.description ?? '<p>See the calendar.</p>')}</description>
<ev:startdate>${start}</ev:startdate><ev:location>${escapeXml(shape.location ?? PLACE)}</ev:location></item>
</channel></rss>`;
}

function jsonld(title: string, shape: EntryShape): string {
  const event = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: title,
    url: 'https://calendar.example.edu/event/1',
    startDate: textStart(shape),
    ...(shape.description === undefined ? {} : { description: shape.description }),
    location: { '@type': 'Place', name: 'Tioga Library', address: shape.location ?? PLACE },
  };
  return `<!DOCTYPE html><html><head><title>Campus Events</title>
<script type="application/ld+json">${JSON.stringify([event])}</script></head><body></body></html>`;
}

const WRITERS: Record<Format, (title: string, shape: EntryShape) => string> = { ical, rss, jsonld };
const TYPES: Record<Format, string> = { ical: 'text/calendar', rss: 'application/rss+xml', jsonld: 'text/html' };

/** 'event' when the one entry is read as an event, else why it was skipped. */
export async function verdictOf(format: Format, title: string, shape: EntryShape = {}): Promise<string> {
  const outcome = await parseSource(WRITERS[format](title, shape), TYPES[format], CTX);
  if (!outcome.ok) throw new Error(`expected ${format} to be read, got: ${outcome.reason}`);
  if (outcome.events.length === 1 && outcome.skipped.length === 0) return 'event';
  const reason = outcome.skipped[0]?.reason;
  if (outcome.events.length > 0 || reason === undefined) throw new Error(`expected one event or one skip, got ${JSON.stringify(outcome)}`);
  return reason;
}
