import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import type { Store } from '../../src/core/ports.js';
import { openStore } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';

/**
 * Test databases for every provider, so one suite runs on SQLite and on
 * PostgreSQL:
 *
 *   forEachProvider((db) => {
 *     it('stores a source', async () => {
 *       const s = await db.store().sources.add('https://example.org/feed', 'auto');
 *       …
 *     });
 *   });
 *
 * SQLite: a file in a fresh temp folder. PostgreSQL (only when
 * TEST_DATABASE_URL names a server, used as the admin connection): a database
 * with a unique name, created for the suite and dropped after it. Each
 * suite's database is migrated once; every table is emptied before each test.
 */

export type ProviderName = 'sqlite' | 'postgres';

export const PG_HINT = 'set TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres to run';

export function testServerUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return url ? url : undefined;
}

export interface TestDatabase {
  provider: ProviderName;
  /** DATABASE_URL of the new, empty database. */
  url: string;
  /** Empties every table except _prisma_migrations. */
  truncate(): Promise<void>;
  /** Runs SQL directly (e.g. to tamper with _prisma_migrations in a test). */
  exec(sql: string): Promise<void>;
  /** Rows of a query, straight from the driver. */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  drop(): Promise<void>;
}

function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'events-bot-test-'));
  const path = join(dir, 'test.db');
  const withDb = <T>(fn: (db: Database.Database) => T): T => {
    const db = new Database(path, { timeout: 5000 });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    provider: 'sqlite',
    url: `file:${path}`,
    truncate: async () =>
      withDb((db) => {
        const tables = db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'")
          .all() as { name: string }[];
        db.pragma('foreign_keys = OFF');
        db.transaction(() => {
          for (const { name } of tables) db.exec(`DELETE FROM "${name}"`);
          if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get()) db.exec('DELETE FROM sqlite_sequence');
        })();
      }),
    exec: async (sql) => withDb((db) => void db.exec(sql)),
    query: async <T>(sql: string) => withDb((db) => db.prepare(sql).all() as T[]),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function onServer<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function postgresDatabase(server: string): Promise<TestDatabase> {
  const name = `events_bot_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await onServer(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  const u = new URL(server);
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    provider: 'postgres',
    url,
    truncate: () =>
      onServer(url, async (c) => {
        const { rows } = await c.query<{ tablename: string }>(
          "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
        );
        if (rows.length === 0) return;
        await c.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
      }),
    exec: (sql) => onServer(url, async (c) => void (await c.query(sql))),
    query: <T>(sql: string) => onServer(url, async (c) => (await c.query(sql)).rows as T[]),
    drop: () => onServer(server, async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

/** A new, empty (unmigrated) database. Call drop() when done. */
export async function createTestDatabase(provider: ProviderName): Promise<TestDatabase> {
  if (provider === 'sqlite') return sqliteDatabase();
  const server = testServerUrl();
  if (!server) throw new Error(`PostgreSQL test database needs a server: ${PG_HINT}`);
  return postgresDatabase(server);
}

/** The providers a suite can run on here, with the describe() title for each. */
export function providers(): { provider: ProviderName; title: string; enabled: boolean }[] {
  const pgOn = testServerUrl() !== undefined;
  return [
    { provider: 'sqlite', title: 'SQLite', enabled: true },
    { provider: 'postgres', title: pgOn ? 'PostgreSQL' : `PostgreSQL (${PG_HINT})`, enabled: pgOn },
  ];
}

/** Registers a describe() per provider; PostgreSQL is describe.skip'ed, with the hint, when not configured. */
export function forEachDatabase(suite: (provider: ProviderName) => void): void {
  for (const p of providers()) (p.enabled ? describe : describe.skip)(p.title, () => suite(p.provider));
}

export interface ProviderHandle {
  provider: ProviderName;
  /** The migrated, emptied store for the current test. */
  store(): Store;
  database(): TestDatabase;
}

/**
 * The usual way in: a migrated database and an open Store per provider, shared
 * by the tests of the suite and emptied before each test.
 */
export function forEachProvider(suite: (db: ProviderHandle) => void): void {
  forEachDatabase((provider) => {
    let database: TestDatabase | undefined;
    let store: Store | undefined;
    beforeAll(async () => {
      database = await createTestDatabase(provider);
      await migrate(database.url);
      store = await openStore(database.url);
    });
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });
    beforeEach(async () => {
      await database?.truncate();
    });
    suite({
      provider,
      store: () => {
        if (!store) throw new Error('the test store is not open (beforeAll failed?)');
        return store;
      },
      database: () => {
        if (!database) throw new Error('the test database is not ready (beforeAll failed?)');
        return database;
      },
    });
  });
}
