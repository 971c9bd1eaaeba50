import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord, FakeMessage } from '../fakes/discord/index.js';
import type { FakeScheduledEvent } from '../fakes/discord/guild-events.js';
import { INVITE_PERMISSIONS } from '../fakes/discord/permissions.js';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { PERMS } from '../fakes/discord/state.js';
import { icsCalendar, pubEvent, VENUES, type IcsEvent } from '../helpers/feed-server.js';

/**
 * `/events sync on` mirrors the channel's posted in-person events into the
 * server's Events tab, against the unmodified discord.js client and the fake
 * Discord's scheduled-event routes (with Discord's validation): created as
 * EXTERNAL events, updated when the feed changes, cancelled when it cancels
 * (final), the soonest kept under the cap (DISCORD_EVENTS_CAP=3 here), the
 * "interested" counts read back into the posts, and a missing permission
 * named on `sync on` and told once when it goes missing later.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ADMIN = { id: '750000000000000001', admin: true };
const MEMBER = { id: '750000000000000002' };
const embed = (m: FakeMessage) => (m.embeds[0] ?? {}) as { url?: string; title?: string; description?: string };
const london = (d: Date, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...o }).format(d);

describe('Discord Events tab sync (end to end)', () => {
  let discord: FakeDiscord;
  let h: ServiceHarness;
  let events: IcsEvent[];
  let base: number;
  const bot = () => discord.guildEvents.byBot();
  const live = () => bot().filter((e) => e.status === 1);
  const named = (name: string) => bot().find((e) => e.name === name);
  const postOf = (uid: string) => discord.messages.find((m) => embed(m).url === `https://events.example.org/${uid}`)!;
  const cycle = async (feed?: IcsEvent[]) => {
    if (feed) {
      events = feed;
      h.feeds.set('/sync.ics', icsCalendar('Sync Tests', events));
    }
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
  };

  beforeAll(async () => {
    discord = await createFakeDiscord();
    h = await startServiceHarness({ discord, env: { DISCORD_EVENTS_CAP: '3' } });
    discord.guildEvents.now = () => h.clock.now;
    base = Math.ceil((h.clock.now.getTime() + 2 * DAY) / HOUR) * HOUR;
    events = [
      pubEvent({ uid: 'first', summary: 'First Talk Night', start: new Date(base), description: 'Talks. @everyone welcome.' }),
      pubEvent({ uid: 'second', summary: 'Second Hack Day', start: new Date(base + DAY) }),
      pubEvent({ uid: 'third', summary: 'Third Social', start: new Date(base + 2 * DAY) }),
      pubEvent({ uid: 'online', summary: 'Online Only Meetup', start: new Date(base + 3 * HOUR), ...VENUES.zoom }),
    ];
    h.feeds.set('/sync.ics', icsCalendar('Sync Tests', events));
    await h.command(['region'], { place: 'Birmingham' }, ADMIN);
    await h.command(['feed', 'add'], { url: h.feeds.url('/sync.ics') }, ADMIN);
    await cycle();
  });
  afterAll(async () => {
    await h?.close();
    await discord?.close();
  });

  it('refuses members, and names the missing Create Events permission', async () => {
    const member = await h.command(['sync'], { state: 'on' }, MEMBER);
    expect(member.content).toContain('Only admins');
    expect(discord.guildEvents.botGuildPermissions).toBe(INVITE_PERMISSIONS);
    const refused = await h.command(['sync'], { state: 'on' }, ADMIN);
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toContain('missing the Create Events permission');
    await h.service.deliverNow();
    expect(discord.guildEvents.requests).toEqual([]);
  });

  it('creates an EXTERNAL event per posted in-person event, as Discord requires', async () => {
    discord.guildEvents.botGuildPermissions = INVITE_PERMISSIONS | PERMS.CreateEvents;
    const on = await h.command(['sync'], { state: 'on' }, ADMIN);
    expect(on.ephemeral).toBe(false);
    expect(on.content).toContain('Events tab');
    await h.service.deliverNow();
    expect(bot().map((e) => e.name)).toEqual(['First Talk Night', 'Second Hack Day', 'Third Social']);
    const first = named('First Talk Night')!;
    const body = first.bodies[0]!;
    expect(body).toMatchObject({
      entity_type: 3,
      privacy_level: 2,
      entity_metadata: { location: expect.stringContaining('The Victoria') },
    });
    expect(body.scheduled_start_time).toBe(new Date(base).toISOString());
    expect(body.scheduled_end_time).toBe(new Date(base + 2 * HOUR).toISOString());
    expect(first.description).toContain('https://events.example.org/first');
    expect(first.description).not.toContain('@everyone');
    // Another run with nothing changed sends nothing.
    const sent = discord.guildEvents.requests.filter((r) => r.method !== 'GET').length;
    await cycle();
    expect(discord.guildEvents.requests.filter((r) => r.method !== 'GET').length).toBe(sent);
  });

  it('reads "interested" counts back into the post', async () => {
    discord.guildEvents.markInterested(named('Second Hack Day')!.id, 12);
    await h.service.deliverNow();
    await h.service.flushEdits();
    expect(embed(postOf('second')).description).toMatch(/✅ 0 going · 🤔 0 maybe · 12 interested on Discord$/);
    expect(embed(postOf('first')).description).not.toContain('interested');
  });

  it('the weekly digest shows the interested count too', async () => {
    const at = new Date(Math.ceil(h.clock.now.getTime() / 60_000) * 60_000 + 60_000);
    const day = london(at, { weekday: 'long' }).toLowerCase();
    await h.command(['digest'], { day, time: london(at, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) }, ADMIN);
    h.clock.now = new Date(at.getTime() + 30_000);
    await h.service.digestsNow();
    const digest = discord.messages.find((m) => / this week \(/.test(embed(m).title ?? ''))!;
    expect(embed(digest).description).toMatch(/Second Hack Day.* · 12 interested on Discord/);
    expect(embed(digest).description).toMatch(/First Talk Night[^\n]*The Victoria$/m);
  });

  it('updates the event when the feed moves it', async () => {
    const moved = new Date(base + 3 * HOUR);
    await cycle(events.map((e) => (e.uid === 'first' ? { ...e, start: moved, sequence: 1 } : e)));
    const first = named('First Talk Night')!;
    expect(first.start).toBe(moved.toISOString());
    expect(first.end).toBe(new Date(moved.getTime() + 2 * HOUR).toISOString());
    expect(first.bodies).toHaveLength(2);
  });

  it('keeps the soonest under the cap: a sooner event replaces the latest, which returns when room frees up', async () => {
    const third = named('Third Social')!;
    await cycle([...events, pubEvent({ uid: 'sooner', summary: 'Sooner Pub Quiz', start: new Date(base - HOUR) })]);
    expect(
      live()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['First Talk Night', 'Second Hack Day', 'Sooner Pub Quiz']);
    expect(discord.guildEvents.events.has(third.id)).toBe(false);
    expect(discord.guildEvents.requests).toContainEqual({ method: 'DELETE', id: third.id, status: 204 });

    await cycle(events.map((e) => (e.uid === 'sooner' ? { ...e, status: 'CANCELLED' as const, sequence: 1 } : e)));
    const sooner = named('Sooner Pub Quiz')!;
    expect(sooner.status).toBe(4);
    expect(
      live()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['First Talk Night', 'Second Hack Day', 'Third Social']);
  });

  it('a cancellation is final: later runs leave the cancelled event alone', async () => {
    const sooner = named('Sooner Pub Quiz')!;
    const before = discord.guildEvents.requests.filter((r) => r.id === sooner.id).length;
    await cycle();
    await cycle();
    expect(discord.guildEvents.requests.filter((r) => r.id === sooner.id)).toHaveLength(before);
  });

  it('a permission lost later is told once in the channel, and sync pauses until /events sync on', async () => {
    discord.guildEvents.botGuildPermissions = INVITE_PERMISSIONS;
    const notices = () => discord.messages.filter((m) => m.content.includes('could not update this server’s Events tab'));
    await cycle(
      events.map((e) =>
        e.uid === 'second' ? { ...e, summary: 'Second Hack Day (moved)', start: new Date(base + DAY + HOUR), sequence: 2 } : e,
      ),
    );
    expect(notices()).toHaveLength(1);
    expect(notices()[0]!.content).toContain('Create Events');
    const requests = discord.guildEvents.requests.length;
    await cycle();
    await cycle();
    expect(notices()).toHaveLength(1);
    expect(discord.guildEvents.requests.length).toBe(requests);

    discord.guildEvents.botGuildPermissions = INVITE_PERMISSIONS | PERMS.CreateEvents;
    await h.command(['sync'], { state: 'on' }, ADMIN);
    await h.service.deliverNow();
    expect(live().map((e) => e.name)).toContain('Second Hack Day (moved)');
  });

  it('/events sync off stops syncing new events', async () => {
    const off = await h.command(['sync'], { state: 'off' }, ADMIN);
    expect(off.content).toContain('no longer');
    const count = bot().length;
    await cycle([...events, pubEvent({ uid: 'later', summary: 'Later Meetup', start: new Date(base + HOUR) })]);
    expect(bot()).toHaveLength(count);
  });
});

/** The fake's own rules, through the same routes discord.js calls. */
describe('fake Discord scheduled events follow Discord’s rules', () => {
  let discord: FakeDiscord;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${discord.apiUrl}/v10${path}`, {
      method,
      headers: { Authorization: `Bot ${discord.token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as Record<string, unknown>) };
  };
  const valid = (over: Record<string, unknown> = {}) => ({
    name: 'Talk',
    privacy_level: 2,
    entity_type: 3,
    entity_metadata: { location: 'The Victoria' },
    scheduled_start_time: new Date(Date.now() + DAY).toISOString(),
    scheduled_end_time: new Date(Date.now() + DAY + HOUR).toISOString(),
    ...over,
  });
  const events = () => `/guilds/${discord.guildId}/scheduled-events`;

  beforeAll(async () => {
    discord = await createFakeDiscord({ botGuildPermissions: INVITE_PERMISSIONS | PERMS.CreateEvents });
  });
  afterAll(() => discord?.close());

  it('validates the body', async () => {
    expect((await call('POST', events(), valid({ entity_metadata: {} }))).body).toMatchObject({ code: 50035 });
    expect((await call('POST', events(), valid({ scheduled_end_time: undefined }))).body).toMatchObject({ code: 50035 });
    expect((await call('POST', events(), valid({ name: '' }))).body).toMatchObject({ code: 50035 });
    expect((await call('POST', events(), valid({ name: 'x'.repeat(101) }))).body).toMatchObject({ code: 50035 });
    expect((await call('POST', events(), valid({ description: 'x'.repeat(1001) }))).body).toMatchObject({ code: 50035 });
    const past = valid({ scheduled_start_time: new Date(Date.now() - HOUR).toISOString() });
    expect((await call('POST', events(), past)).body).toMatchObject({ code: 50035 });
    expect((await call('POST', events(), valid())).status).toBe(200);
  });

  it('allows 100 scheduled events per server (30038), statuses move one way, user_count on request', async () => {
    discord.guildEvents.addOwnEvents(99 - discord.guildEvents.events.size, new Date(Date.now() + 2 * DAY));
    const last = await call('POST', events(), valid({ name: 'Hundredth' }));
    expect(last.status).toBe(200);
    expect((await call('POST', events(), valid())).body).toMatchObject({ code: 30038 });
    const id = String(last.body!.id);
    expect((await call('PATCH', `${events()}/${id}`, { status: 3 })).status).toBe(400); // SCHEDULED → COMPLETED: no
    expect((await call('PATCH', `${events()}/${id}`, { status: 4 })).status).toBe(200);
    expect((await call('PATCH', `${events()}/${id}`, { status: 1 })).status).toBe(400); // final
    expect((await call('POST', events(), valid())).status).toBe(200); // room again
    discord.guildEvents.markInterested(id, 3);
    const listed = (await call('GET', `${events()}?with_user_count=true`)).body as unknown as Record<string, unknown>[];
    expect(listed.find((e) => e.id === id)).toMatchObject({ user_count: 3, status: 4 });
    const plain = (await call('GET', events())).body as unknown as Record<string, unknown>[];
    expect(plain[0]).not.toHaveProperty('user_count');
  });

  it('answers 403 50013 without Create Events, and 404 10070 for an unknown event', async () => {
    const own: FakeScheduledEvent = discord.guildEvents.addOwnEvents(1, new Date(Date.now() + DAY))[0]!;
    expect((await call('PATCH', `${events()}/${own.id}`, { name: 'Mine now' })).body).toMatchObject({ code: 50013 });
    discord.guildEvents.botGuildPermissions = INVITE_PERMISSIONS;
    expect((await call('POST', events(), valid())).body).toMatchObject({ code: 50013 });
    expect((await call('DELETE', `${events()}/1234`)).body).toMatchObject({ code: 10070 });
  });

  it('threads: type 11 channel with the message’s id, one per message, permissions enforced', async () => {
    const message = discord.state.newMessage(discord.channelId, { content: 'An event post' });
    const route = `/channels/${discord.channelId}/messages/${message.id}/threads`;
    expect((await call('POST', route, { name: 'Meet up' })).body).toMatchObject({ code: 50013 });
    discord.state.botPermissions = INVITE_PERMISSIONS | PERMS.CreatePublicThreads;
    expect((await call('POST', route, { name: '' })).body).toMatchObject({ code: 50035 });
    const thread = await call('POST', route, { name: 'Meet up', auto_archive_duration: 1440 });
    expect(thread.body).toMatchObject({ id: message.id, type: 11, parent_id: discord.channelId, name: 'Meet up' });
    expect((await call('POST', route, { name: 'Again' })).body).toMatchObject({ code: 160004 });
    const say = () => call('POST', `/channels/${message.id}/messages`, { content: 'See you at the bar' });
    expect((await say()).body).toMatchObject({ code: 50013 });
    discord.state.botPermissions |= PERMS.SendMessagesInThreads;
    expect((await say()).body).toMatchObject({ channel_id: message.id, content: 'See you at the bar' });
  });
});
