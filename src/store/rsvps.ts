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
      return visibleFirst(all);
    },

    /**
     * One statement, the same on both providers, for what counts, interested
     * and attendees read in up to four: it runs on every edit of a post, and
     * RSVPs edit posts all the time. The one-row FROM keeps the interested
     * count of an event nobody answered; every platform's RSVPs are read for
     * the counts, and only the channel's platform is kept as attendees.
     */
    async forPost(eventId, { platform, workspaceId }) {
      const rows = await db.$queryRaw<PostPeopleRow[]>`
        SELECT r."platform", r."userId", r."status", u."displayName" AS "visibleName",
          (SELECT g."interested" FROM "GuildEventSync" g
            WHERE g."workspaceId" = ${workspaceId} AND g."eventId" = ${eventId} AND g."state" = 'active') AS "interested"
        FROM (SELECT 1 AS "one") o
        LEFT JOIN "Rsvp" r ON r."eventId" = ${eventId} AND r."status" IN ('going', 'maybe')
        LEFT JOIN "UserPref" u ON u."platform" = r."platform" AND u."userId" = r."userId"
          AND u."visible" AND u."displayName" IS NOT NULL
        ORDER BY r."createdAt", r."id"`;
      const counts: RsvpCounts = { going: 0, maybe: 0 };
      const here: Attendee[] = [];
      for (const r of rows) {
        if (r.status !== 'going' && r.status !== 'maybe') continue; // the one row of an event nobody answered
        counts[r.status] += 1;
        if (r.platform === platform) here.push({ userId: r.userId!, status: r.status, visibleName: r.visibleName });
      }
      const interested = rows[0]?.interested;
      return { counts, interested: interested == null ? null : Number(interested), attendees: visibleFirst(here) };
    },
  };
}

/** A row of forPost: an RSVP (all null when there is none) with the event's interested count. */
interface PostPeopleRow {
  platform: string | null;
  userId: string | null;
  status: string | null;
  visibleName: string | null;
  interested: number | bigint | null;
}

/** People who chose to be visible first, each group in the order given (oldest RSVP first). */
const visibleFirst = (all: Attendee[]): Attendee[] => [
  ...all.filter((a) => a.visibleName !== null),
  ...all.filter((a) => a.visibleName === null),
];
