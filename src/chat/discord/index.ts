import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { AdapterDeps, ChatAdapter } from '../../core/chat.js';
import { createSender } from './delivery.js';
import { startFailureMessage } from './errors.js';
import { handleInteraction } from './interactions.js';
import { createSerialQueue } from '../../core/serial.js';
import { handleReaction } from './reactions.js';
import { buildEventsCommand, registerCommands } from './register.js';
import { createScheduledEvents } from './scheduled-events.js';
import { createThreads } from './threads.js';

/**
 * The Discord adapter: one discord.js Client (gateway + REST) that
 * - registers `/events` with its subcommands at start-up (register.ts),
 * - answers slash commands, autocomplete and paging buttons (interactions.ts),
 * - turns ✅ 🤔 1️⃣… reactions into RSVPs (reactions.ts),
 * - posts and edits event posts and digests for the deliver module (delivery.ts).
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
}

/** AdapterDeps plus test-only timing overrides. */
export type DiscordAdapterDeps = AdapterDeps<DiscordSettings> & {
  /** Tests: how long to wait for READY, and after how long a slow command is deferred. */
  startTimeoutMs?: number;
  deferAfterMs?: number;
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
  let client: Client | null = null;
  const sender = createSender(() => client, logger);
  const threads = createThreads(() => client, logger);

  function createClient(): Client {
    const c = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessageReactions],
      // Reactions on messages from before a restart (not in the cache) still count.
      partials: [Partials.Message, Partials.Channel, Partials.Reaction, Partials.User],
      rest: { api: settings.apiUrl },
      allowedMentions: { parse: [] },
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

  return {
    platform: 'discord',
    // Posts and digests carry a nonce with enforce_nonce (delivery.ts): a resend after a crash returns the first message.
    idempotentSends: true,
    async start() {
      if (client) return { ok: true };
      const c = createClient();
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
      } catch (error) {
        await c.destroy().catch(() => undefined);
        return { ok: false, message: startFailureMessage(error, settings.apiUrl) };
      } finally {
        clearTimeout(timer);
      }
      client = c;
      logger.info({ user: c.user?.tag, guilds: c.guilds.cache.size }, 'Connected to Discord');
      await register(c);
      return { ok: true };
    },
    async stop() {
      const c = client;
      client = null;
      if (!c) return;
      await c.destroy();
    },
    postEvent: sender.postEvent,
    editEvent: sender.editEvent,
    postDigest: sender.postDigest,
    postNotice: threads.postNotice,
    scheduledEvents: createScheduledEvents(() => client, logger),
    threads: { open: threads.open, post: threads.post },
  };
}
