import type { FakeGuildEvents } from './guild-events.js';

/**
 * The fake Discord's world: one bot, one guild with text channels, the
 * messages the bot sent (and their edits/reactions), registered commands and
 * interactions with their responses. Plain data, inspected by tests.
 */

import { spreadGuildIds } from './shards.js';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A snowflake-shaped id (timestamp << 22 | counter), as discord.js expects. */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export interface ApiUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

export function apiUser(id: string, username: string, bot = false): ApiUser {
  return { id, username, discriminator: '0', global_name: bot ? null : username, avatar: null, ...(bot ? { bot: true } : {}) };
}

/** Permission bits used by the fake (see Discord's permission table). */
export const PERMS = {
  AddReactions: 1n << 6n,
  Administrator: 1n << 3n,
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  ManageEvents: 1n << 33n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
  CreateEvents: 1n << 44n,
} as const;

export const MEMBER_PERMS =
  PERMS.ViewChannel | PERMS.SendMessages | PERMS.AddReactions | PERMS.ReadMessageHistory | PERMS.UseApplicationCommands | PERMS.EmbedLinks;

/** Everything a message-bearing request sent (for allowed_mentions / content checks). */
export interface CapturedPayload {
  kind: 'message' | 'edit' | 'interaction-callback' | 'original-edit' | 'followup' | 'followup-edit';
  method: string;
  path: string;
  body: Record<string, unknown>;
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  guild_id: string;
  content: string;
  embeds: Record<string, unknown>[];
  components: unknown[];
  flags: number;
  /** The create payload and every edit payload, in order. */
  payloads: Record<string, unknown>[];
  edits: number;
  /** When each edit arrived (epoch ms), oldest first. */
  editTimes: number[];
  /** emoji name → user ids that reacted (the bot included). */
  reactions: Map<string, Set<string>>;
  /** Set for interaction responses. */
  interactionId?: string;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
}

export interface RegisteredCommands {
  scope: 'global' | 'guild';
  guildId: string | null;
  applicationId: string;
  body: Record<string, unknown>[];
}

export type InteractionKind = 'command' | 'autocomplete' | 'button';

export interface InteractionRecord {
  id: string;
  token: string;
  kind: InteractionKind;
  channelId: string;
  userId: string;
  /**
   * Callback types in order: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete result;
   * `at` is when the fake received it (performance.now() of this process).
   */
  callbacks: { type: number; data: Record<string, unknown> | undefined; at: number }[];
  /** When the fake dispatched INTERACTION_CREATE (performance.now()); the benchmark's start mark. */
  sentAt: number;
  /** When the request arrived that made the final answer visible (see answer.ts), null until then. */
  answeredAt: number | null;
  /** The response message (type 4/5), or for buttons the message that was updated. */
  original: FakeMessage | null;
  followups: FakeMessage[];
  /** Autocomplete choices answered (type 8). */
  choices: { name: string; value: string | number }[] | null;
}

export interface FaultSpec {
  status: number;
  code: number;
  message: string;
}

