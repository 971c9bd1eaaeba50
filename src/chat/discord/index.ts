import { Client, Events, GatewayIntentBits, Partials, Routes } from 'discord.js';
import type { AdapterDeps, ChatAdapter } from '../../core/chat.js';
import { createSender } from './delivery.js';
import { createDirect } from './direct.js';
import { startFailureMessage } from './errors.js';
import { handleInteraction } from './interactions.js';
import { createSerialQueue } from '../../core/serial.js';
import { handleReaction } from './reactions.js';
import { buildEventsCommand, registerCommands } from './register.js';
import { recommendedShards, ShardLeases, type ShardChange, type ShardLeasing } from './shards.js';
import { createScheduledEvents } from './scheduled-events.js';
import { createThreads } from './threads.js';

/**
 * The Discord adapter: one discord.js Client (gateway + REST) that
 * - registers `/events` with its subcommands at start-up (register.ts),
 * - answers slash commands, autocomplete and paging buttons (interactions.ts),
 * - turns ✅ 🤔 1️⃣… reactions into RSVPs (reactions.ts),
 * - posts and edits event posts and digests for the deliver module (delivery.ts).
 *
 * Gateway shards (shards.ts): the shard count comes from DISCORD_SHARD_COUNT
 * or GET /gateway/bot; each shard this instance holds (all of them when it
 * runs alone) is one Client logged in with `shards: [id]`, so shards taken
 * over or lost later connect and disconnect on their own. Posting goes
 * through REST and works in any guild, with or without shards.
 *
 * Every message goes out with `allowedMentions: { parse: [] }` (set per
 * message and as the client default), so feed text can never ping anyone.
 */
export interface DiscordSettings {
  token: string;
  /** API base without the version, e.g. https://discord.com/api (discord.js appends /v10). */
  apiUrl: string;
  /** Register the command in this server only (instant updates while developing); global otherwise. */
  guildId?: string;
  /** DISCORD_SHARD_COUNT; Discord's recommendation (GET /gateway/bot) when unset. */
  shardCount?: number;
}

/** AdapterDeps plus test-only timing overrides. */
export type DiscordAdapterDeps = AdapterDeps<DiscordSettings> & {
  /** Tests: how long to wait for READY, and after how long a slow command is deferred. */
  startTimeoutMs?: number;
  deferAfterMs?: number;
  /** Shard leases shared with other instances (the service passes the database's); without, this instance takes every shard. */
  shards?: ShardLeasing;
};

const START_TIMEOUT_MS = 30_000;

