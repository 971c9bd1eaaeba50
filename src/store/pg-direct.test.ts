import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PG_HINT, testServerUrl, type TestDatabase } from '../../test/helpers/db.js';
import { openStore } from './db.js';
import { migrate } from './migrate.js';
import { pgTransaction, settleAll } from './pg-direct.js';
import { normalisedEvent } from './test-events.js';

/**
 * The group commit's own PostgreSQL transactions (pg-direct.ts): all or
 * nothing, the connection back in the pool clean, and stored times read as
 * the UTC they hold whatever the process's time zone.
 */
const server = testServerUrl();

describe.skipIf(!server)(`PostgreSQL group-commit transactions${server ? '' : ` (skipped: ${PG_HINT})`}`, () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const zone = process.env.TZ;

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    pool = new pg.Pool({ connectionString: db.url, max: 1 });
    await db.exec('CREATE TABLE t (n int PRIMARY KEY)');
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });
  afterEach(async () => {
    process.env.TZ = zone;
    await db.exec('DELETE FROM t');
  });

  it('commits every statement of the work, queued ones included', async () => {
    const got = await pgTransaction(pool, 1, async (s) => {
      await settleAll([s.execute('INSERT INTO t VALUES (1)'), s.execute('INSERT INTO t VALUES (2)')]);
      return s.rows<{ n: number }>('SELECT n FROM t ORDER BY n');
    });
    expect(got).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await db.query('SELECT n FROM t ORDER BY n')).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('rolls back everything when one queued statement fails, and reports that failure', async () => {
    const work = pgTransaction(pool, 1, (s) =>
      settleAll([s.execute('INSERT INTO t VALUES (1)'), s.execute('INSERT INTO t VALUES (1)'), s.execute('INSERT INTO t VALUES (3)')]),
    );
    await expect(work).rejects.toThrow(/duplicate key/);
    expect(await db.query('SELECT n FROM t')).toEqual([]);
    // The pool's one connection is usable again, outside any transaction.
    await pgTransaction(pool, 1, (s) => s.execute('INSERT INTO t VALUES (4)'));
    expect(await db.query('SELECT n FROM t')).toEqual([{ n: 4 }]);
  });

  it('reads a stored time as the UTC it holds, whatever the process time zone', async () => {
    process.env.TZ = 'America/Los_Angeles';
    const got = await pgTransaction(pool, 1, (s) => s.rows<{ at: Date }>(`SELECT '2030-04-01 18:00:00.250'::timestamp(3) AS at`));
    expect(got[0]!.at.toISOString()).toBe('2030-04-01T18:00:00.250Z');
  });
});

describe.skipIf(!server)(`PostgreSQL store in another time zone${server ? '' : ` (skipped: ${PG_HINT})`}`, () => {
  const zone = process.env.TZ;
  afterEach(() => void (process.env.TZ = zone));

  it('merges a changed report with the stored times as they are (a report without an end keeps the stored one)', async () => {
    const db = await createTestDatabase('postgres');
    await migrate(db.url);
    const store = await openStore(db.url);
    try {
      process.env.TZ = 'Asia/Kolkata';
      const source = await store.sources.add('https://a.example/feed.ics', 'ical');
      const start = new Date('2030-04-01T18:00:00Z');
      const now = new Date('2030-01-01T00:00:00Z');
      const end = new Date('2030-04-01T20:00:00Z');
      const { created } = await store.events.applySourceResults(source.id, [normalisedEvent({ start, end, title: 'Talk' })], now);
      const report = normalisedEvent({ start, end: null, title: 'Talk, with pizza' });
      const polled = { sourceId: source.id, events: [report], now, success: { etag: null, lastModified: null, nextCheckAt: now, at: now } };
      const [summary] = await store.events.applyPolled([polled]);
      expect(summary!.updated).toEqual(created);
      const stored = await store.events.get(created[0]!);
      expect(stored!.title).toBe('Talk, with pizza');
      expect(stored!.start.toISOString()).toBe('2030-04-01T18:00:00.000Z');
      expect(stored!.end?.toISOString()).toBe('2030-04-01T20:00:00.000Z');
    } finally {
      await store.close();
      await db.drop();
    }
  });
});
