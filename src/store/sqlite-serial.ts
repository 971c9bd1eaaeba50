import type { SqliteConnection } from './sqlite-bulk.js';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/**
 * Prisma's better-sqlite3 adapter runs everything on ONE connection and
 * serialises only transactions against each other. A query made outside a
 * transaction while one is open (a chat command during a poll) runs inside
 * it: it reads uncommitted rows, and its write is lost if the transaction
 * rolls back. This wrapper makes every query outside a transaction wait until
 * no transaction is open, and makes transactions take turns — so each
 * transaction really is isolated. Reads outside a transaction go to a
 * read-only connection instead when the database is in a file
 * (`ReadConnection` below), so only a chat command's writes wait for the
 * current poll transaction (tens of milliseconds).
 *
 * `onConnect` receives the better-sqlite3 connection itself, for the bulk
 * statements apply.ts runs inside its transaction (sqlite-bulk.ts).
 */
export function serialisedSqlite(
  factory: SqlDriverAdapterFactory,
  onConnect?: (connection: SqliteConnection) => void,
  reader?: ReadConnection,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const inner = await factory.connect();
      const connection = (inner as unknown as { client?: SqliteConnection }).client;
      if (connection && onConnect) onConnect(connection);
      return serialise(inner, reader ? readerOnDemand(reader) : null);
    },
  };
}

/**
 * A read-only connection to the same file (a database in a file, under WAL):
 * a query outside a transaction that only reads (its SQL starts with SELECT)
 * runs there instead of waiting for the transaction in progress, and sees
 * what was last committed — which is all a query outside that transaction
 * may see anyway. So a chat command's reads are answered while the poller's
 * group commit holds the store's connection (it gives the event loop turns:
 * sqlite-bulk.ts); its writes still wait.
 */
export interface ReadConnection {
  factory: SqlDriverAdapterFactory;
  /** Receives the read-only better-sqlite3 connection (near() reads on it with plain SQL: sqlite-reader.ts). */
  onConnect?: (connection: SqliteConnection) => void;
  /** Told why the read-only connection could not open; reads then wait for transactions as before. */
  onError?: (error: unknown) => void;
}

interface Reader {
  /** The read-only adapter, connected on first use (after the store's PRAGMAs have put the file in WAL mode); null if it cannot open. */
  get(): Promise<SqlDriverAdapter | null>;
  close(): Promise<void>;
}

function readerOnDemand(reader: ReadConnection): Reader {
  let connected: Promise<SqlDriverAdapter | null> | null = null;
  const connect = async (): Promise<SqlDriverAdapter | null> => {
    try {
      const adapter = await reader.factory.connect();
      const connection = (adapter as unknown as { client?: SqliteConnection }).client;
      if (connection && reader.onConnect) reader.onConnect(connection);
      return adapter;
    } catch (error) {
      reader.onError?.(error);
      return null;
    }
  };
  return {
    get: () => (connected ??= connect()),
    close: async () => void (await (await connected)?.dispose()),
  };
}

const READ_ONLY = /^\s*SELECT\b/i;

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

function serialise(inner: SqlDriverAdapter, reader: Reader | null): SqlDriverAdapter {
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
    queryRaw: async (q) => {
      const readOnly = reader && READ_ONLY.test(q.sql) ? await reader.get() : null;
      if (readOnly) return readOnly.queryRaw(q);
      await idle();
      return inner.queryRaw(q);
    },
    executeRaw: async (q) => (await idle(), inner.executeRaw(q)),
    executeScript: async (s) => (await idle(), inner.executeScript(s)),
    startTransaction,
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: async () => {
      await idle();
      await reader?.close();
      await inner.dispose();
    },
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
