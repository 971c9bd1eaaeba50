import type { FeedAlertKind, FeedAlertRepo } from '../core/ports.js';
import { isUniqueViolation, type Db } from './client.js';

/**
 * Dead-feed alerts. Each channel–source pair has at most one row; an alert
 * episode is open while `recoveredAt` is null. Claims are single statements
 * (an insert on the primary key, or an update guarded by the row's state), so
 * with several instances on one database exactly one of them sends each
 * alert and each recovery.
 */
export function feedAlertRepo(db: Db): FeedAlertRepo {
  return {
    async subscriptions() {
      const rows = await db.subscription.findMany({ select: { channelId: true, sourceId: true, createdAt: true } });
      return rows.map((r) => ({ channelId: r.channelId, sourceId: r.sourceId, since: r.createdAt }));
    },

    async withEventsSince(sourceIds, from) {
      if (sourceIds.length === 0) return new Set();
      const rows = await db.eventLink.findMany({
        where: { sourceId: { in: sourceIds }, event: { start: { gte: from } } },
        distinct: ['sourceId'],
        select: { sourceId: true },
      });
      return new Set(rows.map((r) => r.sourceId));
    },

    async open() {
      const rows = await db.feedAlert.findMany({ where: { recoveredAt: null } });
      return rows.map((r) => ({ ...r, kind: r.kind as FeedAlertKind }));
    },

    async claimAlert(channelId, sourceId, kind, at) {
      try {
        await db.feedAlert.create({ data: { channelId, sourceId, kind, alertedAt: at } });
        return true;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
      }
      // A row from an earlier, recovered episode: reopen it (only one instance's update matches).
      const reopened = await db.feedAlert.updateMany({
        where: { channelId, sourceId, recoveredAt: { not: null } },
        data: { kind, alertedAt: at, recoveredAt: null },
      });
      return reopened.count === 1;
    },

    async releaseAlert(channelId, sourceId, at) {
      await db.feedAlert.deleteMany({ where: { channelId, sourceId, alertedAt: at, recoveredAt: null } });
    },

    async claimRecovery(channelId, sourceId, at) {
      const closed = await db.feedAlert.updateMany({ where: { channelId, sourceId, recoveredAt: null }, data: { recoveredAt: at } });
      return closed.count === 1;
    },
  };
}
