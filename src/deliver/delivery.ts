import type { ChatPort, EventCard } from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { ChannelRecord, PostRecord, Store, StoredEvent } from '../core/ports.js';
import { channelRegion, verdictFor } from '../place/eligibility.js';
import { runDigests } from './digest.js';
import { passes } from './filter.js';
import { checkFeedHealth, DEFAULT_FEED_HEALTH, type FeedHealthOptions } from './feed-health.js';
import { DEFAULT_SYNC_CAP, EventsTabSync } from './events-sync.js';
import { openThreadFor, tellThread } from './threads.js';
import { sourceLabel, toCard } from './format.js';
import { peopleText, visibleNames } from './people.js';
import { DAY_MS } from '../core/time.js';

/** One edit per message per this many ms (Discord and Slack rate limits). */
export const EDIT_INTERVAL_MS = 5_000;
/** New events posted per channel per run; the rest follow on the next run, so a new feed doesn't flood a channel. */
const POSTS_PER_RUN = 10;
/** A post that failed is tried again on later runs, up to this many attempts in all. */
export const MAX_ATTEMPTS = 5;
/**
 * A post claimed but still pending after this long was claimed by an
 * instance that stopped (killed between claiming and confirming); it is sent
 * again. Where the platform makes resends idempotent (Discord's message nonce,
 * honoured for a few minutes) that is safe after a minute: if the first send
 * did reach the platform, the resend returns that message. Where it does not
 * (Slack), a resend could duplicate a message that went out just before the
 * crash, so it waits ten minutes (well past any send in flight).
 */
export const STALE_PENDING_MS = { idempotent: 60_000, other: 10 * 60_000 } as const;

/** The same on every attempt at one outbox post, so a resend after a crash is recognised by the platform (Discord nonces: ≤ 25 characters). */
export const idempotencyKey = (postId: number) => `ebpost-${postId}`;

export const stalePendingMs = (port: ChatPort) => (port.idempotentSends ? STALE_PENDING_MS.idempotent : STALE_PENDING_MS.other);

/**
 * Platform-neutral delivery: posts new in-region events to channels, edits
 * posts whose event changed, keeps RSVP counts current. Every post goes
 * through the outbox (PostRepo), claimed before it is sent, so an event is
 * posted once per channel even with several instances on one database.
 */
