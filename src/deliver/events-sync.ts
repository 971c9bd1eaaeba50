import { createHash } from 'node:crypto';
import type { ChatPort, DigestPage } from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { ChannelRecord, Store, StoredEvent } from '../core/ports.js';
import type { GuildEventSpec, GuildEventSyncRecord, PlatformResult, ScheduledEventsPort } from '../core/sync.js';
import { placeText } from './format.js';
import { HOUR_MS } from '../core/time.js';

/**
 * Mirrors posted in-person events into a Discord server's Events tab
 * (issue #10 §1), for servers where a channel ran `/events sync on`.
 *
 * One run per server: the upcoming in-person/hybrid events posted in its
 * syncing channels, soonest first, the first `cap` of them kept (Discord
 * allows 100 scheduled events per server; the rest is left for the server's
 * own). For each event one action, decided again after its row is claimed:
 * - create: kept and not on Discord (new, or removed earlier for room);
 * - update: kept and what the event shows changed since the last sync;
 * - cancel: the source cancelled it (final on Discord);
 * - remove: no longer among the kept (a sooner event took its place) — it is
 *   created again when room frees up.
 * Then the "interested" counts are read back; posts whose count moved are
 * re-rendered. A missing permission pauses the server's sync and is told once
 * in the channel; other failures are recorded on the row (and retried later
 * when retryable, else until the event changes).
 */
export const DEFAULT_SYNC_CAP = 50;
/** The Events tab needs a start in the future; events closer than this are left as they are. */
const START_MARGIN_MS = 5 * 60_000;
const SYNC_LEASE_MS = 2 * 60_000;
const DEFAULT_LENGTH_MS = 2 * HOUR_MS;

export type SyncAction = 'create' | 'update' | 'cancel' | 'remove' | null;

export interface EventsTabDeps {
  store: Store;
  logger: Logger;
  now: () => Date;
  port: (platform: string) => ChatPort | undefined;
  /** This instance's name in leases. */
  owner: string;
  cap: number;
}

/** What the Events tab shows for an event: an EXTERNAL event with Discord's lengths. */
export function specFor(e: StoredEvent): GuildEventSpec {
  const link = e.url ? `\n\n${e.url}` : '';
  const text = e.description.trim();
  const room = 1000 - link.length;
  const description = (text.length > room ? `${text.slice(0, Math.max(0, room - 1)).trimEnd()}…` : text) + link;
  const place = placeText(e.venue, e.address) ?? e.locality ?? 'See the event page';
  const end = e.end && e.end.getTime() > e.start.getTime() ? e.end : new Date(e.start.getTime() + DEFAULT_LENGTH_MS);
  return { name: cut(e.title, 100), description: description.trim(), start: e.start, end, location: cut(place, 100) };
}

export const specHash = (s: GuildEventSpec): string =>
  createHash('sha256')
    .update(JSON.stringify([s.name, s.description, s.start.toISOString(), s.end.toISOString(), s.location]))
    .digest('hex')
    .slice(0, 32);

/** The one thing to do for an event, given its sync row (null: not synced yet) and whether it is among the kept. */
export function actionFor(event: StoredEvent, row: GuildEventSyncRecord | null, kept: boolean, hash: string): SyncAction {
  const onDiscord = row?.state === 'active' && row.externalId !== null;
  if (event.status === 'cancelled') return onDiscord ? 'cancel' : null;
  if (!kept) return onDiscord ? 'remove' : null;
  if (row?.state === 'cancelled') return null;
  if (row?.hash === hash && (onDiscord || row.state === 'failed')) return null;
  return onDiscord ? 'update' : 'create';
}

export class EventsTabSync {
  constructor(private readonly deps: EventsTabDeps) {}

  async run(): Promise<void> {
    const api = this.deps.port('discord')?.scheduledEvents;
    if (!api) return;
    for (const ws of await this.deps.store.optIns.syncingWorkspaces('discord')) {
      if (ws.problem) continue; // paused until an admin runs /events sync on again
      try {
        await this.syncWorkspace(ws.workspaceId, ws.channelIds, api);
      } catch (error) {
        this.deps.logger.error({ err: error, guild: ws.workspaceId }, 'events tab sync failed');
      }
    }
  }

  private async syncWorkspace(workspaceId: string, channelIds: number[], api: ScheduledEventsPort): Promise<void> {
    const { store } = this.deps;
    const now = this.deps.now();
    const events = await store.eventSync.postedEvents(channelIds, new Date(now.getTime() + START_MARGIN_MS));
    const rows = new Map((await store.eventSync.forWorkspace(workspaceId)).map((r) => [r.eventId, r]));
    const kept = new Set(
      events
        .filter((e) => e.status !== 'cancelled')
        .slice(0, this.deps.cap)
        .map((e) => e.id),
    );
    const planned = events
      .map((e) => ({ e, action: actionFor(e, rows.get(e.id) ?? null, kept.has(e.id), specHash(specFor(e))) }))
      .filter((p) => p.action !== null);
    // Room first: removals and cancellations before creations.
    planned.sort((a, b) => rank(a.action) - rank(b.action));
    for (const { e } of planned) {
      const outcome = await this.apply(workspaceId, e, kept.has(e.id), api);
      if (outcome === 'stop') return;
    }
    await this.readInterested(workspaceId, channelIds, api);
  }

