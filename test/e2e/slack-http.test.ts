import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEventJson, postForm, postSigned, reactionEvent, slashCommand, startFakeSlack } from '../fakes/slack/index.js';
import { startHarness, type Harness } from '../fakes/slack/harness.js';
import { slackFlow } from '../fakes/slack/scenario.js';
import { slackCommands } from '../fakes/slack/scenario-commands.js';
import { expectStartupError } from '../helpers/service.js';

slackFlow('http');
slackCommands('http');

describe('Slack HTTP endpoint security (real service)', () => {
  let h: Harness;
  const now = () => Math.floor(Date.now() / 1000);
  const command = () =>
    slashCommand({ teamId: h.slack.teamId, channelId: 'C0SEC', userId: 'U0ADMIN' }, 'region Birmingham', h.slack.responseUrl());

  beforeAll(async () => {
    h = await startHarness('http', { users: { U0ADMIN: { is_admin: true } } });
  });
  afterAll(() => h?.close());

  it.each([
    ['a bad signature', { wrongSecret: 'not-the-secret' }],
    ['a stale timestamp (6 minutes old)', { timestamp: now() - 360 }],
    ['a timestamp 6 minutes in the future', { timestamp: now() + 360 }],
  ])('answers 401 to a slash command with %s and changes nothing', async (_name, forged) => {
    const answer = await postForm(h.endpoint, command(), { secret: h.slack.signingSecret, ...forged });
    expect(answer.status).toBe(401);
    expect(h.slack.responses).toHaveLength(0);
    expect(await h.service.store.channels.find({ platform: 'slack', workspaceId: h.slack.teamId, channelId: 'C0SEC' })).toBeNull();
  });

  it('answers 401 to a forged reaction event', async () => {
    const body = reactionEvent({
      type: 'reaction_added',
      teamId: h.slack.teamId,
      userId: 'U0ADMIN',
      reaction: 'one',
      channelId: 'C0SEC',
      ts: '1.1',
      eventId: 'EvForged',
    });
    expect((await postEventJson(h.endpoint, body, { secret: h.slack.signingSecret, wrongSecret: 'guess' })).status).toBe(401);
  });

  it('answers the url_verification challenge when Slack checks the Request URL', async () => {
    const answer = await postSigned(
      h.endpoint,
      JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }),
      'application/json',
      {
        secret: h.slack.signingSecret,
      },
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ challenge: 'abc123' });
  });

  it('accepts a correctly signed command', async () => {
    const answer = await postForm(h.endpoint, command(), { secret: h.slack.signingSecret });
    expect(answer).toEqual({ status: 200, body: '' });
    await h.slack.waitFor(() => h.slack.responses[0], 'the answer');
  });
});

describe('Slack start-up with a bad bot token (real service)', () => {
  it('fails with a clear one-line error instead of crashing', async () => {
    const slack = await startFakeSlack();
    try {
      await expectStartupError(
        { SLACK_BOT_TOKEN: 'xoxb-revoked-or-mistyped', SLACK_SIGNING_SECRET: slack.signingSecret, SLACK_API_URL: slack.apiUrl },
        "Slack rejected SLACK_BOT_TOKEN (invalid_auth). Copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page.",
      );
    } finally {
      await slack.close();
    }
  });
});
