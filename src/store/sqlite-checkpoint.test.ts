import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../test/helpers/recording-logger.js';
import { openStore } from './db.js';
import { migrate } from './migrate.js';
import { startCheckpointer } from './sqlite-checkpoint.js';

const PAGE = 4096;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'events-bot-checkpoint-'));
  dirs.push(dir);
  return join(dir, 'events.db');
}

function walDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  return db;
}

/** About `pages` pages of rows, in one transaction. */
function write(db: Database.Database, pages: number): void {
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < pages; i++) insert.run(Buffer.alloc(PAGE - 200, i % 251));
  })();
}

const size = (file: string) => statSync(file).size;

describe('WAL checkpoints on a worker thread', () => {
  it('leave commits to the connection and copy the pages into the database file in the background, rewinding the WAL', async () => {
    const file = scratch();
    const db = walDatabase(file);
    const logger = recordingLogger();
    const checkpointer = await startCheckpointer({ file, connection: db, logger, busyMs: 1000, everyMs: 50 });
    expect(checkpointer).not.toBeNull();
    try {
      // The connection itself no longer checkpoints when its WAL passes 1,000 pages.
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      const before = size(file);
      write(db, 3000);
      const wal = size(`${file}-wal`);
      expect(wal).toBeGreaterThan(3000 * (PAGE - 200));
      await checkpointer!.caughtUp();
      expect(size(file)).toBeGreaterThan(before + 3000 * (PAGE - 200));
      // Once a checkpoint has caught up, the next writes go to the start of the WAL again instead of growing it.
      write(db, 3000);
      await checkpointer!.caughtUp();
      expect(size(file)).toBeGreaterThan(before + 6000 * (PAGE - 200));
      expect(size(`${file}-wal`)).toBeLessThanOrEqual(wal * 1.1);
    } finally {
      await checkpointer?.stop();
    }
    // Stopped: the connection checkpoints on commit again.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(logger.entries).toEqual([]);
    db.close();
  });

  it('leaves the connection checkpointing on commit, and says why, when the worker cannot open the file', async () => {
    const db = walDatabase(scratch());
    const logger = recordingLogger();
    const missing = join(tmpdir(), 'events-bot-no-such-folder', 'x', 'events.db');
    const checkpointer = await startCheckpointer({ file: missing, connection: db, logger, busyMs: 1000, everyMs: 50 });
    expect(checkpointer).toBeNull();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(logger.entries).toMatchObject([{ level: 'error', msg: expect.stringContaining('checkpoints on commit again') }]);
    db.close();
  });

  it('gives commits their checkpoints back, and says so, when the thread dies after starting', async () => {
    const db = walDatabase(scratch());
    const logger = recordingLogger();
    let thread: Worker | undefined;
    const checkpointer = await startCheckpointer({
      file: db.name,
      connection: db,
      logger,
      busyMs: 1000,
      everyMs: 50,
      onThread: (w) => (thread = w),
    });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const exited = new Promise((resolve) => thread!.once('exit', resolve));
    await thread!.terminate();
    await exited;
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(logger.entries).toMatchObject([{ level: 'error', msg: expect.stringContaining('checkpoints on commit again') }]);
    // Stopping afterwards neither waits nor logs again.
    await checkpointer!.stop();
    expect(logger.entries).toHaveLength(1);
    db.close();
  });

  it('runs under a store opened with backgroundCheckpoints, which closes cleanly with everything written', async () => {
    const file = scratch();
    await migrate(`file:${file}`);
    const store = await openStore(`file:${file}`, { backgroundCheckpoints: true });
    for (let i = 0; i < 50; i++) await store.sources.add(`https://club${i}.example/cal.ics`, 'auto');
    await store.close();
    // The last connection to close checkpoints everything and removes the WAL.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM "Source"').get()).toEqual({ n: 50 });
    db.close();
  });
});
