import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CommandContext } from '../../src/core/chat.js';
import { createFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/index.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';
import { startTestService, type TestService } from '../helpers/service.js';

/**
 * A feed whose text carries terminal escapes (ESC [ 2 J clears a screen), BEL,
 * a C1 control and bidi overrides (U+202E shows "gnp.exe" as "exe.png"): none
 * of it reaches a Discord or Slack message, and the words around them do.
 * Synthetic feed of our own, served from loopback; both platforms are the
 * unmodified discord.js client and Bolt app against the fakes.
 */
const NOW = new Date();
const DAY = 86_400_000;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let test: TestService;
let discord: FakeDiscord;
let slack: FakeSlack;

beforeAll(async () => {
  discord = await createFakeDiscord();
  slack = await startFakeSlack();
  test = await startTestService(
    {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guildId!,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_APP_TOKEN: slack.appToken,
      SLACK_API_URL: slack.apiUrl,
    },
    { now: NOW, alsoClose: async () => void (await Promise.all([discord.close(), slack.close()])) },
  );
  const feed = test.feeds.set(
    '/noisy.ics',
    icsCalendar('Brum\u0007 Tech\u001b]0;owned\u0007 Club', [
      pubEvent({
        uid: 'noisy',
        summary: 'Pizza\u001b[2J\u001b[31m night\u0007 \u202egnp.exe\u202c!\u0085',
        description: 'Line one\u001b[1m bold\u0008\nLine\ttwo \u2066isolated\u2069',
        location: 'The Victoria\u009b, 48 John Bright St, Birmingham B1 1BN',
        start: new Date(NOW.getTime() + 3 * DAY),
      }),
    ]),
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
  await test.service.pollOnce();
  await test.service.deliverNow();
});
afterAll(() => test?.close());

it('stores the event’s title and description without control characters, keeping line breaks and words', async () => {
  const found = await test.service.store.events.near({
    lat: 52.48,
    lon: -1.9,
    radiusKm: 25,
    from: NOW,
    to: new Date(NOW.getTime() + 7 * DAY),
  });
  const event = found.items[0]!.event;
  expect(event.title).toBe('Pizza night gnp.exe!');
  expect(event.description).toBe('Line one bold\nLine two isolated');
});

it('posts to Discord with none of them, anywhere in the message', async () => {
  const post = await discord.waitFor(
    () => discord.messages.find((m) => JSON.stringify(m.embeds).includes('Pizza')),
    5_000,
    'the Discord post',
  );
  const embed = (post.embeds as { title: string; description: string; footer: { text: string } }[])[0]!;
  expect(embed.title).toBe('Pizza night gnp.exe!');
  expect(embed.description).toContain('The Victoria, 48 John Bright St');
  expect(JSON.stringify(post)).not.toMatch(FORBIDDEN);
});

it('posts to Slack with none of them, in the blocks or the notification text', async () => {
  const post = await slack.waitFor(() => slack.messages.find((m) => m.text.includes('Pizza')), 'the Slack post');
  expect(post.text).toContain('Pizza night gnp.exe!');
  const blocks = JSON.stringify(post.blocks);
  expect(blocks).toContain('Pizza night gnp.exe!');
  expect(blocks).toContain('The Victoria, 48 John Bright St');
  expect(post.text).not.toMatch(FORBIDDEN);
  expect(blocks).not.toMatch(FORBIDDEN);
});
