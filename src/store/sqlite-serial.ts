import type { SqliteConnection } from './sqlite-bulk.js';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/**
 * Prisma's better-sqlite3 adapter runs everything on ONE connection and
 * serialises only transactions against each other. A query made outside a
 * transaction while one is open (a chat command during a poll) runs inside
 * it: it reads uncommitted rows, and its write is lost if the transaction
 * rolls back. This wrapper makes every query outside a transaction wait until
 * no transaction is open, and makes transactions take turns — so each
 * transaction really is isolated, at the price of chat commands waiting for
 * the current poll transaction (tens of milliseconds; `/events nearby` does
 * not wait, it reads on a read-only connection of its own: sqlite-reader.ts).
 *
 * `onConnect` receives the better-sqlite3 connection itself, for the bulk
 * statements apply.ts runs inside its transaction (sqlite-bulk.ts).
 */
export function serialisedSqlite(
  factory: SqlDriverAdapterFactory,
  onConnect?: (connection: SqliteConnection) => void,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const inner = await factory.connect();
      const connection = (inner as unknown as { client?: SqliteConnection }).client;
      if (connection && onConnect) onConnect(connection);
      return serialise(inner);
    },
  };
}

/**
 * Transactions begin IMMEDIATE rather than DEFERRED, so a transaction takes
 * the database's write lock when it starts, and another process on the same
 * file (`events-bot poll --once` beside a running service) waits for it
 * (busy_timeout) instead of failing halfway through when both try to write.
 * Prisma's adapter runs the literal statement "BEGIN" on its better-sqlite3
 * connection; this rewrites exactly that statement on this connection.
 */
function beginImmediate(inner: SqlDriverAdapter): void {
  const connection = (inner as unknown as { client?: { prepare?: (sql: string) => unknown } }).client;
  if (!connection?.prepare) return;
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (sql: string) => prepare(sql === 'BEGIN' ? 'BEGIN IMMEDIATE' : sql);
}

function serialise(inner: SqlDriverAdapter): SqlDriverAdapter {
  beginImmediate(inner);
  /** Settles when the last transaction in line has ended. */
  let tail: Promise<void> = Promise.resolve();

  async function idle(): Promise<void> {
    for (let seen = tail; ; seen = tail) {
      await seen;
      if (seen === tail) return;
    }
  }

  async function startTransaction(isolationLevel?: Parameters<SqlDriverAdapter['startTransaction']>[0]): Promise<Transaction> {
    const before = tail;
    let release!: () => void;
    tail = new Promise<void>((resolve) => (release = resolve));
    await before;
    try {
      const tx = await inner.startTransaction(isolationLevel);
      return ending(tx, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (q) => (await idle(), inner.queryRaw(q)),
    executeRaw: async (q) => (await idle(), inner.executeRaw(q)),
    executeScript: async (s) => (await idle(), inner.executeScript(s)),
    startTransaction,
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: async () => (await idle(), inner.dispose()),
  };
}

/** The same transaction, releasing the turn when it commits or rolls back. */
function ending(tx: Transaction, release: () => void): Transaction {
  const done = <T>(p: Promise<T>) => p.finally(release);
  return Object.assign(Object.create(tx) as Transaction, {
    commit: () => done(tx.commit()),
    rollback: () => done(tx.rollback()),
  });
}
