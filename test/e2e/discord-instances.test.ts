import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord, FakeMessage } from '../fakes/discord/index.js';
import { shardOf } from '../fakes/discord/shards.js';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { createTestDatabase, PG_HINT, testServerUrl, type TestDatabase } from '../helpers/db.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';

/**
 * Two instances of the service on one PostgreSQL database and one Discord
 * (the fake, with 2 guilds of 2 channels and a recommended shard count of
 * 2), DISCORD_INSTANCES=2: each instance connects one gateway shard, so each
 * guild's commands and reactions reach one instance; both instances poll
 * and deliver at the same time. Four feeds of 250 events (1,000 in all), one
 * per channel: every event is posted exactly once in its channel (no second
 * send attempt either: Discord answered no create from its nonce memory), none
 * is lost, and each channel gets exactly one digest per week although both
 * instances run the digest check together, twice.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PER_FEED = 250;
const ADMIN = { id: '730000000000000001', admin: true };
const MEMBER = { id: '730000000000000002' };
const ZONE = 'Europe/London';

const embed = (m: FakeMessage) => m.embeds[0] as { title?: string; url?: string };
const isDigest = (m: FakeMessage) => / this week \(/.test(embed(m).title ?? '');

/** The next Monday 09:00 in London after `after` (the default digest time), plus 30 s. */
function nextDigestTime(after: Date): Date {
  for (let t = Math.ceil(after.getTime() / 60_000) * 60_000; ; t += 60_000) {
    const d = new Date(t);
    const f = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    if (f.format(d) === 'Monday 09:00') return new Date(t + 30_000);
  }
}

