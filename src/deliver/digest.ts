import type { ChatPort, DigestPage } from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { ChannelRecord, RsvpCounts, Store, StoredEvent } from '../core/ports.js';
import { DAY_MS, HOUR_MS, instantAt, wallClock } from '../core/time.js';
import { channelRegion, verdictFor } from '../place/eligibility.js';
import { idempotencyKey, keyOf, MAX_ATTEMPTS, stalePendingMs } from './delivery.js';
import { toCard } from './format.js';
import { passes } from './filter.js';
import { addInterested } from './events-sync.js';

/** A digest missed while the service was down is still sent if it comes back within this window. */
export const DIGEST_CATCH_UP_MS = 12 * HOUR_MS;
/** A digest part that failed to send is tried again after this long (within the catch-up window, MAX_ATTEMPTS in all). */
export const DIGEST_RETRY_MS = 10 * 60_000;
/** Keycap numbers 1–10 per message. */
export const PER_MESSAGE = 10;

/**
 * The most recent scheduled digest time at or before `now` for a channel
 * (day 1–7 = Monday–Sunday, "HH:MM" in the channel's timezone).
 */
export function lastScheduled(now: Date, day: number, time: string, zone: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const today = wallClock(now, zone);
  for (let back = 0; back <= 7; back++) {
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
    const weekday = ((d.getUTCDay() + 6) % 7) + 1;
    if (weekday !== day) continue;
    const at = instantAt({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: h, minute: m }, zone);
    if (at <= now) return at;
  }
  // Unreachable for valid input: a week back always has the weekday.
  return new Date(now.getTime() - 7 * DAY_MS);
}

const dayLabel = (d: Date, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long' }).format(d);
const shortDate = (d: Date, zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'short' }).format(d);

/** Splits a week's events into digest messages of at most ten, grouped by local day. */
export function buildDigest(channel: ChannelRecord, events: StoredEvent[], counts: Map<number, RsvpCounts>, from: Date): DigestPage[] {
  const zone = channel.timezone;
  const to = new Date(from.getTime() + 7 * DAY_MS - 1);
  const heading = `Events near ${channel.regionName ?? 'you'} this week (${shortDate(from, zone)} – ${shortDate(to, zone)})`;
  if (events.length === 0) {
    const note = 'No in-person events in the region this week. Admins can follow more feeds with /events feed add <url>.';
    return [{ heading, part: 1, parts: 1, days: [], emptyNote: note }];
  }
  const sorted = [...events].sort((a, b) => a.start.getTime() - b.start.getTime());
  const parts = Math.ceil(sorted.length / PER_MESSAGE);
  const pages: DigestPage[] = [];
  for (let p = 0; p < parts; p++) {
    const slice = sorted.slice(p * PER_MESSAGE, (p + 1) * PER_MESSAGE);
    const days: DigestPage['days'] = [];
    slice.forEach((e, i) => {
      const label = dayLabel(e.start < from ? from : e.start, zone);
      const last = days.at(-1);
      const item = { number: i + 1, card: toCard(e, counts.get(e.id), null) };
      if (last?.label === label) last.items.push(item);
      else days.push({ label, items: [item] });
    });
    pages.push({ heading, part: p + 1, parts, days, emptyNote: null });
  }
  return pages;
}

/**
 * Sends each channel's weekly digest when its time has come. Run every
 * minute; restart-safe and multi-instance-safe because each digest part is
 * claimed in the outbox under "<scheduled date>#<part>" before it is sent.
 * A part that failed (platform outage) is sent again on a later run.
 */
export async function runDigests(
  store: Store,
  ports: (platform: string) => ChatPort | undefined,
  now: Date,
  logger: Logger,
  stopping: () => boolean = () => false,
): Promise<void> {
  for (const channel of await store.channels.list()) {
    if (stopping()) return;
    const port = ports(channel.platform);
    if (!port || channel.digestDay === null || !channelRegion(channel)) continue;
    const scheduled = lastScheduled(now, channel.digestDay, channel.digestTime, channel.timezone);
    if (now.getTime() - scheduled.getTime() > DIGEST_CATCH_UP_MS) continue;
    try {
      await sendDigest(store, port, channel, scheduled, now);
    } catch (error) {
      logger.error({ err: error, channel: channel.channelId, platform: channel.platform }, 'digest failed');
    }
  }
}

/** Every part of this week's digest went out, or gave up after MAX_ATTEMPTS: nothing to build again. */
async function digestSettled(store: Store, channel: ChannelRecord, dateKey: string): Promise<boolean> {
  const parts = await store.posts.digestParts(channel.id, dateKey);
  return parts.length > 0 && parts.every((p) => p.state === 'sent' || (p.state === 'failed' && p.attempts >= MAX_ATTEMPTS));
}

async function sendDigest(store: Store, port: ChatPort, channel: ChannelRecord, from: Date, now: Date): Promise<void> {
  // Checked every minute through the catch-up window: once the week's digest is settled, one query is all it costs.
  if (await digestSettled(store, channel, from.toISOString().slice(0, 10))) return;
  const sources = await store.channels.sources(channel.id);
  const region = channelRegion(channel);
  const week = await store.events.forSources(
    sources.map((s) => s.id),
    from,
    new Date(from.getTime() + 7 * DAY_MS),
  );
  const filter = await store.filters.get(channel.id);
  const events = week.filter((e) => verdictFor(e, region, now).post && passes(filter, e));
  if (events.length === 0 && !channel.digestEmptyNote) return;
  const counts = await store.rsvps.counts(events.map((e) => e.id));
  const pages = buildDigest(channel, events, counts, from);
  await addInterested(store, channel, pages);
  const dateKey = from.toISOString().slice(0, 10);
  for (const page of pages) {
    const items = page.days.flatMap((d) => d.items.map((i) => ({ number: i.number, eventId: i.card.eventId })));
    const key = `${dateKey}#${page.part}`;
    const retry = {
      maxAttempts: MAX_ATTEMPTS,
      staleBefore: new Date(now.getTime() - DIGEST_RETRY_MS),
      // A part claimed by an instance that stopped before confirming it.
      pendingBefore: new Date(now.getTime() - stalePendingMs(port)),
    };
    const fresh = await store.posts.claimDigestPost(channel.id, key, items, now);
    const post = fresh ?? (await store.posts.retryDigestPost(channel.id, key, items, retry, now));
    if (!post) continue;
    const sent = await port.postDigest(keyOf(channel), page, { idempotencyKey: idempotencyKey(post.id), mayHaveBeenSent: !fresh });
    if (sent.ok) await store.posts.markSent(post.id, sent.messageId, 0, now);
    else await store.posts.markFailed(post.id, sent.message, now);
  }
}
