import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';

/**
 * DEVELOPMENT TOOLING ONLY. Driver adapters as the wasm schema engine needs
 * them, with the two gaps of the stock adapters closed:
 *
 * - better-sqlite3 prepares one statement at a time, but the engine sends a
 *   whole migration script through executeRaw when it replays migrations on
 *   the shadow database: scripts with several statements go to executeScript.
 * - adapter-pg refuses columns of PostgreSQL's internal one-byte type "char"
 *   (OID 18), which the catalog queries of schema description return
 *   (pg_class.relkind, pg_constraint.contype…): they are reported as text.
 *   The PostgreSQL shadow database is a temporary database on the given
 *   server, dropped when the engine lets go of it.
 */

/** Forwards every member to `target`, with `overrides` taking precedence. */
function override<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (Object.hasOwn(overrides, prop)) return (overrides as Record<string | symbol, unknown>)[prop];
      const value: unknown = Reflect.get(t, prop, t);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/** A script with more than one statement (a `;` followed by more SQL). */
function isScript(sql: string): boolean {
  return /;\s*\S/.test(sql.trim());
}

function routeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return override(adapter, {
    executeRaw: async (query: SqlQuery) => {
      if (query.args.length === 0 && isScript(query.sql)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      return adapter.executeRaw(query);
    },
  });
}

/** SQLite: the main and the shadow database are both in memory; nothing outlives the engine. */
export function sqliteEngineFactory(): EngineFactory {
  const base = new PrismaBetterSqlite3({ url: ':memory:' });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'sqlite',
    adapterName: base.adapterName,
    connect: async () => routeScripts(await base.connect()),
    connectToShadowDb: async () => routeScripts(await base.connectToShadowDb()),
  };
  return { factory, close: async () => {} };
}

const CHAR_OID = 18;
const TEXT_OID = 25;

function retypeChar<R>(result: R): R {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of (r as pg.QueryResult | undefined)?.fields ?? []) {
      if (f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

type QueryFn = (...args: unknown[]) => unknown;

/** Wraps a promise-returning query method so "char" columns come back typed as text. */
function patchQuery(target: { query: unknown }): void {
  const original = (target.query as QueryFn).bind(target);
  target.query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(retypeChar) : out;
  };
}

function charSafePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  patchQuery(pool as unknown as { query: unknown });
  pool.on('connect', (client) => patchQuery(client as unknown as { query: unknown }));
  return pool;
}

function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const NO_SHADOW_SERVER =
  'Generating PostgreSQL migration SQL replays the migrations on a scratch PostgreSQL server: ' +
  'set SHADOW_DATABASE_URL (or TEST_DATABASE_URL), e.g. postgresql://postgres@127.0.0.1:5432/postgres; ' +
  'a temporary database is created there and dropped afterwards.';

export interface EngineFactory {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Ends connections the engine left open and drops shadow databases it did not dispose of. */
  close(): Promise<void>;
}

export function postgresEngineFactory(serverUrl: string | undefined): EngineFactory {
  const need = (): string => {
    if (!serverUrl) throw new Error(NO_SHADOW_SERVER);
    return serverUrl;
  };
  const pools = new Set<pg.Pool>();
  const shadows = new Set<string>();
  const open = (url: string) => {
    const pool = charSafePool(url);
    pools.add(pool);
    return new PrismaPg(pool).connect();
  };
  const dropShadow = async (name: string) => {
    shadows.delete(name);
    await admin(need(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => open(need()),
    connectToShadowDb: async () => {
      const name = `events_bot_shadow_${randomUUID().replace(/-/g, '')}`;
      await admin(need(), `CREATE DATABASE "${name}"`);
      shadows.add(name);
      const adapter = await open(withDatabase(need(), name));
      return override<SqlDriverAdapter>(adapter, {
        dispose: async () => {
          const pool = adapter.underlyingDriver();
          pools.delete(pool);
          await pool.end();
          await dropShadow(name);
        },
      });
    },
  };
  const close = async () => {
    await Promise.all([...pools].map((p) => p.end()));
    pools.clear();
    for (const name of [...shadows]) await dropShadow(name);
  };
  return { factory, close };
}
