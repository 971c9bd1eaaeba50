import type { webApi } from '@slack/bolt';
import type { Line } from '../../core/chat.js';
import type { Logger } from '../../core/log.js';
import type { PlatformResult, ThreadPort } from '../../core/sync.js';
import { describe } from './admin.js';
import { renderReply } from './render.js';

/**
 * A thread per event post on Slack is the post's reply thread:
 * `chat.postMessage` with `thread_ts` = the post's ts (so the "thread id" is
 * the post's ts). Sent with `parse: 'none'` and `link_names: false` like
 * every post; feed text is escaped by the renderer.
 */
const RETRYABLE = new Set(['ratelimited', 'rate_limited', 'fatal_error', 'internal_error', 'service_unavailable', 'request_timeout']);

export function createSlackThreads(client: webApi.WebClient, logger: Logger): ThreadPort {
  async function reply(channel: string, threadTs: string, lines: Line[]): Promise<PlatformResult<null>> {
    const { blocks, text } = renderReply({ ephemeral: false, lines });
    try {
      await client.chat.postMessage({ channel, thread_ts: threadTs, blocks, text, parse: 'none', link_names: false, unfurl_links: false });
      return { ok: true, value: null };
    } catch (err) {
      const code = describe(err);
      logger.warn({ err: code, channel, thread: threadTs }, 'Slack refused a reply in an event thread');
      const missingPermission = code === 'not_in_channel' || code === 'missing_scope';
      return { ok: false, message: `Slack refused the reply in the thread (${code}).`, missingPermission, retryable: RETRYABLE.has(code) };
    }
  }

  return {
    async open(channel, messageId, _name, lines) {
      const sent = await reply(channel.channelId, messageId, lines);
      return sent.ok ? { ok: true, value: messageId } : sent;
    },
    post: (channel, threadId, lines) => reply(channel.channelId, threadId, lines),
  };
}
