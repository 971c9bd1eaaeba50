import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../fakes/discord/index.js';
import { startServiceHarness, type ServiceHarness } from '../fakes/discord/service-harness.js';
import { icsCalendar, pubEvent, type IcsEvent } from '../helpers/feed-server.js';

/**
 * Issue #10 §3, §5 and §6 on Discord, end to end (real service, unmodified
 * discord.js against the fake Discord): topic filters on posts and nearby;
 * the channel's calendar link and a member's own, fetched and re-fetched as
 * a calendar app subscribes (ETag / Last-Modified, 304), seeing an update
 * and a cancellation; reset; and a feed that dies and recovers.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ADMIN = { id: '750000000000000001', admin: true };
const MEMBER = { id: '750000000000000002' };
const PUBLIC_URL = 'https://events.example.org/bot';
const embed = (m: FakeMessage) => m.embeds[0] as { title?: string; url?: string };

describe('Discord: calendar subscriptions, topic filters, dead-feed alerts (real service)', () => {
  let h: ServiceHarness;
  let events: IcsEvent[];
  let base: number;
  const titles = () => h.discord.messages.filter((m) => m.embeds.length).map((m) => embed(m).title ?? '');
  /** The calendar URL in a reply, pointed at the service's real HTTP port. */
  const calendarUrl = (content: string) => {
    const url = /https:\/\/events\.example\.org\/bot\/ical\/[A-Za-z0-9_-]+\.ics/.exec(content)?.[0];
    expect(url, content).toBeDefined();
    return url!.replace(PUBLIC_URL, `http://127.0.0.1:${h.service.httpPort}`);
  };
  const nextPoll = async () => {
    h.clock.now = new Date(h.clock.now.getTime() + DAY);
    await h.service.pollOnce();
    await h.service.deliverNow();
  };

  beforeAll(async () => {
    h = await startServiceHarness({ env: { PUBLIC_URL } });
    base = Math.ceil((h.clock.now.getTime() + 3 * DAY) / HOUR) * HOUR;
    events = [
      pubEvent({ uid: 'py', summary: 'Python Brum: async in practice', start: new Date(base) }),
      pubEvent({ uid: 'coin', summary: 'Python for crypto traders', start: new Date(base + DAY) }),
      pubEvent({ uid: 'knit', summary: 'Knit & Natter', start: new Date(base + 2 * DAY), description: 'Wool, tea, chat.' }),
    ];
    h.feeds.set('/brum.ics', icsCalendar('Brum Things', events));
    await h.command(['region'], { place: 'Birmingham' }, ADMIN);
  });
  afterAll(() => h?.close());

  it('filter: anyone sees it, only admins change it, and posts and nearby follow it', async () => {
    const shown = await h.command(['filter'], {}, MEMBER);
    expect(shown.ephemeral).toBe(true);
    expect(shown.content).toContain('No topic filter: every in-person event in the region is shown.');
    const refused = await h.command(['filter'], { action: 'include', keywords: 'python' }, MEMBER);
    expect(refused.content).toMatch(/^🔒 Only admins/);
    const bad = await h.command(['filter'], { action: 'include', keywords: ' , ' }, ADMIN);
    expect(bad.content).toMatch(/^❌ Give at least one keyword/);

    const include = await h.command(['filter'], { action: 'include', keywords: 'python, rust' }, ADMIN);
    expect(include.ephemeral).toBe(false);
    expect(include.content).toContain('**Include** (any of): python, rust');
    const exclude = await h.command(['filter'], { action: 'exclude', keywords: 'Crypto' }, ADMIN);
    expect(exclude.content).toContain('**Exclude** (none of): Crypto');

    await h.command(['feed', 'add'], { url: h.feeds.url('/brum.ics') }, ADMIN);
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
    expect(titles()).toEqual(['Python Brum: async in practice']);

    const nearby = await h.command(['nearby'], { days: 14 }, MEMBER);
    expect(nearby.content).toContain('Python Brum: async in practice');
    expect(nearby.content).not.toContain('crypto');
    expect(nearby.content).not.toContain('Knit');
    expect(nearby.content).toMatch(/1–1 of 1/);

    const verdicts = await h.command(['filter'], {}, MEMBER);
    expect(verdicts.content).toContain('**Next 14 days here, with the filter’s verdict**');
    expect(verdicts.content).toMatch(/✔ \*\*#\d+\*\* Python Brum: async in practice — matches “python”/);
    expect(verdicts.content).toMatch(/✘ \*\*#\d+\*\* Python for crypto traders — excluded by “Crypto”/);
    expect(verdicts.content).toMatch(/✘ \*\*#\d+\*\* Knit & Natter — matches none of the include keywords/);
  });

  it('calendar: a private link; a subscribing client gets the events, 304s, then the update and the cancellation', async () => {
    const reply = await h.command(['calendar'], {}, MEMBER);
    expect(reply.ephemeral).toBe(true);
    const url = calendarUrl(reply.content);
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const vevents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const [py] = vevents(await first.text());
    expect(py!.summary).toBe('Python Brum: async in practice');
    expect(py!.startDate.toJSDate().getTime()).toBe(base);
    expect(py!.location).toBe('The Victoria, 48 John Bright St, Birmingham B1 1BN');
    expect(py!.uid).toMatch(/^event-\d+@events\.example\.org$/);
    expect(py!.sequence).toBe(0);

    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);

    // The organiser moves the talk an hour later.
    events[0] = { ...events[0]!, start: new Date(base + HOUR), sequence: 1 };
    h.feeds.set('/brum.ics', icsCalendar('Brum Things', events));
    await nextPoll();
    const moved = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(moved.status).toBe(200);
    const [movedPy] = vevents(await moved.text());
    expect(movedPy!.uid).toBe(py!.uid);
    expect(movedPy!.startDate.toJSDate().getTime()).toBe(base + HOUR);
    expect(movedPy!.sequence).toBeGreaterThan(0);

    // …then cancels it: still in the feed as CANCELLED, gone a week later.
    events[0] = { ...events[0]!, status: 'CANCELLED', sequence: 2 };
    h.feeds.set('/brum.ics', icsCalendar('Brum Things', events));
    await nextPoll();
    const cancelled = vevents(await (await fetch(url)).text());
    expect(cancelled.map((e) => [e.uid, e.component.getFirstPropertyValue('status')])).toEqual([[py!.uid, 'CANCELLED']]);
    h.clock.now = new Date(h.clock.now.getTime() + 6 * DAY);
    await nextPoll(); // the feed still lists it as cancelled: a week after the cancellation, it is still shown
    expect(vevents(await (await fetch(url)).text())).toHaveLength(1);
    await nextPoll(); // …and after that, dropped
    expect(vevents(await (await fetch(url)).text())).toEqual([]);
  });

  it('calendar reset: admins only; the old link stops working and the new one serves the calendar', async () => {
    const old = calendarUrl((await h.command(['calendar'], {}, MEMBER)).content);
    const refused = await h.command(['calendar'], { action: 'reset' }, MEMBER);
    expect(refused.content).toMatch(/^🔒 Only admins/);
    expect((await fetch(old)).status).toBe(200);
    const reset = await h.command(['calendar'], { action: 'reset' }, ADMIN);
    expect(reset.ephemeral).toBe(true);
    expect(reset.content).toContain('The old link no longer works');
    const fresh = calendarUrl(reset.content);
    expect(fresh).not.toBe(old);
    const gone = await fetch(old);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toMatch(/reset or never existed/);
    expect((await fetch(fresh)).status).toBe(200);
    expect(calendarUrl((await h.command(['calendar'], {}, MEMBER)).content)).toBe(fresh);
  });

  it('mine calendar: a link only the member sees, with the events they RSVPed to', async () => {
    const reply = await h.command(['mine'], { show: 'calendar' }, MEMBER);
    expect(reply.ephemeral).toBe(true);
    const url = calendarUrl(reply.content);
    const empty = await fetch(url);
    const etag = empty.headers.get('etag')!;
    expect(new ICAL.Component(ICAL.parse(await empty.text())).getAllSubcomponents('vevent')).toEqual([]);
    const knit = (await h.service.store.events.forSources([1], new Date(0), new Date(base + 10 * DAY))).find(
      (e) => e.title === 'Knit & Natter',
    )!;
    await h.command(['rsvp'], { event: knit.id, status: 'going' }, MEMBER);
    const after = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    const [mine] = new ICAL.Component(ICAL.parse(await after.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(mine!.summary).toBe('Knit & Natter');
    const other = await h.command(['mine'], { show: 'calendar' }, ADMIN);
    expect(calendarUrl(other.content)).not.toBe(url);
  });

  it('a feed failing 5 polls in a row: one alert in the channel with the error and the fix; recovery announced once', async () => {
    const notices = () => h.discord.messages.filter((m) => !m.embeds.length).map((m) => m.content ?? '');
    h.feeds.fail('/brum.ics', 404);
    for (let i = 0; i < 4; i++) await nextPoll();
    expect(notices()).toEqual([]);
    await nextPoll();
    await nextPoll();
    expect(notices()).toHaveLength(1);
    const [alert] = notices();
    expect(alert).toMatch(
      /^\*\*⚠️ Feed #1 Brum Things \(http:\/\/127\.0\.0\.1:\d+\/brum\.ics\) has failed 5 checks in a row\*\*: HTTP 404 Not Found\./,
    );
    expect(alert).toContain('Fix: The feed is gone from that address');
    const message = h.discord.messages.find((m) => m.content === alert)!;
    expect(message.payloads[0]!.allowed_mentions).toEqual({ parse: [] });
    h.feeds.set('/brum.ics', icsCalendar('Brum Things', events));
    await nextPoll();
    await nextPoll();
    expect(notices()).toHaveLength(2);
    expect(notices()[1]).toMatch(/^\*\*✅ Feed #1 Brum Things .* is working again\*\*; its events will be posted as usual\.$/);
  });
});
