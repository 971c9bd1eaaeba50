import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../../core/chat.js';
import {
  blockAction,
  postEventJson,
  postForm,
  postInteraction,
  postSigned,
  reactionEvent,
  slashCommand,
  startFakeSlack,
  type FakeSlack,
} from '../../../test/fakes/slack/index.js';
import {
  memoryLogger,
  mountServer,
  recordingCore,
  type MountServer,
  type RecordingCore,
} from '../../../test/fakes/slack/recording-core.js';
import { createSlackAdapter, SLACK_EVENTS_PATH } from './index.js';

/** The adapter in HTTP mode, mounted on a local server, against the fake Slack and a recording core. */
let slack: FakeSlack;
let server: MountServer;
let core: RecordingCore;
let adapter: ChatAdapter;
let endpoint: string;
const who = { teamId: 'T0FAKE', channelId: 'C0EVENTS', userId: 'U0MEMBER' };

beforeAll(async () => {
  slack = await startFakeSlack({ users: { U0MEMBER: {}, U0ADMIN: { is_admin: true }, U0OWNER: { is_owner: true } } });
  server = await mountServer();
  core = recordingCore();
  adapter = createSlackAdapter({
    config: { botToken: slack.botToken, signingSecret: slack.signingSecret, apiUrl: slack.apiUrl, adminUserIds: ['U0LISTED'] },
    core,
    logger: memoryLogger(),
    mountHttp: server.mount,
  });
  expect(await adapter.start()).toEqual({ ok: true });
  endpoint = `${server.url}${SLACK_EVENTS_PATH}`;
});

afterAll(async () => {
  await adapter.stop();
  await server.close();
  await slack.close();
});

const signed = {
  get secret() {
    return slack.signingSecret;
  },
};

async function command(text: string, userId = who.userId) {
  const responseUrl = slack.responseUrl();
  const answer = await postForm(endpoint, slashCommand({ ...who, userId }, text, responseUrl), signed);
  const [reply] = await slack.waitFor(
    () => (slack.responsesTo(responseUrl).length ? slack.responsesTo(responseUrl) : null),
    `answer to /events ${text}`,
  );
  return { answer, reply: reply! };
}

