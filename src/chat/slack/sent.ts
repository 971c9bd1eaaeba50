import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/log.js';
import { describe } from './admin.js';

/**
 * Slack has no idempotency key for chat.postMessage, so every post carries
 * its outbox key as message metadata (`event_type: events_bot_post`), and a
 * post that may already have gone out (a retry, or a claim left by an
 * instance killed between sending and recording) is first looked for in the
 * channel's recent history. Found: that message is the post, nothing is sent
 * again. Needs the channels:history scope (groups:history in private
 * channels); without it the post is sent as before and a warning says which
 * scope to add.
 */
export const POST_EVENT_TYPE = 'events_bot_post';
/** Messages looked through, newest first: a resend follows its first attempt within minutes to hours. */
const HISTORY_LIMIT = 200;

export const postMetadata = (key: string) => ({ event_type: POST_EVENT_TYPE, event_payload: { key } });

export type Lookup = { found: string } | { found: null } | { error: string };

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** The ts of the message already posted with `key` in `channel`, null if none, or why the history could not be read. */
export async function findPosted(client: webApi.WebClient, channel: string, key: string, logger: Logger): Promise<Lookup> {
  try {
    const res = await client.conversations.history({ channel, limit: HISTORY_LIMIT, include_all_metadata: true });
    const messages = (res.messages ?? []) as HistoryMessage[];
    const hit = messages.find((m) => m.metadata?.event_type === POST_EVENT_TYPE && m.metadata.event_payload?.key === key);
    return { found: hit?.ts ?? null };
  } catch (err) {
    const code = describe(err);
    if (code === 'missing_scope' || code === 'not_in_channel' || code === 'channel_not_found') {
      logger.warn(
        { err: code, channel },
        'Could not read the Slack channel history to check for a post already sent (add the channels:history and groups:history scopes from docs/slack-app-manifest.yml and reinstall): sending it again',
      );
      return { found: null };
    }
    return { error: code };
  }
}
