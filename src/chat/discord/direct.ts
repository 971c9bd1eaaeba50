import { MessageFlags, type Client } from 'discord.js';
import type { DeliveryResult, Line } from '../../core/chat.js';
import type { Logger } from '../../core/log.js';
import { describeDiscordError, isRetryable } from './errors.js';
import { renderReply } from './render.js';

/**
 * A direct message (reminders): the DM channel with the user (REST
 * POST /users/@me/channels, cached by discord.js), then a message in it. A
 * member whose DMs are closed answers 50007 "Cannot send messages to this
 * user": a 4xx, so not retryable — the reminder is marked undeliverable.
 */
export function createDirect(getClient: () => Client | null, logger: Logger) {
  return async function sendDirect(userId: string, lines: Line[]): Promise<DeliveryResult> {
    const client = getClient();
    if (!client) return { ok: false, retryable: true, message: 'The Discord connection is not ready yet.' };
    try {
      const dm = await client.users.createDM(userId);
      const { content, allowedMentions } = renderReply({ ephemeral: false, lines });
      // Without link previews: a reminder is a short note, not a second event post.
      const message = await dm.send({ content, allowedMentions, flags: MessageFlags.SuppressEmbeds });
      return { ok: true, messageId: message.id };
    } catch (error) {
      const retryable = isRetryable(error);
      const message = `Could not send a direct message to Discord user ${userId}: ${describeDiscordError(error)}.`;
      logger.warn({ err: error, user: userId, retryable }, message);
      return { ok: false, retryable, message };
    }
  };
}
