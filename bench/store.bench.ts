/**
 * Storage benchmark: `npx tsx bench/store.bench.ts`
 *
 * On a fresh SQLite file (and on PostgreSQL when BENCH_DATABASE_URL names a
 * server to create a scratch database on): applying a source's results in one
 * transaction, the `/events nearby` query over N stored events, a lookup by
 * id, and the process RSS. BENCH_EVENTS sets N (default 20000). Figures only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { contentHash } from '../src/core/hash.js';
import type { NormalisedEvent } from '../src/core/event.js';
import type { Store } from '../src/core/ports.js';
import { openStore } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { report, timeEach } from './stats.js';

const N = Number(process.env.BENCH_EVENTS ?? 20_000);
const BATCH = 200;
const NOW = new Date('2026-12-01T00:00:00Z');

function event(i: number): NormalisedEvent {
  // Spread over Great Britain and the next 90 days.
  const lat = 50.5 + ((i * 7919) % 5000) / 1000;
  const lon = -4.5 + ((i * 104729) % 5000) / 1000;
  const start = new Date(NOW.getTime() + ((i * 3571) % (90 * 24)) * 3_600_000);
  const base = {
    title: `Event ${i} meetup`,
    start,
    end: null,
    allDay: false,
    venue: `Venue ${i % 500}`,
    address: null,
    lat,
    lon,
    attendance: 'in_person' as const,
    status: 'scheduled' as const,
  };
  return {
    ...base,
    sourceUrl: 'https://bench.example/feed',
    sourceUid: `uid-${i}`,
    url: `https://bench.example/e/${i}`,
    description: 'A benchmark event.',
    timezone: 'Europe/London',
    locality: null,
    country: 'GB',
    organiser: null,
    contentHash: contentHash(base),
  };
}

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
        to: new Date(NOW.getTime() + 7 * 86_400_000),
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

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'events-bot-bench-'));
  try {
    await run('SQLite (better-sqlite3, WAL)', `file:${join(dir, 'bench.db')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server = process.env.BENCH_DATABASE_URL;
  if (!server)
    return console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres to include it)');
  const name = `events_bot_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const u = new URL(server);
    u.pathname = `/${name}`;
    await run('PostgreSQL (pg)', u.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

await main();
