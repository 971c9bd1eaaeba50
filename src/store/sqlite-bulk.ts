import type BetterSqlite3 from 'better-sqlite3';
import type { ApplyIo } from './apply-io.js';
import type { LinkRow, Row } from './apply-plan.js';
import { EVENT_COLUMNS, LINK_COLUMNS, sqlValue, UPDATED_EVENT_COLUMNS } from './bulk-sql.js';

/**
 * ApplyIo straight on the better-sqlite3 connection, for use INSIDE a Prisma
 * interactive transaction on that same connection (apply.ts): Prisma's
 * adapter runs everything on one connection, so these statements are part of
 * the open transaction (BEGIN IMMEDIATE, see sqlite-serial.ts), and being
 * synchronous, nothing else runs between them. Statements are prepared once
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

function statement(db: Db, sql: string): Statement {
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
function toRow(r: Record<string, unknown>): Row {
  const row = { ...r } as Record<string, unknown>;
  for (const k of DATES) row[k] = r[k] === null ? null : new Date(r[k] as string);
  row.allDay = r.allDay === 1;
  return row as unknown as Row;
}

export function sqliteIo(db: Db): ApplyIo {
  const value = (v: unknown) => sqlValue('sqlite', v as Parameters<typeof sqlValue>[1]);
  return {
    async links(sourceIds, uids) {
      const sql = `SELECT "id", "eventId", "sourceId", "sourceUid", "url", "contentHash" FROM "EventLink"
        WHERE "sourceId" ${IN_JSON} AND "sourceUid" ${IN_JSON}`;
      return statement(db, sql).all(JSON.stringify(sourceIds), JSON.stringify(uids)) as (LinkRow & { sourceId: number })[];
    },
    async rows(ids, keys, urls) {
      const sql = `SELECT * FROM "Event" WHERE "id" ${IN_JSON} OR "fuzzyKey" ${IN_JSON} OR "canonicalUrl" ${IN_JSON}`;
      const found = statement(db, sql).all(JSON.stringify(ids), JSON.stringify(keys), JSON.stringify(urls));
      return (found as Record<string, unknown>[]).map(toRow);
    },
    async insertEvents(rows) {
      const insert = statement(db, INSERT_EVENT);
      return rows.map((r) => Number(insert.run(EVENT_COLUMNS.map((c) => value(r[c]))).lastInsertRowid));
    },
    async updateEvents(rows) {
      const update = statement(db, UPDATE_EVENT);
      for (const r of rows) update.run([...UPDATED_EVENT_COLUMNS.map((c) => value(r[c])), r.id]);
    },
    async updateLinks(links) {
      const update = statement(db, UPDATE_LINK);
      for (const l of links) update.run(l.url, l.contentHash, value(l.lastSeenAt), l.id);
    },
    async insertLinks(links) {
      const insert = statement(db, INSERT_LINK);
      for (const l of links) insert.run(LINK_COLUMNS.map((c) => value(l[c])));
    },
    async markSeen(linkIds, now) {
      if (linkIds.length === 0) return;
      const sql = `UPDATE "EventLink" SET "lastSeenAt" = ? WHERE "id" ${IN_JSON}`;
      statement(db, sql).run(value(now), JSON.stringify(linkIds));
    },
  };
}
export type SqliteConnection = Db;
