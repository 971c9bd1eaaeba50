import { afterAll, beforeAll, expect, it } from 'vitest';
import { startService, type RunningService } from '../../src/service/index.js';
import { postForm, slashCommand } from '../fakes/slack/index.js';
import { startHarness, type Harness } from '../fakes/slack/harness.js';
import { recordingLogger } from '../helpers/recording-logger.js';

/**
 * Slack sends a slash command again, with the same trigger_id, when the first
 * answer looked slow to it. The repeat is acknowledged and not run again — at
 * the instance that ran it, and at another instance (or a restarted one) on the
 * same database, which has never seen it in memory. Bolt in HTTP mode against
 * the fake Slack.
 */
let h: Harness;
let second: RunningService;
const endpointOf = (port: number) => `http://127.0.0.1:${port}/slack/events`;

beforeAll(async () => {
  h = await startHarness('http', { users: { U0ADMIN: { is_admin: true } } });
  second = await startService({
    env: {
      DATABASE_URL: h.service.config.DATABASE_URL,
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      CONSOLE_CHAT: 'off',
      SLACK_BOT_TOKEN: h.slack.botToken,
      SLACK_SIGNING_SECRET: h.slack.signingSecret,
      SLACK_API_URL: h.slack.apiUrl,
    },
    logger: recordingLogger(),
    schedules: false,
    console: false,
  });
});
afterAll(async () => {
  await second?.stop();
  await h?.close();
});

/** Sends `/events <text>` as a fresh command and waits for its answer: anything the app was still doing for earlier commands has had its turn. */
async function settle(): Promise<void> {
  await h.command('help', 'U0ADMIN');
}

it('runs a slash command once when Slack sends it again with the same trigger_id, here or at another instance', async () => {
  const url = h.slack.responseUrl();
  const body = slashCommand({ teamId: h.slack.teamId, channelId: h.channelId, userId: 'U0ADMIN' }, 'region Birmingham, UK', url);
  const signed = { secret: h.slack.signingSecret };

  expect(await postForm(h.endpoint, body, signed)).toEqual({ status: 200, body: '' });
  const first = await h.slack.waitFor(() => h.slack.responsesTo(url)[0], 'the first answer');
  expect(JSON.stringify(first)).toContain('Birmingham');

  expect(await postForm(h.endpoint, body, signed)).toEqual({ status: 200, body: '' });
  expect(await postForm(endpointOf(second.httpPort), body, signed)).toEqual({ status: 200, body: '' });
  await settle();
  expect(h.slack.responsesTo(url)).toHaveLength(1);

  // A new command (a new trigger_id) with the same text is not a repeat.
  const again = await h.command('region Birmingham, UK', 'U0ADMIN');
  expect(JSON.stringify(again)).toContain('Birmingham');
});