  /** Claims the event's row, decides on fresh state and makes the one change; 'stop' when an admin must act first. */
  private async apply(workspaceId: string, event: StoredEvent, kept: boolean, api: ScheduledEventsPort): Promise<'ok' | 'stop'> {
    const { store } = this.deps;
    const now = this.deps.now();
    const row = await store.eventSync.claim(workspaceId, event.id, this.deps.owner, new Date(now.getTime() + SYNC_LEASE_MS), now);
    if (!row) return 'ok'; // another instance is on it
    const spec = specFor(event);
    const hash = specHash(spec);
    const fresh = row.state === 'pending' && row.externalId === null && row.hash === null ? null : row;
    const action = actionFor(event, fresh, kept, hash);
    const result = await this.call(action, workspaceId, row, spec, api);
    if (result.ok) {
      await store.eventSync.release(row.id, success(action, result.value, hash));
      return 'ok';
    }
    const failedState = result.retryable || result.missingPermission ? {} : { state: 'failed' as const, hash };
    await store.eventSync.release(row.id, { lastError: result.message, ...failedState });
    this.deps.logger.warn({ guild: workspaceId, event: event.id, action, error: result.message }, 'events tab sync: change refused');
    if (!result.missingPermission) return 'ok';
    await this.reportProblem(workspaceId, result.message);
    return 'stop';
  }

  private call(
    action: SyncAction,
    workspaceId: string,
    row: GuildEventSyncRecord,
    spec: GuildEventSpec,
    api: ScheduledEventsPort,
  ): Promise<PlatformResult<string | null>> {
    const id = row.externalId!;
    switch (action) {
      case 'create':
        return api.create(workspaceId, spec);
      case 'update':
        return api.update(workspaceId, id, spec);
      case 'cancel':
        return api.cancel(workspaceId, id);
      case 'remove':
        return api.remove(workspaceId, id);
      case null:
        return Promise.resolve({ ok: true, value: null });
    }
  }

  /** Stores the interested counts and marks the posts whose count moved for an edit. */
  private async readInterested(workspaceId: string, channelIds: number[], api: ScheduledEventsPort): Promise<void> {
    const { store } = this.deps;
    const counts = await api.interested(workspaceId);
    if (!counts.ok) {
      this.deps.logger.warn({ guild: workspaceId, error: counts.message }, 'events tab sync: could not read interested counts');
      return;
    }
    for (const eventId of await store.eventSync.setInterested(workspaceId, counts.value)) {
      const posts = (await store.posts.forEvent(eventId)).filter((p) => p.state === 'sent' && channelIds.includes(p.channelId));
      await store.posts.setCountsDirty(
        posts.map((p) => p.id),
        true,
      );
    }
  }

  /** Records the problem on the server's syncing channels and tells the first of them, once (claimed across instances). */
  private async reportProblem(workspaceId: string, message: string): Promise<void> {
    const { store } = this.deps;
    const ws = (await store.optIns.syncingWorkspaces('discord')).find((w) => w.workspaceId === workspaceId);
    if (!ws || !(await store.optIns.recordProblem(ws.channelIds, message))) return;
    const channel = await store.channels.get(ws.channelIds[0]!);
    const port = this.deps.port('discord');
    if (!channel || !port?.postNotice) return;
    const told = await port.postNotice(keyOf(channel), [
      [`⚠️ I could not update this server’s Events tab: ${message}`],
      ['Events-tab sync is paused here. Once that is fixed, an admin can run ', { bold: '/events sync on' }, ' to resume it.'],
    ]);
    if (!told.ok) this.deps.logger.warn({ guild: workspaceId, error: told.message }, 'could not tell the channel about a sync problem');
  }
}

const rank = (a: SyncAction) => (a === 'remove' || a === 'cancel' ? 0 : 1);

function success(action: SyncAction, value: string | null, hash: string) {
  switch (action) {
    case 'create':
      return { state: 'active' as const, externalId: value, hash, lastError: null };
    case 'update':
      return { state: 'active' as const, hash, lastError: null };
    case 'cancel':
      return { state: 'cancelled' as const, lastError: null };
    case 'remove':
      return { state: 'removed' as const, externalId: null, hash: null, lastError: null };
    default:
      return {};
  }
}

/** Fills in the Events-tab interested counts of a Discord digest's cards. */
export async function addInterested(store: Store, channel: ChannelRecord, pages: DigestPage[]): Promise<void> {
  if (channel.platform !== 'discord') return;
  const ids = pages.flatMap((p) => p.days.flatMap((d) => d.items.map((i) => i.card.eventId)));
  const counts = await store.eventSync.interested(channel.workspaceId, ids);
  for (const item of pages.flatMap((p) => p.days.flatMap((d) => d.items))) item.card.interested = counts.get(item.card.eventId) ?? null;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const keyOf = (c: ChannelRecord) => ({ platform: c.platform, workspaceId: c.workspaceId, channelId: c.channelId });
