import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm, slashCommand, startFakeSlack } from '../fakes/slack/index.js';
import { startHarness, type Harness } from '../fakes/slack/harness.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';
import { startTestService } from '../helpers/service.js';

/**
 * What an operator's load balancer and Prometheus see: readiness while the
 * chat platforms start (the real Slack adapter in HTTP mode, against a fake
 * Slack that is slow to answer auth.test), and /metrics scraped from a
 * running service after a poll, a delivery, commands and an RSVP.
 */
const DAY = 86_400_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** GET `url` once the port is listening (connection refused before). */
async function getWhenListening(url: string): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fetch(url);
    } catch (error) {
      if (attempt > 500) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

describe('readiness while a chat platform is slow to start', () => {
  it('answers 503 starting until Slack has started, then 200 ready and Slack takes commands', async () => {
    const slack = await startFakeSlack();
    const release = slack.hold('auth.test');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const starting = startTestService(
      { SLACK_BOT_TOKEN: slack.botToken, SLACK_SIGNING_SECRET: slack.signingSecret, SLACK_API_URL: slack.apiUrl, HTTP_PORT: String(port) },
      { alsoClose: () => slack.close() },
    );
    try {
      const early = await getWhenListening(`${base}/healthz`);
      expect(early.status).toBe(503);
      expect(await early.json()).toEqual({ ok: false, status: 'starting' });
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect(await (await fetch(`${base}/livez`)).json()).toEqual({ status: 'alive' });
      const command = slashCommand({ teamId: slack.teamId, channelId: 'C0BRUM', userId: 'U1' }, 'help', slack.responseUrl());
      expect((await postForm(`${base}/slack/events`, command, { secret: slack.signingSecret })).status).not.toBe(200);
    } finally {
      release();
    }
    const test = await starting;
    try {
      const ready = await fetch(`${base}/healthz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ok: true, status: 'ready', database: 'up', chat: ['slack'] });
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const url = slack.responseUrl();
      const command = slashCommand({ teamId: slack.teamId, channelId: 'C0BRUM', userId: 'U1' }, 'help', url);
      expect(await postForm(`${base}/slack/events`, command, { secret: slack.signingSecret })).toEqual({ status: 200, body: '' });
      await slack.waitFor(() => slack.responsesTo(url)[0], 'the help answer');
    } finally {
      await test.close();
    }
  });
});

describe('/metrics of a running service', () => {
  let h: Harness;
  let scraped: string;
  const TOKEN = 'scrape-secret';

  /** The sum of a metric's samples whose labels include `labels`. */
  function value(name: string, labels: Record<string, string> = {}): number {
    let sum = 0;
    let found = false;
    for (const line of scraped.split('\n')) {
      const m = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m || m[1] !== name) continue;
      const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
      if (Object.entries(labels).every(([k, v]) => have[k] === v)) {
        sum += Number(m[3]);
        found = true;
      }
    }
    if (!found) throw new Error(`no sample of ${name} ${JSON.stringify(labels)} in:\n${scraped}`);
    return sum;
  }

  beforeAll(async () => {
    h = await startHarness('http', { users: { U0ADMIN: { is_admin: true } }, env: { METRICS_TOKEN: TOKEN } });
    const soon = Date.now() + 2 * DAY;
    const good = h.feeds.set(
      '/brum.ics',
      icsCalendar('Brum Tech', [
        pubEvent({ uid: 'a', summary: 'Hack night', start: new Date(soon) }),
        pubEvent({ uid: 'b', summary: 'Pub quiz', start: new Date(soon + DAY) }),
      ]),
    );
    const flaky = h.feeds.set('/flaky.ics', icsCalendar('Flaky', [pubEvent({ uid: 'c', summary: 'Code club', start: new Date(soon) })]));
    await h.command('region Birmingham, UK', 'U0ADMIN');
    await h.command(`feed add ${good}`, 'U0ADMIN');
    await h.command(`feed add ${flaky}`, 'U0ADMIN');
    await h.command('nearby 500km', 'U0MEMBER');
    h.feeds.fail('/flaky.ics', 500);
    await h.service.pollOnce();
    await h.service.deliverNow();
    const post = await h.slack.waitFor(() => h.slack.messages.find((m) => m.text.includes('Hack night')), 'the post');
    await h.react({ eventId: 'EvGoing', userId: 'U0MEMBER', reaction: 'white_check_mark', ts: post.ts });
    // Bolt acknowledges an event before handling it: wait until the RSVP is stored.
    for (let i = 0; (await h.service.store.rsvps.forUser('slack', 'U0MEMBER', new Date(0))).length === 0; i += 1) {
      if (i > 500) throw new Error('the reaction never became an RSVP');
      await new Promise((r) => setTimeout(r, 10));
    }
    await h.slack.waitFor(() => h.slack.messages.length >= 2 || undefined, 'both posts');
    const answer = await fetch(`http://127.0.0.1:${h.service.httpPort}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/plain');
    scraped = await answer.text();
  });
  afterAll(() => h?.close());

  it.each([
    ['no token', undefined],
    ['a wrong token', 'Bearer guess'],
    ['the token without Bearer', TOKEN],
  ])('refuses a scrape with %s when METRICS_TOKEN is set', async (_what, authorization) => {
    const answer = await fetch(`http://127.0.0.1:${h.service.httpPort}/metrics`, { headers: authorization ? { authorization } : {} });
    expect(answer.status).toBe(401);
    expect(await answer.text()).not.toContain('events_bot_');
  });

  it('counts the poll cycle, each source’s outcome, fetches by kind and events stored', () => {
    expect(value('events_bot_poll_cycles_total')).toBe(1);
    expect(value('events_bot_poll_cycle_seconds_count')).toBe(1);
    expect(value('events_bot_source_polls_total', { outcome: 'ok' })).toBe(1);
    expect(value('events_bot_source_polls_total', { outcome: 'failed' })).toBe(1);
    // Two previews by `feed add` and one poll of the good feed; one HTTP error from the broken one.
    expect(value('events_bot_fetches_total', { kind: 'ok' })).toBe(3);
    expect(value('events_bot_fetches_total', { kind: 'http-error' })).toBe(1);
    expect(value('events_bot_events_stored_total', { change: 'new' })).toBe(2);
    expect(value('events_bot_events_stored_total', { change: 'unchanged' })).toBe(0);
  });

  it('counts failing sources by consecutive failures, not per URL', () => {
    expect(value('events_bot_sources_failing', { consecutive_failures: '1' })).toBe(1);
    expect(value('events_bot_sources_failing', { consecutive_failures: '10+' })).toBe(0);
    expect(scraped).not.toContain('flaky.ics');
  });

  it('counts posts sent and the RSVP', () => {
    expect(value('events_bot_posts_total', { platform: 'slack', kind: 'event', result: 'sent' })).toBe(2);
    expect(value('events_bot_rsvps_total', { platform: 'slack', status: 'going', change: 'set' })).toBe(1);
  });

  it('times commands by command and outcome', () => {
    expect(value('events_bot_command_duration_seconds_count', { command: 'feed add', platform: 'slack', outcome: 'ok' })).toBe(2);
    expect(value('events_bot_command_duration_seconds_count', { command: 'region', outcome: 'ok' })).toBe(1);
    expect(value('events_bot_command_duration_seconds_count', { command: 'nearby', outcome: 'invalid' })).toBe(1);
    expect(value('events_bot_command_duration_seconds_bucket', { command: 'region', le: '+Inf' })).toBe(1);
  });

  it('includes the default process metrics', () => {
    expect(value('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(value('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });
});
