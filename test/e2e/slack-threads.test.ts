import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../fakes/slack/harness.js';
import { icsCalendar, pubEvent, VENUES, type IcsEvent } from '../helpers/feed-server.js';

/**
 * Slack side of issue #10 §1/§4 through Bolt and the fake Slack: a thread
 * per event is the post's reply thread (chat.postMessage with thread_ts =
 * the post's ts), opened on the first ✅ once `/events threads on`, told of
 * time/venue changes once; `/events sync` answers that it is a Discord feature.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('Slack: a thread per event, and sync is Discord-only (end to end)', () => {
  let h: Harness;
  let events: IcsEvent[];
  let base: number;
  const text = (r: Record<string, unknown>) => JSON.stringify(r);
  const postOf = (title: string) => h.slack.messages.find((m) => !m.threadTs && m.text.includes(title))!;
  const repliesTo = (ts: string) => h.slack.messages.filter((m) => m.threadTs === ts);
  const cycle = async (feed: IcsEvent[]) => {
    events = feed;
    h.feeds.set('/slack.ics', icsCalendar('Slack Threads', events));
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
  };
  const rsvps = async (user: string) => (await h.service.store.rsvps.forUser('slack', user, new Date(0))).length;
  async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
    for (let i = 0; !(await check()); i++) {
      if (i > 500) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  beforeAll(async () => {
    h = await startHarness('http', { users: { U0ADMIN: { is_admin: true }, U0ANA: {}, U0BEN: {} } });
    base = Math.ceil((h.clock.now.getTime() + 2 * DAY) / HOUR) * HOUR;
    h.feeds.set('/slack.ics', icsCalendar('Slack Threads', []));
    await h.command('region Birmingham, UK', 'U0ADMIN');
    await h.command(`feed add ${h.feeds.url('/slack.ics')}`, 'U0ADMIN');
    await cycle([pubEvent({ uid: 'quiz', summary: 'Pub Quiz <!channel>', start: new Date(base) })]);
  });
  afterAll(() => h?.close());

  it('/events sync says plainly it is a Discord feature', async () => {
    const reply = await h.command('sync on', 'U0ADMIN');
    expect(reply.response_type).toBe('ephemeral');
    expect(text(reply)).toContain('Events-tab sync is a Discord feature');
  });

  it('threads on (admins): the first ✅ opens the thread as replies to the post, once', async () => {
    expect(text(await h.command('threads on', 'U0ANA'))).toContain('Only admins');
    expect(text(await h.command('threads on', 'U0ADMIN'))).toContain('open a thread');
    const post = postOf('Pub Quiz');
    await h.react({ eventId: 'EvAna', userId: 'U0ANA', reaction: 'white_check_mark', ts: post.ts });
    await until(() => repliesTo(post.ts).length === 1, 'the opener');
    await h.react({ eventId: 'EvBen', userId: 'U0BEN', reaction: 'white_check_mark', ts: post.ts });
    await until(async () => (await rsvps('U0BEN')) === 1, "Ben's RSVP");
    await new Promise((r) => setTimeout(r, 200));
    const replies = repliesTo(post.ts);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('Arrange to meet for');
    expect(replies[0]!.text).not.toContain('<!channel>');
    const call = h.slack.calls.find((c) => c.method === 'chat.postMessage' && c.args.thread_ts === post.ts)!;
    expect(call.args).toMatchObject({ channel: h.channelId, parse: 'none', link_names: false });
  });

  it('a change of venue is replied in the thread once', async () => {
    const post = postOf('Pub Quiz');
    await cycle(events.map((e) => ({ ...e, ...VENUES.openRooms, sequence: 1 })));
    await h.service.deliverNow();
    const replies = repliesTo(post.ts);
    expect(replies).toHaveLength(2);
    expect(replies[1]!.text).toContain('changed');
    expect(JSON.stringify(replies[1]!.blocks)).toContain('New venue: Birmingham Open Rooms');
  });

  it('the fake refuses a reply to a message that does not exist (thread_not_found)', async () => {
    const res = await fetch(`${h.slack.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.slack.botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: h.channelId, thread_ts: '1.000001', text: 'hi' }),
    });
    expect(await res.json()).toEqual({ ok: false, error: 'thread_not_found' });
  });
});
