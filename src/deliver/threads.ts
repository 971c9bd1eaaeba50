import type { ChatPort, Line } from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { ChannelRecord, PostRecord, Store, StoredEvent } from '../core/ports.js';
import { placeText } from './format.js';

/**
 * A thread per event post for arranging to meet (issue #10 §4), in channels
 * where an admin ran `/events threads on`:
 * - opened on the post when someone says they are going there (a ✅
 *   reaction, a digest number, `/events rsvp`), with a short opener — once
 *   per post, claimed in the database, so only the first RSVP opens it;
 * - told when the event's time or venue changes, or it is cancelled or
 *   postponed — each change once (claimed by event version).
 * Discord: a thread on the message; Slack: replies in the post's thread.
 */
export interface ThreadDeps {
  store: Store;
  logger: Logger;
  now: () => Date;
  port: (platform: string) => ChatPort | undefined;
}

export const threadName = (e: Pick<StoredEvent, 'title'>): string => cut(`Meet up: ${e.title}`, 100);

export function openerLines(e: StoredEvent): Line[] {
  const place = placeText(e.venue, e.address);
  return [
    [
      '👋 Arrange to meet for ',
      { bold: e.title },
      ' here — ',
      { time: e.start, timezone: e.timezone, style: e.allDay ? 'date' : 'full' },
      ...(place ? [` at ${place}`] : []),
      '.',
    ],
    ['Say where and when you’ll meet up. I’ll post here if the time or venue changes.'],
  ];
}

/** What to tell the thread about the event's last change; null when the change does not matter for meeting up. */
export function changeLines(e: StoredEvent): Line[] | null {
  if (e.status === 'cancelled') return [['❌ ', { bold: e.title }, ' has been cancelled.']];
  if (e.status === 'postponed') return [['⏸️ ', { bold: e.title }, ' has been postponed.']];
  const changed = new Set((e.lastChange ?? '').split(','));
  const lines: Line[] = [];
  if (changed.has('time')) lines.push(['🕒 New time: ', { time: e.start, timezone: e.timezone, style: e.allDay ? 'date' : 'full' }]);
  if (changed.has('venue')) lines.push([`📍 New venue: ${placeText(e.venue, e.address) ?? 'to be announced'}`]);
  return lines.length ? [['Heads up — ', { bold: e.title }, ' changed:'], ...lines] : null;
}

/** Opens the thread on the event's post in a channel, if threads are on there and it has none yet. */
export async function openThreadFor(deps: ThreadDeps, eventId: number, channelId: number): Promise<void> {
  const { store } = deps;
  if (!(await store.optIns.get(channelId)).threads) return;
  const channel = await store.channels.get(channelId);
  const threads = channel && deps.port(channel.platform)?.threads;
  if (!channel || !threads) return;
  const post = (await store.posts.forEvent(eventId)).find((p) => p.channelId === channelId && p.state === 'sent' && p.messageId);
  const event = await store.events.get(eventId);
  if (!post || !event || event.status === 'cancelled') return;
  if (!(await store.threads.claimOpen(post.id, deps.now()))) return;
  const opened = await threads.open(keyOf(channel), post.messageId!, threadName(event), openerLines(event));
  if (opened.ok) return store.threads.opened(post.id, opened.value, event.version);
  await store.threads.failed(post.id, opened.message);
  deps.logger.warn({ channel: channel.channelId, event: eventId, error: opened.message }, 'could not open a thread on the post');
}

/** Tells the post's thread about the event's change (after its post was edited). */
export async function tellThread(deps: ThreadDeps, channel: ChannelRecord, post: PostRecord, event: StoredEvent): Promise<void> {
  const threads = deps.port(channel.platform)?.threads;
  const lines = changeLines(event);
  if (!threads || !lines) return;
  const thread = await deps.store.threads.get(post.id);
  if (!thread || thread.state !== 'open' || !thread.threadId || thread.noticedVersion >= event.version) return;
  if (!(await deps.store.threads.claimNotice(post.id, event.version))) return;
  const told = await threads.post(keyOf(channel), thread.threadId, lines);
  if (!told.ok)
    deps.logger.warn({ channel: channel.channelId, event: event.id, error: told.message }, 'could not post the change in the thread');
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const keyOf = (c: ChannelRecord) => ({ platform: c.platform, workspaceId: c.workspaceId, channelId: c.channelId });
