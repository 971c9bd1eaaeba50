import type { PostThreadRecord, ThreadRepo } from '../core/sync.js';
import { isUniqueViolation, type Db } from './client.js';

/**
 * Threads on event posts (issue #10 §4). Opening is claimed by creating the
 * row (unique postId), or by taking a failed one back; each time/venue
 * notice is claimed by raising noticedVersion with a conditional update — so
 * a thread is opened once and each change told once across instances.
 */
export function threadRepo(db: Db): ThreadRepo {
  return {
    async claimOpen(postId, now) {
      try {
        await db.postThread.create({ data: { postId } });
        return true;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
      }
      const { count } = await db.postThread.updateMany({ where: { postId, state: 'failed' }, data: { state: 'pending', updatedAt: now } });
      return count === 1;
    },
    async opened(postId, threadId, version) {
      await db.postThread.update({ where: { postId }, data: { threadId, state: 'open', noticedVersion: version, lastError: null } });
    },
    async failed(postId, error) {
      await db.postThread.update({ where: { postId }, data: { state: 'failed', lastError: error } });
    },
    async get(postId) {
      const row = await db.postThread.findUnique({ where: { postId } });
      return row
        ? { postId, threadId: row.threadId, state: row.state as PostThreadRecord['state'], noticedVersion: row.noticedVersion }
        : null;
    },
    async claimNotice(postId, version) {
      const { count } = await db.postThread.updateMany({
        where: { postId, state: 'open', noticedVersion: { lt: version } },
        data: { noticedVersion: version },
      });
      return count === 1;
    },
  };
}
