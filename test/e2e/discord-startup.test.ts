import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord } from '../fakes/discord/index.js';
import { expectStartupError } from '../helpers/service.js';

/** Start-up failures of the real service with Discord configured: one clear line, no stack trace, nothing left running. */
describe('Discord start-up failures (real service)', () => {
  let discord: FakeDiscord;
  const env = (over: Record<string, string>) => ({
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_GUILD_ID: discord.guildId,
    ...over,
  });

  beforeEach(async () => {
    discord = await createFakeDiscord();
  });
  afterEach(() => discord.close());

  it('a wrong DISCORD_TOKEN fails start-up with what to do about it', async () => {
    await expectStartupError(
      env({ DISCORD_TOKEN: 'MTIz.not.the-token' }),
      /^Discord rejected DISCORD_TOKEN \(401 Unauthorized\)\. Copy the bot token from the Developer Portal → Bot → Reset Token\.$/,
    );
    expect(discord.gateway.identified).toBe(false);
    expect(discord.commands).toEqual([]);
  });

  it('an unreachable DISCORD_API_URL names the URL', async () => {
    const apiUrl = discord.apiUrl;
    await discord.close();
    await expectStartupError(env({ DISCORD_API_URL: apiUrl }), `Could not reach the Discord API at ${apiUrl} (ECONNREFUSED).`);
  });
});