export class Delivery {
  private ports = new Map<string, ChatPort>();
  private flushTimer: NodeJS.Timeout | null = null;
  private flushAt = 0;
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Runs, flushes and digests in progress, so shutdown can wait for them. */
  private readonly active = new Set<Promise<unknown>>();
  /** Issue #10 §1: the Discord Events tab mirror (events-sync.ts). */
  private readonly eventsTab: EventsTabSync;
  private readonly health: FeedHealthOptions;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly now: () => Date,
    opts: { owner?: string; syncCap?: number; health?: FeedHealthOptions } = {},
  ) {
    const port = (p: string) => this.ports.get(p);
    this.health = opts.health ?? DEFAULT_FEED_HEALTH;
    this.eventsTab = new EventsTabSync({ store, logger, now, port, owner: opts.owner ?? 'local', cap: opts.syncCap ?? DEFAULT_SYNC_CAP });
  }

  register(port: ChatPort): void {
    this.ports.set(port.platform, port);
  }

  platforms(): string[] {
    return [...this.ports.keys()];
  }

  /** Retries failed posts, posts new events, and applies edits for changed events and RSVP counts. */
  run(): Promise<void> {
    return this.track(async () => {
      // Earlier failures first; a post that fails now waits for the next run.
      await this.guard({}, () => this.retryUnsent());
      for (const channel of await this.store.channels.list()) {
        const port = this.ports.get(channel.platform);
        if (this.stopped || !port || channel.postMode !== 'new' || !channelRegion(channel)) continue;
        await this.guard({ channel: channel.id }, () => this.postNew(channel, port));
      }
      await this.guard({}, () => this.editStale());
      if (!this.stopped) await this.guard({}, () => this.eventsTab.run());
      await this.guard({}, () => this.flushCounts(false));
      if (!this.stopped)
        await this.guard({}, () => checkFeedHealth(this.store, (p) => this.ports.get(p), this.now(), this.health, this.logger));
    });
  }

  /** Someone is going to an event, from a channel: its post there gets its thread (threads.ts), if the channel wants threads. */
  goingAdded(eventId: number, channelId: number): Promise<void> {
    return this.track(() => this.guard({ event: eventId }, () => openThreadFor(this.threadDeps(), eventId, channelId)));
  }

  private threadDeps() {
    return { store: this.store, logger: this.logger, now: this.now, port: (p: string) => this.ports.get(p) };
  }

  /** Sends the weekly digests that are due (see digest.ts); tracked like a run so shutdown waits for it. */
  digests(now: Date): Promise<void> {
    return this.track(() =>
      runDigests(
        this.store,
        (p) => this.ports.get(p),
        now,
        this.logger,
        () => this.stopped,
      ),
    );
  }

  /** Runs work unless stopping, remembering it until it settles. */
  private track(work: () => Promise<void>): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const running = work();
    this.active.add(running);
    void running.finally(() => this.active.delete(running)).catch(() => undefined);
    return running;
  }

  /** Resolves when every run, flush and digest in progress has settled. */
  async idle(): Promise<void> {
    while (this.active.size > 0) await Promise.allSettled([...this.active]);
  }

  private async postNew(channel: ChannelRecord, port: ChatPort): Promise<void> {
    const now = this.now();
    const region = channelRegion(channel);
    const filter = await this.store.filters.get(channel.id);
    const candidates = (await this.store.posts.unpostedEvents(channel.id, new Date(now.getTime() - DAY_MS)))
      .filter((e) => verdictFor(e, region, now).post && passes(filter, e))
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .slice(0, POSTS_PER_RUN);
    for (const event of candidates) {
      if (this.stopped) return;
      // Stamped with this service's clock, like the stale-claim check in retryUnsent.
      const post = await this.store.posts.claimEventPost(channel.id, event.id, now);
      if (post) await this.send(channel, port, post, event);
    }
  }

  /** Sends failed posts again (a platform outage, a permission an admin has since granted). */
  async retryUnsent(): Promise<void> {
    const now = this.now();
    const staleBefore = (ms: number) => new Date(now.getTime() - ms);
    const due = await this.store.posts.unsent(20, { maxAttempts: MAX_ATTEMPTS, staleBefore: staleBefore(STALE_PENDING_MS.idempotent) });
    for (const post of due) {
      if (this.stopped) return;
      if (post.kind !== 'event' || post.eventId === null) continue;
      const [event, channel] = await Promise.all([this.store.events.get(post.eventId), this.store.channels.get(post.channelId)]);
      const port = channel && this.ports.get(channel.platform);
      if (!event || !channel || !port) continue;
      // Claimed again first: another instance (or an overlapping run here) may be retrying it right now.
      const retry = { maxAttempts: MAX_ATTEMPTS, staleBefore: staleBefore(stalePendingMs(port)) };
      if (!(await this.store.posts.claimRetry(post.id, retry, now))) continue;
      if (verdictFor(event, channelRegion(channel), now).post) await this.send(channel, port, post, event, true);
      else await this.store.posts.markFailed(post.id, 'no longer to be posted (past, cancelled or moved)', now);
    }
  }

  private async send(channel: ChannelRecord, port: ChatPort, post: PostRecord, event: StoredEvent, retry = false): Promise<void> {
    const card = toCard(event, undefined, await this.sourceOf(event.id));
    const notice = card.status === 'postponed' ? card.notice : null;
    const sent = await port.postEvent(
      keyOf(channel),
      { ...card, notice },
      {
        idempotencyKey: idempotencyKey(post.id),
        mayHaveBeenSent: retry || post.attempts > 0,
      },
    );
    if (sent.ok) return this.store.posts.markSent(post.id, sent.messageId, event.version, this.now());
    await this.store.posts.markFailed(post.id, sent.message, this.now());
    this.logger.warn({ channel: channel.channelId, platform: channel.platform, event: event.id, error: sent.message }, 'post failed');
  }

  /** Edits posts whose event changed time, venue or status since they were sent. */
  async editStale(): Promise<void> {
    for (const post of await this.store.posts.stale(50)) await this.edit(post);
  }

  /** Called when RSVPs change: marks the event's posts for a counts edit, throttled per message. */
  async notifyCountsChanged(eventId: number): Promise<void> {
    const posts = (await this.store.posts.forEvent(eventId)).filter((p) => p.state === 'sent');
    await this.store.posts.setCountsDirty(
      posts.map((p) => p.id),
      true,
    );
    this.scheduleFlush(0);
  }

  /**
   * Applies pending counts edits; with `force`, ignores the per-message
   * interval (tests). Flushes run one at a time in this process, and each
   * edit is claimed in the database first, so a message is edited at most
   * once per EDIT_INTERVAL_MS even with several instances.
   */
  flushCounts(force: boolean): Promise<void> {
    return this.track(() => {
      const run = this.flushing.then(() => this.flushOnce(force));
      this.flushing = run.catch(() => undefined);
      return run;
    });
  }

  private async flushOnce(force: boolean): Promise<void> {
    const now = this.now();
    let waitMs: number | null = null;
    for (const post of await this.store.posts.countsDirty(100)) {
      if (this.stopped) return;
      const since = post.editedAt ? now.getTime() - post.editedAt.getTime() : Infinity;
      if (!force && since < EDIT_INTERVAL_MS) {
        waitMs = Math.min(waitMs ?? Infinity, EDIT_INTERVAL_MS - since);
        continue;
      }
      const notEditedSince = force ? now : new Date(now.getTime() - EDIT_INTERVAL_MS);
      if (await this.store.posts.claimCountsEdit(post.id, notEditedSince, now)) await this.edit(post);
    }
    if (waitMs !== null) this.scheduleFlush(waitMs);
  }

  /** Runs a flush after `delayMs`, or sooner if one is already due sooner. */
  private scheduleFlush(delayMs: number): void {
    if (this.stopped) return;
    const at = Date.now() + delayMs;
    if (this.flushTimer && this.flushAt <= at) return;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushAt = at;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.guard({}, () => this.flushCounts(false));
    }, delayMs);
    this.flushTimer.unref();
  }

  private async edit(post: PostRecord): Promise<void> {
    if (post.kind !== 'event' || post.eventId === null || !post.messageId) return;
    const [event, channel] = await Promise.all([this.store.events.get(post.eventId), this.store.channels.get(post.channelId)]);
    const port = channel && this.ports.get(channel.platform);
    if (!event || !channel || !port) return;
    const result = await port.editEvent(keyOf(channel), post.messageId, await this.editedCard(channel, event));
    if (!result.ok) return this.logger.warn({ channel: channel.channelId, event: event.id, error: result.message }, 'edit failed');
    await this.store.posts.markEdited(post.id, event.version, this.now());
    if (post.eventVersion < event.version) await tellThread(this.threadDeps(), channel, post, event);
  }

  /** A post's card as it is now: RSVP counts, Discord's interested count, and the names of visible members going. */
  private async editedCard(channel: ChannelRecord, event: StoredEvent): Promise<EventCard> {
    const people = await this.store.rsvps.forPost(event.id, channel);
    const card = toCard(event, people.counts, await this.sourceOf(event.id));
    if (channel.platform === 'discord') card.interested = people.interested;
    if (event.status === 'cancelled') return card;
    const going = people.attendees.filter((a) => a.status === 'going');
    const names = peopleText(visibleNames(going), card.counts.going);
    return names ? { ...card, goingNames: names } : card;
  }

  private async sourceOf(eventId: number): Promise<string | null> {
    const links = await this.store.events.provenance(eventId);
    return sourceLabel(links[0]?.url ?? links[0]?.sourceUrl ?? null);
  }

  /** Runs one unit of work; an unexpected error is logged with context and never stops the service. */
  private async guard(context: Record<string, unknown>, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.error({ err: error, ...context }, 'delivery failed');
    }
  }

  /** Takes no new work from now on (a send already started finishes; see idle()). */
  stop(): void {
    this.stopped = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
  }

  port(platform: string): ChatPort | undefined {
    return this.ports.get(platform);
  }
}

export const keyOf = (c: ChannelRecord) => ({ platform: c.platform, workspaceId: c.workspaceId, channelId: c.channelId });
