import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StartupError, startService } from '../../src/service/index.js';
import { createFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord } from '../fakes/discord/index.js';
import { recordingLogger } from '../fakes/discord/recording-core.js';

/** Start-up failures of the real service with Discord configured: one clear line, no stack trace, nothing left running. */
describe('Discord start-up failures (real service)', () => {
  let discord: FakeDiscord;
  let dir: string;
  const env = (over: Record<string, string>) => ({
    DATABASE_URL: `file:${join(dir, 'events.db')}`,
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    CONSOLE_CHAT: 'off',
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_GUILD_ID: discord.guildId,
    ...over,
  });

  beforeEach(async () => {
    discord = await createFakeDiscord();
    dir = await mkdtemp(join(tmpdir(), 'events-bot-discord-start-'));
  });
  afterEach(async () => {
    await discord.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a wrong DISCORD_TOKEN fails start-up with what to do about it', async () => {
    const started = startService({
      env: env({ DISCORD_TOKEN: 'MTIz.not.the-token' }),
      logger: recordingLogger(),
      console: false,
      schedules: false,
    });
    await expect(started).rejects.toThrow(StartupError);
    await expect(started).rejects.toThrow(
      /^Discord rejected DISCORD_TOKEN \(401 Unauthorized\)\. Copy the bot token from the Developer Portal → Bot → Reset Token\.$/,
    );
    expect(discord.gateway.identified).toBe(false);
    expect(discord.commands).toEqual([]);
  });

  it('an unreachable DISCORD_API_URL names the URL', async () => {
    const apiUrl = discord.apiUrl;
    await discord.close();
    const started = startService({ env: env({ DISCORD_API_URL: apiUrl }), logger: recordingLogger(), console: false, schedules: false });
    await expect(started).rejects.toThrow(StartupError);
    await expect(started).rejects.toThrow(`Could not reach the Discord API at ${apiUrl} (ECONNREFUSED).`);
  });
});
