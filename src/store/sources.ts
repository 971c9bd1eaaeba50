import type { SourceRecord, SourceRepo } from '../core/ports.js';
import { isUniqueViolation, type Db } from './client.js';
import { toSource } from './map.js';

/** A source's lease is free when nobody holds it or the holder's time ran out. */
const leaseFree = (now: Date) => ({ OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] });

export function sourceRepo(db: Db): SourceRepo {
  const get = async (id: number) => {
    const row = await db.source.findUnique({ where: { id } });
    return row ? toSource(row) : null;
  };
  const getByUrl = async (url: string) => {
    const row = await db.source.findUnique({ where: { url } });
    return row ? toSource(row) : null;
  };

  return {
    get,
    getByUrl,

    async add(url, kind, now = new Date()) {
      const existing = await getByUrl(url);
      if (existing) return existing;
      try {
        // A new source is due at once.
        return toSource(await db.source.create({ data: { url, kind, nextCheckAt: now } }));
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const raced = await getByUrl(url); // another instance added it a moment ago
        if (!raced) throw e;
        return raced;
      }
    },

    async list() {
      return (await db.source.findMany({ orderBy: { id: 'asc' } })).map(toSource);
    },

    async remove(id) {
      await db.source.deleteMany({ where: { id } });
    },

    /**
     * Leasing across instances: pick due, unleased candidates, then take each
     * with a conditional UPDATE that repeats the "lease is free" test. The
     * database applies it atomically per row (PostgreSQL re-checks the WHERE
     * after locking the row), so when two instances race for a source exactly
     * one update matches a row; the loser simply gets fewer sources.
     */
    async claimDue(now, owner, leaseMs, limit) {
      if (limit <= 0) return [];
      const candidates = await db.source.findMany({
        where: { nextCheckAt: { lte: now }, ...leaseFree(now) },
        orderBy: [{ nextCheckAt: 'asc' }, { id: 'asc' }],
        take: limit * 2,
        select: { id: true },
      });
      const leaseUntil = new Date(now.getTime() + leaseMs);
      const claimed: SourceRecord[] = [];
      for (const { id } of candidates) {
        if (claimed.length >= limit) break;
        const { count } = await db.source.updateMany({
          where: { id, nextCheckAt: { lte: now }, ...leaseFree(now) },
          data: { leaseOwner: owner, leaseUntil },
        });
        if (count !== 1) continue;
        const row = await get(id);
        if (row) claimed.push(row);
      }
      return claimed;
    },

    async recordSuccess(id, f) {
      await db.source.updateMany({
        where: { id },
        data: {
          etag: f.etag,
          lastModified: f.lastModified,
          nextCheckAt: f.nextCheckAt,
          ...(f.title !== undefined ? { title: f.title } : {}),
          failureCount: 0,
          lastError: null,
          lastSuccessAt: f.at,
          lastCheckedAt: f.at,
          leaseOwner: null,
          leaseUntil: null,
        },
      });
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
