import { afterEach, expect, it } from 'vitest';
import type { CommandContext } from '../../src/core/chat.js';
import { createFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/index.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';
import { startTestService, type TestService } from '../helpers/service.js';

/** Discord and Slack in one process: one service, one database, both platforms posting. */
const NOW = new Date();
let test: TestService | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

it('runs Discord and Slack side by side, each channel getting its own posts', async () => {
  const discord: FakeDiscord = await createFakeDiscord();
  const slack: FakeSlack = await startFakeSlack();
  test = await startTestService(
    {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guildId,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_APP_TOKEN: slack.appToken,
      SLACK_API_URL: slack.apiUrl,
    },
    { now: NOW, alsoClose: async () => void (await Promise.all([discord.close(), slack.close()])) },
  );
  const health = (await (await fetch(`http://127.0.0.1:${test.service.httpPort}/healthz`)).json()) as { chat: string[] };
  expect(health.chat.sort()).toEqual(['discord', 'slack']);

  const feed = test.feeds.set(
    '/brum.ics',
    icsCalendar('Brum Tech', [pubEvent({ uid: 'hack', summary: 'Hack night', start: new Date(NOW.getTime() + 3 * 86_400_000) })]),
  );
  const admin = (platform: string, workspaceId: string, channelId: string): CommandContext => ({
    platform,
    workspaceId,
    channelId,
    userId: 'admin',
    isAdmin: true,
    now: NOW,
  });
  for (const ctx of [admin('discord', discord.guildId!, discord.channelId), admin('slack', slack.teamId, 'C0BRUM')]) {
    await test.service.core.runText(ctx, 'region Birmingham, UK');
    await test.service.core.runText(ctx, `feed add ${feed}`);
  }
  // A source added at the service's time is due at once.
  await test.service.pollOnce();
  await test.service.deliverNow();

  const discordPost = await discord.waitFor(
    () => discord.messages.find((m) => JSON.stringify(m.embeds).includes('Hack night')),
    5_000,
    'the Discord post',
  );
  expect(discordPost.channel_id).toBe(discord.channelId);
  const slackPost = await slack.waitFor(() => slack.messages.find((m) => m.text.includes('Hack night')), 'the Slack post');
  expect(slackPost.channel).toBe('C0BRUM');
  expect(discord.messages.filter((m) => JSON.stringify(m.embeds).includes('Hack night'))).toHaveLength(1);
  expect(slack.messages.filter((m) => m.text.includes('Hack night'))).toHaveLength(1);
});
