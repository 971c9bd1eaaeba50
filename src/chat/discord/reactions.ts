import type { MessageReaction, PartialMessageReaction, PartialUser, User } from 'discord.js';
import type { ChatCoreApi } from '../../core/chat.js';
import type { Logger } from '../../core/log.js';
import { reactionKey } from './emoji.js';

/**
 * Reactions → RSVPs.
 *
 * The client runs with partials (Message, Channel, Reaction, User), so a
 * reaction on a message posted before a restart still arrives; the ids and
 * the emoji are always in the gateway payload, so nothing has to be fetched
 * unless Discord left the emoji name out.
 *
 * Ignored: the bot's own reactions (it adds ✅ 🤔 1️⃣… itself and Discord
 * reports those too), reactions outside a server, custom emoji and emoji
 * that mean nothing here (emoji.ts).
 *
 * Order: one person's reactions are handled one after another, in the order
 * the gateway delivered them (`inOrder`). Handled side by side, a quick ✅
 * then un-✅ could reach the database as remove-then-add and leave an RSVP
 * the person took back.
 */
export interface ReactionDeps {
  core: ChatCoreApi;
  logger: Logger;
  botUserId: () => string | undefined;
}

export async function handleReaction(
  reaction: MessageReaction | PartialMessageReaction,
  user: User | PartialUser,
  added: boolean,
  deps: ReactionDeps,
): Promise<void> {
  try {
    if (user.id === deps.botUserId()) return;
    if (reaction.partial && !reaction.emoji.name && !reaction.emoji.id) await reaction.fetch();
    const key = reactionKey(reaction.emoji.name, reaction.emoji.id);
    const workspaceId = reaction.message.guildId;
    if (!key || !workspaceId) return;
    await deps.core.reaction({
      platform: 'discord',
      workspaceId,
      channelId: reaction.message.channelId,
      messageId: reaction.message.id,
      userId: user.id,
      key,
      added,
    });
  } catch (error) {
    deps.logger.error({ err: error, message: reaction.message.id, user: user.id }, 'discord reaction failed');
  }
}
