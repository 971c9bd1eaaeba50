import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../core/log.js';
import type { SqliteConnection } from './sqlite-bulk.js';

/**
 * WAL checkpoints on a thread of their own. By default SQLite checkpoints
 * inside the COMMIT that takes the WAL past 1,000 pages: that COMMIT copies
 * the pages into the database file and fsyncs both files, on the thread that
 * committed — for us the event loop, which then answers no chat command
 * for that time. In a cold ingest of 50,000 events COMMITs took about 15 ms
 * each (1.1–1.2 s of the cycle), against 4–5 ms with checkpoints off.
 *
 * Here the store's connection never checkpoints (`wal_autocheckpoint = 0`),
 * and a worker thread with its own connection to the same file runs a
 * PASSIVE checkpoint every `everyMs`: one that never waits for the writer
 * or readers, copying what they no longer need, so the WAL is rewound from
 * its start once a checkpoint has caught up. Should the worker fail, the
 * store's connection checkpoints again as before (and it says so in the log).
 */

/** The worker, as CommonJS text (`eval`): no loader, the same under tsx and the compiled image. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: workerData.busyMs });
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)')[0];
let asked = false;
let failing = false; // a failure is reported once, not every tick
const timer = setInterval(() => {
  try {
    const { log, checkpointed } = checkpoint();
    failing = false;
    if (asked && log === checkpointed) {
      asked = false;
      parentPort.postMessage({ caughtUp: true });
    }
  } catch (e) {
    if (!failing) parentPort.postMessage({ failed: String((e && e.message) || e) });
    failing = true;
  }
}, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m === 'ask') asked = true;
  if (m !== 'stop') return;
  clearInterval(timer);
  try { checkpoint(); } finally { db.close(); parentPort.close(); }
});
parentPort.postMessage({ ready: true });
`;

/** SQLite's own default, restored when the worker is gone. */
const AUTOCHECKPOINT_PAGES = 1000;
const CHECKPOINT_EVERY_MS = 1000;
const STOP_TIMEOUT_MS = 5000;

export interface Checkpointer {
  /** Settles once a checkpoint that starts after this call has copied every frame in the WAL. */
  caughtUp(): Promise<void>;
  /** Stops the worker after one last checkpoint; the store's connection checkpoints again. */
  stop(): Promise<void>;
}

export interface CheckpointOptions {
  file: string;
  connection: SqliteConnection;
  logger?: Pick<Logger, 'warn' | 'error'>;
  busyMs: number;
  everyMs?: number;
  /** Handed the thread once it runs (tests end it as a crash would). */
  onThread?: (worker: Worker) => void;
}

/**
 * Starts the checkpoint worker for `file` and turns the connection's own
 * checkpoints off once it runs; null (checkpoints left as they were, and
 * logged) when it cannot start.
 */
export async function startCheckpointer(opts: CheckpointOptions): Promise<Checkpointer | null> {
  const { connection, logger } = opts;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { driver, file: opts.file, busyMs: opts.busyMs, everyMs: opts.everyMs ?? CHECKPOINT_EVERY_MS },
  });
  let stopping = false;
  const restore = () => {
    if (connection.open) connection.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  };
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const waiting: (() => void)[] = [];
  let errored = false;
  const started = await new Promise<boolean>((resolve) => {
    worker.on('message', (m: { ready?: boolean; failed?: string; caughtUp?: boolean }) => {
      if (m.ready) resolve(true);
      if (m.caughtUp) for (const w of waiting.splice(0)) w();
      if (m.failed) logger?.warn({ error: m.failed }, 'database: a background WAL checkpoint failed');
    });
    worker.once('error', (e) => {
      errored = true;
      logger?.error({ err: e }, 'database: the WAL checkpoint thread stopped; the database checkpoints on commit again');
    });
    // An 'error' is followed by 'exit'.
    worker.once('exit', (code) => {
      for (const w of waiting.splice(0)) w(); // no checkpoint will come from here any more
      if (stopping) return;
      if (!errored) logger?.error({ code }, 'database: the WAL checkpoint thread exited; the database checkpoints on commit again');
      restore();
      resolve(false);
    });
  });
  if (!started) return null;
  connection.pragma('wal_autocheckpoint = 0');
  worker.unref();
  opts.onThread?.(worker);
  return {
    caughtUp: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        worker.postMessage('ask');
      }),
    async stop() {
      if (stopping) return exited;
      stopping = true;
      restore();
      worker.postMessage('stop');
      const stuck = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(stuck);
    },
  };
}
