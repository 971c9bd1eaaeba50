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
