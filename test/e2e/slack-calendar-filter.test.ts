import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../fakes/slack/harness.js';
import { textOf } from '../fakes/slack/scenario.js';
import { icsCalendar, pubEvent, type IcsEvent } from '../helpers/feed-server.js';

/**
 * Issue #10 §3, §5 and §6 on Slack, end to end (real service, Bolt in
 * Socket Mode against the fake Slack): `/events filter …` typed as text,
 * the calendar links (no PUBLIC_URL here: the reply says so), a member's
 * own calendar, and a dead-feed alert with a lower FEED_ALERT_FAILURES.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ADMIN = 'U0ADMIN';
const MEMBER = 'U0MEMBER';

describe('Slack: calendar subscriptions, topic filters, dead-feed alerts (real service)', () => {
  let h: Harness;
  let events: IcsEvent[];
  let base: number;
  const posted = () => h.slack.messages.map((m) => m.text);
  const nextPoll = async () => {
    h.clock.now = new Date(h.clock.now.getTime() + DAY);
    await h.service.pollOnce();
    await h.service.deliverNow();
  };
  /** The calendar path in a reply, on the service's real HTTP port. */
  const calendarUrl = (text: string) => {
    const path = /\/ical\/[A-Za-z0-9_-]+\.ics/.exec(text)?.[0];
    expect(path, text).toBeDefined();
    return `http://127.0.0.1:${h.service.httpPort}${path!}`;
  };

  beforeAll(async () => {
    h = await startHarness('socket', { users: { [ADMIN]: { is_admin: true }, [MEMBER]: {} }, env: { FEED_ALERT_FAILURES: '3' } });
    base = Math.ceil((h.clock.now.getTime() + 3 * DAY) / HOUR) * HOUR;
    events = [
      pubEvent({ uid: 'board', summary: 'Board Games Night', start: new Date(base) }),
      pubEvent({ uid: 'nft', summary: 'NFT Mixer', start: new Date(base + DAY), description: 'Crypto talk and drinks.' }),
      pubEvent({ uid: 'cafe', summary: 'Café Scientifique', start: new Date(base + 2 * DAY) }),
    ];
    h.feeds.set('/brum.ics', icsCalendar('Brum Socials <!channel> @everyone', events));
    await h.command('region Birmingham', ADMIN);
  });
  afterAll(() => h?.close());

  it('filter typed as text: shown to anyone, changed by admins, applied to posts', async () => {
    expect(textOf(await h.command('filter', MEMBER))).toContain('No topic filter');
    expect(textOf(await h.command('filter exclude crypto', MEMBER))).toContain('Only admins');
    const set = await h.command('filter exclude crypto, nft', ADMIN);
    expect(set.response_type).toBe('in_channel');
    expect(textOf(set)).toContain('*Exclude* (none of): crypto, nft');
    await h.command(`feed add <${h.feeds.url('/brum.ics')}>`, ADMIN);
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
    expect(posted().some((t) => t.includes('Board Games Night'))).toBe(true);
    expect(posted().some((t) => t.includes('Café Scientifique'))).toBe(true);
    expect(posted().some((t) => t.includes('NFT Mixer'))).toBe(false);
    const cleared = await h.command('filter clear', ADMIN);
    expect(textOf(cleared)).toContain('Topic filter cleared');
    await h.service.deliverNow();
    expect(posted().some((t) => t.includes('NFT Mixer'))).toBe(true);
  });

  it('calendar without PUBLIC_URL: says so plainly, and the path serves the channel’s events', async () => {
    const reply = await h.command('calendar', MEMBER);
    expect(reply.response_type).toBe('ephemeral');
    expect(textOf(reply)).toContain('PUBLIC_URL is not set');
    const res = await fetch(calendarUrl(textOf(reply)));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const summaries = new ICAL.Component(ICAL.parse(await res.text()))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('summary'));
    expect(summaries).toEqual(['Board Games Night', 'NFT Mixer', 'Café Scientifique']);
    const head = await fetch(calendarUrl(textOf(reply)), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect((await fetch(calendarUrl(textOf(reply)), { method: 'POST' })).status).toBe(405);
  });

  it('mine calendar typed as text: the member’s own RSVPs only', async () => {
    const reply = await h.command('mine calendar', MEMBER);
    expect(reply.response_type).toBe('ephemeral');
    const url = calendarUrl(textOf(reply));
    const cafe = (await h.service.store.events.forSources([1], new Date(0), new Date(base + 10 * DAY))).find(
      (e) => e.title === 'Café Scientifique',
    )!;
    await h.command(`rsvp ${cafe.id} maybe`, MEMBER);
    const summaries = new ICAL.Component(ICAL.parse(await (await fetch(url)).text()))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('summary'));
    expect(summaries).toEqual(['Café Scientifique']);
  });

  it('a feed failing FEED_ALERT_FAILURES polls in a row: one alert in the channel, then one recovery', async () => {
    const notices = () => posted().filter((t) => t.includes('Feed #1'));
    h.feeds.fail('/brum.ics', 410);
    await nextPoll();
    await nextPoll();
    expect(notices()).toEqual([]);
    await nextPoll();
    await nextPoll();
    expect(notices()).toHaveLength(1);
    const alert = h.slack.messages.find((m) => m.text.includes('Feed #1'))!;
    expect(textOf(alert)).toContain('has failed 3 checks in a row*: HTTP 410 Gone.');
    expect(textOf(alert)).toContain('Fix: The feed is gone from that address');
    // The feed's own title tries to ping the channel: it arrives as text.
    expect(textOf(alert)).toContain('Brum Socials &lt;!channel&gt; @everyone');
    expect(textOf(alert)).not.toMatch(/<!(everyone|here|channel)>/);
    expect(alert.text).not.toMatch(/<!(everyone|here|channel)>/);
    h.feeds.set('/brum.ics', icsCalendar('Brum Socials <!channel> @everyone', events));
    await nextPoll();
    await nextPoll();
    expect(notices()).toHaveLength(2);
    expect(notices()[1]).toContain('is working again');
  });
});
