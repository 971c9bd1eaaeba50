import type BetterSqlite3 from 'better-sqlite3';
import { due, yieldIfDue } from '../core/turns.js';
import { inOrder, type ApplyIo } from './apply-io.js';
import type { LinkRow, Row } from './apply-plan.js';
import { EVENT_COLUMNS, LINK_COLUMNS, sqlValue, UPDATED_EVENT_COLUMNS } from './bulk-sql.js';

/**
 * ApplyIo straight on the better-sqlite3 connection, for use INSIDE a Prisma
 * interactive transaction on that same connection (apply.ts): Prisma's
 * adapter runs everything on one connection, so these statements are part of
 * the open transaction (BEGIN IMMEDIATE, see sqlite-serial.ts), and every
 * other query on the connection waits for its COMMIT, so nothing else runs
 * on it between them. The event loop, though, gets its turn between steps
 * and every ROWS_PER_LOOK rows once the time slice is used up (core/turns.ts):
 * `/events nearby` reads meanwhile on the read-only connection
 * (sqlite-reader.ts), and heartbeats and health checks are answered.
 * Steps run in the order they were asked for. Statements are prepared once
 * per connection with fixed text — lists go in as one JSON parameter read by
 * `json_each` — and rows are inserted one prepared statement run at a time,
 * which better-sqlite3 does in microseconds.
 *
 * Values are read and written exactly as Prisma does on SQLite: DateTime as
 * "2030-04-01T18:00:00.000+00:00" text, Boolean as 0/1.
 */

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;

const cache = new WeakMap<Db, Map<string, Statement>>();

export function statement(db: Db, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = db.prepare(sql).safeIntegers(false))); // the adapter turns safe integers on for the connection
  return s;
}

const quoted = (cols: readonly string[]) => cols.map((c) => `"${c}"`).join(', ');
const INSERT_EVENT = `INSERT INTO "Event" (${quoted(EVENT_COLUMNS)}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`;
const INSERT_LINK = `INSERT INTO "EventLink" (${quoted(LINK_COLUMNS)}) VALUES (${LINK_COLUMNS.map(() => '?').join(', ')})`;
const UPDATE_EVENT = `UPDATE "Event" SET ${UPDATED_EVENT_COLUMNS.map((c) => `"${c}" = ?`).join(', ')} WHERE "id" = ?`;
const UPDATE_LINK = `UPDATE "EventLink" SET "url" = ?, "contentHash" = ?, "lastSeenAt" = ? WHERE "id" = ?`;
const IN_JSON = 'IN (SELECT value FROM json_each(?))';
const DATES = ['start', 'end', 'changedAt', 'createdAt', 'updatedAt'] as const;

/** A raw Event row (text dates, 0/1 booleans) → the Prisma row shape. */
export function toRow(r: Record<string, unknown>): Row {
  const row = { ...r } as Record<string, unknown>;
  for (const k of DATES) row[k] = r[k] === null ? null : new Date(r[k] as string);
  row.allDay = r.allDay === 1;
  return row as unknown as Row;
}

/** Rows written between two looks at the event loop's time slice. */
const ROWS_PER_LOOK = 32;

/** `write` for each item, giving the event loop its turn when the time slice is used up (core/turns.ts). */
async function eachRow<T>(items: readonly T[], write: (item: T) => void): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    if (i % ROWS_PER_LOOK === 0 && due()) await yieldIfDue({ first: true });
    write(items[i]!);
  }
}

export function sqliteIo(db: Db): ApplyIo {
  const value = (v: unknown) => sqlValue('sqlite', v as Parameters<typeof sqlValue>[1]);
  const step = inOrder({ overlap: false });
  return {
    links: (sourceIds, uids) =>
      step(() => {
        const sql = `SELECT "id", "eventId", "sourceId", "sourceUid", "url", "contentHash" FROM "EventLink"
          WHERE "sourceId" ${IN_JSON} AND "sourceUid" ${IN_JSON}`;
        return statement(db, sql).all(JSON.stringify(sourceIds), JSON.stringify(uids)) as (LinkRow & { sourceId: number })[];
      }),
    rows: (ids, keys, urls) =>
      step(() => {
        const sql = `SELECT * FROM "Event" WHERE "id" ${IN_JSON} OR "fuzzyKey" ${IN_JSON} OR "canonicalUrl" ${IN_JSON}`;
        const found = statement(db, sql).all(JSON.stringify(ids), JSON.stringify(keys), JSON.stringify(urls));
        return (found as Record<string, unknown>[]).map(toRow);
      }),
    insertEvents: (rows) =>
      step(async () => {
        const insert = statement(db, INSERT_EVENT);
        const ids: number[] = [];
        await eachRow(rows, (r) => ids.push(Number(insert.run(EVENT_COLUMNS.map((c) => value(r[c]))).lastInsertRowid)));
        return ids;
      }),
    updateEvents: (rows) =>
      step(() => {
        const update = statement(db, UPDATE_EVENT);
        return eachRow(rows, (r) => update.run([...UPDATED_EVENT_COLUMNS.map((c) => value(r[c])), r.id]));
      }),
    updateLinks: (links) =>
      step(() => {
        const update = statement(db, UPDATE_LINK);
        return eachRow(links, (l) => update.run(l.url, l.contentHash, value(l.lastSeenAt), l.id));
      }),
    insertLinks: (links) =>
      step(() => {
        const insert = statement(db, INSERT_LINK);
        return eachRow(links, (l) => insert.run(LINK_COLUMNS.map((c) => value(l[c]))));
      }),
    markSeen: (linkIds, now) =>
      step(() => {
        if (linkIds.length === 0) return;
        const sql = `UPDATE "EventLink" SET "lastSeenAt" = ? WHERE "id" ${IN_JSON}`;
        statement(db, sql).run(value(now), JSON.stringify(linkIds));
      }),
  };
}
export type SqliteConnection = Db;
