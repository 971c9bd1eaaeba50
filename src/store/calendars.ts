import type { CalendarFeedRecord, CalendarRepo } from '../core/ports.js';
import type { CalendarFeed } from './generated/sqlite/client.js';
import { isUniqueViolation, type Db } from './client.js';

function toFeed(r: CalendarFeed): CalendarFeedRecord {
  if (r.kind === 'channel') return { token: r.token, kind: 'channel', channelId: r.channelId!, createdAt: r.createdAt };
  return { token: r.token, kind: 'person', platform: r.platform!, userId: r.userId!, createdAt: r.createdAt };
}

/** Calendar feed tokens: one per channel and one per person, created on first use and replaced on reset. */
export function calendarRepo(db: Db): CalendarRepo {
  /** Finds the row, or creates it; a concurrent create by another instance wins and is returned. */
  async function findOrCreate(find: () => Promise<CalendarFeed | null>, create: () => Promise<CalendarFeed>): Promise<CalendarFeedRecord> {
    const found = await find();
    if (found) return toFeed(found);
    try {
      return toFeed(await create());
    } catch (e) {
      const raced = isUniqueViolation(e) ? await find() : null;
      if (!raced) throw e;
      return toFeed(raced);
    }
  }

  return {
    channelFeed: (channelId, token) =>
      findOrCreate(
        () => db.calendarFeed.findUnique({ where: { kind_channelId: { kind: 'channel', channelId } } }),
        () => db.calendarFeed.create({ data: { kind: 'channel', channelId, token } }),
      ),

    personFeed: (platform, userId, token) =>
      findOrCreate(
        () => db.calendarFeed.findUnique({ where: { kind_platform_userId: { kind: 'person', platform, userId } } }),
        () => db.calendarFeed.create({ data: { kind: 'person', platform, userId, token } }),
      ),

    async resetChannel(channelId, token) {
      const row = await db.calendarFeed.upsert({
        where: { kind_channelId: { kind: 'channel', channelId } },
        create: { kind: 'channel', channelId, token },
        update: { token, createdAt: new Date() },
      });
      return toFeed(row);
    },

    async changed(token, hash, at) {
      const row = await db.calendarFeed.findUnique({ where: { token }, select: { bodyHash: true, changedAt: true } });
      if (row && row.bodyHash === hash && row.changedAt) return row.changedAt;
      await db.calendarFeed.updateMany({ where: { token }, data: { bodyHash: hash, changedAt: at } });
      return at;
    },

    async byToken(token) {
      const row = await db.calendarFeed.findUnique({ where: { token } });
      return row ? toFeed(row) : null;
    },
  };
}
