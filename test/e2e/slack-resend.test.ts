import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../fakes/slack/harness.js';
import { createTestDatabase, providers, type TestDatabase } from '../helpers/db.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';

/**
 * Exactly once on Slack when an instance dies between sending a post and
 * recording it. Slack has no idempotency key, so each post carries its
 * outbox key as message metadata, and a post that may already have gone out
 * is looked for in the channel's history before it is sent again (the outbox
 * rows are reset here as a kill -9 would leave them). Bolt in HTTP mode
 * against the fake Slack.
 */
const MINUTE = 60_000;
const DAY = 86_400_000;
const ADMIN = 'U0ADMIN';

for (const p of providers()) {
  (p.enabled ? describe : describe.skip)(`Slack posts survive a crash between send and confirm (${p.title})`, () => {
    let database: TestDatabase;
    let h: Harness;
    const posts = () => h.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.answer.ok === true).length;
    const advance = (ms: number) => void (h.clock.now = new Date(h.clock.now.getTime() + ms));

    beforeAll(async () => {
      database = await createTestDatabase(p.provider);
      h = await startHarness('http', { users: { [ADMIN]: { is_admin: true } }, env: { DATABASE_URL: database.url } });
      const base = Math.ceil((Date.now() + 2 * DAY) / MINUTE) * MINUTE;
      const events = Array.from({ length: 3 }, (_, i) =>
        pubEvent({ uid: `quiz-${i}`, summary: `Quiz ${i}`, start: new Date(base + i * DAY) }),
      );
      h.feeds.set('/quiz.ics', icsCalendar('Quizzes', events));
      await h.command('region Birmingham, UK', ADMIN);
      await h.command(`feed add ${h.feeds.url('/quiz.ics')}`, ADMIN);
      await h.service.pollOnce();
      await h.service.deliverNow();
    });
    afterAll(async () => {
      await h?.close();
      await database?.drop();
    });

    it('posts every event with its outbox key as message metadata', () => {
      const posted = h.slack.messages.filter((m) => m.channel === h.channelId);
      expect(posted).toHaveLength(3);
      const keys = posted.map((m) => (m.metadata as { event_type: string; event_payload: { key: string } }).event_payload.key);
      expect(new Set(keys).size).toBe(3);
      for (const m of posted)
        expect(m.metadata).toMatchObject({ event_type: 'events_bot_post', event_payload: { key: expect.stringMatching(/^ebpost-\d+$/) } });
    });

    it('finds the post already in the channel instead of sending it again when a claim is left unconfirmed', async () => {
      const before = h.slack.messages.map((m) => m.ts);
      await database.exec(`UPDATE "Post" SET "state" = 'pending', "messageId" = NULL WHERE "kind" = 'event'`);
      const sent = posts();
      advance(11 * MINUTE);
      await h.service.deliverNow();
      expect(posts()).toBe(sent);
      expect(h.slack.messages.map((m) => m.ts)).toEqual(before);
      const rows = await database.query<{ state: string; messageId: string }>(`SELECT "state", "messageId" FROM "Post" ORDER BY "id"`);
      expect(rows.map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
      expect(rows.map((r) => r.messageId).sort()).toEqual([...before].sort());
    });

    it('sends a failed post that never reached Slack, once', async () => {
      const lost = h.slack.messages.pop()!; // as if Slack had never accepted it
      await database.exec(
        `UPDATE "Post" SET "state" = 'failed', "messageId" = NULL, "attempts" = 1 WHERE "messageId" IS NULL OR "messageId" = '${lost.ts}'`,
      );
      const sent = posts();
      advance(MINUTE);
      await Promise.all([h.service.deliverNow(), h.service.deliverNow()]);
      expect(posts()).toBe(sent + 1);
      expect(h.slack.messages.filter((m) => m.channel === h.channelId)).toHaveLength(3);
    });

    it('does not send while it cannot tell whether the post went out, and finds it once it can', async () => {
      await database.exec(
        `UPDATE "Post" SET "state" = 'failed', "messageId" = NULL, "attempts" = 1 WHERE "id" = (SELECT MAX("id") FROM "Post")`,
      );
      h.slack.failNext('conversations.history', 'internal_error');
      const sent = posts();
      advance(MINUTE);
      await h.service.deliverNow();
      expect(posts()).toBe(sent);
      advance(10 * MINUTE);
      await h.service.deliverNow();
      expect(posts()).toBe(sent);
      const rows = await database.query<{ state: string }>(`SELECT "state" FROM "Post" WHERE "kind" = 'event'`);
      expect(rows.every((r) => r.state === 'sent')).toBe(true);
    });
  });
}
