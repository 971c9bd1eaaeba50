import type { Config } from '../config/index.js';
import type { AdapterDeps, ChatAdapter } from '../core/chat.js';
import type { ShardLeasing } from '../chat/discord/shards.js';

type Base = Omit<AdapterDeps<unknown>, 'config'>;

export interface ConsoleStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean };
  onQuit?: () => void;
}

/**
 * The chat platforms this run talks to: Discord when DISCORD_TOKEN is set,
 * Slack when SLACK_BOT_TOKEN is set, and the console chat when no platform
 * is configured (or CONSOLE_CHAT=on). Platform libraries are loaded only
 * when used, so a console-only start stays quick.
 */
export async function createAdapters(
  config: Config,
  base: Base,
  consoleWanted?: boolean | ConsoleStreams,
  /** The database's Discord shard leases and this instance's name in them; the count of instances comes from config. */
  shards?: Pick<ShardLeasing, 'repo' | 'owner'>,
): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  if (config.DISCORD_TOKEN) {
    const { createDiscordAdapter } = await import('../chat/discord/index.js');
    adapters.push(
      createDiscordAdapter({
        ...base,
        logger: base.logger.child({ module: 'discord' }),
        config: {
          token: config.DISCORD_TOKEN,
          apiUrl: config.DISCORD_API_URL,
          guildId: config.DISCORD_GUILD_ID,
          shardCount: config.DISCORD_SHARD_COUNT,
        },
        shards: shards && { ...shards, instances: config.DISCORD_INSTANCES },
      }),
    );
  }
  if (config.SLACK_BOT_TOKEN) {
    const { createSlackAdapter } = await import('../chat/slack/index.js');
    adapters.push(
      createSlackAdapter({
        ...base,
        logger: base.logger.child({ module: 'slack' }),
        config: {
          botToken: config.SLACK_BOT_TOKEN,
          signingSecret: config.SLACK_SIGNING_SECRET,
          appToken: config.SLACK_APP_TOKEN,
          apiUrl: config.SLACK_API_URL,
          adminUserIds: config.SLACK_ADMIN_USER_IDS,
        },
      }),
    );
  }
  const wanted = consoleWanted === undefined ? adapters.length === 0 && Boolean(process.stdin.isTTY) : Boolean(consoleWanted);
  if (config.CONSOLE_CHAT === 'on' || (config.CONSOLE_CHAT === 'auto' && wanted)) {
    const { createConsoleAdapter } = await import('../chat/console/index.js');
    const streams = typeof consoleWanted === 'object' ? consoleWanted : { input: process.stdin, output: process.stdout };
    adapters.push(createConsoleAdapter({ ...base, logger: base.logger.child({ module: 'console' }), config: streams }));
  }
  return adapters;
}
