import { describe, expect, it } from 'vitest';
import type { FetchOutcome } from '../fetch/index.js';
import { icsCalendar, VENUES } from '../../test/helpers/feed-server.js';
import { ingest, PageEvents, type FetchPort } from './index.js';

/**
 * A huge calendar (synthetic: one invented weekly club, 3,000 evenings) must
 * not hold the process: only the soonest MAX_EVENTS_PER_SOURCE events are
 * kept, the preview says what was left out, and the event loop gets turns
 * while the events are placed.
 */
const NOW = new Date('2031-01-01T00:00:00Z');
const DAY = 86_400_000;

function bigCalendar(n: number): string {
  return icsCalendar(
    'Night Owls Chess Club',
    Array.from({ length: n }, (_, i) => ({
      uid: `owls-${i}@club.example`,
      // listed latest first, so "the soonest" is not simply the first in the file
      start: new Date(NOW.getTime() + DAY + (n - i) * 3_600_000),
      summary: `Night Owls blitz evening ${n - i}`,
      ...VENUES.openRooms,
    })),
  );
}

/** Answers every URL with the body at once, so only ingest's own yields can give the event loop a turn. */
function instantFetcher(body: string): FetchPort {
  return {
    fetch: async (url): Promise<FetchOutcome> => ({
      kind: 'ok',
      url,
      status: 200,
      body: Buffer.from(body),
      charset: 'utf-8',
      contentType: 'text/calendar',
      etag: null,
      lastModified: null,
      freshUntil: null,
    }),
  } as FetchPort;
}

describe('ingest of a huge feed', () => {
  it('keeps only the soonest MAX_EVENTS_PER_SOURCE events and says how many it left out', async () => {
    const fetcher = instantFetcher(bigCalendar(3000));
    const deps = { fetcher, pages: new PageEvents(fetcher), horizonDays: 366, defaultTimezone: 'UTC', maxEvents: 500 };
    const result = await ingest('https://club.example/owls.ics', deps, { now: NOW });
    if (!result.ok || result.notModified) throw new Error('expected events');
    expect(result.events).toHaveLength(500);
    const starts = result.events.map((e) => e.start.getTime());
    expect(Math.max(...starts)).toBe(NOW.getTime() + DAY + 500 * 3_600_000);
    expect(result.capped).toMatch(/3000 upcoming events; only the soonest 500 are kept \(MAX_EVENTS_PER_SOURCE\)/);
    expect(result.skipped.at(-1)).toMatchObject({ title: '2500 later events' });
  });

  it('gives the event loop turns while it places the events', async () => {
    const fetcher = instantFetcher(bigCalendar(2000));
    const deps = { fetcher, pages: new PageEvents(fetcher), horizonDays: 366, defaultTimezone: 'UTC' };
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    const run = ingest('https://club.example/owls.ics', deps, { now: NOW });
    setImmediate(tick);
    const result = await run;
    ticking = false;
    expect(result.ok && !result.notModified && result.events).toHaveLength(2000);
    expect(result.ok && !result.notModified && result.capped).toBeFalsy();
    // a timer scheduled after ingest began ran (several times) before it finished
    expect(turns).toBeGreaterThan(2);
  });
});
