/** Shared by the RSS, JSON-LD, Mastodon and front-door tests: fixtures and a readable view of events. */
import { readdirSync, readFileSync } from 'node:fs';
import { CAPTURED_DIR } from '../../../test/helpers/captured.js';
import type { ParseContext, ParseOutcome, ParsedEvent } from '../types.js';

const FIXTURE_DIR = CAPTURED_DIR;

/** A fixture as the fetch layer would hand it over: decoded text (the jn.pt feed is ISO-8859-1). */
export function fixture(name: string): string {
  return readFileSync(FIXTURE_DIR + name, name.includes('iso-8859-1') ? 'latin1' : 'utf8');
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => !f.endsWith('.md'))
    .sort();
}

export function ctx(sourceUrl: string, defaultTimezone?: string): ParseContext {
  return {
    sourceUrl,
    now: new Date('2026-01-01T00:00:00Z'),
    horizonEnd: new Date('2027-01-01T00:00:00Z'),
    ...(defaultTimezone ? { defaultTimezone } : {}),
  };
}

export type EventView = Omit<ParsedEvent, 'start' | 'end'> & { start: string; end: string | null };

export function view(event: ParsedEvent): EventView {
  return { ...event, start: event.start.toISOString(), end: event.end?.toISOString() ?? null };
}

/** The successful outcome, or a test failure naming the reason. */
export function okOutcome(outcome: ParseOutcome): Extract<ParseOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected the parse to succeed, got: ${outcome.reason}`);
  return outcome;
}
