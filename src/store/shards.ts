import type { ShardLeaseRepo } from '../core/ports.js';
import { isUniqueViolation, type Db } from './client.js';

/**
 * Discord gateway shard leases (see ShardLeaseRepo). Every change is one
 * conditional UPDATE, so the database decides who wins a shard: a claim only
 * matches a row whose lease ended before `freeBefore`, and a renewal only the
 * rows the instance still owns.
 */
export function shardLeaseRepo(db: Db): ShardLeaseRepo {
  const held = async (owner: string, count?: number) =>
    (
      await db.shardLease.findMany({
        where: { owner, ...(count === undefined ? {} : { shardId: { lt: count } }) },
        orderBy: { shardId: 'asc' },
      })
    ).map((r) => r.shardId);

  return {
    async claim(owner, count, want, { now, until, freeBefore, starting = false }) {
      const free = { OR: [{ leaseUntil: { lte: freeBefore } }, ...(starting ? [{ owner: null }] : [])] };
      await ensureRows(db, count, now);
      await db.shardLease.updateMany({ where: { owner, shardId: { lt: count } }, data: { leaseUntil: until, shardCount: count } });
      const mine = await held(owner, count);
      const candidates = await db.shardLease.findMany({ where: { shardId: { lt: count }, ...free }, orderBy: { shardId: 'asc' } });
      for (const row of candidates) {
        if (mine.length >= want) break;
        const { count: won } = await db.shardLease.updateMany({
          where: { shardId: row.shardId, ...free },
          data: { owner, leaseUntil: until, shardCount: count },
        });
        if (won === 1) mine.push(row.shardId);
      }
      if (starting) {
        // The shards left free count as free from now: instances starting after this one get their share first.
        await db.shardLease.updateMany({
          where: { shardId: { lt: count }, leaseUntil: { lt: now } },
          data: { owner: null, leaseUntil: now },
        });
      }
      return mine.sort((a, b) => a - b);
    },

    async renew(owner, until) {
      await db.shardLease.updateMany({ where: { owner }, data: { leaseUntil: until } });
      return held(owner);
    },

    async release(owner, now) {
      const { count } = await db.shardLease.updateMany({ where: { owner }, data: { owner: null, leaseUntil: now } });
      return count;
    },

    async list() {
      return db.shardLease.findMany({
        orderBy: { shardId: 'asc' },
        select: { shardId: true, shardCount: true, owner: true, leaseUntil: true },
      });
    },
  };
}

/** Rows for shards 0…count-1, free as of `now` (so instances starting together share them before any heartbeat takes the rest). */
async function ensureRows(db: Db, count: number, now: Date): Promise<void> {
  const existing = new Set((await db.shardLease.findMany({ select: { shardId: true } })).map((r) => r.shardId));
  for (let shardId = 0; shardId < count; shardId++) {
    if (existing.has(shardId)) continue;
    try {
      await db.shardLease.create({ data: { shardId, shardCount: count, owner: null, leaseUntil: now } });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // another instance created it at the same moment
    }
  }
}
