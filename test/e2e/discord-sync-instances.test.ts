import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord, FakeMessage } from '../fakes/discord/index.js';
import { INVITE_PERMISSIONS } from '../fakes/discord/permissions.js';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { PERMS } from '../fakes/discord/state.js';
import { createTestDatabase, providers, type TestDatabase } from '../helpers/db.js';
import { icsCalendar, pubEvent, type IcsEvent } from '../helpers/feed-server.js';

/**
 * Two instances of the service on one database and one Discord bot: their
 * sync runs overlap, yet each Events-tab create, update and cancel happens
 * once (rows claimed like posts); both receive the same ✅ from the gateway,
 * yet the post gets one thread with one opener.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ADMIN = { id: '770000000000000001', admin: true };
const embed = (m: FakeMessage) => (m.embeds[0] ?? {}) as { url?: string };

for (const p of providers()) {
  (p.enabled ? describe : describe.skip)(`Events tab and threads exactly once across two instances (${p.title})`, () => {
    let discord: FakeDiscord;
    let database: TestDatabase;
    let a: ServiceHarness;
    let b: ServiceHarness;
    let events: IcsEvent[];
    let base: number;
    const writes = (method: string) => discord.guildEvents.requests.filter((r) => r.method === method && r.status < 300).length;
    const both = async (feed?: IcsEvent[]) => {
      if (feed) a.feeds.set('/two.ics', icsCalendar('Two', (events = feed)));
      for (const h of [a, b]) h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
      await a.service.pollOnce();
      await Promise.all([a.service.deliverNow(), b.service.deliverNow(), a.service.deliverNow(), b.service.deliverNow()]);
    };

    beforeAll(async () => {
      discord = await createFakeDiscord({
        botGuildPermissions: INVITE_PERMISSIONS | PERMS.CreateEvents,
        botPermissions: INVITE_PERMISSIONS | PERMS.CreatePublicThreads | PERMS.SendMessagesInThreads,
      });
      database = await createTestDatabase(p.provider);
      a = await startServiceHarness({ discord, env: { DATABASE_URL: database.url } });
      b = await startServiceHarness({ discord, env: { DATABASE_URL: database.url }, now: a.clock.now });
      discord.guildEvents.now = () => a.clock.now;
      base = Math.ceil((a.clock.now.getTime() + 2 * DAY) / HOUR) * HOUR;
      events = Array.from({ length: 5 }, (_, i) => pubEvent({ uid: `ev-${i}`, summary: `Evening ${i}`, start: new Date(base + i * DAY) }));
      a.feeds.set('/two.ics', icsCalendar('Two', events));
      await a.command(['region'], { place: 'Birmingham' }, ADMIN);
      await a.command(['feed', 'add'], { url: a.feeds.url('/two.ics') }, ADMIN);
      await a.service.pollOnce();
      await a.service.deliverNow();
      await a.command(['sync'], { state: 'on' }, ADMIN);
      await b.command(['threads'], { state: 'on' }, ADMIN);
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await discord?.close();
      await database?.drop();
    });

    it('creates each event once when four sync runs overlap', async () => {
      await both();
      expect(writes('POST')).toBe(5);
      expect(
        discord.guildEvents
          .byBot()
          .map((e) => e.name)
          .sort(),
      ).toEqual(events.map((e) => e.summary));
    });

    it('updates and cancels each once', async () => {
      await both(
        events.map((e, i) =>
          i === 1
            ? { ...e, start: new Date(base + DAY + HOUR), sequence: 1 }
            : i === 2
              ? { ...e, status: 'CANCELLED' as const, sequence: 1 }
              : e,
        ),
      );
      expect(writes('PATCH')).toBe(2);
      expect(writes('POST')).toBe(5);
      const statuses = discord.guildEvents.byBot().map((e) => [e.name, e.status]);
      expect(statuses).toContainEqual(['Evening 2', 4]);
      await both();
      expect(writes('PATCH')).toBe(2);
    });

    it('one thread and one opener when both instances see the same ✅', async () => {
      const post = discord.messages.find((m) => embed(m).url === 'https://events.example.org/ev-0')!;
      discord.sendReactionAdd({ messageId: post.id, userId: '770000000000000009', emoji: '✅' });
      const end = Date.now() + 10_000;
      while (!discord.guildEvents.threads.get(post.id)?.messages.length) {
        if (Date.now() > end) throw new Error('no thread was opened');
        await new Promise((r) => setTimeout(r, 25));
      }
      await new Promise((r) => setTimeout(r, 500));
      expect(discord.guildEvents.threads.size).toBe(1);
      expect(discord.guildEvents.threads.get(post.id)!.messages).toHaveLength(1);
    });
  });
}
