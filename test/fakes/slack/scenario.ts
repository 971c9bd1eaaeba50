import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage } from './index.js';
import { icsCalendar, pubEvent, type IcsEvent } from '../../helpers/feed-server.js';
import { startHarness, type Harness, type Mode } from './harness.js';

/**
 * The Slack user journey, run end to end against the real service in one
 * transport (HTTP or Socket Mode). Steps run in order and build on each other
 * like a real channel's first week: an admin sets the region and a feed, the
 * bot posts, members react, a digest goes out, an event is cancelled.
 */
const DAY = 86_400_000;
const ADMIN = 'U0ADMIN';
const MEMBER = 'U0MEMBER';
const HOSTILE = 'Brum.js &lt;!channel&gt; &lt;https://evil.example|click&gt;';
/** A venue and an organiser that decode to a mention and `<!here>`; each must reach Slack escaped. */
const HOSTILE_VENUE = 'The Victoria &lt;!here&gt; &amp; &lt;@U0ADMIN&gt;, 48 John Bright St, Birmingham B1 1BN';
const HOSTILE_ORGANISER = 'ORGANIZER;CN="Brum &lt;!here&gt; &amp; &lt;@U0ADMIN&gt; crew":mailto:crew@example.org';

/** The feed: the events, with the hostile organiser on the first. */
const calendar = (events: IcsEvent[]) =>
  icsCalendar('Brum Tech', events).replace('UID:brumjs\r\n', `UID:brumjs\r\n${HOSTILE_ORGANISER}\r\n`);

/** All mrkdwn text of a message or response, joined. */
export function textOf(message: { blocks?: unknown } | FakeMessage | Record<string, unknown>): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk((message as { blocks?: unknown }).blocks);
  return out.join('\n');
}

const weekday = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long' }).format(d).toLowerCase();
const hhmm = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);

