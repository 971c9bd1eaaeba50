/** Shared by the iCal tests: fixture loading and a readable view of events. */
import { readdirSync, readFileSync } from 'node:fs';
import { CAPTURED_DIR } from '../../../test/helpers/captured.js';
import type { ParseContext, ParsedEvent } from '../types.js';
import { parseIcal } from './ical.js';

const FIXTURE_DIR = CAPTURED_DIR;

export function fixture(name: string): string {
  return readFileSync(FIXTURE_DIR + name, 'utf8');
}

export function icsFixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.ics'))
    .sort();
}

export function context(now: string, horizonEnd: string, sourceUrl = 'https://calendar.example.org/feed.ics'): ParseContext {
  return { now: new Date(now), horizonEnd: new Date(horizonEnd), sourceUrl };
}

/** Dates as ISO strings so expectations read like the feed. */
export type EventView = Omit<ParsedEvent, 'start' | 'end'> & { start: string; end: string | null };

function view(event: ParsedEvent): EventView {
  return { ...event, start: event.start.toISOString(), end: event.end?.toISOString() ?? null };
}

/** Parse and fail loudly if the parser refused the text. */
export function parseOk(text: string, ctx: ParseContext) {
  const outcome = parseIcal(text, ctx);
  if (!outcome.ok) throw new Error(`expected a calendar, got: ${outcome.reason}`);
  return { ...outcome, views: outcome.events.map(view) };
}

/** A VTIMEZONE with Central European rules (Europe/Berlin's) under a TZID no zone database knows, and no X-LIC-LOCATION: only ical.js can read it. */
export function centralEuropeanVtimezone(tzid: string): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19701025T030000',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:19700329T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
}
