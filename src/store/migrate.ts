import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Logger } from '../core/log.js';
import { checksumMatches, migrationsDir, readMigrations, type MigrationFile, type Provider } from './migration-files.js';
import { databaseTarget, ensureSqliteDir } from './url.js';

/**
 * Applies the committed migrations (prisma/<provider>/migrations) at start-up,
 * without Prisma's schema engine. It keeps the books exactly like Prisma
 * Migrate (same `_prisma_migrations` table, columns and row values), so
 * `prisma migrate status/deploy` would agree with it:
 *
 * - one row per applied migration: id (uuid), checksum (sha256 hex of
 *   migration.sql), started_at/finished_at, migration_name, logs NULL,
 *   rolled_back_at NULL, applied_steps_count 1;
 * - each migration and its row commit in ONE transaction, so a failed
 *   migration leaves no trace and is retried at the next start;
 * - an applied migration whose file changed since (checksum differs), or a
 *   failed Prisma Migrate row, stops start-up with a MigrationError;
 * - PostgreSQL: the whole run holds pg_advisory_lock(72707369), the lock
 *   Prisma Migrate itself takes, so instances starting together (or a
 *   concurrent `prisma migrate deploy`) apply each migration once;
 *   SQLite: each migration runs under BEGIN IMMEDIATE (the write lock) and
 *   re-checks whether another process applied it meanwhile.
 */

export class MigrationError extends Error {
  constructor(
    readonly code: 'checksum_mismatch' | 'failed_migration' | 'migration_failed',
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrateOptions {
  logger?: Pick<Logger, 'info' | 'warn'>;
  /** Defaults to prisma/<provider>/migrations of this checkout. */
  migrationsDir?: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Prisma Migrate's lock key (prisma-engines: advisory lock id 72707369). */
const PRISMA_ADVISORY_LOCK = 72707369;

const DDL: Record<Provider, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`,
  postgres: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`,
};

const SELECT_APPLIED = 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at';

/**
 * Stops on history Prisma would stop on. Returns the migrations still to apply.
 * Rolled-back rows are history only and ignored, as in Prisma.
 */
function pending(files: MigrationFile[], rows: AppliedRow[], dir: string, logger?: MigrateOptions['logger']): MigrationFile[] {
  const live = rows.filter((r) => r.rolled_back_at === null);
  const failed = live.find((r) => r.finished_at === null);
  if (failed) {
    throw new MigrationError(
      'failed_migration',
      `Migration ${failed.migration_name} is recorded as failed in _prisma_migrations; fix the database by hand, then mark it rolled back (npx prisma migrate resolve --rolled-back ${failed.migration_name}).`,
    );
  }
  const applied = new Map(live.map((r) => [r.migration_name, r]));
  for (const f of files) {
    const row = applied.get(f.name);
    if (row && !checksumMatches(f.sql, row.checksum)) {
      throw new MigrationError(
        'checksum_mismatch',
        `Migration ${f.name} was edited after it was applied to this database (checksum differs): restore ${dir}/${f.name}/migration.sql and put the change in a new migration (npm run db:migration:new <name>).`,
      );
    }
  }
  const known = new Set(files.map((f) => f.name));
  const unknown = live.filter((r) => !known.has(r.migration_name)).map((r) => r.migration_name);
  if (unknown.length > 0) {
    logger?.warn({ migrations: unknown }, 'database has migrations this version does not know (was it run by a newer version?)');
  }
  return files.filter((f) => !applied.has(f.name));
}

async function migrateSqlite(path: string, files: MigrationFile[], dir: string, opts: MigrateOptions): Promise<string[]> {
  ensureSqliteDir(path);
  const db = new Database(path, { timeout: 5000 });
  try {
    db.pragma('journal_mode = WAL');
    db.exec(DDL.sqlite);
    const todo = pending(files, db.prepare(SELECT_APPLIED).all() as AppliedRow[], dir, opts.logger);
    const applied: string[] = [];
    for (const f of todo) {
      // Prisma's SQLite scripts rebuild tables with "PRAGMA foreign_keys=OFF", which is ignored
      // inside a transaction; with keys on, DROP TABLE would cascade-delete child rows. So keys go
      // off around the transaction and integrity is checked before commit instead.
      db.pragma('foreign_keys = OFF');
      try {
        db.exec('BEGIN IMMEDIATE');
        try {
          const done = db.prepare('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND rolled_back_at IS NULL').get(f.name);
          if (!done) {
            const startedAt = Date.now();
            db.exec(f.sql);
            const broken = db.pragma('foreign_key_check') as unknown[];
            if (broken.length > 0) throw new Error(`${broken.length} rows break foreign keys after the migration`);
            // Prisma's engine stores SQLite timestamps in this table as Unix milliseconds.
            db.prepare(
              'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)',
            ).run(randomUUID(), f.checksum, Date.now(), f.name, startedAt);
            applied.push(f.name);
          }
          db.exec('COMMIT');
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw failure(f.name, e);
        }
      } finally {
        db.pragma('foreign_keys = ON');
      }
    }
    return applied;
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, files: MigrationFile[], dir: string, opts: MigrateOptions): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    await client.query(DDL.postgres);
    const rows = (await client.query<AppliedRow>(SELECT_APPLIED)).rows;
    const applied: string[] = [];
    for (const f of pending(files, rows, dir, opts.logger)) {
      const startedAt = new Date();
      try {
        await client.query('BEGIN');
        await client.query(f.sql); // simple query protocol: the whole script in one round trip
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)',
          [randomUUID(), f.checksum, f.name, startedAt],
        );
        await client.query('COMMIT');
        applied.push(f.name);
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw failure(f.name, e);
      }
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
}

function failure(name: string, e: unknown): MigrationError {
  const reason = e instanceof Error ? e.message : String(e);
  return new MigrationError('migration_failed', `Migration ${name} failed and was rolled back: ${reason}`);
}

/** Brings the database at `databaseUrl` up to the latest committed migration. */
export async function migrate(databaseUrl: string, opts: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const target = databaseTarget(databaseUrl);
  const dir = opts.migrationsDir ?? migrationsDir(target.provider);
  const files = readMigrations(dir);
  const applied =
    target.provider === 'sqlite' ? await migrateSqlite(target.path, files, dir, opts) : await migratePostgres(target.url, files, dir, opts);
  if (applied.length > 0) opts.logger?.info({ applied }, `applied ${applied.length} database migration(s)`);
  return { applied };
}
