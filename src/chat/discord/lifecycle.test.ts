import { describe, expect, it } from 'vitest';
import { createFakeDiscord } from '../../../test/fakes/discord/index.js';
import { startAdapter } from '../../../test/fakes/discord/harness.js';
import { createRecordingCore, recordingLogger } from '../../../test/fakes/discord/recording-core.js';
import { apiBase, createDiscordAdapter } from './index.js';

/** start()/stop(): person-readable failures instead of stack traces, and registration scope. */
describe('start()', () => {
  it('a wrong token is one clear sentence, not a stack trace', async () => {
    const h = await startAdapter({ settings: { token: 'MTIz.wrong.token' } });
    try {
      expect(h.started).toEqual({
        ok: false,
        message: 'Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy the bot token from the Developer Portal → Bot → Reset Token.',
      });
      expect(h.fake.gateway.identified).toBe(false);
    } finally {
      await h.stop();
    }
  });

  it('an unreachable API names the URL and what to check', async () => {
    const fake = await createFakeDiscord();
    const apiUrl = fake.apiUrl;
    await fake.close();
    const adapter = createDiscordAdapter({
      config: { token: fake.token, apiUrl },
      core: createRecordingCore().core,
      logger: recordingLogger(),
      mountHttp: () => undefined,
    });
    const started = await adapter.start();
    expect(started.ok).toBe(false);
    expect((started as { message: string }).message).toBe(
      `Could not reach the Discord API at ${apiUrl} (ECONNREFUSED). Check the network, or DISCORD_API_URL if you changed it.`,
    );
    await adapter.stop();
  });

  it('without DISCORD_GUILD_ID the command is registered globally', async () => {
    const h = await startAdapter({ settings: { guildId: undefined } });
    try {
      expect(h.started).toEqual({ ok: true });
      expect(h.fake.commands.map((c) => c.scope)).toEqual(['global']);
      expect(h.logs.some((l) => l.level === 'info' && /Registered \/events for all servers/.test(l.msg))).toBe(true);
    } finally {
      await h.stop();
    }
  });

  it('a guild the bot is not in is reported but does not stop the bot from posting', async () => {
    const h = await startAdapter({ settings: { guildId: '123456789012345678' } });
    try {
      expect(h.started).toEqual({ ok: true });
      expect(h.fake.commands).toEqual([]);
      const logged = h.logs.find((l) => l.level === 'error')!;
      expect(logged.msg).toMatch(
        /^Could not register the \/events command for guild 123456789012345678: the bot has no access .* Check DISCORD_GUILD_ID/,
      );
    } finally {
      await h.stop();
    }
  });

  it('stop() disconnects from the gateway and can be called twice', async () => {
    const h = await startAdapter();
    expect(h.fake.gateway.identified).toBe(true);
    await h.adapter.stop();
    await h.fake.waitFor(() => !h.fake.gateway.identified, 5000, 'disconnect');
    await h.adapter.stop();
    await h.fake.close();
  });
});

describe('apiBase', () => {
  it.each([
    ['https://discord.com/api', 'https://discord.com/api'],
    ['https://discord.com/api/', 'https://discord.com/api'],
    ['https://discord.com/api/v10', 'https://discord.com/api'],
    ['http://127.0.0.1:8080/api/v10/', 'http://127.0.0.1:8080/api'],
  ])('%s → %s (discord.js adds /v10)', (input, expected) => {
    expect(apiBase(input)).toBe(expected);
  });

  it('a DISCORD_API_URL with the version still connects', async () => {
    const fake = await createFakeDiscord();
    const adapter = createDiscordAdapter({
      config: { token: fake.token, apiUrl: `${fake.apiUrl}/v10/` },
      core: createRecordingCore().core,
      logger: recordingLogger(),
      mountHttp: () => undefined,
    });
    try {
      expect(await adapter.start()).toEqual({ ok: true });
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });
});
