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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { contentHash } from '../src/core/hash.js';
import type { NormalisedEvent } from '../src/core/event.js';
import { openStore } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { percentiles, timeEach } from './stats.js';

const N = Number(process.env.BENCH_NEARBY_EVENTS ?? 100_000);
const PER_SOURCE = 2000;
const QUERIES = 1000;
const NOW = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);

function event(i: number): NormalisedEvent {
  const base = {
    title: `Community evening ${i}`,
    start: new Date(NOW.getTime() + ((i * 3571) % (90 * 24)) * 3_600_000),
    end: null,
    allDay: false,
    venue: `Hall ${i % 900}`,
    address: null,
    lat: 50.5 + ((i * 7919) % 5000) / 1000,
    lon: -4.5 + ((i * 104729) % 5000) / 1000,
    attendance: i % 10 === 0 ? ('online' as const) : ('in_person' as const),
    status: 'scheduled' as const,
  };
  return {
    ...base,
    sourceUrl: 'https://bench.example/feed',
    sourceUid: `n-${i}`,
    url: `https://bench.example/e/${i}`,
    description: 'A benchmark event.',
    timezone: 'Europe/London',
    locality: null,
    country: 'GB',
    organiser: null,
    contentHash: contentHash(base),
  };
}

async function run(label: string, url: string): Promise<void> {
  await migrate(url);
  const store = await openStore(url);
  try {
    const t0 = performance.now();
    for (let s = 0; s * PER_SOURCE < N; s++) {
      const source = await store.sources.add(`https://bench.example/feed/${s}`, 'ical');
      const count = Math.min(PER_SOURCE, N - s * PER_SOURCE);
      await store.events.applySourceResults(
        source.id,
        Array.from({ length: count }, (_, k) => event(s * PER_SOURCE + k)),
        NOW,
      );
    }
    const loadS = (performance.now() - t0) / 1000;
    let found = 0;
    const samples = await timeEach(QUERIES, async (i) => {
      const r = await store.events.near({
        lat: 52.48 + ((i % 20) - 10) / 100,
        lon: -1.89 + ((i % 7) - 3) / 50,
        radiusKm: 25,
        from: NOW,
        to: new Date(NOW.getTime() + 7 * 86_400_000),
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

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'events-bot-bench-nearby-'));
  try {
    await run('SQLite (better-sqlite3, WAL)', `file:${join(dir, 'bench.db')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!admin) return console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres)');
  const name = `events_bot_bench_nearby_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  try {
    const u = new URL(admin);
    u.pathname = `/${name}`;
    await run('PostgreSQL (pg)', u.toString());
  } finally {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
}

await main();
