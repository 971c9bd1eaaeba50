import type { ReminderRecord, ReminderRepo, ReminderState } from '../core/ports.js';
import type { Reminder } from './generated/sqlite/client.js';
import { isUniqueViolation, type Db } from './client.js';

/**
 * The reminder queue. One row per (event, platform, user); a tick claims a
 * due row by moving it from pending to sending in one conditional update, so
 * on one database (several instances, or overlapping ticks) exactly one
 * claimer sends it.
 */
const toReminder = (r: Reminder): ReminderRecord => ({
  id: r.id,
  eventId: r.eventId,
  platform: r.platform,
  userId: r.userId,
  dueAt: r.dueAt,
  state: r.state as ReminderState,
  attempts: r.attempts,
});

/** States a changed due time revives: the reminder was for the old time. */
const DONE = ['sent', 'undeliverable', 'failed'];

export function reminderRepo(db: Db): ReminderRepo {
  return {
    async plan({ eventId, platform, userId }, dueAt) {
      const key = { eventId, platform, userId };
      const where = { eventId_platform_userId: key };
      if (dueAt === null) {
        await db.reminder.updateMany({ where: { ...key, state: 'pending' }, data: { state: 'cancelled' } });
        return;
      }
      const existing = await db.reminder.findUnique({ where });
      if (!existing) {
        try {
          await db.reminder.create({ data: { ...key, dueAt } });
          return;
        } catch (e) {
          if (!isUniqueViolation(e)) throw e;
        }
      }
      // Still waiting (or cancelled): due at the new time. Done for another time: due again.
      await db.reminder.updateMany({ where: { ...key, state: { in: ['pending', 'cancelled'] } }, data: { dueAt, state: 'pending' } });
      await db.reminder.updateMany({
        where: { ...key, state: { in: DONE }, dueAt: { not: dueAt } },
        data: { dueAt, state: 'pending', attempts: 0, lastError: null, sentAt: null },
      });
    },

    async upcoming(from, limit) {
      const rows = await db.reminder.findMany({
        where: { state: { not: 'sending' }, event: { start: { gt: from } } },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: limit,
      });
      return rows.map(toReminder);
    },

    async due(now, limit) {
      const rows = await db.reminder.findMany({
        where: { state: 'pending', dueAt: { lte: now } },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: limit,
      });
      return rows.map(toReminder);
    },

    async claim(id, at) {
      const { count } = await db.reminder.updateMany({
        where: { id, state: 'pending' },
        data: { state: 'sending', attempts: { increment: 1 }, updatedAt: at },
      });
      return count === 1;
    },

    async finish(id, state, at, error) {
      await db.reminder.update({
        where: { id },
        data: { state, updatedAt: at, lastError: error ?? null, ...(state === 'sent' ? { sentAt: at } : {}) },
      });
    },

    async forUser(platform, userId) {
      const rows = await db.reminder.findMany({ where: { platform, userId }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toReminder);
    },
  };
}
