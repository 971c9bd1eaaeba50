import type { Client, Message, MessageCreateOptions, MessageEditOptions } from 'discord.js';
import type { DeliveryResult, DigestPage, EventCard, Line, SendOptions } from '../../core/chat.js';
import { renderReply } from './render.js';
import type { ChannelKey } from '../../core/ports.js';
import type { Logger } from '../../core/log.js';
import { GOING, MAYBE, keycap } from './emoji.js';
import { digestNumbers, renderDigest, renderEventCard } from './embeds.js';
import { describeDiscordError, isRetryable } from './errors.js';

/**
 * Posting and editing through discord.js. Every failure becomes a
 * DeliveryResult (errors.ts decides retryable or not); reactions that fail
 * after the message was sent are logged but do not fail the post — the
 * message exists and people can still add the reactions themselves.
 */
export interface Sender {
  postEvent(channel: ChannelKey, card: EventCard, opts?: SendOptions): Promise<DeliveryResult>;
  editEvent(channel: ChannelKey, messageId: string, card: EventCard): Promise<DeliveryResult>;
  postDigest(channel: ChannelKey, page: DigestPage, opts?: SendOptions): Promise<DeliveryResult>;
  postNotice(channel: ChannelKey, lines: Line[]): Promise<DeliveryResult>;
}

/**
 * Discord's message nonce with enforce_nonce: a second create with the same
 * nonce by the bot within a few minutes returns the first message, so a post
 * resent after a crash (same outbox post, same key) is not duplicated.
 */
const nonceOf = (opts?: SendOptions) => (opts?.idempotencyKey ? { nonce: opts.idempotencyKey, enforceNonce: true } : {});

type SendableChannel = {
  send(options: MessageCreateOptions): Promise<Message>;
  messages: { edit(id: string, options: MessageEditOptions): Promise<Message> };
};

export function createSender(getClient: () => Client | null, logger: Logger): Sender {
  async function channelOf(key: ChannelKey): Promise<SendableChannel | DeliveryResult> {
    const client = getClient();
    if (!client) return { ok: false, retryable: true, message: 'The Discord connection is not ready yet.' };
    // Any instance posts through REST, also into guilds whose gateway shard another instance holds (not in this cache).
    const channel = await client.channels.fetch(key.channelId, { allowUnknownGuild: true });
    if (!channel || !channel.isTextBased() || !('send' in channel)) {
      return { ok: false, retryable: false, message: `Discord channel ${key.channelId} is not a text channel the bot can post in.` };
    }
    return channel as unknown as SendableChannel;
  }

  async function attempt(
    what: string,
    key: ChannelKey,
    run: (channel: SendableChannel) => Promise<DeliveryResult>,
  ): Promise<DeliveryResult> {
    try {
      const channel = await channelOf(key);
      if ('ok' in channel) return channel;
      return await run(channel);
    } catch (error) {
      const message = `Could not ${what} in Discord channel ${key.channelId}: ${describeDiscordError(error)}.`;
      const retryable = isRetryable(error);
      logger.warn({ err: error, channel: key.channelId, retryable }, message);
      return { ok: false, retryable, message };
    }
  }

  async function react(message: Message, emoji: string[]): Promise<void> {
    for (const e of emoji) {
      try {
        await message.react(e);
      } catch (error) {
        logger.warn({ err: error, message: message.id, emoji: e }, `Could not add reaction ${e}: ${describeDiscordError(error)}`);
        return;
      }
    }
  }

  return {
    postEvent: (key, card, opts) =>
      attempt('post an event', key, async (channel) => {
        const message = await channel.send({ ...renderEventCard(card), ...nonceOf(opts) });
        if (card.status !== 'cancelled') await react(message, [GOING, MAYBE]);
        return { ok: true, messageId: message.id };
      }),
    editEvent: (key, messageId, card) =>
      attempt('edit an event post', key, async (channel) => {
        const message = await channel.messages.edit(messageId, renderEventCard(card));
        return { ok: true, messageId: message.id };
      }),
    postDigest: (key, page, opts) =>
      attempt('post the digest', key, async (channel) => {
        const message = await channel.send({ ...renderDigest(page), ...nonceOf(opts) });
        const emoji = digestNumbers(page)
          .map(keycap)
          .filter((e): e is string => e !== null);
        await react(message, emoji);
        return { ok: true, messageId: message.id };
      }),
    postNotice: (key, lines) =>
      attempt('post a notice', key, async (channel) => {
        const { content, allowedMentions } = renderReply({ ephemeral: false, lines });
        const message = await channel.send({ content, allowedMentions });
        return { ok: true, messageId: message.id };
      }),
  };
}
