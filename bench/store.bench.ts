/**
 * Storage benchmark: `npx tsx bench/store.bench.ts`
 *
 * On a fresh SQLite file (and on PostgreSQL when BENCH_DATABASE_URL names a
 * server to create a scratch database on): applying a source's results in one
 * transaction, the `/events nearby` query over N stored events, a lookup by
 * id, and the process RSS. BENCH_EVENTS sets N (default 20000). Figures only.
 */
import type { Store } from '../src/core/ports.js';
import { openStore } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { forEachDatabase } from './lib/databases.js';
import { DAY_MS, syntheticEvent } from './lib/events.js';
import { report, timeEach } from './stats.js';

const N = Number(process.env.BENCH_EVENTS ?? 20_000);
const BATCH = 200;
const NOW = new Date('2026-12-01T00:00:00Z');

const event = (i: number) =>
  syntheticEvent(i, { now: NOW, days: 90, uid: `uid-${i}`, title: `Event ${i} meetup`, venue: `Venue ${i % 500}` });

async function run(name: string, url: string): Promise<void> {
  await migrate(url);
  const store: Store = await openStore(url);
  try {
    const source = await store.sources.add('https://bench.example/feed', 'ical');
    const batches = Math.ceil(N / BATCH);
    const apply = await timeEach(batches, (b) =>
      store.events.applySourceResults(
        source.id,
        Array.from({ length: BATCH }, (_, k) => event(b * BATCH + k)),
        NOW,
      ),
    );
    console.log(`\n${name}: ${N} events`);
    report(`applySourceResults (${BATCH} new events)`, apply);
    const reapply = await timeEach(10, (b) =>
      store.events.applySourceResults(
        source.id,
        Array.from({ length: BATCH }, (_, k) => event(b * BATCH + k)),
        NOW,
      ),
    );
    report(`applySourceResults (${BATCH} unchanged)`, reapply);
    const near = await timeEach(200, (i) =>
      store.events.near({
        lat: 52.48 + (i % 10) / 100,
        lon: -1.89,
        radiusKm: 25,
        from: NOW,
        to: new Date(NOW.getTime() + 7 * DAY_MS),
        attendance: ['in_person', 'hybrid'],
        limit: 10,
      }),
    );
    report('near(25 km, 7 days, first page)', near);
    const byId = await timeEach(500, (i) => store.events.get(1 + (i % N)));
    report('events.get(id)', byId);
    console.log(`process RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    await store.close();
  }
}

await forEachDatabase('store', run);
