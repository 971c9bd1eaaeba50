import type { PostRepo } from '../core/ports.js';
import { isUniqueViolation, type Db } from './client.js';
import { toEvent, toPost } from './map.js';

/**
 * The delivery outbox. Claims rely on the unique constraints
 * (channelId, eventId) and (channelId, digestKey): the insert either wins or
 * fails with a unique violation, the same on both providers and across
 * instances, so an event or a digest part is posted once.
 */
export function postRepo(db: Db): PostRepo {
  const byIds = async (ids: number[]) => {
    if (ids.length === 0) return [];
    return (await db.post.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } })).map(toPost);
  };

  return {
    async claimEventPost(channelId, eventId, at = new Date()) {
      try {
        return toPost(await db.post.create({ data: { channelId, kind: 'event', eventId, createdAt: at, updatedAt: at } }));
      } catch (e) {
        if (isUniqueViolation(e)) return null;
        throw e;
      }
    },

    async claimDigestPost(channelId, digestKey, items, at = new Date()) {
      try {
        const post = await db.$transaction(async (tx) => {
          const p = await tx.post.create({ data: { channelId, kind: 'digest', digestKey, createdAt: at, updatedAt: at } });
          if (items.length > 0) {
            await tx.digestItem.createMany({ data: items.map((i) => ({ postId: p.id, number: i.number, eventId: i.eventId })) });
          }
          return p;
        });
        return toPost(post);
      } catch (e) {
        if (isUniqueViolation(e)) return null;
        throw e;
      }
    },

    async digestParts(channelId, dateKey) {
      const rows = await db.post.findMany({
        where: { channelId, kind: 'digest', digestKey: { startsWith: `${dateKey}#` } },
        orderBy: { id: 'asc' },
      });
      return rows.map(toPost);
    },

    async retryDigestPost(channelId, digestKey, items, { maxAttempts, staleBefore, pendingBefore }, at = new Date()) {
      const retryable = [
        { state: 'failed', updatedAt: { lt: staleBefore } },
        ...(pendingBefore ? [{ state: 'pending', updatedAt: { lt: pendingBefore } }] : []),
      ];
      return db.$transaction(async (tx) => {
        const { count } = await tx.post.updateMany({
          where: { channelId, digestKey, attempts: { lt: maxAttempts }, OR: retryable },
          data: { state: 'pending', updatedAt: at },
        });
        if (count !== 1) return null;
        const post = await tx.post.findFirstOrThrow({ where: { channelId, digestKey } });
        await tx.digestItem.deleteMany({ where: { postId: post.id } });
        if (items.length > 0) {
          await tx.digestItem.createMany({ data: items.map((i) => ({ postId: post.id, number: i.number, eventId: i.eventId })) });
        }
        return toPost(post);
      });
    },

    async markSent(id, messageId, eventVersion, at) {
      await db.post.update({
        where: { id },
        data: { state: 'sent', messageId, eventVersion, sentAt: at, lastError: null, attempts: { increment: 1 } },
      });
    },

    async markFailed(id, error, at) {
      await db.post.update({ where: { id }, data: { state: 'failed', lastError: error, attempts: { increment: 1 }, updatedAt: at } });
    },

    async markEdited(id, eventVersion, at) {
      await db.post.update({ where: { id }, data: { eventVersion, editedAt: at } });
    },

    async findByMessage(channelId, messageId) {
      const row = await db.post.findFirst({ where: { channelId, messageId }, orderBy: { id: 'asc' } });
      return row ? toPost(row) : null;
    },

    async forEvent(eventId) {
      return (await db.post.findMany({ where: { eventId, kind: 'event' }, orderBy: { id: 'asc' } })).map(toPost);
    },

    /** Comparing two tables' columns needs SQL; the statement is the same on both providers. */
    async stale(limit) {
      const rows = await db.$queryRaw<{ id: number | bigint }[]>`
        SELECT p."id" FROM "Post" p JOIN "Event" e ON e."id" = p."eventId"
        WHERE p."kind" = 'event' AND p."state" = 'sent' AND p."eventVersion" < e."version"
        ORDER BY p."id" LIMIT ${limit}`;
      return byIds(rows.map((r) => Number(r.id)));
    },

    async setCountsDirty(ids, dirty) {
      if (ids.length === 0) return;
      await db.post.updateMany({ where: { id: { in: ids } }, data: { countsDirty: dirty } });
    },

    async claimCountsEdit(id, notEditedSince, at) {
      const { count } = await db.post.updateMany({
        where: { id, countsDirty: true, OR: [{ editedAt: null }, { editedAt: { lte: notEditedSince } }] },
        data: { countsDirty: false, editedAt: at },
      });
      return count === 1;
    },

    async countsDirty(limit) {
      const rows = await db.post.findMany({ where: { countsDirty: true, state: 'sent' }, orderBy: { id: 'asc' }, take: limit });
      return rows.map(toPost);
    },

    async digestItem(postId, number) {
      const item = await db.digestItem.findUnique({ where: { postId_number: { postId, number } } });
      return item ? item.eventId : null;
    },

    async claimRetry(id, { maxAttempts, staleBefore }, at) {
      const { count } = await db.post.updateMany({
        where: {
          id,
          attempts: { lt: maxAttempts },
          OR: [{ state: 'failed' }, { state: 'pending', updatedAt: { lt: staleBefore } }],
        },
        data: { state: 'pending', updatedAt: at },
      });
      return count === 1;
    },

    /** Fewest attempts first, so one post that keeps failing does not starve the others. */
    async unsent(limit, { maxAttempts, staleBefore }) {
      const rows = await db.post.findMany({
        where: {
          attempts: { lt: maxAttempts },
          OR: [{ state: 'failed' }, { state: 'pending', updatedAt: { lt: staleBefore } }],
        },
        orderBy: [{ attempts: 'asc' }, { id: 'asc' }],
        take: limit,
      });
      return rows.map(toPost);
    },

    /** Events from any source the channel subscribes to, starting at or after `from`, with no post in the channel. */
    async unpostedEvents(channelId, from) {
      const rows = await db.event.findMany({
        where: {
          start: { gte: from },
          links: { some: { source: { subscriptions: { some: { channelId } } } } },
          posts: { none: { channelId } },
        },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toEvent);
    },
  };
}
