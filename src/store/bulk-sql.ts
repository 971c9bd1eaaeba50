import type { Provider, Tx } from './client.js';

/**
 * Multi-row INSERTs in plain SQL, for the writes apply.ts makes in bulk.
 * Prisma's createMany/createManyAndReturn cost milliseconds per row here
 * (5 s for 1,200 events), a single parameterised INSERT … RETURNING costs
 * microseconds. Values are written exactly as Prisma writes them, so Prisma
 * reads them back unchanged: on SQLite a DateTime is the text
 * "2030-04-01T18:00:00.000+00:00" and a Boolean is 0 or 1; on PostgreSQL
 * DateTime is `timestamp(3)` holding UTC.
 */

type Value = string | number | boolean | Date | null;

export function sqlValue(provider: Provider, v: Value): string | number | boolean | null {
  if (v instanceof Date) return provider === 'sqlite' ? v.toISOString().replace('Z', '+00:00') : v.toISOString().replace('Z', '');
  if (typeof v === 'boolean' && provider === 'sqlite') return v ? 1 : 0;
  return v;
}

/**
 * INSERT of rows (objects with the same keys, in `columns` order) into a
 * table; returns the new ids in ascending order, which is the order of the
 * rows (ids are handed out in VALUES order within one statement).
 */
export async function insertReturningIds(
  tx: Tx,
  provider: Provider,
  table: string,
  columns: readonly string[],
  rows: Record<string, Value>[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const params: (string | number | boolean | null)[] = [];
  const cast = (c: string) => (provider === 'postgres' && DATE_COLUMNS.has(c) ? '::timestamp(3)' : '');
  const tuples = rows.map((row) => {
    const slots = columns.map((c) => {
      params.push(sqlValue(provider, row[c] ?? null));
      return `${provider === 'sqlite' ? '?' : `$${params.length}`}${cast(c)}`;
    });
    return `(${slots.join(', ')})`;
  });
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')} RETURNING "id"`;
  const made = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(sql, ...params);
  return made.map((r) => Number(r.id)).sort((a, b) => a - b);
}

const DATE_COLUMNS = new Set(['start', 'end', 'changedAt', 'createdAt', 'updatedAt', 'firstSeenAt', 'lastSeenAt']);

/** PostgreSQL types of the columns updateFromValues writes (a VALUES list has no column types of its own). */
const PG_TYPES: Record<string, string> = {
  id: 'int',
  allDay: 'boolean',
  lat: 'double precision',
  lon: 'double precision',
  version: 'int',
  ...Object.fromEntries([...DATE_COLUMNS].map((c) => [c, 'timestamp(3)'])),
};

/**
 * PostgreSQL: one UPDATE of many rows by id, each to its own values
 * (`UPDATE … FROM (VALUES …)`); `rows` carry `id` and the `columns`.
 */
export async function updateFromValues(tx: Tx, table: string, columns: readonly string[], rows: Record<string, Value>[]): Promise<void> {
  if (rows.length === 0) return;
  const all = ['id', ...columns];
  const params: (string | number | boolean | null)[] = [];
  const tuples = rows.map((row) => {
    const slots = all.map((c) => {
      params.push(sqlValue('postgres', row[c] ?? null));
      return `$${params.length}::${PG_TYPES[c] ?? 'text'}`;
    });
    return `(${slots.join(', ')})`;
  });
  const sets = columns.map((c) => `"${c}" = v."${c}"`).join(', ');
  const names = all.map((c) => `"${c}"`).join(', ');
  const sql = `UPDATE "${table}" AS t SET ${sets} FROM (VALUES ${tuples.join(', ')}) AS v(${names}) WHERE t."id" = v."id"`;
  await tx.$executeRawUnsafe(sql, ...params);
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
