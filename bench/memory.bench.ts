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
import { openStore } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { forEachDatabase } from './lib/databases.js';
import { syntheticEvent, today } from './lib/events.js';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const NOW = today();

const event = (i: number) =>
  syntheticEvent(i, {
    now: NOW,
    days: 60,
    uid: `m-${i}`,
    title: `Meetup evening ${i}`,
    venue: `Room ${i % 700}`,
    address: `${i % 90} High Street`,
    description: 'Talks, demos and a chat afterwards. Everyone welcome.',
  });

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

await forEachDatabase('memory', run);
