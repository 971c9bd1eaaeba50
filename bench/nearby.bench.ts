/**
 * `/events nearby` benchmark: `npx tsx bench/nearby.bench.ts` (also part of
 * `npm run bench`).
 *
 * Stores BENCH_NEARBY_EVENTS (default 100,000) synthetic events spread over
 * Great Britain and the next 90 days (through applySourceResults, 2,000 per
 * source), then times the query behind `/events nearby` — EventRepo.near:
 * 25 km, the next 7 days, in person or hybrid, first page of 10 — from
 * centres around Birmingham, in-process, on SQLite and (with
 * BENCH_DATABASE_URL or TEST_DATABASE_URL) PostgreSQL. Figures only.
 */
import { openStore } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { forEachDatabase } from './lib/databases.js';
import { DAY_MS, nearbyEvent, storeEvents, today } from './lib/events.js';
import { percentiles, timeEach } from './stats.js';

const N = Number(process.env.BENCH_NEARBY_EVENTS ?? 100_000);
const QUERIES = 1000;
const NOW = today();

async function run(label: string, url: string): Promise<void> {
  await migrate(url);
  const store = await openStore(url);
  try {
    const loadS = await storeEvents(store, N, NOW, (i) => nearbyEvent(i, NOW));
    let found = 0;
    const samples = await timeEach(QUERIES, async (i) => {
      const r = await store.events.near({
        lat: 52.48 + ((i % 20) - 10) / 100,
        lon: -1.89 + ((i % 7) - 3) / 50,
        radiusKm: 25,
        from: NOW,
        to: new Date(NOW.getTime() + 7 * DAY_MS),
        attendance: ['in_person', 'hybrid'],
        limit: 10,
      });
      found += r.total;
    });
    const s = [...samples].sort((a, b) => a - b);
    const p = percentiles(samples);
    const p99 = s[Math.min(s.length - 1, Math.floor(0.99 * s.length))]!;
    console.log(`\n${label}: ${N} events stored in ${loadS.toFixed(1)} s (${Math.round(N / loadS)} events/s through applySourceResults)`);
    console.log(
      `  near(25 km, 7 days, first 10) × ${QUERIES}: p50 ${p.p50.toFixed(2)} ms · p95 ${p.p95.toFixed(2)} ms · p99 ${p99.toFixed(2)} ms · max ${p.max.toFixed(2)} ms · ${Math.round(found / QUERIES)} matches on average`,
    );
    console.log(`  process RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    await store.close();
  }
}

await forEachDatabase('nearby', run);
