import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { RawConnections } from './apply.js';
import type { SqliteConnection } from './sqlite-bulk.js';
import { serialisedSqlite } from './sqlite-serial.js';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpoint.js';
import type { Logger } from '../core/log.js';
import type { Store } from '../core/ports.js';
import { channelRepo } from './channels.js';
import type { Db, Provider } from './client.js';
import { eventRepo } from './events.js';
import { PrismaClient as PostgresClient } from './generated/postgres/client.js';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.js';
import { inboundRepo } from './inbound.js';
import { postRepo } from './posts.js';
import { reminderRepo } from './reminders.js';
import { rsvpRepo } from './rsvps.js';
import { shardLeaseRepo } from './shards.js';
import { sourceRepo } from './sources.js';
import { eventSyncRepo, optInRepo } from './sync.js';
import { threadRepo } from './threads.js';
import { databaseTarget, ensureSqliteDir } from './url.js';
import { userPrefRepo } from './users.js';
import { calendarRepo } from './calendars.js';
import { filterRepo } from './filters.js';
import { feedAlertRepo } from './feed-alerts.js';

/**
 * The database factory, and the only place that knows two Prisma clients
 * exist. DATABASE_URL picks the provider (see url.ts); the PostgreSQL client
 * is handed to the repositories as the SQLite client's type (`Db`), which is
 * sound because both are generated from the same models and the repositories
 * stay within what both providers support.
 *
 * The schema is not created here: run migrate() (src/store/migrate.ts) first.
 */

export { DatabaseUrlError, parseDatabaseUrl } from './url.js';

export interface StoreOptions {
  /**
   * Receives Prisma's warnings. Query errors are not forwarded: they reach the
   * caller as exceptions (an expected unique violation when claiming a post is
   * not an error), and unexpected ones are logged there with their context.
   */
  logger?: Pick<Logger, 'warn' | 'error'>;
  /**
   * SQLite: checkpoint the WAL on a worker thread instead of inside the
   * COMMIT that fills it (sqlite-checkpoint.ts). The service turns it on;
   * short-lived stores (commands, most tests) leave it off.
   */
  backgroundCheckpoints?: boolean;
}

/** SQLite waits this long for another connection's write lock before failing with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

const LOG = [{ emit: 'event', level: 'warn' }] as const;

type LogEvent = { message: string; target: string };
type Loggable = { $on(level: 'warn', cb: (e: LogEvent) => void): void };

function forwardLogs(client: Loggable, logger: StoreOptions['logger']): void {
  if (!logger) return;
  client.$on('warn', (e) => logger.warn({ target: e.target }, `prisma: ${e.message}`));
}

/** A database in a file (not in memory), which a second connection can open. */
const inFile = (path: string) => path !== ':memory:' && !path.startsWith('file::memory:');

interface SqliteConnections {
  /** The store's own connection, for the bulk statements inside apply.ts's transactions. */
  onConnect(connection: SqliteConnection): void;
  /** The read-only connection (a database in a file), for reads outside transactions and near(). */
  onReader(connection: SqliteConnection): void;
}

async function openSqlite(path: string, opts: StoreOptions, connections: SqliteConnections): Promise<Db> {
  ensureSqliteDir(path);
  const reader = inFile(path)
    ? {
        factory: new PrismaBetterSqlite3({ url: path, timeout: SQLITE_BUSY_TIMEOUT_MS, readonly: true, fileMustExist: true }),
        onConnect: connections.onReader,
        onError: (e: unknown) =>
          opts.logger?.warn({ err: e }, 'database: the read-only connection could not open; chat commands wait for polls to commit'),
      }
    : undefined;
  const client = new SqliteClient({
    adapter: serialisedSqlite(new PrismaBetterSqlite3({ url: path, timeout: SQLITE_BUSY_TIMEOUT_MS }), connections.onConnect, reader),
    log: [...LOG],
  });
  forwardLogs(client, opts.logger);
  // WAL lets readers (chat commands) run while the poller writes; NORMAL sync is safe under WAL.
  // PRAGMAs that answer with a row go through $queryRawUnsafe.
  await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await client.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  await client.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await client.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await client.$queryRawUnsafe('SELECT 1'); // the first read opens the read-only connection, now that the file is in WAL mode
  return client;
}

/**
 * Prisma's adapter draws from a pool made here, so the group commit
 * (apply.ts, pg-direct.ts) takes its connections from the same pool; the
 * store ends it on close. An idle connection the server drops (a restart) is
 * logged and replaced on next use, never an uncaught error.
 */
function openPostgres(url: string, opts: StoreOptions): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url });
  pool.on('error', (e) => opts.logger?.warn({ err: e.message }, 'database: an idle connection was closed'));
  const client = new PostgresClient({ adapter: new PrismaPg(pool), log: [...LOG] });
  forwardLogs(client, opts.logger);
  return { db: client as unknown as Db, pool };
}

/** The repositories over one client. */
function createStore(db: Db, provider: Provider, raw: RawConnections, beforeClose?: () => Promise<void>): Store {
  return {
    provider,
    sources: sourceRepo(db, provider),
    shards: shardLeaseRepo(db),
    events: eventRepo(db, provider, raw),
    channels: channelRepo(db),
    posts: postRepo(db),
    rsvps: rsvpRepo(db),
    users: userPrefRepo(db),
    inbound: inboundRepo(db),
    calendars: calendarRepo(db),
    filters: filterRepo(db),
    feedAlerts: feedAlertRepo(db),
    optIns: optInRepo(db),
    eventSync: eventSyncRepo(db),
    threads: threadRepo(db),
    reminders: reminderRepo(db),
    async ping() {
      try {
        await db.$queryRawUnsafe('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close: once(async () => {
      await beforeClose?.();
      await db.$disconnect();
      await raw.postgres?.end();
    }),
  };
}

function once(f: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= f());
}

/**
 * Opens the database named by DATABASE_URL: `file:<path>` → SQLite (folder
 * created if missing, WAL, busy timeout), `postgres://` or `postgresql://` →
 * PostgreSQL. Any other value throws DatabaseUrlError with a one-line message.
 */
export async function openStore(databaseUrl: string, opts: StoreOptions = {}): Promise<Store> {
  const target = databaseTarget(databaseUrl);
  if (target.provider === 'postgres') {
    const { db, pool } = openPostgres(target.url, opts);
    return createStore(db, 'postgres', { sqlite: () => null, postgres: pool });
  }
  let connection: SqliteConnection | null = null;
  let reader: SqliteConnection | null = null;
  const db = await openSqlite(target.path, opts, { onConnect: (c) => (connection = c), onReader: (c) => (reader = c) });
  const checkpointer = await backgroundCheckpoints(target.path, connection, opts);
  const raw = { sqlite: () => connection, postgres: null, sqliteReader: () => reader };
  return createStore(db, 'sqlite', raw, async () => checkpointer?.stop());
}

async function backgroundCheckpoints(path: string, connection: SqliteConnection | null, opts: StoreOptions): Promise<Checkpointer | null> {
  if (!opts.backgroundCheckpoints || !connection || path === ':memory:') return null;
  return startCheckpointer({ file: path, connection, logger: opts.logger, busyMs: SQLITE_BUSY_TIMEOUT_MS });
}
