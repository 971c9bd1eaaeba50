/**
 * Memory and start-up benchmark: `npx tsx bench/memory.bench.ts` (also part
 * of `npm run bench`).
 *
 * Seeds a database with BENCH_SOURCES sources (default 10,000) and
 * BENCH_EVENTS events (default 100,000), then, in a fresh process
 * (`memory-start.ts`), starts the service on it (HTTP, no chat, no
 * schedules), loads the gazetteer, and prints the time from process start to
 * /healthz answering 200, and the RSS then and after a few `/events nearby`
 * queries and a source listing. SQLite, and PostgreSQL with
 * BENCH_DATABASE_URL or TEST_DATABASE_URL. Figures only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { contentHash } from '../src/core/hash.js';
import type { NormalisedEvent } from '../src/core/event.js';
import { openStore } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const NOW = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);

function event(i: number): NormalisedEvent {
  const base = {
    title: `Meetup evening ${i}`,
    start: new Date(NOW.getTime() + ((i * 3571) % (60 * 24)) * 3_600_000),
    end: null,
    allDay: false,
    venue: `Room ${i % 700}`,
    address: `${i % 90} High Street`,
    lat: 50.5 + ((i * 7919) % 5000) / 1000,
    lon: -4.5 + ((i * 104729) % 5000) / 1000,
    attendance: 'in_person' as const,
    status: 'scheduled' as const,
  };
  return {
    ...base,
    sourceUrl: 'https://bench.example/feed',
    sourceUid: `m-${i}`,
    url: `https://bench.example/m/${i}`,
    description: 'Talks, demos and a chat afterwards. Everyone welcome.',
    timezone: 'Europe/London',
    locality: null,
    country: 'GB',
    organiser: null,
    contentHash: contentHash(base),
  };
}

async function seed(url: string): Promise<void> {
  await migrate(url);
  const store = await openStore(url);
  try {
    const perSource = Math.ceil(EVENTS / SOURCES);
    for (let s = 0; s < SOURCES; s++) {
      const source = await store.sources.add(`https://feeds${s % 97}.bench.example/group/${s}.ics`, 'ical');
      const from = s * perSource;
      const count = Math.max(0, Math.min(perSource, EVENTS - from));
      if (count)
        await store.events.applySourceResults(
          source.id,
          Array.from({ length: count }, (_, k) => event(from + k)),
          NOW,
        );
    }
  } finally {
    await store.close();
  }
}

async function run(label: string, url: string): Promise<void> {
  const t0 = performance.now();
  await seed(url);
  console.log(`\n${label}: ${SOURCES} sources, ${EVENTS} events (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/memory-start.ts', url], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) console.log(`(start run exited with ${r.status})`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'events-bot-bench-memory-'));
  try {
    await run('SQLite (better-sqlite3, WAL)', `file:${join(dir, 'bench.db')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!admin) return console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres)');
  const name = `events_bot_bench_memory_${Date.now()}`;
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