export function slackFlow(mode: Mode): void {
  describe(`Slack end to end (${mode === 'http' ? 'HTTP mode' : 'Socket Mode'})`, () => {
    let h: Harness;
    let events: IcsEvent[];
    const post = (uid: string) =>
      h.slack.messages.find(
        (m) => m.text.includes(events.find((e) => e.uid === uid)!.summary.slice(0, 12)) && !m.text.startsWith('Events'),
      );
    const advance = (ms: number) => void (h.clock.now = new Date(h.clock.now.getTime() + ms));

    beforeAll(async () => {
      h = await startHarness(mode, { users: { [ADMIN]: { is_admin: true }, [MEMBER]: {} }, adminUserIds: ['U0LISTED'] });
      // Whole hours two and three days ahead: after the clock, inside this week's digest.
      const base = Math.ceil((h.clock.now.getTime() + 2 * DAY) / 3_600_000) * 3_600_000;
      events = [
        pubEvent({ uid: 'brumjs', summary: HOSTILE, start: new Date(base), location: HOSTILE_VENUE }),
        pubEvent({ uid: 'python', summary: 'Birmingham Python', start: new Date(base + 3 * 3_600_000) }),
        pubEvent({ uid: 'socials', summary: 'Tech Socials', start: new Date(base + DAY) }),
      ];
      h.feeds.set('/brum.ics', calendar(events));
    });
    afterAll(() => h?.close());

    it('answers /events help to anyone, only to them', async () => {
      const reply = await h.command('help', MEMBER);
      expect(reply.response_type).toBe('ephemeral');
      expect(textOf(reply)).toContain('/events nearby');
    });

    it('refuses a member who tries to set the region, and changes nothing', async () => {
      const reply = await h.command('region Birmingham 20km', MEMBER);
      expect(reply.response_type).toBe('ephemeral');
      expect(textOf(reply)).toContain('Only admins');
      expect(await h.service.store.channels.find({ platform: 'slack', workspaceId: h.slack.teamId, channelId: h.channelId })).toBeNull();
    });

    it('lets a workspace admin set the region (checked with users.info)', async () => {
      const reply = await h.command('region Birmingham 20km', ADMIN);
      expect(reply.response_type).toBe('in_channel');
      expect(textOf(reply)).toContain('Birmingham, England');
      expect(h.slack.callsTo('users.info').some((c) => c.args.user === ADMIN)).toBe(true);
    });

    it('answers a bad argument with the usage, only to the user', async () => {
      const reply = await h.command('feed remove first', ADMIN);
      expect(reply.response_type).toBe('ephemeral');
      expect(textOf(reply)).toContain('Usage: */events feed remove &lt;number&gt;');
    });

    it('adds and lists a feed (the URL arrives wrapped by Slack as <url>)', async () => {
      const added = await h.command(`feed add <${h.feeds.url('/brum.ics')}>`, ADMIN);
      expect(textOf(added)).toContain('Following *Brum Tech');
      const listed = await h.command('feed list', 'U0LISTED');
      expect(textOf(listed)).toContain(h.feeds.url('/brum.ics'));
    });

    it('posts each new event in Block Kit with reader-local times and the two RSVP reactions', async () => {
      advance(11 * 60_000);
      await h.service.pollOnce();
      await h.service.deliverNow();
      expect(h.slack.messages).toHaveLength(3);
      for (const e of events) {
        const message = post(e.uid)!;
        const text = textOf(message);
        expect(text).toContain(`*<https://events.example.org/${e.uid}|`);
        expect(text).toContain(`<!date^${e.start.getTime() / 1000}^{date_short_pretty} at {time}|`);
        expect(text).toContain('48 John Bright St, Birmingham B1 1BN · <https://www.openstreetmap.org/?mlat=52.4776&amp;mlon=-1.9008');
        expect(text).toContain('From events.example.org');
        expect(text).toContain('React :white_check_mark: going · :thinking_face: maybe');
        expect([...message.reactions.keys()]).toEqual(['white_check_mark', 'thinking_face']);
      }
      expect(textOf(post('python')!)).toContain(':round_pushpin: The Victoria, 48 John Bright St');
    });

    it('joins the channel before its first post, so Slack sends the reactions on it', () => {
      const calls = h.slack.calls.map((c) => `${c.method} ${String(c.args.channel ?? '')}`);
      expect(calls.indexOf(`conversations.join ${h.channelId}`)).toBeGreaterThanOrEqual(0);
      expect(calls.indexOf(`conversations.join ${h.channelId}`)).toBeLessThan(calls.indexOf(`chat.postMessage ${h.channelId}`));
      expect(h.slack.isMember(h.channelId)).toBe(true);
    });

    it('renders feed text that decodes to <!channel>, <!here>, a mention or a foreign link harmless', () => {
      const message = post('brumjs')!;
      const text = `${textOf(message)}\n${message.text}`;
      expect(text).toContain('Brum.js &lt;!channel&gt; &lt;https://evil.example|click&gt;');
      expect(text).toContain('The Victoria &lt;!here&gt; &amp; &lt;@U0ADMIN&gt;');
      expect(text).toContain('Organised by Brum &lt;!here&gt; &amp; &lt;@U0ADMIN&gt; crew');
      expect(text).not.toMatch(/<!channel>|<!here>|<@U0ADMIN>|<https:\/\/evil/);
    });

    it('turns reactions into RSVPs and edits the post counts; a late retry of an old event is ignored', async () => {
      const ts = post('python')!.ts;
      const counts = () => rsvpCounts(h, ts);
      await h.react({ eventId: 'Ev100', userId: MEMBER, reaction: 'white_check_mark', ts });
      await h.react({ eventId: 'Ev101', userId: MEMBER, reaction: 'white_check_mark', ts, added: false });
      await h.react({ eventId: 'Ev102', userId: MEMBER, reaction: 'white_check_mark', ts });
      await h.react({ eventId: 'Ev103', userId: ADMIN, reaction: 'thinking_face', ts });
      await h.react({ eventId: 'Ev104', userId: h.slack.botUserId, reaction: 'white_check_mark', ts });
      await eventually(async () => (await counts()).maybe === 1, 'the maybe from ADMIN');
      // Slack re-delivers the removal late: handled again, it would drop MEMBER's "going".
      await h.react({ eventId: 'Ev101', userId: MEMBER, reaction: 'white_check_mark', ts, added: false, retry: 1 });
      await h.react({ eventId: 'Ev105', userId: ADMIN, reaction: 'one', ts }); // a number on an event post means nothing
      await h.react({ eventId: 'Ev106', userId: 'U0OTHER', reaction: 'heavy_check_mark', ts });
      await eventually(async () => (await counts()).going >= 2, 'the going from U0OTHER');
      expect(await counts()).toEqual({ going: 2, maybe: 1 });
      await h.service.flushEdits();
      expect(textOf(post('python')!)).toContain('*2* going · *1* maybe');
      expect(h.slack.callsTo('chat.update').some((c) => c.args.ts === ts)).toBe(true);
    });

    it('keeps the counts live but edits a post at most once per 5 s', async () => {
      const ts = post('brumjs')!.ts;
      const edits = () => h.slack.callsTo('chat.update').filter((c) => c.args.ts === ts && c.answer.ok);
      const record = async () => {
        const channel = await h.service.store.channels.find({ platform: 'slack', workspaceId: h.slack.teamId, channelId: h.channelId });
        return (await h.service.store.posts.findByMessage(channel!.id, ts))!;
      };
      await h.react({ eventId: 'Ev150', userId: 'U0FAN1', reaction: 'white_check_mark', ts });
      await eventually(async () => edits().length === 1, 'the first counts edit');
      expect(edits()).toHaveLength(1);
      expect(textOf(edits()[0]!.args)).toContain('*1* going');
      // The service clock stands still: a second RSVP within 5 s waits for the next allowed edit.
      await h.react({ eventId: 'Ev151', userId: 'U0FAN2', reaction: 'white_check_mark', ts });
      await eventually(async () => (await rsvpCounts(h, ts)).going === 2 && (await record()).countsDirty, 'the second RSVP');
      await h.service.deliverNow();
      expect(edits()).toHaveLength(1);
      advance(5_000);
      await h.service.deliverNow();
      expect(edits()).toHaveLength(2);
      expect(textOf(post('brumjs')!)).toContain('*2* going · *0* maybe');
    });

    it("ends with one person's last reaction when they change it quickly, as Slack sent them", async () => {
      const ts = post('brumjs')!.ts;
      for (let round = 0; round < 3; round++) {
        for (const [i, added] of [true, false, true, false].entries()) {
          await h.react({ eventId: `Ev3${round}${i}`, userId: 'U0QUICK', reaction: 'white_check_mark', ts, added });
        }
      }
      await h.react({ eventId: 'Ev399', userId: 'U0QUICK', reaction: 'thinking_face', ts });
      await eventually(
        async () => (await h.service.store.rsvps.forUser('slack', 'U0QUICK', h.clock.now)).length === 1,
        'the last reaction',
      );
      await new Promise((r) => setTimeout(r, 200));
      expect((await h.service.store.rsvps.forUser('slack', 'U0QUICK', h.clock.now)).map((r) => r.status)).toEqual(['maybe']);
    });

    it('lists RSVPs with /events mine and sets one with /events rsvp', async () => {
      const nearby = await h.command('nearby 10km 14d', MEMBER);
      const id = /\*#(\d+)\* <https:\/\/events\.example\.org\/socials\|/.exec(textOf(nearby))?.[1];
      expect(id).toBeDefined();
      const going = await h.command(`rsvp ${id} going`, MEMBER);
      expect(going.response_type).toBe('ephemeral');
      expect(textOf(going)).toContain('Tech Socials');
      const rsvp = await h.command(`rsvp ${id} maybe`, MEMBER);
      expect(textOf(rsvp)).toContain('Tech Socials');
      const mine = await h.command('mine', MEMBER);
      expect(textOf(mine)).toContain('Birmingham Python');
      expect(textOf(mine)).toContain('Tech Socials');
      expect(textOf(mine)).not.toContain('Brum.js');
    });

    it('sends the weekly digest at the chosen time with number reactions meaning "going"', async () => {
      const set = await h.command(`digest ${weekday(h.clock.now)} ${hhmm(h.clock.now)}`, ADMIN);
      expect(set.response_type).toBe('in_channel');
      await h.service.digestsNow();
      const digest = h.slack.messages.find((m) => textOf(m).includes('this week'))!;
      expect(digest).toBeDefined();
      expect([...digest.reactions.keys()]).toEqual(['one', 'two', 'three']);
      expect(h.slack.callsTo('chat.postMessage').find((c) => c.answer.ts === digest.ts)!.args).toMatchObject({
        unfurl_links: false,
        unfurl_media: false,
      });
      expect(textOf(digest)).toMatch(/:one: <https:\/\/events\.example\.org\/brumjs\|Brum\.js &lt;!channel&gt;/);
      await h.react({ eventId: 'Ev200', userId: ADMIN, reaction: 'three', ts: digest.ts });
      await eventually(async () => textOf(await h.command('mine', ADMIN)).includes('Tech Socials'), "ADMIN's RSVP from the digest");
      await h.service.digestsNow();
      expect(h.slack.messages.filter((m) => textOf(m).includes('this week'))).toHaveLength(1);
    });

    it('edits the post with chat.update when the feed moves the event', async () => {
      const moved = new Date(events[1]!.start.getTime() + 3_600_000);
      events[1] = { ...events[1]!, start: moved, sequence: 1 };
      h.feeds.set('/brum.ics', calendar(events));
      advance(11 * 60_000);
      await h.service.pollOnce();
      await h.service.deliverNow();
      const message = post('python')!;
      const update = h.slack.callsTo('chat.update').findLast((c) => c.args.ts === message.ts)!;
      expect(update.args).toMatchObject({ channel: h.channelId, ts: message.ts });
      expect(textOf(message)).toContain(':warning: *Updated: new time*');
      expect(textOf(message)).toContain(`<!date^${moved.getTime() / 1000}^{date_short_pretty} at {time}|`);
      expect(h.slack.messages.filter((m) => m.text.includes('Birmingham Python'))).toHaveLength(1);
    });

    it('marks a post cancelled when the feed cancels the event', async () => {
      events[2] = { ...events[2]!, status: 'CANCELLED', sequence: 1 };
      h.feeds.set('/brum.ics', calendar(events));
      advance(11 * 60_000);
      await h.service.pollOnce();
      await h.service.deliverNow();
      const message = post('socials')!;
      expect(message.edits.length).toBeGreaterThan(0);
      expect(textOf(message)).toMatch(/:x: \*[^*]*Cancel/i);
      expect(textOf(message)).toContain('~*<https://events.example.org/socials|Tech Socials>*~');
    });

    it('pages a long /events nearby answer with buttons that replace the message', async () => {
      const more = Array.from({ length: 10 }, (_, i) =>
        pubEvent({ uid: `extra${i}`, summary: `Extra meetup ${i + 1}`, start: new Date(events[0]!.start.getTime() + (i + 1) * 600_000) }),
      );
      h.feeds.set('/more.ics', icsCalendar('More Brum', more));
      await h.command(`feed add ${h.feeds.url('/more.ics')}`, ADMIN);
      advance(11 * 60_000);
      await h.service.pollOnce();
      const first = await h.command('nearby 10km 14d', MEMBER);
      expect(textOf(first)).toContain('Page 1 of 2');
      const blocks = first.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[];
      const next = blocks.find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id === 'events_page_next')?.value;
      expect(next).toBeDefined();
      const second = await h.press('events_page_next', next!, MEMBER);
      expect(second.replace_original).toBe(true);
      expect(textOf(second)).toContain('Page 2 of 2');
      expect(textOf(second)).toMatch(/\*#\d+\* /);
      expect(textOf(second)).not.toEqual(textOf(first));
    });

    it('splits a digest of more than 10 events into several messages, numbered :one: … :keycap_ten: each', async () => {
      // 12 events ahead (3 + 10 extra, less the cancelled one): next day's digest has two parts.
      advance(DAY);
      const before = h.slack.messages.length;
      await h.command(`digest ${weekday(h.clock.now)} ${hhmm(h.clock.now)}`, ADMIN);
      await h.service.digestsNow();
      const parts = h.slack.messages.slice(before);
      expect(parts.map((m) => textOf(m).match(/\(part \d of \d\)/)?.[0])).toEqual(['(part 1 of 2)', '(part 2 of 2)']);
      const numbers = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'keycap_ten'];
      expect([...parts[0]!.reactions.keys()]).toEqual(numbers);
      expect([...parts[1]!.reactions.keys()]).toEqual(['one', 'two']);
      expect(textOf(parts[0]!)).toMatch(/:keycap_ten: <https:\/\/events\.example\.org\/extra8\|Extra meetup 9>/);
      for (const part of parts)
        expect(h.slack.callsTo('chat.postMessage').find((c) => c.answer.ts === part.ts)!.args.unfurl_links).toBe(false);
      // :keycap_ten: on part 1 is its 10th event; :two: on part 2 is the 12th (Birmingham Python, moved last).
      await h.react({ eventId: 'Ev400', userId: 'U0FAN3', reaction: 'keycap_ten', ts: parts[0]!.ts });
      await h.react({ eventId: 'Ev401', userId: 'U0FAN3', reaction: 'two', ts: parts[1]!.ts });
      await eventually(async () => (await h.service.store.rsvps.forUser('slack', 'U0FAN3', h.clock.now)).length === 2, 'two RSVPs');
      const mine = textOf(await h.command('mine', 'U0FAN3'));
      expect(mine).toContain('|Extra meetup 9>');
      expect(mine).toContain('|Birmingham Python>');
      expect(mine).not.toContain('|Extra meetup 10>');
    });

    it('removes the feed', async () => {
      const reply = await h.command('feed remove 1', ADMIN);
      expect(reply.response_type).toBe('in_channel');
      expect(textOf(await h.command('feed list', ADMIN))).not.toContain(h.feeds.url('/brum.ics'));
    });

    it('never needed a scope the app manifest does not grant', () => {
      expect(h.slack.calls.filter((c) => c.answer.error === 'missing_scope').map((c) => c.method)).toEqual([]);
    });
  });
}

/** RSVP counts of the event behind a Slack post. */
async function rsvpCounts(h: Harness, ts: string): Promise<{ going: number; maybe: number }> {
  const { store } = h.service;
  const channel = await store.channels.find({ platform: 'slack', workspaceId: h.slack.teamId, channelId: h.channelId });
  const record = channel && (await store.posts.findByMessage(channel.id, ts));
  if (!record?.eventId) throw new Error(`no event post ${ts}`);
  return (await store.rsvps.counts([record.eventId])).get(record.eventId) ?? { going: 0, maybe: 0 };
}

/**
 * Reactions are handled after Slack's delivery has been acknowledged, so their
 * effect is awaited by re-checking (the limit only turns a hang into a failure).
 */
async function eventually(check: () => Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
