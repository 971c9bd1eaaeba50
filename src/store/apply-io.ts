import type { LinkRow, Row } from './apply-plan.js';
import { EVENT_COLUMNS, insertJson, LINK_COLUMNS, sqlValue, updateJson, UPDATED_EVENT_COLUMNS } from './bulk-sql.js';
import { settleAll, type PgSession } from './pg-direct.js';
import { due, yieldIfDue } from '../core/turns.js';

/**
 * The set reads and batched writes apply.ts makes inside its transaction.
 * Two implementations: plain SQL on the group commit's own `pg` connection
 * on PostgreSQL (`postgresIo`, see pg-direct.ts: lists go in as one array
 * parameter each and rows as one JSON parameter, so each read or write is one
 * query whatever the group's size), and
 * straight on the better-sqlite3 connection that the transaction holds
 * (`sqliteIo` in sqlite-bulk.ts), where Prisma's per-query cost (~1.5 ms)
 * would be most of the work. Model queries (`tx.event.findMany`) are not used
 * here: building and mapping them cost more than the rows.
 *
 * The writes after insertEvents need no answer, so a caller may start them
 * together and wait once: they run in the order they were started
 * (`inOrder`), on PostgreSQL queued on the connection and sent back to back.
 * Every step first gives the event loop its turn when the time slice is used
 * up (core/turns.ts), so a commit never holds the loop for long.
 */
export interface ApplyIo {
  /** Links of any of the sources with any of the uids (the caller keeps each source's own). */
  links(sourceIds: number[], uids: string[]): Promise<(LinkRow & { sourceId: number })[]>;
  /** Events by id, fuzzy key or canonical URL (any of the three). */
  rows(ids: number[], keys: string[], urls: string[]): Promise<Row[]>;
  /** Inserts new rows in order; returns their ids in the same order. */
  insertEvents(rows: Row[]): Promise<number[]>;
  /** Writes every column of stored rows. */
  updateEvents(rows: Row[]): Promise<void>;
  insertLinks(links: NewLinkRow[]): Promise<void>;
  updateLinks(links: ChangedLinkRow[]): Promise<void>;
  markSeen(linkIds: number[], now: Date): Promise<void>;
}

export type NewLinkRow = {
  eventId: number;
  sourceId: number;
  sourceUid: string;
  url: string | null;
  contentHash: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
};

export type ChangedLinkRow = { id: number; url: string | null; contentHash: string; lastSeenAt: Date };

/** Rows per INSERT or UPDATE on PostgreSQL (one JSON parameter of about a megabyte). */
const WRITE_ROWS = 2000;

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The steps of one transaction's ApplyIo, run in the order they are asked
 * for, each first giving the event loop its turn when the time slice is used
 * up (core/turns.ts) — at the front of the line, since the commit holds the
 * lock that others wait on. With `overlap` a step begins once the one before
 * it has begun (PostgreSQL: the connection runs its queries in the order
 * they were sent, and they go back to back); without it, once the one before
 * has finished (SQLite: a step gives turns within its rows, and a step begun
 * meanwhile would interleave with it — a read of the next group's links
 * before this group's links are written).
 */
export function inOrder(opts: { overlap: boolean }): <T>(op: () => T | Promise<T>) => Promise<T> {
  let line: Promise<unknown> = Promise.resolve();
  /** Steps the next one waits for: not yet begun (with overlap) or not yet ended (without). */
  let ahead = 0;
  const passed = () => void ahead--;
  return <T>(op: () => T | Promise<T>): Promise<T> => {
    if (ahead === 0 && !due()) {
      // Nothing to wait for: it begins now, within this slice.
      const run = new Promise<T>((resolve) => resolve(op()));
      if (!opts.overlap) {
        ahead++;
        line = run.then(passed, passed);
      }
      return run;
    }
    ahead++;
    const begun = line.then(() => (due() ? yieldIfDue({ first: true }) : undefined));
    const run = begun.then(op);
    line = (opts.overlap ? begun : run).then(passed, passed);
    return run;
  };
}

export function postgresIo(db: PgSession): ApplyIo {
  const io = postgresIoInOneGo(db);
  const step = inOrder({ overlap: true });
  return {
    links: (...a) => step(() => io.links(...a)),
    rows: (...a) => step(() => io.rows(...a)),
    insertEvents: (...a) => step(() => io.insertEvents(...a)),
    updateEvents: (...a) => step(() => io.updateEvents(...a)),
    insertLinks: (...a) => step(() => io.insertLinks(...a)),
    updateLinks: (...a) => step(() => io.updateLinks(...a)),
    markSeen: (...a) => step(() => io.markSeen(...a)),
  };
}

function postgresIoInOneGo(db: PgSession): ApplyIo {
  const each = <T>(items: T[], write: (part: T[]) => Promise<unknown>) => settleAll(chunks(items, WRITE_ROWS).map(write));
  return {
    async links(sourceIds, uids) {
      const sql = `SELECT "id", "eventId", "sourceId", "sourceUid", "url", "contentHash" FROM "EventLink"
        WHERE "sourceId" = ANY($1::int[]) AND "sourceUid" = ANY($2::text[])`;
      return db.rows<LinkRow & { sourceId: number }>(sql, [sourceIds, uids]);
    },
    async rows(ids, keys, urls) {
      const sql = `SELECT * FROM "Event" WHERE "id" = ANY($1::int[]) OR "fuzzyKey" = ANY($2::text[]) OR "canonicalUrl" = ANY($3::text[])`;
      return db.rows<Row>(sql, [ids, keys, urls]);
    },
    /** Ids are handed out in row order, so the returned ids in ascending order belong to the rows in order. */
    async insertEvents(rows) {
      const ids: number[] = [];
      for (const part of chunks(rows, WRITE_ROWS)) {
        const made = await insertJson(db, 'Event', EVENT_COLUMNS, part);
        if (made.length !== part.length) throw new Error(`apply: inserted ${made.length} of ${part.length} events`);
        ids.push(...made);
      }
      return ids;
    },
    updateEvents: (rows) => each(rows, (part) => updateJson(db, 'Event', UPDATED_EVENT_COLUMNS, part)),
    insertLinks: (links) => each(links, (part) => insertJson(db, 'EventLink', LINK_COLUMNS, part)),
    updateLinks: (links) => each(links, (part) => updateJson(db, 'EventLink', ['url', 'contentHash', 'lastSeenAt'], part)),
    async markSeen(linkIds, now) {
      if (linkIds.length === 0) return;
      const sql = `UPDATE "EventLink" SET "lastSeenAt" = $1::timestamp(3) WHERE "id" = ANY($2::int[])`;
      await db.execute(sql, [sqlValue('postgres', now), linkIds]);
    },
  };
}
