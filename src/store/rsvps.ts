import type { Attendee, RsvpCounts, RsvpRepo, RsvpStatus } from '../core/ports.js';
import type { Db } from './client.js';
import { toEvent } from './map.js';

export function rsvpRepo(db: Db): RsvpRepo {
  return {
    /** One RSVP per user and event: a new status replaces the old one. */
    async set(eventId, platform, userId, status) {
      await db.rsvp.upsert({
        where: { eventId_platform_userId: { eventId, platform, userId } },
        create: { eventId, platform, userId, status },
        update: { status },
      });
    },

    /** With a status, removes the RSVP only while it still has that status (un-reacting ✅ after 🤔 keeps 🤔). */
    async remove(eventId, platform, userId, status) {
      await db.rsvp.deleteMany({ where: { eventId, platform, userId, ...(status ? { status } : {}) } });
    },

    /** Going/maybe counts for every requested event; events nobody answered get zeros. */
    async counts(eventIds) {
      const counts = new Map<number, RsvpCounts>(eventIds.map((id) => [id, { going: 0, maybe: 0 }]));
      if (eventIds.length === 0) return counts;
      const groups = await db.rsvp.groupBy({
        by: ['eventId', 'status'],
        where: { eventId: { in: eventIds }, status: { in: ['going', 'maybe'] } },
        _count: { _all: true },
      });
      for (const g of groups) {
        const c = counts.get(g.eventId);
        if (c && (g.status === 'going' || g.status === 'maybe')) c[g.status] = g._count._all;
      }
      return counts;
    },

    /** The user's RSVPs (any status) to events starting at or after `from`, soonest first. */
    async forUser(platform, userId, from) {
      const rows = await db.rsvp.findMany({
        where: { platform, userId, event: { start: { gte: from } } },
        include: { event: true },
        orderBy: [{ event: { start: 'asc' } }, { eventId: 'asc' }],
      });
      return rows.map((r) => ({ event: toEvent(r.event), status: r.status as RsvpStatus }));
    },

    async attendees(eventId, platform) {
      const rows = await db.rsvp.findMany({
        where: { eventId, platform, status: { in: ['going', 'maybe'] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      if (rows.length === 0) return [];
      const prefs = await db.userPref.findMany({
        where: { platform, userId: { in: rows.map((r) => r.userId) }, visible: true, displayName: { not: null } },
      });
      const names = new Map(prefs.map((p) => [p.userId, p.displayName]));
      const all: Attendee[] = rows.map((r) => ({
        userId: r.userId,
        status: r.status as RsvpStatus,
        visibleName: names.get(r.userId) ?? null,
      }));
      return [...all.filter((a) => a.visibleName !== null), ...all.filter((a) => a.visibleName === null)];
    },
  };
}
