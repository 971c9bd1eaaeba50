import type { ChannelKey, ChannelRepo } from '../core/ports.js';
import { isUniqueViolation, type Db } from './client.js';
import { defined, toChannel, toSource } from './map.js';

const byKey = (k: ChannelKey) => ({
  platform_workspaceId_channelId: { platform: k.platform, workspaceId: k.workspaceId, channelId: k.channelId },
});

export function channelRepo(db: Db): ChannelRepo {
  const find = async (key: ChannelKey) => {
    const row = await db.channel.findUnique({ where: byKey(key) });
    return row ? toChannel(row) : null;
  };

  return {
    find,

    async getOrCreate(key) {
      const existing = await find(key);
      if (existing) return existing;
      try {
        return toChannel(
          await db.channel.create({ data: { platform: key.platform, workspaceId: key.workspaceId, channelId: key.channelId } }),
        );
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const raced = await find(key); // created by another instance meanwhile
        if (!raced) throw e;
        return raced;
      }
    },

    async get(id) {
      const row = await db.channel.findUnique({ where: { id } });
      return row ? toChannel(row) : null;
    },

    async update(id, settings) {
      return toChannel(await db.channel.update({ where: { id }, data: defined(settings) }));
    },

    async list(platform) {
      const rows = await db.channel.findMany({ where: platform ? { platform } : {}, orderBy: { id: 'asc' } });
      return rows.map(toChannel);
    },

    /** Idempotent: subscribing twice is not an error (no skipDuplicates on SQLite, so the violation is caught). */
    async subscribe(channelId, sourceId) {
      try {
        await db.subscription.create({ data: { channelId, sourceId } });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
      }
    },

    async unsubscribe(channelId, sourceId) {
      await db.subscription.deleteMany({ where: { channelId, sourceId } });
      // A dead-feed alert belongs to the subscription: following the feed again starts afresh.
      await db.feedAlert.deleteMany({ where: { channelId, sourceId } });
    },

    async sources(channelId) {
      const subs = await db.subscription.findMany({
        where: { channelId },
        include: { source: true },
        orderBy: { sourceId: 'asc' },
      });
      return subs.map((s) => toSource(s.source));
    },

    async subscribers(sourceId) {
      const subs = await db.subscription.findMany({
        where: { sourceId },
        include: { channel: true },
        orderBy: { channelId: 'asc' },
      });
      return subs.map((s) => toChannel(s.channel));
    },
  };
}
