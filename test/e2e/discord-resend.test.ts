import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord } from '../fakes/discord/index.js';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { createTestDatabase, providers, type TestDatabase } from '../helpers/db.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';

/**
 * Exactly once on Discord when an instance dies between sending a post and
 * recording it: the outbox row stays "pending" without a message id (made
 * here by resetting the rows as a kill -9 would leave them). After a minute
 * the claim is stale and the post is sent again with the same nonce, which
 * Discord (and the fake) answers with the first message. Failed posts are
 * claimed before a retry, so two overlapping delivery runs send each once.
 */
const MINUTE = 60_000;
const DAY = 86_400_000;
const ADMIN = { id: '740000000000000001', admin: true };

for (const p of providers()) {
  (p.enabled ? describe : describe.skip)(`Discord posts survive a crash between send and confirm (${p.title})`, () => {
    let discord: FakeDiscord;
    let database: TestDatabase;
    let h: ServiceHarness;
    const creates = () => discord.payloads.filter((x) => x.kind === 'message').length;
    const advance = (ms: number) => void (h.clock.now = new Date(h.clock.now.getTime() + ms));

    beforeAll(async () => {
      discord = await createFakeDiscord();
      database = await createTestDatabase(p.provider);
      h = await startServiceHarness({ discord, env: { DATABASE_URL: database.url } });
      const base = Math.ceil((Date.now() + 2 * DAY) / MINUTE) * MINUTE;
      const events = Array.from({ length: 4 }, (_, i) =>
        pubEvent({ uid: `night-${i}`, summary: `Night ${i}`, start: new Date(base + i * DAY) }),
      );
      h.feeds.set('/nights.ics', icsCalendar('Nights', events));
      await h.command(['region'], { place: 'Birmingham' }, ADMIN);
      await h.command(['feed', 'add'], { url: h.feeds.url('/nights.ics') }, ADMIN);
      await h.service.pollOnce();
      await h.service.deliverNow();
    });
    afterAll(async () => {
      await h?.close();
      await discord?.close();
      await database?.drop();
    });

    it('sends every post with a nonce derived from its outbox row', () => {
      expect(discord.messages).toHaveLength(4);
      const nonces = discord.payloads.filter((x) => x.kind === 'message').map((x) => [x.body.nonce, x.body.enforce_nonce]);
      expect(new Set(nonces.map(([n]) => n)).size).toBe(4);
      for (const [nonce, enforce] of nonces) {
        expect(nonce).toMatch(/^ebpost-\d+$/);
        expect(enforce).toBe(true);
      }
    });

    it('resends a claim left unconfirmed after a minute, and Discord answers with the first message', async () => {
      const before = discord.messages.map((m) => m.id);
      await database.exec(`UPDATE "Post" SET "state" = 'pending', "messageId" = NULL WHERE "kind" = 'event'`);
      const sent = creates();
      advance(30_000);
      await h.service.deliverNow();
      expect(creates()).toBe(sent); // may still be in flight elsewhere: not yet
      advance(MINUTE);
      await h.service.deliverNow();
      expect(creates()).toBe(sent + 4);
      expect(discord.state.nonceHits).toBe(4);
      expect(discord.messages.map((m) => m.id)).toEqual(before);
      const rows = await database.query<{ state: string; messageId: string }>(`SELECT "state", "messageId" FROM "Post" ORDER BY "id"`);
      expect(rows.map((r) => r.state)).toEqual(['sent', 'sent', 'sent', 'sent']);
      expect(rows.map((r) => r.messageId).sort()).toEqual([...before].sort());
    });

    it('sends each failed post once when two delivery runs overlap', async () => {
      await database.exec(`UPDATE "Post" SET "state" = 'failed', "messageId" = NULL, "attempts" = 1 WHERE "kind" = 'event'`);
      discord.state.nonceWindowMs = 0; // so a second send would show as a second message
      const sent = creates();
      advance(MINUTE);
      await Promise.all([h.service.deliverNow(), h.service.deliverNow()]);
      expect(creates()).toBe(sent + 4);
      const rows = await database.query<{ state: string }>(`SELECT "state" FROM "Post" WHERE "kind" = 'event'`);
      expect(rows.every((r) => r.state === 'sent')).toBe(true);
    });
  });
}
