import type { FilterRepo } from '../core/ports.js';
import type { Db } from './client.js';

const split = (s: string) => s.split('\n').filter(Boolean);

/** Per-channel topic filters, stored as one keyword per line. */
export function filterRepo(db: Db): FilterRepo {
  return {
    async get(channelId) {
      const row = await db.channelFilter.findUnique({ where: { channelId } });
      return { include: split(row?.include ?? ''), exclude: split(row?.exclude ?? '') };
    },

    async set(channelId, filter) {
      const data = { include: filter.include.join('\n'), exclude: filter.exclude.join('\n') };
      const row = await db.channelFilter.upsert({ where: { channelId }, create: { channelId, ...data }, update: data });
      return { include: split(row.include), exclude: split(row.exclude) };
    },
  };
}