describe('Slack adapter, HTTP mode', () => {
  it('checked the bot token with auth.test at start-up', () => {
    expect(slack.callsTo('auth.test')[0]).toMatchObject({ token: slack.botToken, answer: { ok: true } });
  });

  it('acks a slash command with an empty 200 and answers through response_url', async () => {
    const { answer, reply } = await command('nope 10km');
    expect(answer).toEqual({ status: 200, body: '' });
    expect(reply).toMatchObject({ response_type: 'ephemeral', text: '❌ There is no /events nope command.' });
    expect(core.texts.at(-1)).toMatchObject({
      text: 'nope 10km',
      ctx: { platform: 'slack', workspaceId: 'T0FAKE', channelId: 'C0EVENTS', userId: 'U0MEMBER', isAdmin: false },
    });
  });

  it('turns an empty /events into help', async () => {
    await command('   ');
    expect(core.texts.at(-1)!.text).toBe('help');
  });

  it.each([
    ['a member', 'U0MEMBER', false],
    ['a workspace admin', 'U0ADMIN', true],
    ['a workspace owner', 'U0OWNER', true],
    ['a user in SLACK_ADMIN_USER_IDS', 'U0LISTED', true],
  ])('computes isAdmin for %s', async (_who, userId, admin) => {
    const { reply } = await command('region Birmingham 20km', userId);
    expect(core.texts.at(-1)!.ctx.isAdmin).toBe(admin);
    expect(reply.response_type).toBe(admin ? 'in_channel' : 'ephemeral');
  });

  it('caches users.info answers and never asks about listed admins', async () => {
    const asked = slack.callsTo('users.info').map((c) => c.args.user);
    await command('region Leeds', 'U0ADMIN');
    expect(slack.callsTo('users.info').map((c) => c.args.user)).toEqual(asked);
    expect(asked).not.toContain('U0LISTED');
  });

  it('escapes reply text and pages with buttons that replace the message', async () => {
    const { reply } = await command('list');
    expect(JSON.stringify(reply.blocks)).toContain('Events &lt;!channel&gt; near you');
    const responseUrl = slack.responseUrl();
    const answer = await postInteraction(endpoint, blockAction(who, 'events_page_next', 'pg:second', responseUrl), signed);
    expect(answer.status).toBe(200);
    const [paged] = await slack.waitFor(
      () => (slack.responsesTo(responseUrl).length ? slack.responsesTo(responseUrl) : null),
      'paged reply',
    );
    expect(core.pages.at(-1)).toMatchObject({ token: 'pg:second', ctx: { channelId: 'C0EVENTS', userId: 'U0MEMBER' } });
    expect(paged).toMatchObject({ replace_original: true });
    expect(JSON.stringify(paged!.blocks)).toContain('"value":"pg:first"');
  });

  it.each([
    ['a wrong signature', { wrongSecret: 'guessed' }],
    ['a stale timestamp', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
    ['a future timestamp', { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 }],
  ])('answers 401 to %s and runs nothing', async (_name, forged) => {
    const before = core.texts.length;
    const answer = await postForm(endpoint, slashCommand(who, 'region Evil 1km', slack.responseUrl()), {
      secret: slack.signingSecret,
      ...forged,
    });
    expect(answer.status).toBe(401);
    expect(core.texts.length).toBe(before);
  });

  it('answers url_verification with the challenge, and only when signed', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'c-123', type: 'url_verification' });
    const ok = await postSigned(endpoint, body, 'application/json', signed);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ challenge: 'c-123' });
    expect((await postSigned(endpoint, body, 'application/json', { ...signed, wrongSecret: 'x' })).status).toBe(401);
  });

  it('refuses GET and unparseable bodies', async () => {
    expect((await fetch(endpoint)).status).toBe(405);
    expect((await postSigned(endpoint, '{not json', 'application/json', signed)).status).toBe(400);
  });

  it('turns reactions into RSVPs, once per event_id, ignoring its own and meaningless reactions', async () => {
    const base = { teamId: 'T0FAKE', channelId: 'C0EVENTS', ts: '1700000000.000500', userId: 'U0MEMBER' };
    const start = core.reactions.length;
    const send = (
      eventId: string,
      reaction: string,
      extra: { type?: 'reaction_added' | 'reaction_removed'; userId?: string; retryNum?: number } = {},
    ) =>
      postEventJson(
        endpoint,
        reactionEvent({ ...base, type: extra.type ?? 'reaction_added', reaction, eventId, userId: extra.userId ?? base.userId }),
        {
          ...signed,
          retryNum: extra.retryNum,
        },
      );
    expect((await send('Ev01', 'white_check_mark')).status).toBe(200);
    expect((await send('Ev01', 'white_check_mark', { retryNum: 1 })).status).toBe(200);
    await send('Ev02', 'thinking_face', { type: 'reaction_removed' });
    await send('Ev03', 'keycap_ten');
    await send('Ev04', 'tada');
    await send('Ev05', 'white_check_mark', { userId: slack.botUserId });
    await send('Ev06', 'one::skin-tone-2');
    const seen = await slack.waitFor(() => (core.reactions.length - start >= 4 ? core.reactions.slice(start) : null), 'four reactions');
    const reaction = (key: unknown, added: boolean) => ({
      platform: 'slack',
      workspaceId: 'T0FAKE',
      channelId: 'C0EVENTS',
      messageId: base.ts,
      userId: 'U0MEMBER',
      key,
      added,
    });
    expect(seen).toEqual([
      reaction('going', true),
      reaction('maybe', false),
      reaction({ number: 10 }, true),
      reaction({ number: 1 }, true),
    ]);
  });
});