export class FakeState {
  readonly botUser: ApiUser;
  readonly applicationId: string;
  /** The first guild (the only one unless `guilds` was given). */
  readonly guildId: string;
  readonly guildIds: string[];
  /** Every channel, guild by guild (`channels` per guild). */
  readonly channelIds: string[];
  private readonly channelGuild = new Map<string, string>();
  /** Shard count GET /gateway/bot recommends. */
  recommendedShards = 1;
  readonly ownerId = snowflake();
  readonly messages = new Map<string, FakeMessage>();
  readonly commands: RegisteredCommands[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly payloads: CapturedPayload[] = [];
  /** Channel id → error answered for any request on that channel. */
  readonly channelFaults = new Map<string, FaultSpec>();
  readonly roles: { id: string; name: string }[] = [];
  /** The bot's permissions in every channel (set from the invite permissions by createFakeDiscord) … */
  botPermissions = 0n;
  /** … except in these channels. */
  readonly channelBotPermissions = new Map<string, bigint>();
  /** How long the fake takes to answer a message edit (ms), like a slow Discord. */
  editLatencyMs = 0;
  /** How long a message nonce is remembered ("a few minutes" in Discord's documentation). */
  nonceWindowMs = 3 * 60_000;
  /** nonce → the message created with it and when (the bot is the only author). */
  readonly nonces = new Map<string, { message: FakeMessage; at: number }>();
  /** Creates that were answered with an earlier message because of their nonce. */
  nonceHits = 0;
  /** The Events tab and threads (guild-events.ts). */
  guildEvents?: FakeGuildEvents;

  constructor(
    readonly token: string,
    opts: { guildId?: string; channels?: number; guilds?: number } = {},
  ) {
    this.applicationId = snowflake();
    this.botUser = apiUser(this.applicationId, 'events-bot', true);
    this.guildIds = opts.guildId ? [opts.guildId] : spreadGuildIds(opts.guilds ?? 1);
    this.guildId = this.guildIds[0]!;
    this.channelIds = [];
    for (const guild of this.guildIds) {
      for (let i = 0; i < (opts.channels ?? 2); i++) {
        const id = snowflake();
        this.channelIds.push(id);
        this.channelGuild.set(id, guild);
      }
    }
  }

  /** The guild a channel belongs to. */
  guildOf(channelId: string): string {
    return this.channelGuild.get(channelId) ?? this.guildId;
  }

  /** A guild's channels. */
  channelsOf(guildId: string): string[] {
    return this.channelIds.filter((c) => this.guildOf(c) === guildId);
  }

  /** Messages the bot posted in channels (not interaction responses), oldest first. */
  channelMessages(channelId?: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => !m.interactionId && !m.deleted && (!channelId || m.channel_id === channelId));
  }

  newMessage(channelId: string, body: Record<string, unknown>, interactionId?: string): FakeMessage {
    const message: FakeMessage = {
      id: snowflake(),
      channel_id: channelId,
      guild_id: this.guildOf(channelId),
      content: '',
      embeds: [],
      components: [],
      flags: 0,
      payloads: [],
      edits: 0,
      editTimes: [],
      reactions: new Map(),
      deleted: false,
      createdAt: new Date().toISOString(),
      editedAt: null,
      ...(interactionId ? { interactionId } : {}),
    };
    applyBody(message, body);
    this.messages.set(message.id, message);
    return message;
  }

  /**
   * Like Discord: a create with `enforce_nonce: true` whose nonce the same
   * author used within the window returns the first message instead of a new one.
   */
  messageForNonce(body: Record<string, unknown>): FakeMessage | null {
    if (body.enforce_nonce !== true || body.nonce === undefined) return null;
    const seen = this.nonces.get(String(body.nonce));
    if (!seen || Date.now() - seen.at > this.nonceWindowMs) return null;
    this.nonceHits++;
    return seen.message;
  }

  rememberNonce(body: Record<string, unknown>, message: FakeMessage): FakeMessage {
    if (body.enforce_nonce === true && body.nonce !== undefined) this.nonces.set(String(body.nonce), { message, at: Date.now() });
    return message;
  }

  messageJson(m: FakeMessage): Record<string, unknown> {
    return {
      id: m.id,
      type: m.interactionId ? 20 : 0,
      channel_id: m.channel_id,
      guild_id: m.guild_id,
      author: this.botUser,
      content: m.content,
      embeds: m.embeds,
      components: m.components,
      flags: m.flags,
      timestamp: m.createdAt,
      edited_timestamp: m.editedAt,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      ...(m.interactionId ? { webhook_id: this.applicationId, application_id: this.applicationId } : {}),
      reactions: [...m.reactions].map(([name, users]) => ({
        emoji: { id: null, name },
        count: users.size,
        count_details: { burst: 0, normal: users.size },
        me: users.has(this.botUser.id),
        me_burst: false,
        burst_colors: [],
      })),
    };
  }
}

/** Applies a create/edit body to a stored message (fields absent from an edit stay as they were). */
export function applyBody(m: FakeMessage, body: Record<string, unknown>): void {
  m.payloads.push(body);
  if (typeof body.content === 'string') m.content = body.content;
  if (Array.isArray(body.embeds)) m.embeds = body.embeds as Record<string, unknown>[];
  if (Array.isArray(body.components)) m.components = body.components;
  if (typeof body.flags === 'number') m.flags = body.flags;
}
