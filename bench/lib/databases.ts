/**
 * Where every benchmark runs: a fresh SQLite file, then a scratch PostgreSQL
 * database when BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a server.
 * Each scratch database is created and dropped here. BENCH_ONLY=sqlite or
 * BENCH_ONLY=postgres runs just one of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const SQLITE_LABEL = 'SQLite (better-sqlite3, WAL)';
export const POSTGRES_LABEL = 'PostgreSQL (pg)';

/** The PostgreSQL server to create scratch databases on, or null. */
export function benchServerUrl(): string | null {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
}

/** Runs `run` on a fresh SQLite file, then on a scratch PostgreSQL database (or says it skipped it). */
export async function forEachDatabase(name: string, run: (label: string, url: string) => Promise<void> | void): Promise<void> {
  const only = process.env.BENCH_ONLY;
  if (only !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), `events-bot-bench-${name}-`));
    try {
      await run(SQLITE_LABEL, `file:${join(dir, 'bench.db')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only === 'sqlite') return;
  const server = benchServerUrl();
  if (!server) return console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres)');
  const db = `events_bot_bench_${name}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${db}"`);
  try {
    const u = new URL(server);
    u.pathname = `/${db}`;
    await run(POSTGRES_LABEL, u.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await admin.end();
  }
}
