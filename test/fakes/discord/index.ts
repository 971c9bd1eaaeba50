import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answer } from './answer.js';
import type { Answer } from './answer.js';
import { dmState } from './dm.js';
import { FakeGateway, INTENTS } from './gateway.js';
import { commandData, interactionBase, member, reactionPayload } from './payloads.js';
import type { MemberSpec } from './payloads.js';
import { FakeGuildEvents } from './guild-events.js';
import { INVITE_PERMISSIONS } from './permissions.js';
import { createRestHandler } from './rest.js';
import { FakeState, snowflake } from './state.js';
import type { FakeMessage, FaultSpec, InteractionRecord } from './state.js';

/**
 * A loopback Discord (127.0.0.1, random port) that the UNMODIFIED discord.js
 * 14 client runs against: REST under `<apiUrl>/v10` (node:http) and a JSON
 * gateway (ws). Facts it relies on, measured with discord.js 14.28.1:
 * - the client's `rest.api` is `http://127.0.0.1:PORT/api` (discord.js appends /v10);
 * - the gateway URL comes only from GET /gateway/bot, which must include
 *   `session_start_limit`, else login() rejects;
 * - READY must carry user, application.id, guilds, session_id; GUILD_CREATE
 *   must follow for each guild or `ready` waits 15 s;
 * - INTERACTION_CREATE must carry entitlements, authorizing_integration_owners,
 *   member/user and a channel object;
 * - MESSAGE_REACTION_ADD without member is dropped for uncached users unless Partials.User.
 *
 * Tests drive it with sendCommand/sendAutocomplete/sendButton/sendReaction*
 * and inspect messages, payloads (every message-bearing body), commands and
 * interaction records.
 */
export interface FakeDiscordOptions {
  token?: string;
  guildId?: string;
  channels?: number;
  /** Server roles (names) that exist from the start; their ids are in `roleIds`. */
  roles?: string[];
  /** The bot's permissions in every channel; default: exactly the README invite's (INVITE_PERMISSIONS). */
  botPermissions?: bigint;
  /** Guilds, `channels` text channels each (ids spread over the shards); default 1. */
  guilds?: number;
  /** The shard count GET /gateway/bot recommends; default 1. */
  shards?: number;
  /** The bot's server-wide permissions (Events tab); default: the README invite's. */
  botGuildPermissions?: bigint;
}

export interface InteractionOptions {
  member?: MemberSpec;
  channelId?: string;
}

export type FakeDiscord = Awaited<ReturnType<typeof createFakeDiscord>>;
export type { Answer, FakeMessage, InteractionRecord, MemberSpec };

const FAKE_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.fake.bot-token-for-tests';

