import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack } from '../fakes/slack/index.js';
import { startHarness, type Harness } from '../fakes/slack/harness.js';
import { slackFlow } from '../fakes/slack/scenario.js';
import { slackCommands } from '../fakes/slack/scenario-commands.js';
import { expectStartupError } from '../helpers/service.js';

slackFlow('socket');
slackCommands('socket');

describe('Slack Socket Mode connection (real service)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('socket', { users: { U0MEMBER: {} } });
  });
  afterAll(() => h?.close());

  it('connects with the app-level token and needs no public HTTP route', async () => {
    expect(h.slack.socket.connected).toBe(1);
    expect(h.slack.callsTo('apps.connections.open').every((c) => c.token === h.slack.appToken)).toBe(true);
    expect((await fetch(h.endpoint, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('reconnects when Slack recycles the connection and keeps answering commands', async () => {
    const opened = h.slack.socket.connectionsOpened;
    h.slack.socket.requestReconnect();
    await h.slack.waitFor(() => h.slack.socket.connectionsOpened > opened && h.slack.socket.connected === 1, 'the reconnection');
    const reply = await h.command('help', 'U0MEMBER');
    expect(reply.response_type).toBe('ephemeral');
  });
});

describe('Slack Socket Mode start-up with a bad app token (real service)', () => {
  it('fails with a clear one-line error naming SLACK_APP_TOKEN', async () => {
    const slack = await startFakeSlack();
    try {
      await expectStartupError(
        { SLACK_BOT_TOKEN: slack.botToken, SLACK_APP_TOKEN: 'xapp-1-expired', SLACK_API_URL: slack.apiUrl },
        /^Slack rejected SLACK_APP_TOKEN \(invalid_auth\)\. Create an app-level token \(xapp-…\) with the connections:write scope/,
      );
      expect(slack.socket.connectionsOpened).toBe(0);
    } finally {
      await slack.close();
    }
  });
});
