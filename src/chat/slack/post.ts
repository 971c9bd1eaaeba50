import type { webApi } from '@slack/bolt';
import type { ChatPort, DeliveryResult, SendOptions } from '../../core/chat.js';
import type { ChannelKey } from '../../core/ports.js';
import type { Logger } from '../../core/log.js';
import { describe } from './admin.js';
import { EVENT_REACTIONS, numberEmoji } from './emoji.js';
import { PLAIN_MESSAGE, renderDigest, renderEventCard, renderReply } from './render.js';
import { findPosted, postMetadata } from './sent.js';

type Poster = Pick<ChatPort, 'postEvent' | 'editEvent' | 'postDigest'> & Required<Pick<ChatPort, 'postNotice'>>;

/**
 * The ChatPort half of the adapter: event posts and digests with
 * `chat.postMessage`, edits with `chat.update`, and the bot's own RSVP
 * reactions with `reactions.add`. Messages are sent with `parse: 'none'`
 * and `link_names: false` so no text is turned into a mention by Slack.
 *
 * Before its first post in a channel (per process) the app joins it with
 * `conversations.join`: Slack sends `reaction_added`/`reaction_removed` only
 * from conversations the app is a member of, so without joining, RSVPs by
 * reaction would silently never arrive. Joining works for public channels
 * (scope channels:join); private channels need an `/invite`, and the post
 * itself then fails with a message that says so. A failed join is logged and
 * the post is still attempted.
 *
 * Once a message is posted the result is `ok` even if adding a reaction fails
 * (reporting a failure would make the core post the event a second time).
 * Each post carries its outbox key as metadata; a post that may already have
 * been sent is looked for in the channel first (sent.ts), so a resend after a
 * crash does not post it twice.
 */
export function createPoster(client: webApi.WebClient, logger: Logger): Poster {
  const joined = new Set<string>();

  async function join(channel: string): Promise<void> {
    if (joined.has(channel)) return;
    try {
      await client.conversations.join({ channel });
      joined.add(channel);
    } catch (err) {
      const code = describe(err);
      // Only an unreachable API is worth asking again on the next post.
      if ((err as { code?: string } | null)?.code === 'slack_webapi_platform_error') joined.add(channel);
      if (code === 'method_not_supported_for_channel_type' || code === 'channel_not_found') return;
      logger.warn(
        { err: code, channel },
        code === 'missing_scope'
          ? 'Could not join the Slack channel (missing channels:join scope): reactions there will not reach events-bot. Update the app from docs/slack-app-manifest.yml and reinstall it.'
          : 'Could not join the Slack channel; reactions there may not reach events-bot',
      );
    }
  }

  async function react(channel: string, ts: string, names: readonly string[]): Promise<void> {
    for (const name of names) {
      try {
        await client.reactions.add({ channel, timestamp: ts, name });
      } catch (err) {
        if (describe(err) !== 'already_reacted')
          logger.warn({ err: describe(err), channel, ts, name }, 'Could not add a reaction to a Slack post');
      }
    }
  }

  /** The message already posted for this outbox key, when an earlier attempt may have reached Slack. */
  async function already(channel: string, opts: SendOptions | undefined): Promise<{ ts: string | null } | { error: string }> {
    if (!opts?.idempotencyKey || !opts.mayHaveBeenSent) return { ts: null };
    const seen = await findPosted(client, channel, opts.idempotencyKey, logger);
    return 'error' in seen ? seen : { ts: seen.found };
  }

  const metadata = (opts: SendOptions | undefined) => (opts?.idempotencyKey ? { metadata: postMetadata(opts.idempotencyKey) } : {});
  const unchecked = (error: string): DeliveryResult => ({
    ok: false,
    message: `Could not check Slack for a post already sent (${error}); will retry.`,
    retryable: true,
  });

  return {
    async postEvent(channel: ChannelKey, card, opts) {
      const { blocks, text } = renderEventCard(card);
      try {
        await join(channel.channelId);
        const prior = await already(channel.channelId, opts);
        if ('error' in prior) return unchecked(prior.error);
        const ts =
          prior.ts ??
          (await client.chat.postMessage({ channel: channel.channelId, blocks, text, parse: 'none', link_names: false, ...metadata(opts) }))
            .ts!;
        if (card.status !== 'cancelled') await react(channel.channelId, ts, EVENT_REACTIONS);
        return { ok: true, messageId: ts };
      } catch (err) {
        return failure(err, channel, 'the event post', logger);
      }
    },

    async editEvent(channel: ChannelKey, messageId, card) {
      const { blocks, text } = renderEventCard(card);
      try {
        await client.chat.update({ channel: channel.channelId, ts: messageId, blocks, text, parse: 'none', link_names: false });
        return { ok: true, messageId };
      } catch (err) {
        return failure(err, channel, 'the event post update', logger);
      }
    },

    async postDigest(channel: ChannelKey, page, opts) {
      const { blocks, text, numbers } = renderDigest(page);
      try {
        await join(channel.channelId);
        const prior = await already(channel.channelId, opts);
        if ('error' in prior) return unchecked(prior.error);
        const ts =
          prior.ts ??
          (
            await client.chat.postMessage({
              channel: channel.channelId,
              blocks,
              text,
              ...PLAIN_MESSAGE,
              ...metadata(opts),
            })
          ).ts!;
        await react(
          channel.channelId,
          ts,
          numbers.map((n) => numberEmoji(n)!),
        );
        return { ok: true, messageId: ts };
      } catch (err) {
        return failure(err, channel, 'the digest', logger);
      }
    },

    async postNotice(channel: ChannelKey, lines) {
      const { blocks, text } = renderReply({ ephemeral: false, lines });
      try {
        await join(channel.channelId);
        const res = await client.chat.postMessage({
          channel: channel.channelId,
          blocks,
          text,
          ...PLAIN_MESSAGE,
        });
        return { ok: true, messageId: res.ts! };
      } catch (err) {
        return failure(err, channel, 'the notice', logger);
      }
    },
  };
}

