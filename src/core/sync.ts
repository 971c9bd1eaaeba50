import type { Line } from './chat.js';
import type { ChannelKey, StoredEvent } from './ports.js';

/**
 * Ports for issue #10 §1 (mirroring posted events into Discord's Events tab)
 * and §4 (a thread per event post). Storage ports are implemented in
 * src/store (sync.ts, threads.ts); platform ports by the chat adapters that
 * can do it (ChatPort.scheduledEvents: Discord; ChatPort.threads: Discord and
 * Slack). No platform or Prisma type crosses this line.
 */

// ─── Storage ─────────────────────────────────────────────────────────────
export interface ChannelOptIns {
  channelId: number;
  syncEvents: boolean;
  threads: boolean;
  /** A failure an admin must fix (told once in the channel); sync pauses until `/events sync on`. */
  syncProblem: string | null;
}

export type GuildEventState = 'pending' | 'active' | 'removed' | 'cancelled' | 'failed';

export interface GuildEventSyncRecord {
  id: number;
  workspaceId: string;
  eventId: number;
  externalId: string | null;
  state: GuildEventState;
  hash: string | null;
  interested: number | null;
  lastError: string | null;
}

export interface OptInRepo {
  get(channelId: number): Promise<ChannelOptIns>;
  set(channelId: number, fields: Partial<Omit<ChannelOptIns, 'channelId'>>): Promise<ChannelOptIns>;
  /** Workspaces (Discord servers) with at least one channel syncing, and whether a problem pauses them. */
  /** Records a sync problem on channels that have none yet; true for the one caller that recorded it (and so tells it). */
  recordProblem(channelIds: number[], message: string): Promise<boolean>;
  syncingWorkspaces(platform: string): Promise<{ workspaceId: string; channelIds: number[]; problem: string | null }[]>;
}

export interface EventSyncRepo {
  /**
   * In-person or hybrid events posted (sent) in the given channels that have
   * not started before `from`, soonest first.
   */
  postedEvents(channelIds: number[], from: Date): Promise<StoredEvent[]>;
  forWorkspace(workspaceId: string): Promise<GuildEventSyncRecord[]>;
  /**
   * Takes the row of (workspace, event) for one create/update/cancel/remove:
   * creates it, or leases it when its lease is free or expired. Returns the
   * row as it is now (read after the lease was taken), or null when another
   * instance holds it — so each change is made once across instances.
   */
  claim(workspaceId: string, eventId: number, owner: string, until: Date, now: Date): Promise<GuildEventSyncRecord | null>;
  /** Records the outcome and frees the lease. */
  release(id: number, fields: Partial<Pick<GuildEventSyncRecord, 'externalId' | 'state' | 'hash' | 'lastError'>>): Promise<void>;
  /** Stores the interested counts read back (external id → count); returns the event ids whose count changed. */
  setInterested(workspaceId: string, counts: Map<string, number>): Promise<number[]>;
  /** Interested counts of events mirrored in a workspace (events without one are absent). */
  interested(workspaceId: string, eventIds: number[]): Promise<Map<number, number>>;
}

export interface PostThreadRecord {
  postId: number;
  threadId: string | null;
  state: 'pending' | 'open' | 'failed';
  noticedVersion: number;
}

export interface ThreadRepo {
  /** True for the one caller that gets to open the post's thread (first time, or again after a failure). */
  claimOpen(postId: number, now: Date): Promise<boolean>;
  opened(postId: number, threadId: string, version: number): Promise<void>;
  failed(postId: number, error: string): Promise<void>;
  get(postId: number): Promise<PostThreadRecord | null>;
  /** True for the one caller that gets to tell the thread about `version` (an open thread told an older one). */
  claimNotice(postId: number, version: number): Promise<boolean>;
}

// ─── Platforms ───────────────────────────────────────────────────────────
/** What the bot puts in a server's Events tab for one event (Discord EXTERNAL event). */
export interface GuildEventSpec {
  name: string;
  description: string;
  start: Date;
  end: Date;
  location: string;
}

export type PlatformResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      message: string;
      /** The bot lacks a permission: an admin must act, so the caller stops and says so once. */
      missingPermission: boolean;
      /** Worth trying again later (outage, rate limit, no room for more events). */
      retryable: boolean;
    };

export interface ScheduledEventsPort {
  /** Whether the bot may create events in the server; the message names the missing permission. */
  checkAccess(workspaceId: string): Promise<{ ok: true } | { ok: false; message: string }>;
  create(workspaceId: string, spec: GuildEventSpec): Promise<PlatformResult<string>>;
  update(workspaceId: string, externalId: string, spec: GuildEventSpec): Promise<PlatformResult<null>>;
  cancel(workspaceId: string, externalId: string): Promise<PlatformResult<null>>;
  remove(workspaceId: string, externalId: string): Promise<PlatformResult<null>>;
  /** Interested counts of the server's events (external id → count). */
  interested(workspaceId: string): Promise<PlatformResult<Map<string, number>>>;
}

export interface ThreadPort {
  /** Opens a thread on a post with a first message; the value is the thread id. */
  open(channel: ChannelKey, messageId: string, name: string, lines: Line[]): Promise<PlatformResult<string>>;
  /** Posts a message in a thread opened earlier. */
  post(channel: ChannelKey, threadId: string, lines: Line[]): Promise<PlatformResult<null>>;
}