export async function createFakeDiscord(opts: FakeDiscordOptions = {}) {
  const state = new FakeState(opts.token ?? FAKE_TOKEN, opts);
  state.botPermissions = opts.botPermissions ?? INVITE_PERMISSIONS;
  state.recommendedShards = opts.shards ?? 1;
  const guildEvents = (state.guildEvents = new FakeGuildEvents(state, opts.botGuildPermissions ?? INVITE_PERMISSIONS));
  const roleIds: Record<string, string> = {};
  for (const name of opts.roles ?? []) {
    roleIds[name] = snowflake();
    state.roles.push({ id: roleIds[name], name });
  }
  let port = 0;
  const gatewayUrl = () => `ws://127.0.0.1:${port}/gateway`;
  const gateway = new FakeGateway(state, gatewayUrl);
  const rest = createRestHandler(state, gateway, gatewayUrl);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!path.startsWith('/api/v10/')) {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: '404: Not Found', code: 0 }));
      return;
    }
    const segments = path.slice('/api/v10/'.length).split('/').filter(Boolean).map(decodeURIComponent);
    rest(req, res, segments).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: String(error), code: 0 }));
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').split('?')[0] === '/gateway') gateway.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  function registered(): Record<string, unknown> {
    const latest = state.commands.at(-1)?.body.find((c) => c.name === 'events');
    if (!latest) throw new Error('fake discord: no /events command has been registered yet');
    return latest;
  }

  function newInteraction(
    kind: InteractionRecord['kind'],
    payload: Record<string, unknown>,
    userId: string,
    channelId: string,
  ): InteractionRecord {
    const rec: InteractionRecord = {
      id: String(payload.id),
      token: String(payload.token),
      kind,
      channelId,
      userId,
      callbacks: [],
      original: null,
      followups: [],
      choices: null,
      // Each caller dispatches INTERACTION_CREATE right after this.
      sentAt: performance.now(),
      answeredAt: null,
    };
    state.interactions.set(rec.id, rec);
    return rec;
  }

  function command(type: 2 | 4, path: string[], options: Record<string, string | number>, o: InteractionOptions, focused?: string) {
    const m = member(o.member);
    const channelId = o.channelId ?? state.channelIds[0]!;
    const payload = { ...interactionBase(state, type, channelId, m), data: commandData(registered(), path, options, focused) };
    const rec = newInteraction(type === 2 ? 'command' : 'autocomplete', payload, m.user.id, channelId);
    gateway.dispatch('INTERACTION_CREATE', payload);
    return rec;
  }

  async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`fake discord: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  function reaction(added: boolean, r: { messageId: string; userId: string; emoji: string; channelId?: string; withMember?: boolean }) {
    const message = state.messages.get(r.messageId);
    const channelId = r.channelId ?? message?.channel_id ?? state.channelIds[0]!;
    if (message) {
      const users = message.reactions.get(r.emoji) ?? new Set<string>();
      if (added) users.add(r.userId);
      else users.delete(r.userId);
      message.reactions.set(r.emoji, users);
    }
    const payload = reactionPayload(state, {
      channelId,
      messageId: r.messageId,
      userId: r.userId,
      emoji: r.emoji,
      withMember: added && r.withMember !== false,
    });
    return gateway.dispatch(added ? 'MESSAGE_REACTION_ADD' : 'MESSAGE_REACTION_REMOVE', payload, INTENTS.GuildMessageReactions);
  }

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gatewayUrl(),
    token: state.token,
    guildId: state.guildId,
    guildIds: state.guildIds,
    channelId: state.channelIds[0]!,
    channelIds: state.channelIds,
    applicationId: state.applicationId,
    roleIds,
    botUserId: state.botUser.id,
    state,
    /** Direct messages the bot sent (and users whose DMs are closed): see dm.ts. */
    dms: dmState(state),
    gateway,
    /** The Events tab (scheduled events) and threads. */
    guildEvents,
    /** Messages the bot posted in channels (not interaction responses). */
    get messages(): FakeMessage[] {
      return state.channelMessages();
    },
    /** Every message-bearing request body (posts, edits, interaction responses, follow-ups). */
    get payloads() {
      return state.payloads;
    },
    get commands() {
      return state.commands;
    },
    get interactionReplies(): InteractionRecord[] {
      return [...state.interactions.values()];
    },
    /** Makes every request on a channel fail like Discord would (null clears it). */
    setChannelFault(channelId: string, fault: FaultSpec | null): void {
      if (fault) state.channelFaults.set(channelId, fault);
      else state.channelFaults.delete(channelId);
    },
    /** `/events <path…>` with options typed as the bot registered them. */
    sendCommand: (path: string[], options: Record<string, string | number> = {}, o: InteractionOptions = {}) =>
      command(2, path, options, o),
    sendAutocomplete: (path: string[], options: Record<string, string | number>, focused: string, o: InteractionOptions = {}) =>
      command(4, path, options, o, focused),
    /** Presses a button (custom_id) on a message the bot sent (channel post or interaction response). */
    sendButton(messageId: string, customId: string, o: InteractionOptions = {}): InteractionRecord {
      const message = state.messages.get(messageId);
      if (!message) throw new Error(`fake discord: no message ${messageId}`);
      const m = member(o.member);
      const payload = {
        ...interactionBase(state, 3, message.channel_id, m),
        data: { custom_id: customId, component_type: 2 },
        message: state.messageJson(message),
      };
      const rec = newInteraction('button', payload, m.user.id, message.channel_id);
      rec.original = message;
      gateway.dispatch('INTERACTION_CREATE', payload);
      return rec;
    },
    sendReactionAdd: (r: { messageId: string; userId: string; emoji: string; channelId?: string; withMember?: boolean }) =>
      reaction(true, r),
    sendReactionRemove: (r: { messageId: string; userId: string; emoji: string; channelId?: string }) => reaction(false, r),
    waitFor,
    /** Resolves once a client has identified on the gateway. */
    waitForIdentify: (timeoutMs?: number) => waitFor(() => gateway.identified, timeoutMs, 'IDENTIFY'),
    /** What the person who ran the interaction sees in the end (null while nothing final was sent). */
    answer,
    waitForAnswer: (rec: InteractionRecord, timeoutMs?: number) =>
      waitFor(() => answer(rec), timeoutMs, `an answer to interaction ${rec.id}`),
    async close(): Promise<void> {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
