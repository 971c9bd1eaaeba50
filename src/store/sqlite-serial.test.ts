import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrismaClient } from './generated/sqlite/client.js';
import { migrate } from './migrate.js';
import { serialisedSqlite } from './sqlite-serial.js';

/**
 * On SQLite every query shares one connection. A chat command that writes
 * while a poll transaction is open must not run inside that transaction:
 * it would read uncommitted rows, and its write would vanish on rollback.
 */
describe('SQLite queries outside a transaction', () => {
  let dir: string;
  let db: PrismaClient;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'events-bot-serial-'));
    await migrate(`file:${join(dir, 't.db')}`);
    db = new PrismaClient({ adapter: serialisedSqlite(new PrismaBetterSqlite3({ url: join(dir, 't.db') })) });
  });
  afterEach(async () => {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GIVEN a transaction that rolls back THEN a write made meanwhile is kept', async () => {
    const poll = db
      .$transaction(async (tx) => {
        await tx.processedInbound.create({ data: { id: 'inside' } });
        await sleep(100);
        throw new Error('feed broke');
      })
      .catch((e: Error) => e.message);
    await sleep(20);
    await db.processedInbound.create({ data: { id: 'outside' } });
    expect(await poll).toBe('feed broke');
    expect((await db.processedInbound.findMany()).map((r) => r.id)).toEqual(['outside']);
  });

  it('GIVEN another process holding the write lock THEN a transaction here waits for it instead of failing', async () => {
    // A second process (as `events-bot poll --once` beside the service) writes for a moment.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
         db.exec("BEGIN IMMEDIATE; INSERT INTO ProcessedInbound (id, createdAt) VALUES ('other-process', 0)");
         process.stdout.write('locked\\n');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
         db.exec('COMMIT'); db.close();`,
        join(dir, 't.db'),
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    // Read first, then write: with a deferred BEGIN the write would find its snapshot stale once the other process commits.
    await db.$transaction(async (tx) => {
      await tx.processedInbound.count();
      await tx.processedInbound.create({ data: { id: 'this-process' } });
    });
    await new Promise((resolve) => holder.once('exit', resolve));
    expect((await db.processedInbound.findMany({ orderBy: { id: 'asc' } })).map((r) => r.id)).toEqual(['other-process', 'this-process']);
  });
});

/**
 * Reads outside a transaction go to a read-only connection; should it fail
 * to open (a broken file mode, say), that is reported once and reads wait
 * for the transaction in progress on the store's connection as before.
 */
describe('SQLite reads when the read-only connection cannot open', () => {
  let dir: string;
  let db: PrismaClient;
  const errors: unknown[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'events-bot-serial-'));
    await migrate(`file:${join(dir, 't.db')}`);
    errors.length = 0;
    const broken = {
      ...new PrismaBetterSqlite3({ url: join(dir, 't.db') }),
      connect: () => Promise.reject(new Error('unable to open database file')),
    };
    const reader = { factory: broken as unknown as PrismaBetterSqlite3, onError: (e: unknown) => void errors.push(e) };
    db = new PrismaClient({ adapter: serialisedSqlite(new PrismaBetterSqlite3({ url: join(dir, 't.db') }), undefined, reader) });
  });
  afterEach(async () => {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads on the store connection after the open transaction, and says why once', async () => {
    let committed = false;
    const poll = db.$transaction(async (tx) => {
      await tx.processedInbound.create({ data: { id: 'polled' } });
      await new Promise((r) => setTimeout(r, 50));
      committed = true;
    });
    await new Promise((r) => setTimeout(r, 10));
    const read = await db.processedInbound.findMany();
    expect(committed).toBe(true); // it waited for the COMMIT…
    expect(read.map((r) => r.id)).toEqual(['polled']); // …and so sees what it committed
    await poll;
    expect(await db.processedInbound.count()).toBe(1);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('unable to open');
  });
});
