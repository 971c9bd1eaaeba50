import pg from 'pg';

/**
 * The poller's group commit on PostgreSQL, straight on the `pg` pool that
 * Prisma's adapter also uses (db.ts hands both the same pool, so the
 * connection limit is one). Through Prisma's interactive transaction each
 * statement cost a trip through its query runtime, which turns every
 * parameter into JSON and back (the rows of a write are one JSON parameter
 * of about a megabyte), and each of the transaction's eight statements
 * waited for the event loop, busy parsing other feeds, before the next could
 * go. Here the statements a caller does not need an answer from are queued
 * on the connection without waiting (the driver sends each as soon as the
 * one before has finished), and BEGIN goes with the lock in one message.
 *
 * Values come back as Prisma returns them from a raw query: `timestamp(3)`
 * (which holds UTC) as a Date of that UTC time — the driver's own parser
 * would read it as local time.
 */

export type PgRows = <R = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<R[]>;

export interface PgSession {
  /** One statement; its rows. */
  rows: PgRows;
  /** One statement; how many rows it changed. */
  execute(sql: string, params?: unknown[]): Promise<number>;
}

/** A statement (the lock's wait included) that takes longer has hung: the transaction fails and rolls back. */
const STATEMENT_TIMEOUT_MS = 120_000;

const TIMESTAMP = 1114;
const utc = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP ? utc : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

function session(client: pg.PoolClient): PgSession {
  return {
    async rows<R>(text: string, values: unknown[] = []) {
      return (await client.query({ text, values, types })).rows as R[];
    },
    async execute(text, values = []) {
      return (await client.query({ text, values, types })).rowCount ?? 0;
    },
  };
}

/**
 * Runs `work` in one transaction on a connection of `pool`, holding the
 * transaction-scoped advisory lock `lockKey` from the start. Commits when
 * `work` settles, rolls back when it throws; a connection whose ROLLBACK
 * fails is discarded rather than returned to the pool.
 */
export async function pgTransaction<T>(pool: pg.Pool, lockKey: number, work: (db: PgSession) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let discard: Error | undefined;
  try {
    await client.query(
      `BEGIN; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}; SELECT pg_advisory_xact_lock(${Math.trunc(lockKey)})`,
    );
    const result = await work(session(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((e: Error) => (discard = e));
    throw error;
  } finally {
    client.release(discard);
  }
}

/**
 * Waits for every promise (so none is left to reject unobserved), then
 * throws the first failure: for statements queued together on one
 * connection, where a later one fails too once an earlier one has.
 */
export async function settleAll(promises: Promise<unknown>[]): Promise<void> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
}