const pgServer = testServerUrl();
(pgServer ? describe : describe.skip)(`two instances on one PostgreSQL and one Discord${pgServer ? '' : ` (${PG_HINT})`}`, () => {
  let discord: FakeDiscord;
  let database: TestDatabase;
  let a: ServiceHarness;
  let b: ServiceHarness;
  const t0 = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const feedEvents = (feed: number) =>
    Array.from({ length: PER_FEED }, (_, i) =>
      pubEvent({
        uid: `f${feed}-e${i}`,
        summary: `Feed ${feed} night ${i}`,
        start: new Date(t0.getTime() + 2 * HOUR + i * 5 * HOUR + feed * 60_000),
      }),
    );
  const both = <T>(work: (h: ServiceHarness) => Promise<T>) => Promise.all([work(a), work(b)]);
  const setClocks = (at: Date) => {
    a.clock.now = at;
    b.clock.now = at;
  };

  beforeAll(async () => {
    discord = await createFakeDiscord({ guilds: 2, channels: 2, shards: 2 });
    database = await createTestDatabase('postgres');
    const env = (id: string) => ({ DATABASE_URL: database.url, INSTANCE_ID: id, DISCORD_INSTANCES: '2', DISCORD_GUILD_ID: '' });
    a = await startServiceHarness({ now: t0, discord, env: env('instance-a') });
    b = await startServiceHarness({ now: t0, discord, env: env('instance-b') });
    discord.channelIds.forEach((_, feed) => a.feeds.set(`/feed-${feed}.ics`, icsCalendar(`Feed ${feed}`, feedEvents(feed))));
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await discord?.close();
    await database?.drop();
  });

  it('splits the gateway: each instance connects one of the two shards, each guild on one shard', async () => {
    const leases = await a.service.store.shards.list();
    expect(leases.map((l) => [l.shardId, l.owner])).toEqual([
      [0, 'instance-a'],
      [1, 'instance-b'],
    ]);
    expect(discord.gateway.identifiedShards().sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(discord.guildIds.map((g) => shardOf(g, 2)).sort()).toEqual([0, 1]);
  });

  it('answers each command in each guild once, whichever instance holds its shard', async () => {
    for (const [feed, channelId] of discord.channelIds.entries()) {
      const region = await a.command(['region'], { place: 'Birmingham' }, ADMIN, channelId);
      expect(region.content).toMatch(/Birmingham/);
      const added = await a.command(['feed', 'add'], { url: a.feeds.url(`/feed-${feed}.ics`) }, ADMIN, channelId);
      expect(added.content).toMatch(/250 events/);
      expect(added.callbacks.length).toBe(1);
    }
    const interactions = discord.gateway.dispatched.filter((d) => d.t === 'INTERACTION_CREATE');
    expect(interactions).toHaveLength(8);
    expect(interactions.every((d) => d.sessions === 1)).toBe(true);
    const refusedTwice = [...a.logs, ...b.logs].filter((l) => /already been acknowledged|Unknown interaction/i.test(JSON.stringify(l)));
    expect(refusedTwice).toEqual([]);
  }, 120_000);

  it('posts all 1,000 events exactly once per channel while both instances poll and deliver together', async () => {
    await both((h) => h.service.pollOnce());
    for (let round = 0; round < 60 && discord.messages.length < 4 * PER_FEED; round++) {
      await both((h) => h.service.deliverNow());
    }
    await both((h) => h.service.deliverNow());
    for (const [feed, channelId] of discord.channelIds.entries()) {
      const urls = discord.state.channelMessages(channelId).map((m) => embed(m).url);
      const expected = feedEvents(feed).map((e) => e.url);
      expect(urls.length).toBe(PER_FEED); // no duplicate
      expect(new Set(urls)).toEqual(new Set(expected)); // none lost, none from another channel's feed
    }
    const creates = discord.payloads.filter((p) => p.kind === 'message');
    expect(creates.length).toBe(4 * PER_FEED); // one send attempt per post …
    expect(discord.state.nonceHits).toBe(0); // … so Discord never had to drop a second one
    const rows = await database.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM "Post" WHERE "kind" = 'event' AND "state" = 'sent'`,
    );
    expect(Number(rows[0]!.n)).toBe(4 * PER_FEED);
  }, 300_000);

  it('turns a reaction in either guild into one RSVP, handled by the instance of its shard', async () => {
    for (const guildId of discord.guildIds) {
      const channelId = discord.state.channelsOf(guildId)[0]!;
      const post = discord.state.channelMessages(channelId)[0]!;
      const sessions = discord.sendReactionAdd({ messageId: post.id, userId: MEMBER.id, emoji: '✅' });
      expect(sessions).toBe(1);
    }
    const going = async () => (await a.service.store.rsvps.forUser('discord', MEMBER.id, new Date(0))).map((r) => r.status);
    for (let i = 0; i < 200 && (await going()).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await going()).toEqual(['going', 'going']);
    const reactions = discord.gateway.dispatched.filter((d) => d.t === 'MESSAGE_REACTION_ADD' && d.guildId !== null);
    expect(reactions.every((d) => d.sessions === 1)).toBe(true);
  });

  it('sends exactly one digest per channel per week while both instances check for digests together', async () => {
    const week1 = nextDigestTime(t0);
    for (const [week, at] of [week1, new Date(week1.getTime() + 7 * DAY)].entries()) {
      setClocks(at);
      await Promise.all([a.service.digestsNow(), b.service.digestsNow(), a.service.digestsNow(), b.service.digestsNow()]);
      await both((h) => h.service.digestsNow());
      const rows = await database.query<{ channelId: number; digestKey: string; messageId: string | null; state: string }>(
        `SELECT p."channelId", p."digestKey", p."messageId", p."state" FROM "Post" p WHERE p."kind" = 'digest'`,
      );
      for (const channelId of discord.channelIds) {
        const digests = discord.state.channelMessages(channelId).filter(isDigest);
        const headings = digests.map((m) => embed(m).title!);
        expect(new Set(headings).size).toBe(headings.length); // no part twice
        const weeks = new Set(headings.map((h) => h.replace(/ \(\d+\/\d+\)$/, '')));
        expect(weeks.size).toBe(week + 1); // one digest per week so far
        const parts = headings.filter((h) => h.includes(`(1/`));
        expect(parts).toHaveLength(week + 1);
        const total = Number(/\(1\/(\d+)\)/.exec(parts.at(-1)!)?.[1]);
        expect(headings.filter((h) => h.startsWith(parts.at(-1)!.replace(/ \(1\/\d+\)$/, ''))).length).toBe(total); // every part of it
        const ids = new Set(digests.map((m) => m.id));
        expect(rows.filter((r) => ids.has(r.messageId ?? '')).length).toBe(digests.length);
      }
      expect(rows.every((r) => r.state === 'sent')).toBe(true);
    }
    expect(discord.state.nonceHits).toBe(0);
  }, 120_000);
});
