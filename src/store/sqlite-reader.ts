import type { NearQuery } from '../core/ports.js';
import { sqlValue } from './bulk-sql.js';
import type { Event } from './generated/sqlite/client.js';
import { statement, toRow, type SqliteConnection } from './sqlite-bulk.js';

/**
 * `/events nearby`, the command members type most, in plain SQL on SQLite's
 * read-only connection (sqlite-serial.ts: `ReadConnection`). Under WAL it
 * reads the last committed state while the poller's group commit holds the
 * store's own connection, and the commit gives the event loop turns
 * (sqlite-bulk.ts), so a member's query waits for a time slice, not for a
 * whole group of sources. Plain SQL rather than Prisma's model query: the
 * same comparisons on the same stored text, at a fraction of the CPU.
 */

/** The bounding box near() reads, with the start range and filters of the query. */
export interface NearBox {
  lat: { gte: number; lte: number };
  lon: { gte: number; lte: number };
}

export type NearRow = { id: number; lat: number | null; lon: number | null; title?: string; venue?: string | null; description?: string };

const IN_JSON = 'IN (SELECT value FROM json_each(?))';

/**
 * The events in the box and date range, in start order: the id and place, and
 * the text when the query searches it — what Prisma's query in events.ts
 * reads, written out (the same comparisons on the same stored text).
 */
export function nearRows(db: SqliteConnection, q: NearQuery, box: NearBox, withText: boolean): NearRow[] {
  const where = ['"lat" >= ?', '"lat" <= ?', '"lon" >= ?', '"lon" <= ?', '"start" >= ?', '"start" <= ?'];
  const params: unknown[] = [box.lat.gte, box.lat.lte, box.lon.gte, box.lon.lte, sqlValue('sqlite', q.from), sqlValue('sqlite', q.to)];
  if (q.attendance) {
    where.push(`"attendance" ${IN_JSON}`);
    params.push(JSON.stringify(q.attendance));
  }
  if (q.excludeStatus?.length) {
    where.push(`"status" NOT ${IN_JSON}`);
    params.push(JSON.stringify(q.excludeStatus));
  }
  const columns = withText ? '"id", "lat", "lon", "title", "venue", "description"' : '"id", "lat", "lon"';
  const sql = `SELECT ${columns} FROM "Event" WHERE ${where.join(' AND ')} ORDER BY "start" ASC, "id" ASC`;
  return statement(db, sql).all(params) as NearRow[];
}

/** Whole events by id (in no particular order), as Prisma's model reads them. */
export function eventsById(db: SqliteConnection, ids: number[]): Event[] {
  const rows = statement(db, `SELECT * FROM "Event" WHERE "id" ${IN_JSON}`).all(JSON.stringify(ids));
  return (rows as Record<string, unknown>[]).map(toRow);
}
