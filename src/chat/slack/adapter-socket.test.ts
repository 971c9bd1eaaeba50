import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatAdapter, DigestPage, EventCard } from '../../core/chat.js';
import type { ChannelKey } from '../../core/ports.js';
import { reactionEvent, slashCommand, startFakeSlack, type FakeSlack } from '../../../test/fakes/slack/index.js';
import { memoryLogger, recordingCore, type RecordingCore } from '../../../test/fakes/slack/recording-core.js';
import { createSlackAdapter } from './index.js';
import { eventCard } from '../../../test/helpers/event-card.js';

/** The adapter in Socket Mode against the fake Slack, plus its ChatPort and start-up errors. */
let slack: FakeSlack;
let core: RecordingCore;
let adapter: ChatAdapter;
const logs = memoryLogger();
const who = { teamId: 'T0FAKE', channelId: 'C0EVENTS', userId: 'U0MEMBER' };
const channel: ChannelKey = { platform: 'slack', workspaceId: 'T0FAKE', channelId: 'C0EVENTS' };
const noMount = () => {
  throw new Error('Socket Mode must not mount an HTTP route');
};

beforeAll(async () => {
  slack = await startFakeSlack({ users: { U0MEMBER: {} } });
  core = recordingCore();
  adapter = createSlackAdapter({
    config: { botToken: slack.botToken, appToken: slack.appToken, apiUrl: slack.apiUrl, adminUserIds: [] },
    core,
    logger: logs,
    mountHttp: noMount,
  });
  expect(await adapter.start()).toEqual({ ok: true });
});

afterAll(async () => {
  await adapter.stop();
  await slack.close();
});

const card = (over: Partial<EventCard> = {}): EventCard =>
  eventCard({
    title: 'Birmingham <!channel> Tech Social',
    url: 'https://example.org/social',
    start: new Date('2030-06-12T18:00:00Z'),
    address: '48 John Bright St, Birmingham B1 1BN',
    source: 'example.org',
    ...over,
  });

describe('Slack adapter, Socket Mode', () => {
  it('opened the socket with the app token after checking the bot token', () => {
    expect(slack.callsTo('auth.test')[0]?.token).toBe(slack.botToken);
    expect(slack.callsTo('apps.connections.open').every((c) => c.token === slack.appToken)).toBe(true);
    expect(slack.socket.connected).toBe(1);
  });

  it('acks a slash command envelope with an empty payload, then responds', async () => {
    const responseUrl = slack.responseUrl();
    const ack = await slack.socket.deliver('slash_commands', slashCommand(who, 'region Birmingham', responseUrl));
    expect(ack.payload).toEqual({});
    const [reply] = await slack.waitFor(
      () => (slack.responsesTo(responseUrl).length ? slack.responsesTo(responseUrl) : null),
      'command answer',
    );
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    expect(core.texts.at(-1)).toMatchObject({ text: 'region Birmingham', ctx: { isAdmin: false, workspaceId: 'T0FAKE' } });
  });

  it('counts a re-delivered event (same event_id, retry_attempt 1) once', async () => {
    const start = core.reactions.length;
    const event = reactionEvent({
      type: 'reaction_added',
      teamId: 'T0FAKE',
      userId: 'U0MEMBER',
      reaction: 'thinking_face',
      channelId: 'C0EVENTS',
      ts: '1.2',
      eventId: 'EvSock1',
    });
    await slack.socket.deliver('events_api', event);
    await slack.socket.deliver('events_api', event, { retryAttempt: 1 });
    const marker = reactionEvent({
      type: 'reaction_removed',
      teamId: 'T0FAKE',
      userId: 'U0MEMBER',
      reaction: 'two',
      channelId: 'C0EVENTS',
      ts: '1.3',
      eventId: 'EvSock2',
    });
    await slack.socket.deliver('events_api', marker);
    const seen = await slack.waitFor(
      () => (core.reactions.some((r) => r.messageId === '1.3') ? core.reactions.slice(start) : null),
      'the marker reaction',
    );
    expect(seen.map((r) => [r.messageId, r.key, r.added])).toEqual([
      ['1.2', 'maybe', true],
      ['1.3', { number: 2 }, false],
    ]);
  });

  it('reconnects when Slack asks it to', async () => {
    const opened = slack.socket.connectionsOpened;
    slack.socket.requestReconnect();
    await slack.waitFor(() => slack.socket.connectionsOpened > opened && slack.socket.connected === 1, 'a new connection');
  });
});

