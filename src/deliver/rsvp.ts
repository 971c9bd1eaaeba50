import type { CommandDeps, ReactionEvent } from '../core/chat.js';
import type { RsvpStatus } from '../core/ports.js';

/**
 * A reaction is an RSVP:
 * - ✅ / 🤔 on an event post → going / maybe for that event;
 * - a keycap number N on a digest → going to the digest's event N.
 * Removing the reaction removes the RSVP only if it still has that status,
 * so switching from ✅ to 🤔 and then removing ✅ keeps "maybe".
 * Reactions on messages that are not ours are ignored.
 */
export async function handleReaction(
  deps: Pick<CommandDeps, 'store' | 'notifyCountsChanged' | 'goingAdded'>,
  ev: ReactionEvent,
): Promise<void> {
  const { store } = deps;
  const channel = await store.channels.find(ev);
  if (!channel) return;
  const post = await store.posts.findByMessage(channel.id, ev.messageId);
  if (!post) return;
  const target = await targetOf(deps, post, ev);
  if (!target) return;
  if (ev.added) await store.rsvps.set(target.eventId, ev.platform, ev.userId, target.status);
  else await store.rsvps.remove(target.eventId, ev.platform, ev.userId, target.status);
  await deps.notifyCountsChanged(target.eventId);
  if (ev.added && target.status === 'going') await deps.goingAdded?.(target.eventId, channel.id);
}

async function targetOf(
  deps: Pick<CommandDeps, 'store'>,
  post: { id: number; kind: 'event' | 'digest'; eventId: number | null },
  ev: ReactionEvent,
): Promise<{ eventId: number; status: RsvpStatus } | null> {
  if (typeof ev.key === 'object') {
    if (post.kind !== 'digest') return null;
    const eventId = await deps.store.posts.digestItem(post.id, ev.key.number);
    return eventId === null ? null : { eventId, status: 'going' };
  }
  if (post.kind !== 'event' || post.eventId === null || ev.key === 'no') return null;
  return { eventId: post.eventId, status: ev.key };
}
