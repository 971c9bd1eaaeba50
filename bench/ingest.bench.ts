/**
 * Ingest benchmark: `npm run bench:ingest` (also part of `npm run bench`).
 *
 * 2,000 loopback feeds × 25 events, iCal and RSS mixed (ingest-feeds.ts),
 * served from 50 loopback hosts 127.0.0.1 … 127.0.0.50 by a child process
 * (ingest-server.ts), so the Fetcher's per-host limit acts as in real life.
 * Each database runs in its own process (ingest-run.ts): SQLite on a fresh
 * file, and PostgreSQL on a scratch database when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL names a server. Figures printed, never asserted.
 * BENCH_FEEDS, BENCH_EVENTS_PER_FEED and BENCH_CONCURRENCY change the load;
 * BENCH_NODE_ARGS passes flags to the measured process; BENCH_PROFILE=<dir>
 * writes a CPU profile of each cold cycle there.
 */
import { fork, spawnSync } from 'node:child_process';
import { forEachDatabase } from './lib/databases.js';

const base = Math.floor(Date.now() / 86_400_000) * 86_400_000;
const env = { ...process.env, BENCH_BASE: String(base) };

function runOne(url: string, label: string, ports: number[]): void {
  const r = spawnSync(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      'bench/ingest-run.ts',
      url,
      label,
      ...ports.map(String),
    ],
    {
      stdio: 'inherit',
      env,
    },
  );
  if (r.status !== 0) console.log(`(${label} run exited with ${r.status})`);
}

async function main(): Promise<void> {
  const server = fork('bench/ingest-server.ts', [], { execArgv: ['--import', 'tsx'], env });
  const ports = await new Promise<number[]>((resolve, reject) => {
    server.once('message', (m) => resolve((m as { ports: number[] }).ports));
    server.once('exit', (code) => reject(new Error(`feed server exited with ${code}`)));
  });
  try {
    await forEachDatabase('ingest', (label, url) => runOne(url, label, ports));
  } finally {
    server.disconnect();
  }
}

await main();
