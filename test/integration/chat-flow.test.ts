import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext, Reply } from '../../src/core/chat.js';
import { startService, type RunningService } from '../../src/service/index.js';
import { renderReply, plain } from '../../src/chat/console/render.js';
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../helpers/db.js';
import { FeedServer, icsCalendar, VENUES, type IcsEvent } from '../helpers/feed-server.js';
import { RecordingChat } from '../helpers/recording-chat.js';

/**
 * The product through its platform-neutral core, on the real service and a
 * real database: commands as a user types them, a poll of a loopback feed,
 * what a channel would receive, RSVPs, edits and the weekly digest.
 */
const DAY = 86_400_000;
const T0 = new Date('2026-11-30T10:00:00Z'); // a Monday

const text = (r: Reply) => renderReply(r, plain, T0);

forEachDatabase((provider) => {
  let database: TestDatabase;
  let feeds: FeedServer;
  let service: RunningService;
  let chat: RecordingChat;
  let clock: Date;
  let events: IcsEvent[];

  const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
    platform: 'test',
    workspaceId: 'w1',
    channelId: 'c1',
    userId: 'admin',
    isAdmin: true,
    now: clock,
    ...over,
  });
  const run = (t: string, over?: Partial<CommandContext>) => service.core.runText(ctx(over), t);
  const publish = () => feeds.set('/brum.ics', icsCalendar('Brum Tech', events));

  beforeAll(async () => {
    feeds = await new FeedServer().start();
  });
  afterAll(async () => {
    await feeds.close();
  });

  beforeEach(async () => {
    clock = T0;
    database = await createTestDatabase(provider);
    chat = new RecordingChat();
    events = [
      { uid: 'brumjs', start: new Date(T0.getTime() + 2 * DAY + 8 * 3_600_000), summary: 'BrumJS @everyone welcome', ...VENUES.victoria },
      { uid: 'hack', start: new Date(T0.getTime() + 4 * DAY + 8 * 3_600_000), summary: 'Hack night', ...VENUES.openRooms },
      { uid: 'online', start: new Date(T0.getTime() + 3 * DAY), summary: 'Online talk', ...VENUES.zoom },
      { uid: 'cov', start: new Date(T0.getTime() + 3 * DAY), summary: 'Coventry code club', ...VENUES.coventry },
      { uid: 'gone', start: new Date(T0.getTime() + 5 * DAY), summary: 'Cancelled breakfast', status: 'CANCELLED', ...VENUES.victoria },
    ];
    publish();
    service = await startService({
      env: {
        DATABASE_URL: database.url,
        HTTP_PORT: '0',
        HTTP_HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        ALLOW_PRIVATE_NETWORK_FEEDS: 'true',
        CONSOLE_CHAT: 'off',
      },
      now: () => clock,
      schedules: false,
      adapters: [chat],
    });
  });

  afterEach(async () => {
    await service.stop();
    await database.drop();
  });

  async function setUp() {
    expect(text(await run('region Birmingham, UK 25km'))).toContain('Birmingham, England, GB — 25 km, Europe/London');
    const added = text(await run(`feed add ${feeds.url('/brum.ics')}`));
    expect(added).toContain('Found 5 events (5 upcoming), 2 in person within 25 km of Birmingham, England, GB.');
    await service.pollOnce();
    await service.deliverNow();
  }

  it('posts each new in-person event inside the region once, and nothing online, cancelled or outside', async () => {
    await setUp();
    expect(chat.posts.map((p) => p.card.title)).toEqual(['BrumJS @everyone welcome', 'Hack night']);
    expect(chat.posts[0]!.card).toMatchObject({ venue: 'The Victoria', timezone: 'Europe/London', attendance: 'in_person', notice: null });
    clock = new Date(T0.getTime() + 20 * 60_000);
    await service.pollOnce();
    await service.deliverNow();
    expect(chat.posts).toHaveLength(2);
  });

  it('places a venue named alone in the home area stored from an earlier poll, when the feed no longer says where it is', async () => {
    await setUp();
    // The feed's events now name only a venue: no town, no coordinates, and a calendar name with no town either.
    events = [
      { uid: 'lamp', start: new Date(T0.getTime() + 6 * DAY + 8 * 3_600_000), summary: 'Board games', location: 'The Lamp Tavern' },
    ];
    publish();
    clock = new Date(T0.getTime() + 20 * 60_000);
    await service.pollOnce();
    await service.deliverNow();
    expect(chat.postFor('Board games')?.card).toMatchObject({ venue: null, timezone: 'Europe/London', attendance: 'in_person' });
  });

  it('posts again on a later run when the platform failed, without posting anything twice', async () => {
    chat.failNextPosts = 1;
    await setUp();
    expect(chat.failures).toBe(1);
    expect(chat.posts.map((p) => p.card.title)).toEqual(['Hack night']);
    await service.deliverNow();
    expect(chat.posts.map((p) => p.card.title).sort()).toEqual(['BrumJS @everyone welcome', 'Hack night']);
    await service.deliverNow();
    expect(chat.posts).toHaveLength(2);
  });

  it('turns reactions into RSVPs and edits the post with the counts', async () => {
    await setUp();
    const post = chat.postFor('Hack night')!;
    const react = (userId: string, key: 'going' | 'maybe', added = true) =>
      service.core.reaction({ platform: 'test', workspaceId: 'w1', channelId: 'c1', messageId: post.messageId, userId, key, added });
    await react('u1', 'going');
    await react('u2', 'going');
    await react('u3', 'maybe');
    await react('u2', 'going', false);
    await service.flushEdits();
    expect(chat.edits.at(-1)!.card.counts).toEqual({ going: 1, maybe: 1 });
    expect(text(await run('mine', { userId: 'u1' }))).toContain('Hack night');
  });

  it('edits a post for RSVP counts at most once per 5 seconds, even when delivery runs twice at once', async () => {
    await setUp();
    const post = chat.postFor('Hack night')!;
    const react = (userId: string) =>
      service.core.reaction({
        platform: 'test',
        workspaceId: 'w1',
        channelId: 'c1',
        messageId: post.messageId,
        userId,
        key: 'going',
        added: true,
      });
    const editsOf = () => chat.edits.filter((e) => e.messageId === post.messageId);
    await react('u1');
    await Promise.all([service.deliverNow(), service.deliverNow()]);
    expect(editsOf().map((e) => e.card.counts.going)).toEqual([1]);
    await react('u2');
    await service.deliverNow();
    expect(editsOf()).toHaveLength(1);
    clock = new Date(clock.getTime() + 5_000);
    await service.deliverNow();
    expect(editsOf().map((e) => e.card.counts.going)).toEqual([1, 2]);
  });

  it('edits the post when the event moves, and marks it when it is cancelled', async () => {
    await setUp();
    events[1] = { ...events[1]!, start: new Date(events[1]!.start.getTime() + 3_600_000) };
    publish();
    clock = new Date(T0.getTime() + 20 * 60_000);
    await service.pollOnce();
    await service.deliverNow();
    expect(chat.edits.at(-1)!.card).toMatchObject({ title: 'Hack night', notice: 'Updated: new time' });
    events[1] = { ...events[1]!, status: 'CANCELLED' };
    publish();
    clock = new Date(T0.getTime() + 40 * 60_000);
    await service.pollOnce();
    await service.deliverNow();
    expect(chat.edits.at(-1)!.card).toMatchObject({ title: 'Hack night', status: 'cancelled', notice: 'Cancelled' });
  });

  it('sends the weekly digest once at its time, numbered, even when asked again', async () => {
    await setUp();
    expect(text(await run('digest tuesday 09:00'))).toContain('Tuesdays at 09:00 (Europe/London)');
    clock = new Date('2026-12-01T08:59:00Z');
    await service.digestsNow();
    expect(chat.digests).toHaveLength(0);
    clock = new Date('2026-12-01T09:01:00Z');
    await service.digestsNow();
    await service.digestsNow();
    expect(chat.digests).toHaveLength(1);
    const page = chat.digests[0]!.page;
    expect(page.days.flatMap((d) => d.items.map((i) => `${i.number}. ${i.card.title}`))).toEqual([
      '1. BrumJS @everyone welcome',
      '2. Hack night',
    ]);
    await service.core.reaction({
      platform: 'test',
      workspaceId: 'w1',
      channelId: 'c1',
      messageId: chat.digests[0]!.messageId,
      userId: 'u9',
      key: { number: 2 },
      added: true,
    });
    expect(text(await run('mine', { userId: 'u9' }))).toContain('Hack night');
  });

  it('sends a digest that failed again a little later, still only once', async () => {
    await setUp();
    await run('digest tuesday 09:00');
    chat.failNextDigests = 1;
    clock = new Date('2026-12-01T09:00:00Z');
    await service.digestsNow();
    expect(chat.failures).toBe(1);
    clock = new Date('2026-12-01T09:05:00Z');
    await service.digestsNow();
    expect(chat.digests).toHaveLength(0);
    clock = new Date('2026-12-01T09:15:00Z');
    await service.digestsNow();
    await service.digestsNow();
    expect(chat.digests).toHaveLength(1);
    const again = chat.digests[0]!;
    await service.core.reaction({
      platform: 'test',
      workspaceId: 'w1',
      channelId: 'c1',
      messageId: again.messageId,
      userId: 'u7',
      key: { number: 1 },
      added: true,
    });
    expect(text(await run('mine', { userId: 'u7' }))).toContain('BrumJS');
  });

  it('posts a short note for an empty week, or nothing when the channel chose silent', async () => {
    expect(text(await run('region Birmingham, UK'))).toContain('Birmingham');
    expect(text(await run('digest tuesday 09:00'))).toContain('A week with no events gets a short note.');
    clock = new Date('2026-12-01T09:00:00Z');
    await service.digestsNow();
    expect(chat.digests.map((d) => d.page.emptyNote)).toEqual([
      'No in-person events in the region this week. Admins can follow more feeds with /events feed add <url>.',
    ]);
    expect(text(await run('digest tuesday 09:00 silent'))).toContain('A week with no events gets no message.');
    clock = new Date('2026-12-08T09:00:00Z');
    await service.digestsNow();
    expect(chat.digests).toHaveLength(1);
  });

  it("keeps a member's home private, and a channel list's pages centred on the channel for everyone", async () => {
    await setUp();
    for (let i = 0; i < 11; i++)
      events.push({ uid: `extra-${i}`, start: new Date(T0.getTime() + (6 + i / 10) * DAY), summary: `Extra ${i}`, ...VENUES.openRooms });
    publish();
    clock = new Date(T0.getTime() + 20 * 60_000);
    await service.pollOnce();
    const channelList = await run('nearby 25km 14d');
    expect(channelList.ephemeral).toBe(false);
    expect(text(channelList)).toContain('of Birmingham, England, GB');
    expect(text(await run('home Coventry', { userId: 'u5' }))).toContain('Your home is now Coventry');
    const own = await run('nearby', { userId: 'u5' });
    expect(own.ephemeral).toBe(true);
    expect(text(own)).toContain('of Coventry, England, GB');
    // u5 presses Next on the channel's list: still the channel's region.
    const next = await service.core.page(ctx({ userId: 'u5' }), channelList.paging!.next!);
    expect(text(next)).toContain('within 25 km of Birmingham, England, GB — next 14 days, 11–13 of 13');
  });

  it('answers nearby with the events, distance and RSVP hint', async () => {
    await setUp();
    const reply = text(await run('nearby'));
    expect(reply).toContain('Events within 25 km of Birmingham, England, GB — next 7 days, 1–2 of 2');
    expect(reply).toMatch(/BrumJS @everyone welcome .*The Victoria · 0\.\d km/);
    expect(text(await run('nearby 25km 1d'))).toContain('No in-person events within 25 km');
  });

  it('says so when a channel adds a feed it already follows', async () => {
    await setUp();
    const again = await run(`feed add ${feeds.url('/brum.ics')}`);
    expect(again.ephemeral).toBe(true);
    expect(text(again)).toBe('This channel already follows that feed as #1. See /events feed list.');
    expect(text(await run('feed list'))).toMatch(/^Feeds followed here \(1\)\n#1 Brum Tech — /);
  });

  it('promises posts on adding a feed only when some of its events would be posted now', async () => {
    expect(text(await run('region Birmingham, UK 25km'))).toContain('Birmingham, England, GB');
    const near = text(await run(`feed add ${feeds.url('/brum.ics')}`));
    expect(near).toContain('Its events will be posted here shortly, and new ones as they appear.');
    feeds.set(
      '/far.ics',
      icsCalendar('Coventry Code', [{ uid: 'far', start: new Date(T0.getTime() + 3 * DAY), summary: 'Code club', ...VENUES.coventry }]),
    );
    const far = text(await run(`feed add ${feeds.url('/far.ics')}`));
    expect(far).toContain('Found 1 event (1 upcoming), 0 in person within 25 km of Birmingham, England, GB.');
    expect(far).toContain('Nothing to post from it yet. New in-person events near the region will be posted here as they appear.');
    expect(far).not.toContain('posted here shortly');
    const elsewhere = text(await run(`feed add ${feeds.url('/far.ics')}`, { channelId: 'c2' }));
    expect(elsewhere).toContain('Set a region with /events region <place> so I know which to post.');
    expect(elsewhere).not.toContain('will be posted');
  });
  it('lets members with the role an admin chose change settings on Discord', async () => {
    const member = { platform: 'discord', userId: 'member', isAdmin: false, roleIds: ['222222222222222222'] };
    expect(text(await run('region Leeds', member))).toContain('Only admins');
    const chosen = await service.core.run(ctx({ platform: 'discord' }), ['adminrole'], { role: '222222222222222222' });
    expect(text(chosen)).toContain('Members with that role can now change');
    expect(text(await run('region Leeds', member))).toContain('Leeds, England, GB — 25 km');
    expect(text(await run('region Leeds', { ...member, roleIds: ['333'] }))).toContain('Only admins');
    expect(text(await run('adminrole 222222222222222222'))).toBe(
      '❌ There is no /events adminrole command.\nType /events help to see what I can do.',
    );
  });

  it('remembers inbound delivery ids across a restart, so a late Slack retry is handled once', async () => {
    expect(await service.core.firstDelivery('slack:Ev1')).toBe(true);
    expect(await service.core.firstDelivery('slack:Ev1')).toBe(false);
    await service.stop();
    service = await startService({
      env: { DATABASE_URL: database.url, HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'silent', CONSOLE_CHAT: 'off' },
      now: () => clock,
      schedules: false,
      adapters: [chat],
    });
    expect(await service.core.firstDelivery('slack:Ev1')).toBe(false);
    expect(await service.core.firstDelivery('slack:Ev2')).toBe(true);
  });

  it('refuses admin commands to members and explains bad input', async () => {
    const refused = await run('region Leeds', { userId: 'member', isAdmin: false });
    expect(refused.ephemeral).toBe(true);
    expect(text(refused)).toContain('Only admins');
    expect(text(await run('nearby 500km'))).toContain('Radius must be between 1 and 200 km');
    expect(text(await run('digest monday 25:00'))).toContain('Time must be a 24-hour time like 09:00');
    expect(text(await run('feed add not-a-url'))).toContain('That is not a web address');
    expect(text(await run('region Xqzzyville'))).toContain('❌');
    expect(text(await run(`feed add ${feeds.url('/missing.ics')}`))).toContain('HTTP 404');
  });
});

describe('service start-up', () => {
  it('stops with one line naming DATABASE_URL when it is not a database URL', async () => {
    await expect(startService({ env: { DATABASE_URL: 'mysql://localhost/x', CONSOLE_CHAT: 'off' } })).rejects.toThrow(
      'Invalid DATABASE_URL: got "mysql://localhost/x", expected file:<path> for the embedded SQLite database or postgresql://user@host:port/db.',
    );
  });
});
