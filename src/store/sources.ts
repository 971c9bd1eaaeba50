import { feedPlaceKey, type FeedPlace, type HomeArea } from '../core/placement.js';
import type { SourceRepo, SuccessFields } from '../core/ports.js';
import { sqlValue } from './bulk-sql.js';
import { isUniqueViolation, type Db, type Provider } from './client.js';
import { homeColumns, placeColumns, toSource } from './map.js';

export function sourceRepo(db: Db, provider: Provider = 'sqlite'): SourceRepo {
  const get = async (id: number) => {
    const row = await db.source.findUnique({ where: { id } });
    return row ? toSource(row) : null;
  };
  const findWithPlace = async (url: string, place: FeedPlace | null) => {
    const row = await db.source.findUnique({ where: { url_placeKey: { url, placeKey: feedPlaceKey(place) } } });
    return row ? toSource(row) : null;
  };
  const getByUrl = (url: string) => findWithPlace(url, null);
  /** A new source is due at once; when another instance added it a moment ago, that one. */
  const create = async (url: string, kind: string, place: FeedPlace | null, now: Date, home: HomeArea | null) => {
    try {
      return toSource(await db.source.create({ data: { url, kind, nextCheckAt: now, ...homeColumns(home), ...placeColumns(place) } }));
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const raced = await findWithPlace(url, place);
      if (!raced) throw e;
      return raced;
    }
  };

  return {
    get,
    getByUrl,
    findWithPlace,

    async add(url, kind, now = new Date(), home = null) {
      const existing = await getByUrl(url);
      if (!existing) return create(url, kind, null, now, home);
      if (existing.home || !home) return existing;
      return toSource(await db.source.update({ where: { id: existing.id }, data: homeColumns(home) }));
    },

    async addWithPlace(url, kind, place, now) {
      return (await findWithPlace(url, place)) ?? create(url, kind, place, now, null);
    },

    async setPlace(id, place, now) {
      const data = { ...placeColumns(place), ...homeColumns(null), etag: null, lastModified: null, nextCheckAt: now };
      try {
        return toSource(await db.source.update({ where: { id }, data }));
      } catch (e) {
        if (isUniqueViolation(e)) return null;
        throw e;
      }
    },

    async list() {
      return (await db.source.findMany({ orderBy: { id: 'asc' } })).map(toSource);
    },

    async remove(id) {
      await db.source.deleteMany({ where: { id } });
    },

    /**
     * Leasing across instances, in one statement whatever the number: an
     * UPDATE of the due, unleased sources (longest overdue first, at most
     * `limit`) that repeats the "lease is free" test, so when two instances
     * race for a source exactly one update takes it. On PostgreSQL the rows
     * are picked FOR UPDATE SKIP LOCKED: an instance passes over the rows
     * another is claiming instead of waiting for them, and the loser simply
     * gets fewer sources. Then one read of the claimed rows.
     */
    async claimDue(now, owner, leaseMs, limit) {
      if (limit <= 0) return [];
      const ids = await claimIds(db, provider, now, owner, new Date(now.getTime() + leaseMs), limit);
      if (ids.length === 0) return [];
      const rows = await db.source.findMany({ where: { id: { in: ids } }, orderBy: [{ nextCheckAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toSource);
    },

    async recordSuccess(id, f) {
      await db.source.updateMany({ where: { id }, data: successColumns(f) });
    },

    async recordNotModified(items) {
      for (let i = 0; i < items.length; i += 500) await notModified(db, provider, items.slice(i, i + 500));
    },

    async renewLeases(owner, until, now) {
      const { count } = await db.source.updateMany({ where: { leaseOwner: owner, leaseUntil: { gte: now } }, data: { leaseUntil: until } });
      return count;
    },

    async releaseLeases(owner) {
      const { count } = await db.source.updateMany({ where: { leaseOwner: owner }, data: { leaseOwner: null, leaseUntil: null } });
      return count;
    },

    async recordFailure(id, f) {
      await db.source.updateMany({
        where: { id },
        data: {
          failureCount: { increment: 1 },
          lastError: f.error,
          nextCheckAt: f.nextCheckAt,
          lastCheckedAt: f.at,
          leaseOwner: null,
          leaseUntil: null,
        },
      });
    },
  };
}

async function claimIds(db: Db, provider: Provider, now: Date, owner: string, leaseUntil: Date, limit: number): Promise<number[]> {
  const pg = provider === 'postgres';
  const params: unknown[] = [];
  /** A placeholder for a value: numbered on PostgreSQL, positional on SQLite (better-sqlite3 takes `?` in order). */
  const p = (v: unknown, cast = '') => (params.push(v), pg ? `$${params.length}${cast}` : '?');
  const t = (d: Date) => p(sqlValue(provider, d), pg ? '::timestamp(3)' : '');
  const free = () => `"nextCheckAt" <= ${t(now)} AND ("leaseUntil" IS NULL OR "leaseUntil" < ${t(now)})`;
  const sql = `UPDATE "Source" SET "leaseOwner" = ${p(owner)}, "leaseUntil" = ${t(leaseUntil)}, "updatedAt" = ${t(now)}
    WHERE "id" IN (SELECT "id" FROM "Source" WHERE ${free()} ORDER BY "nextCheckAt", "id" LIMIT ${p(limit)}${pg ? ' FOR UPDATE SKIP LOCKED' : ''})
    AND ${free()}
    RETURNING "id"`;
  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(sql, ...params);
  return rows.map((r) => Number(r.id));
}

/**
 * One UPDATE for many sources that answered 304: each its own next check and
 * check time (CASE by id), failures cleared, lease released. The validators
 * and title stay as they are.
 */
async function notModified(db: Db, provider: Provider, items: { id: number; nextCheckAt: Date; at: Date }[]): Promise<void> {
  if (items.length === 0) return;
  const pg = provider === 'postgres';
  const params: unknown[] = [];
  const p = (v: unknown, cast = '') => (params.push(v), pg ? `$${params.length}${cast}` : '?');
  const t = (d: Date) => p(sqlValue(provider, d), pg ? '::timestamp(3)' : '');
  const byId = (pick: (x: (typeof items)[number]) => Date) =>
    `CASE "id" ${items.map((x) => `WHEN ${p(x.id)} THEN ${t(pick(x))}`).join(' ')} END`;
  const next = byId((x) => x.nextCheckAt);
  const success = byId((x) => x.at);
  const checked = byId((x) => x.at);
  const updated = t(new Date()); // placeholders in the order they appear (SQLite's are positional)
  const ids = items.map((x) => p(x.id)).join(', ');
  const sql = `UPDATE "Source" SET "nextCheckAt" = ${next}, "lastSuccessAt" = ${success}, "lastCheckedAt" = ${checked},
    "failureCount" = 0, "lastError" = NULL, "leaseOwner" = NULL, "leaseUntil" = NULL, "updatedAt" = ${updated}
    WHERE "id" IN (${ids})`;
  await db.$executeRawUnsafe(sql, ...params);
}

/** The Source columns a successful poll sets (failures cleared, lease released). */
export function successColumns(f: SuccessFields) {
  return {
    etag: f.etag,
    lastModified: f.lastModified,
    nextCheckAt: f.nextCheckAt,
    ...(f.title !== undefined ? { title: f.title } : {}),
    ...(f.home ? homeColumns(f.home) : {}),
    failureCount: 0,
    lastError: null,
    lastSuccessAt: f.at,
    lastCheckedAt: f.at,
    leaseOwner: null,
    leaseUntil: null,
  };
}

type SuccessItem = { id: number; success: SuccessFields };
type Column = { name: string; cast: string; pick: (f: SuccessFields) => unknown };

/** The columns successColumns sets from the poll (undefined: leave as it is). */
const SUCCESS_COLUMNS: Column[] = [
  { name: 'etag', cast: '::text', pick: (f) => f.etag },
  { name: 'lastModified', cast: '::text', pick: (f) => f.lastModified },
  { name: 'nextCheckAt', cast: '::timestamp(3)', pick: (f) => f.nextCheckAt },
  { name: 'title', cast: '::text', pick: (f) => f.title },
  ...(['homeLat', 'homeLon', 'homeLabel', 'homeCountry', 'homeTimezone', 'homeBasis'] as const).map((name) => ({
    name,
    cast: name === 'homeLat' || name === 'homeLon' ? '::double precision' : '::text',
    pick: (f: SuccessFields) => (f.home ? homeColumns(f.home)[name] : undefined),
  })),
  { name: 'lastSuccessAt', cast: '::timestamp(3)', pick: (f) => f.at },
  { name: 'lastCheckedAt', cast: '::timestamp(3)', pick: (f) => f.at },
];

/**
 * recordSuccess for many sources in one UPDATE (the poller's group commit):
 * each column a CASE by id, keeping the stored value where a source leaves
 * it out (no title, no home area). Runs on `db` or inside a transaction.
 */
export async function recordSuccesses(db: Pick<Db, '$executeRawUnsafe'>, provider: Provider, items: SuccessItem[]): Promise<void> {
  if (items.length === 0) return;
  const pg = provider === 'postgres';
  const params: unknown[] = [];
  const p = (v: unknown, cast: string) => {
    params.push(v instanceof Date ? sqlValue(provider, v) : v);
    return pg ? `$${params.length}${cast}` : '?';
  };
  const sets: string[] = [];
  for (const c of SUCCESS_COLUMNS) {
    const given = items.filter((x) => c.pick(x.success) !== undefined);
    if (given.length === 0) continue;
    const whens = given.map((x) => `WHEN ${p(x.id, '')} THEN ${p(c.pick(x.success), c.cast)}`).join(' ');
    sets.push(`"${c.name}" = CASE "id" ${whens} ELSE "${c.name}" END`);
  }
  const updated = p(new Date(), '::timestamp(3)');
  const ids = items.map((x) => p(x.id, '')).join(', ');
  const sql = `UPDATE "Source" SET ${sets.join(', ')}, "failureCount" = 0, "lastError" = NULL, "leaseOwner" = NULL,
    "leaseUntil" = NULL, "updatedAt" = ${updated} WHERE "id" IN (${ids})`;
  await db.$executeRawUnsafe(sql, ...params);
}