describe('Slack ChatPort', () => {
  it('posts an event card with the bot’s two RSVP reactions, then edits it', async () => {
    const posted = await adapter.postEvent(channel, card());
    expect(posted.ok).toBe(true);
    const ts = posted.ok ? posted.messageId : '';
    const message = slack.messages.find((m) => m.ts === ts)!;
    expect(message.channel).toBe('C0EVENTS');
    expect(JSON.stringify(message.blocks)).toContain(`<!date^${Date.parse('2030-06-12T18:00:00Z') / 1000}^{date_short_pretty} at {time}|`);
    expect(JSON.stringify(message.blocks)).toContain('Birmingham &lt;!channel&gt; Tech Social');
    expect(message.text).not.toContain('<!channel>');
    expect([...message.reactions.keys()]).toEqual(['white_check_mark', 'thinking_face']);
    expect(slack.callsTo('chat.postMessage').at(-1)!.args).toMatchObject({ parse: 'none', link_names: false });

    const edited = await adapter.editEvent(channel, ts, card({ status: 'cancelled', notice: 'Cancelled', counts: { going: 2, maybe: 0 } }));
    expect(edited).toEqual({ ok: true, messageId: ts });
    expect(message.edits).toHaveLength(1);
    expect(JSON.stringify(message.blocks)).toContain(':x: *Cancelled*');
    expect(JSON.stringify(message.blocks)).toContain('*2* going');
  });

  it('posts a digest without unfurls and adds one number reaction per item', async () => {
    const page: DigestPage = {
      heading: 'Events this week near Birmingham',
      part: 1,
      parts: 1,
      days: [{ label: 'Wednesday 12 June', items: [1, 2, 3].map((n) => ({ number: n, card: card({ eventId: n }) })) }],
      emptyNote: null,
    };
    const posted = await adapter.postDigest(channel, page);
    const message = slack.messages.find((m) => posted.ok && m.ts === posted.messageId)!;
    expect([...message.reactions.keys()]).toEqual(['one', 'two', 'three']);
    expect(slack.callsTo('chat.postMessage').at(-1)!.args).toMatchObject({ unfurl_links: false, unfurl_media: false });
  });

  it('reports Slack refusals as person-readable, non-retryable failures', async () => {
    slack.closeChannel('C0PRIVATE');
    const result = await adapter.postEvent({ ...channel, channelId: 'C0PRIVATE' }, card());
    expect(result).toEqual({ ok: false, retryable: false, message: expect.stringContaining('Invite it there with /invite') });
    expect(await adapter.editEvent(channel, '1.999', card())).toMatchObject({ ok: false, retryable: false });
  });

  it('joins a public channel once, before its first post there (Slack sends reactions only from channels the app is in)', async () => {
    const key = { ...channel, channelId: 'C0NEWCHAN' };
    expect(slack.isMember('C0NEWCHAN')).toBe(false);
    expect((await adapter.postEvent(key, card())).ok).toBe(true);
    expect((await adapter.postEvent(key, card({ eventId: 8 }))).ok).toBe(true);
    expect(slack.callsTo('conversations.join').filter((c) => c.args.channel === 'C0NEWCHAN')).toHaveLength(1);
    expect(slack.isMember('C0NEWCHAN')).toBe(true);
  });

  it('says which scope is missing when it cannot join a channel', async () => {
    slack.failNext('conversations.join', 'missing_scope');
    const result = await adapter.postDigest(
      { ...channel, channelId: 'C0NOSCOPE' },
      { heading: 'x', part: 1, parts: 1, days: [], emptyNote: 'Nothing' },
    );
    expect(result).toMatchObject({ ok: false, retryable: false, message: expect.stringContaining('/invite') });
    expect(logs.entries.some((e) => e.level === 'warn' && e.msg.includes('missing channels:join scope'))).toBe(true);
  });

  it('keeps a post that succeeded even when adding a reaction fails', async () => {
    slack.failNext('reactions.add', 'missing_scope');
    const result = await adapter.postEvent(channel, card());
    expect(result.ok).toBe(true);
  });
});

describe('Slack start-up errors', () => {
  const start = (config: { botToken: string; appToken?: string; apiUrl?: string }) =>
    createSlackAdapter({
      config: { signingSecret: 'x', adminUserIds: [], apiUrl: slack.apiUrl, ...config },
      core: recordingCore(),
      logger: memoryLogger(),
      mountHttp: () => undefined,
    }).start();

  it('explains a rejected bot token instead of crashing', async () => {
    expect(await start({ botToken: 'xoxb-wrong' })).toEqual({
      ok: false,
      message:
        "Slack rejected SLACK_BOT_TOKEN (invalid_auth). Copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page.",
    });
  });

  it('explains a rejected app token, including a bot token pasted into SLACK_APP_TOKEN', async () => {
    const wrong = await start({ botToken: slack.botToken, appToken: 'xapp-wrong' });
    expect(wrong).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Slack rejected SLACK_APP_TOKEN \(invalid_auth\)\. Create an app-level token \(xapp-…\)/),
    });
    const swapped = await start({ botToken: slack.botToken, appToken: slack.botToken });
    expect(swapped).toMatchObject({ ok: false, message: expect.stringContaining('SLACK_APP_TOKEN (not_allowed_token_type)') });
  });

  it('explains an unreachable API', async () => {
    const result = await start({ botToken: slack.botToken, apiUrl: 'http://127.0.0.1:9/api/' });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Could not reach the Slack API at http:\/\/127\.0\.0\.1:9\/api\/ \(/),
    });
  });
});
