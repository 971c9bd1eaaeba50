import type { InboundRepo } from '../core/ports.js';
import { isUniqueViolation, type Db } from './client.js';

/** Inbound chat events already handled, keyed by the platform's event id (Slack retries reuse it). */
export function inboundRepo(db: Db): InboundRepo {
  return {
    /** The insert itself is the check, so two instances receiving the same retry agree on who handles it. */
    async firstSeen(id, now) {
      try {
        await db.processedInbound.create({ data: { id, createdAt: now } });
        return true;
      } catch (e) {
        if (isUniqueViolation(e)) return false;
        throw e;
      }
    },

    async prune(olderThan) {
      const { count } = await db.processedInbound.deleteMany({ where: { createdAt: { lt: olderThan } } });
      return count;
    },
  };
}