/** Slack error codes worth retrying later; every other `ok:false` needs a person. */
const RETRYABLE = new Set(['ratelimited', 'rate_limited', 'fatal_error', 'internal_error', 'service_unavailable', 'request_timeout']);

const EXPLAIN: Record<string, (channel: string) => string> = {
  not_in_channel: (c) => `The Slack app is not in channel ${c}. Invite it there with /invite (private channels always need an invite).`,
  channel_not_found: (c) => `Slack cannot find channel ${c}, or it is private and the app has not been invited.`,
  is_archived: (c) => `Slack channel ${c} is archived.`,
  message_not_found: (c) => `The message to update in ${c} no longer exists.`,
  cant_update_message: (c) => `Slack does not let the app edit that message in ${c}.`,
  invalid_auth: () => 'Slack rejected SLACK_BOT_TOKEN (invalid_auth).',
  token_revoked: () => 'Slack rejected SLACK_BOT_TOKEN (token_revoked): the app was uninstalled or the token was regenerated.',
  account_inactive: () => 'Slack rejected SLACK_BOT_TOKEN (account_inactive).',
  missing_scope: () =>
    'The Slack app is missing a permission (missing_scope). Update it from docs/slack-app-manifest.yml and reinstall it.',
};

function failure(err: unknown, channel: ChannelKey, what: string, logger: Logger): DeliveryResult {
  const code = (err as { code?: string } | null)?.code;
  const detail = describe(err);
  logger.warn({ err: detail, channelId: channel.channelId }, `Slack refused ${what}`);
  if (code === 'slack_webapi_platform_error') {
    const explain = EXPLAIN[detail];
    const message = explain ? explain(channel.channelId) : `Slack refused ${what} in ${channel.channelId} (${detail}).`;
    return { ok: false, message, retryable: RETRYABLE.has(detail) };
  }
  if (code === 'slack_webapi_rate_limited_error')
    return { ok: false, message: 'Slack is rate limiting the app; will retry.', retryable: true };
  return { ok: false, message: `Could not reach Slack to send ${what}: ${detail}`, retryable: true };
}
