import type { ChatPort } from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { ChannelRecord, FeedAlertKind, FeedAlertRecord, SourceRecord, Store } from '../core/ports.js';
import { alertLines, recoveryLines } from './feed-words.js';
import { DAY_MS } from '../core/time.js';

export interface FeedHealthOptions {
  /** Failed polls in a row before the alert (FEED_ALERT_FAILURES, default 5). */
  failures: number;
  /** Days without any event before the alert (FEED_ALERT_QUIET_DAYS, default 30). */
  quietDays: number;
}

export const DEFAULT_FEED_HEALTH: FeedHealthOptions = { failures: 5, quietDays: 30 };

type Health = 'ok' | FeedAlertKind;

/**
 * Dead-feed alerts (issue #10 §6), run after each poll cycle's delivery. Per
 * channel subscribed to a source: after `failures` failed polls in a row, or
 * when the source has had no event for `quietDays` (and was followed and
 * read that long), one message in the channel with the error in words and
 * the fix; when it recovers, one message saying so. Each alert and each
 * recovery is claimed in the database first, so with several instances
 * exactly one sends it; an alert whose message could not be sent is given
 * back and tried on the next run.
 */
export async function checkFeedHealth(
  store: Store,
  ports: (platform: string) => ChatPort | undefined,
  now: Date,
  opts: FeedHealthOptions,
  logger: Logger,
): Promise<void> {
  const subs = await store.feedAlerts.subscriptions();
  if (subs.length === 0) return;
  const quietFrom = new Date(now.getTime() - opts.quietDays * DAY_MS);
  const [sources, channels, open, active] = await Promise.all([
    store.sources.list(),
    store.channels.list(),
    store.feedAlerts.open(),
    store.feedAlerts.withEventsSince([...new Set(subs.map((s) => s.sourceId))], quietFrom),
  ]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const openAlert = new Map(open.map((a) => [`${a.channelId}:${a.sourceId}`, a]));
  for (const sub of subs) {
    const source = sourceById.get(sub.sourceId);
    const channel = channelById.get(sub.channelId);
    const port = channel && ports(channel.platform);
    if (!source || !channel || !port?.postNotice) continue;
    const quiet = sub.since <= quietFrom && source.lastSuccessAt !== null && !active.has(source.id);
    const health: Health = source.failureCount >= opts.failures ? 'failing' : quiet ? 'quiet' : 'ok';
    const alert = openAlert.get(`${sub.channelId}:${sub.sourceId}`);
    try {
      await step({ store, port, channel, source, health, alert, now, opts, logger });
    } catch (error) {
      logger.error({ err: error, channel: channel.channelId, source: source.id }, 'feed health check failed');
    }
  }
}

interface Step {
  store: Store;
  port: ChatPort;
  channel: ChannelRecord;
  source: SourceRecord;
  health: Health;
  alert: FeedAlertRecord | undefined;
  now: Date;
  opts: FeedHealthOptions;
  logger: Logger;
}

async function step({ store, port, channel, source, health, alert, now, opts, logger }: Step): Promise<void> {
  const key = { platform: channel.platform, workspaceId: channel.workspaceId, channelId: channel.channelId };
  const context = { channel: channel.channelId, platform: channel.platform, source: source.id };
  if (alert && health === 'ok') {
    if (!(await store.feedAlerts.claimRecovery(channel.id, source.id, now))) return;
    const sent = await port.postNotice!(key, recoveryLines(alert.kind, source));
    if (!sent.ok) logger.warn({ ...context, error: sent.message }, 'could not announce a feed’s recovery');
    else logger.info({ ...context, kind: alert.kind }, 'feed recovered; channel told');
    return;
  }
  if (alert || health === 'ok') return;
  if (!(await store.feedAlerts.claimAlert(channel.id, source.id, health, now))) return;
  const sent = await port.postNotice!(key, alertLines(health, source, opts));
  if (sent.ok) return logger.info({ ...context, kind: health }, 'dead-feed alert sent');
  await store.feedAlerts.releaseAlert(channel.id, source.id, now);
  logger.warn({ ...context, error: sent.message }, 'could not send a dead-feed alert; will try again');
}
