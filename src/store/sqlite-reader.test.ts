import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NearQuery, Store } from '../core/ports.js';
import { openStore } from './db.js';
import { migrate } from './migrate.js';
import { normalisedEvent as ev } from './test-events.js';

/**
 * On SQLite a chat command's reads (`/events nearby` in plain SQL, the rest
 * through Prisma) run on a read-only connection of their own, and the
 * poller's group commit gives the event loop turns, so they are answered
 * while a commit is open — from what was committed before it, never from its
 * uncommitted rows.
 */
describe('SQLite: /events nearby during a group commit', () => {
  let dir: string;
  let path: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'events-bot-reader-'));
    path = join(dir, 't.db');
    await migrate(`file:${path}`);
    store = await openStore(`file:${path}`);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const NOW = new Date('2030-03-01T09:00:00Z');
  const birmingham: NearQuery = {
    lat: 52.48,
    lon: -1.9,
    radiusKm: 25,
    from: new Date('2030-03-01T00:00:00Z'),
    to: new Date('2030-04-30T00:00:00Z'),
    limit: 5,
  };

  /** Whether some connection holds the database's write lock (a transaction is open). */
  function writeLocked(probe: Database.Database): boolean {
    try {
      probe.exec('BEGIN IMMEDIATE');
      probe.exec('ROLLBACK');
      return false;
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
      throw e;
    }
  }

  it('answers nearby and Prisma reads from the committed state while the commit is open', async () => {
    const first = await store.sources.add('https://feeds.example.org/first.ics', 'ical');
    const [committedId] = (await store.events.applySourceResults(first.id, [ev({ sourceUid: 'committed', title: 'Already here' })], NOW))
      .created;

    // A group of 40 sources × 50 events: long enough to take many time slices.
    const sources = await Promise.all(
      Array.from({ length: 40 }, (_, i) => store.sources.add(`https://feeds.example.org/${i}.ics`, 'ical')),
    );
    const polled = sources.map((s, i) => ({
      sourceId: s.id,
      now: NOW,
      success: { etag: null, lastModified: null, nextCheckAt: new Date('2030-03-01T10:00:00Z'), at: NOW },
      events: Array.from({ length: 50 }, (_, j) =>
        ev({
          sourceUrl: `https://feeds.example.org/${i}.ics`,
          sourceUid: `e-${j}`,
          url: `https://example.org/${i}/${j}`,
          title: `Group ${i} night ${j}`,
          start: new Date(Date.UTC(2030, 2, 2 + (j % 40), 18)),
          lat: 52.47 + j / 10_000,
        }),
      ),
    }));

    const probe = new Database(path, { timeout: 0 });
    const answered: { total: number; titles: string[]; got: string | undefined; listed: number }[] = [];
    let committed = false;
    const commit = store.events.applyPolled(polled).then(() => (committed = true));
    const asking = (async () => {
      while (!committed) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (committed || !writeLocked(probe)) continue;
        // What `/events nearby` reads: the events near, then (through Prisma) an event and the sources.
        const [found, got, listed] = await Promise.all([
          store.events.near(birmingham),
          store.events.get(committedId!),
          store.sources.list(),
        ]);
        if (writeLocked(probe)) {
          answered.push({ total: found.total, titles: found.items.map((i) => i.event.title), got: got?.title, listed: listed.length });
        }
      }
    })();
    await commit;
    await asking;
    probe.close();

    expect(answered.length).toBeGreaterThan(0);
    for (const a of answered) expect(a).toEqual({ total: 1, titles: ['Already here'], got: 'Already here', listed: 41 });
    expect((await store.events.near(birmingham)).total).toBe(2001);
  });
});
