import type { ChannelOptIns, EventSyncRepo, GuildEventState, GuildEventSyncRecord, OptInRepo } from '../core/sync.js';
import { isUniqueViolation, type Db } from './client.js';
import { defined, toEvent } from './map.js';
import type { ChannelOptIns as OptInRow, GuildEventSync } from './generated/sqlite/client.js';

/**
 * Channel opt-ins and the Events-tab sync rows (issue #10 §1). A sync row is
 * claimed like an outbox post: created (the unique (workspaceId, eventId)
 * decides who wins) or leased with a conditional update, then read again, so
 * the create/update/cancel/remove it stands for is decided on fresh state and
 * made by one instance only.
 */
const toOptIns = (r: OptInRow): ChannelOptIns => ({
  channelId: r.channelId,
  syncEvents: r.syncEvents,
  threads: r.threads,
  syncProblem: r.syncProblem,
});

const toSync = (r: GuildEventSync): GuildEventSyncRecord => ({
  id: r.id,
  workspaceId: r.workspaceId,
  eventId: r.eventId,
  externalId: r.externalId,
  state: r.state as GuildEventState,
  hash: r.hash,
  interested: r.interested,
  lastError: r.lastError,
});

export function optInRepo(db: Db): OptInRepo {
  return {
    async get(channelId) {
      const row = await db.channelOptIns.findUnique({ where: { channelId } });
      return row ? toOptIns(row) : { channelId, syncEvents: false, threads: false, syncProblem: null };
    },
    async set(channelId, fields) {
      const data = defined(fields);
      return toOptIns(await db.channelOptIns.upsert({ where: { channelId }, create: { channelId, ...data }, update: data }));
    },
    async recordProblem(channelIds, message) {
      const { count } = await db.channelOptIns.updateMany({
        where: { channelId: { in: channelIds }, syncProblem: null },
        data: { syncProblem: message },
      });
      return count > 0;
    },
    async syncingWorkspaces(platform) {
      const rows = await db.channelOptIns.findMany({
        where: { syncEvents: true, channel: { platform } },
        include: { channel: { select: { workspaceId: true } } },
        orderBy: { channelId: 'asc' },
      });
      const byWorkspace = new Map<string, { workspaceId: string; channelIds: number[]; problem: string | null }>();
      for (const r of rows) {
        const entry = byWorkspace.get(r.channel.workspaceId) ?? { workspaceId: r.channel.workspaceId, channelIds: [], problem: null };
        entry.channelIds.push(r.channelId);
        entry.problem ??= r.syncProblem;
        byWorkspace.set(entry.workspaceId, entry);
      }
      return [...byWorkspace.values()];
    },
  };
}

export function eventSyncRepo(db: Db): EventSyncRepo {
  const byKey = (workspaceId: string, eventId: number) => ({ workspaceId_eventId: { workspaceId, eventId } });

  return {
    async postedEvents(channelIds, from) {
      if (channelIds.length === 0) return [];
      const rows = await db.event.findMany({
        where: {
          start: { gte: from },
          attendance: { in: ['in_person', 'hybrid'] },
          posts: { some: { channelId: { in: channelIds }, kind: 'event', state: 'sent' } },
        },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toEvent);
    },

    async forWorkspace(workspaceId) {
      return (await db.guildEventSync.findMany({ where: { workspaceId }, orderBy: { id: 'asc' } })).map(toSync);
    },

    async claim(workspaceId, eventId, owner, until, now) {
      try {
        return toSync(await db.guildEventSync.create({ data: { workspaceId, eventId, leaseOwner: owner, leaseUntil: until } }));
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
      }
      const { count } = await db.guildEventSync.updateMany({
        where: { workspaceId, eventId, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
        data: { leaseOwner: owner, leaseUntil: until },
      });
      if (count !== 1) return null;
      const row = await db.guildEventSync.findUnique({ where: byKey(workspaceId, eventId) });
      return row && row.leaseOwner === owner ? toSync(row) : null;
    },

    async release(id, fields) {
      await db.guildEventSync.update({ where: { id }, data: { ...fields, leaseOwner: null, leaseUntil: null } });
    },

    async setInterested(workspaceId, counts) {
      const rows = await db.guildEventSync.findMany({ where: { workspaceId, externalId: { in: [...counts.keys()] } } });
      const changed: number[] = [];
      for (const row of rows) {
        const count = counts.get(row.externalId!)!;
        if (row.interested === count) continue;
        await db.guildEventSync.update({ where: { id: row.id }, data: { interested: count } });
        changed.push(row.eventId);
      }
      return changed;
    },

    async interested(workspaceId, eventIds) {
      if (eventIds.length === 0) return new Map();
      const rows = await db.guildEventSync.findMany({
        where: { workspaceId, eventId: { in: eventIds }, state: 'active', interested: { not: null } },
      });
      return new Map(rows.map((r) => [r.eventId, r.interested!]));
    },
  };
}
