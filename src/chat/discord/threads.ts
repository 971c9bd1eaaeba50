import { DiscordAPIError, Routes } from 'discord.js';
import type { Client } from 'discord.js';
import type { Line } from '../../core/chat.js';
import type { Logger } from '../../core/log.js';
import type { PlatformResult, ThreadPort } from '../../core/sync.js';
import { describeDiscordError, isRetryable } from './errors.js';
import { LIMITS, NO_MENTIONS, joinLines, renderLine } from './render.js';
import { noMentions } from './scheduled-events.js';

/**
 * Threads on event posts (POST /channels/{channel}/messages/{message}/threads,
 * then messages in the thread channel) and plain notices in a channel. Needs
 * Create Public Threads and Send Messages in Threads. Feed text is escaped by
 * the renderer and no message may mention anyone.
 */
const THREAD_EXISTS = 160004;
const ONE_WEEK_MINUTES = 10080;

const content = (lines: Line[]) => ({ content: joinLines(lines.map(renderLine), LIMITS.content), allowed_mentions: NO_MENTIONS });

export function createThreads(getClient: () => Client | null, logger: Logger): ThreadPort {
  async function attempt<T>(what: string, channelId: string, run: (c: Client) => Promise<T>): Promise<PlatformResult<T>> {
    const client = getClient();
    if (!client) return { ok: false, message: 'The Discord connection is not ready yet.', missingPermission: false, retryable: true };
    try {
      return { ok: true, value: await run(client) };
    } catch (error) {
      const message = `Could not ${what} in Discord channel ${channelId}: ${describeDiscordError(error)}.`;
      logger.warn({ err: error, channel: channelId }, message);
      const missingPermission = error instanceof DiscordAPIError && (error.code === 50013 || error.code === 50001);
      return { ok: false, message, missingPermission, retryable: isRetryable(error) };
    }
  }

  return {
    open: (channel, messageId, name, lines) =>
      attempt('open a thread', channel.channelId, async (c) => {
        let threadId: string;
        try {
          const thread = (await c.rest.post(Routes.threads(channel.channelId, messageId), {
            body: { name: noMentions(name).slice(0, 100), auto_archive_duration: ONE_WEEK_MINUTES },
          })) as { id: string };
          threadId = thread.id;
        } catch (error) {
          // Someone opened one on the post already: a thread started from a message has the message's id.
          if (!(error instanceof DiscordAPIError && error.code === THREAD_EXISTS)) throw error;
          threadId = messageId;
        }
        await c.rest.post(Routes.channelMessages(threadId), { body: content(lines) });
        return threadId;
      }),
    post: (channel, threadId, lines) =>
      attempt('post in the thread', channel.channelId, async (c) => {
        await c.rest.post(Routes.channelMessages(threadId), { body: content(lines) });
        return null;
      }),
  };
}
