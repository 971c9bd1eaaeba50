import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { startServiceHarness, type ServiceHarness } from '../fakes/discord/service-harness.js';
import { createTestDatabase, providers, type TestDatabase } from '../helpers/db.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';

/**
 * Two instances of the service on one database and one Discord: both tick
 * the reminder queue at the same moment, and every member still gets exactly
 * one DM (each reminder is claimed in the database before it is sent).
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ADMIN = { id: '750000000000000001', admin: true };
const MEMBERS = Array.from({ length: 6 }, (_, i) => ({ id: `75000000000000010${i}`, username: `Member${i}` }));

for (const p of providers()) {
  (p.enabled ? describe : describe.skip)(`Discord reminders with two instances (${p.title})`, () => {
    let discord: FakeDiscord;
    let database: TestDatabase;
    let a: ServiceHarness;
    let b: ServiceHarness | undefined;
    let start: Date;

    beforeAll(async () => {
      discord = await createFakeDiscord();
      database = await createTestDatabase(p.provider);
      a = await startServiceHarness({ discord, env: { DATABASE_URL: database.url } });
      start = new Date(Math.ceil((a.clock.now.getTime() + 2 * DAY) / HOUR) * HOUR);
      a.feeds.set('/one.ics', icsCalendar('One', [pubEvent({ uid: 'meet', summary: 'Meet-up', start })]));
      await a.command(['region'], { place: 'Birmingham' }, ADMIN);
      await a.command(['feed', 'add'], { url: a.feeds.url('/one.ics') }, ADMIN);
      a.clock.now = new Date(a.clock.now.getTime() + 11 * 60_000);
      await a.service.pollOnce();
      await a.service.deliverNow();
      const [channel] = await a.service.store.channels.list();
      const eventId = (await a.service.store.posts.findByMessage(channel!.id, discord.messages[0]!.id))!.eventId!;
      for (const m of MEMBERS) {
        await a.command(['remind'], { when: '2h' }, m);
        expect((await a.command(['rsvp'], { event: eventId, status: 'going' }, m)).content).toContain('You’re going to');
      }
      // The second instance joins only now, so every command above was answered once.
      b = await startServiceHarness({ discord, env: { DATABASE_URL: database.url }, now: a.clock.now });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
      await discord?.close();
      await database?.drop();
    });

    it('sends each reminder exactly once when both instances tick at once', async () => {
      const due = new Date(start.getTime() - 2 * HOUR + 60_000);
      a.clock.now = due;
      b!.clock.now = due;
      const [x, y] = await Promise.all([a.service.remindersNow(), b!.service.remindersNow()]);
      expect(x.sent + y.sent).toBe(MEMBERS.length);
      expect(discord.dms.messages.map((m) => m.userId).sort()).toEqual(MEMBERS.map((m) => m.id).sort());
      await Promise.all([a.service.remindersNow(), b!.service.remindersNow()]);
      expect(discord.dms.messages).toHaveLength(MEMBERS.length);
    });
  });
}