/** discord.js appends `/v10` itself: a trailing slash or version in DISCORD_API_URL would double it. */
export function apiBase(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

export function createDiscordAdapter(deps: DiscordAdapterDeps): ChatAdapter {
  const { core } = deps;
  const settings = { ...deps.config, apiUrl: apiBase(deps.config.apiUrl) };
  const logger = deps.logger.child({ platform: 'discord' });
  const now = deps.now ?? (() => new Date());
  /** One gateway Client per shard held; `rest` posts when no shard is held. */
  const gateways = new Map<number, Client>();
  let rest: Client | null = null;
  let leases: ShardLeases | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  const anyClient = () => gateways.values().next().value ?? rest;
  const sender = createSender(anyClient, logger);
  const threads = createThreads(anyClient, logger);

  function createClient(shard?: { id: number; count: number }): Client {
    const c = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessageReactions],
      // Reactions on messages from before a restart (not in the cache) still count.
      partials: [Partials.Message, Partials.Channel, Partials.Reaction, Partials.User],
      rest: { api: settings.apiUrl },
      allowedMentions: { parse: [] },
      ...(shard ? { shards: [shard.id], shardCount: shard.count } : {}),
    });
    c.on(
      Events.InteractionCreate,
      (interaction) => void handleInteraction(interaction, { core, logger, now, deferAfterMs: deps.deferAfterMs }),
    );
    const reactionDeps = { core, logger, botUserId: () => c.user?.id };
    // One person's reactions in the order Discord sent them.
    const inOrder = createSerialQueue();
    c.on(Events.MessageReactionAdd, (reaction, user) => void inOrder(user.id, () => handleReaction(reaction, user, true, reactionDeps)));
    c.on(
      Events.MessageReactionRemove,
      (reaction, user) => void inOrder(user.id, () => handleReaction(reaction, user, false, reactionDeps)),
    );
    c.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
    c.on(Events.ShardError, (error) => logger.warn({ err: error }, 'discord gateway connection error; reconnecting'));
    c.on(Events.Warn, (message) => logger.warn(message));
    return c;
  }

  async function connect(c: Client): Promise<void> {
    const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
    await c.login(settings.token);
    await ready;
  }

  async function register(c: Client): Promise<void> {
    const applicationId = c.application?.id;
    if (!applicationId) {
      logger.error('Discord did not tell the bot its application id; /events was not registered.');
      return;
    }
    const body = buildEventsCommand(core.definitions('discord'));
    const result = await registerCommands({ api: settings.apiUrl, token: settings.token, applicationId, guildId: settings.guildId, body });
    if (result.ok) logger.info({ subcommands: body.options?.length ?? 0 }, `Registered /events for ${result.scope}`);
    else logger.error(result.message);
  }

  /** Logs one shard in, within the start timeout; a failure is a sentence. */
  async function connectShard(id: number, count: number): Promise<{ ok: true; client: Client } | { ok: false; message: string }> {
    const c = createClient({ id, count });
    let timer: NodeJS.Timeout | undefined;
    const timeoutMs = deps.startTimeoutMs ?? START_TIMEOUT_MS;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    try {
      const connecting = connect(c);
      connecting.catch(() => undefined); // a late failure after the timeout must not become an unhandled rejection
      const outcome = await Promise.race([connecting.then(() => 'ready' as const), timedOut]);
      if (outcome === 'timeout') {
        await c.destroy();
        return {
          ok: false,
          message: `Discord did not finish connecting within ${Math.round(timeoutMs / 1000)} s (API ${settings.apiUrl}). Check the network and try again.`,
        };
      }
      return { ok: true, client: c };
    } catch (error) {
      await c.destroy().catch(() => undefined);
      return { ok: false, message: startFailureMessage(error, settings.apiUrl) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Renews the shard leases; connects shards taken over, drops shards another instance took. */
  let beating = false;
  async function beat(): Promise<void> {
    if (!leases || beating) return; // a slow connect must not overlap the next heartbeat
    beating = true;
    try {
      await applyChange(leases, await leases.heartbeat());
    } finally {
      beating = false;
    }
  }

  /** Drops shards another instance took; connects held shards not connected yet (taken over, or a connect that failed before). */
  async function applyChange(current: ShardLeases, change: ShardChange): Promise<void> {
    for (const id of change.lost) {
      const c = gateways.get(id);
      gateways.delete(id);
      await c?.destroy();
    }
    for (const id of change.held.filter((s) => !gateways.has(s))) {
      const connected = await connectShard(id, current.count);
      if (connected.ok && leases === current) gateways.set(id, connected.client);
      else if (connected.ok) await connected.client.destroy();
      else logger.error({ shard: id }, connected.message);
    }
  }

  async function stopAll(): Promise<void> {
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    const clients = [...gateways.values(), ...(rest ? [rest] : [])];
    gateways.clear();
    rest = null;
    await Promise.all(clients.map((c) => c.destroy()));
    const held = leases;
    leases = null;
    await held?.release();
  }

  async function start(): Promise<{ ok: true } | { ok: false; message: string }> {
    const r = createClient();
    r.rest.setToken(settings.token);
    rest = r;
    let count: number;
    try {
      count = settings.shardCount ?? (await recommendedShards(() => r.rest.get(Routes.gatewayBot())));
    } catch (error) {
      return { ok: false, message: startFailureMessage(error, settings.apiUrl) };
    }
    leases = new ShardLeases(deps.shards, count, now, logger);
    const mine = await leases.start();
    for (const id of mine) {
      const connected = await connectShard(id, count);
      if (!connected.ok) return connected;
      gateways.set(id, connected.client);
    }
    const first = gateways.values().next().value;
    logger.info({ user: first?.user?.tag, shards: mine, shardCount: count, guilds: guildCount() }, 'Connected to Discord');
    if (first) await register(first);
    else
      logger.info(
        { shardCount: count },
        'Every Discord shard is held by another instance; this one posts and takes over shards that become free',
      );
    heartbeat = setInterval(
      () => void beat().catch((error: unknown) => logger.error({ err: error }, 'Discord shard lease renewal failed')),
      leases.leaseMs / 3,
    );
    heartbeat.unref();
    return { ok: true };
  }

  const guildCount = () => [...gateways.values()].reduce((n, c) => n + c.guilds.cache.size, 0);

  return {
    platform: 'discord',
    // Posts and digests carry a nonce with enforce_nonce (delivery.ts): a resend after a crash returns the first message.
    idempotentSends: true,
    async start() {
      if (rest) return { ok: true };
      const started = await start().catch((error: unknown) => ({
        ok: false as const,
        message: startFailureMessage(error, settings.apiUrl),
      }));
      if (!started.ok) await stopAll().catch(() => undefined);
      return started;
    },
    stop: stopAll,
    postEvent: sender.postEvent,
    editEvent: sender.editEvent,
    postDigest: sender.postDigest,
    postNotice: sender.postNotice,
    scheduledEvents: createScheduledEvents(anyClient, logger),
    threads: { open: threads.open, post: threads.post },
    sendDirect: createDirect(anyClient, logger),
  };
}
