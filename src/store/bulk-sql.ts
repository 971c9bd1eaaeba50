import { due, yieldIfDue } from '../core/turns.js';
import type { Provider } from './client.js';
import type { PgSession } from './pg-direct.js';

/**
 * Writes in plain SQL, for what apply.ts does in bulk. Prisma's
 * createMany/createManyAndReturn cost milliseconds per row here (5 s for
 * 1,200 events). Values are written exactly as Prisma writes them, so Prisma
 * reads them back unchanged: on SQLite a DateTime is the text
 * "2030-04-01T18:00:00.000+00:00" and a Boolean is 0 or 1; on PostgreSQL
 * DateTime is `timestamp(3)` holding UTC.
 *
 * On PostgreSQL the rows go in as ONE JSON parameter, read with the table's
 * own row type (`json_populate_recordset`), whatever their number: one
 * parameter per value (~14,000 for a group's INSERT) cost more in the client
 * than the database's work. (A Date becomes ISO text with a "Z", which a
 * `timestamp` column reads as that UTC time.) These run on the `pg`
 * connection of the group commit (pg-direct.ts).
 */

type Value = string | number | boolean | Date | null;

export function sqlValue(provider: Provider, v: Value): string | number | boolean | null {
  if (v instanceof Date) return provider === 'sqlite' ? isoText(v, SQLITE_UTC) : isoText(v, '');
  if (typeof v === 'boolean' && provider === 'sqlite') return v ? 1 : 0;
  return v;
}

const SQLITE_UTC = '+00:00';

/**
 * Recent ISO texts by suffix and time: every row of a group carries the
 * group's `now` (created, updated, first and last seen), and a lookup costs a
 * tenth of toISOString.
 */
const recentIso = new Map<string, Map<number, string>>();

/** ISO text of `d` with its "Z" replaced by `utc` ("" or "+00:00"), or kept when `utc` is "Z". */
function isoText(d: Date, utc: string): string {
  const time = d.getTime();
  let recent = recentIso.get(utc);
  if (!recent) recentIso.set(utc, (recent = new Map()));
  let text = recent.get(time);
  if (text === undefined) {
    text = utc === 'Z' ? d.toISOString() : d.toISOString().slice(0, -1) + utc;
    if (recent.size >= 64) recent.clear();
    recent.set(time, text);
  }
  return text;
}

/** One value as JSON text (a Date as ISO text; NaN or an infinity, which JSON cannot hold, as null). */
function jsonValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Date) return `"${isoText(v, 'Z')}"`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  return JSON.stringify(v);
}

/**
 * Rows as the JSON text of one parameter: `columns` of each row, written
 * straight as text (building an object per row for JSON.stringify cost a
 * third more, and JSON.stringify takes a slow path for every object that
 * holds a Date).
 *
 * A lone UTF-16 surrogate (which a feed's JSON can carry, e.g. "\\ud83d" cut
 * from its pair) is written by JSON.stringify as an escape that PostgreSQL
 * refuses to turn into text; it becomes U+FFFD, as the driver writes it when
 * it is a plain parameter. (JSON.stringify writes a valid pair as itself, so
 * every surrogate escape in its output is a lone one; one preceded by an odd
 * number of backslashes is text that only looks like an escape.)
 */
export function jsonRows(columns: readonly string[], rows: object[]): string {
  const keys = columns.map((c, i) => `${i === 0 ? '{' : ','}${JSON.stringify(c)}:`);
  let json = '';
  for (const row of rows as Record<string, unknown>[]) {
    json += json ? ',' : '[';
    for (let i = 0; i < columns.length; i++) json += keys[i]! + jsonValue(row[columns[i]!]);
    json += '}';
  }
  json = json ? `${json}]` : '[]';
  return json.includes('\\ud') ? json.replace(/(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g, '$1\\ufffd') : json;
}

/** Rows serialised between two looks at the event loop's time slice (about a millisecond of work). */
const JSON_PIECE = 200;

/** jsonRows in pieces, giving the event loop its turn between them when the time slice is used up (core/turns.ts). */
export async function jsonRowsSliced(columns: readonly string[], rows: object[]): Promise<string> {
  if (rows.length <= JSON_PIECE) return jsonRows(columns, rows);
  const pieces: string[] = [];
  for (let i = 0; i < rows.length; i += JSON_PIECE) {
    if (due()) await yieldIfDue({ first: true });
    pieces.push(jsonRows(columns, rows.slice(i, i + JSON_PIECE)).slice(1, -1));
  }
  return `[${pieces.join(',')}]`;
}

const quoted = (columns: readonly string[], prefix = '') => columns.map((c) => `${prefix}"${c}"`).join(', ');

/**
 * PostgreSQL: INSERT of rows (objects with at least `columns`) into a table;
 * returns the new ids in ascending order, which is the order of the rows
 * (the SELECT hands the rows over in array order, and ids are drawn as they
 * are inserted).
 */
export async function insertJson(db: PgSession, table: string, columns: readonly string[], rows: object[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const sql = `INSERT INTO "${table}" (${quoted(columns)})
    SELECT ${quoted(columns, 'x.')} FROM json_populate_recordset(NULL::"${table}", $1::json) WITH ORDINALITY AS x
    ORDER BY x.ordinality RETURNING "id"`;
  const made = await db.rows<{ id: number }>(sql, [await jsonRowsSliced(columns, rows)]);
  return made.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** PostgreSQL: one UPDATE of many rows by id, each to its own values of `columns` (`rows` carry `id` and those). */
export async function updateJson(db: PgSession, table: string, columns: readonly string[], rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const sets = columns.map((c) => `"${c}" = x."${c}"`).join(', ');
  const sql = `UPDATE "${table}" AS t SET ${sets} FROM json_populate_recordset(NULL::"${table}", $1::json) AS x WHERE t."id" = x."id"`;
  await db.execute(sql, [await jsonRowsSliced(['id', ...columns], rows)]);
}

export const EVENT_COLUMNS = [
  'canonicalUrl',
  'fuzzyKey',
  'title',
  'description',
  'start',
  'end',
  'timezone',
  'allDay',
  'venue',
  'address',
  'lat',
  'lon',
  'locality',
  'country',
  'attendance',
  'status',
  'organiser',
  'placeSet',
  'contentHash',
  'version',
  'lastChange',
  'changedAt',
  'createdAt',
  'updatedAt',
] as const;

/** Event columns a stored row's update writes (all but its id and creation time). */
export const UPDATED_EVENT_COLUMNS = EVENT_COLUMNS.filter((c) => c !== 'createdAt');

export const LINK_COLUMNS = ['eventId', 'sourceId', 'sourceUid', 'url', 'contentHash', 'firstSeenAt', 'lastSeenAt'] as const;
