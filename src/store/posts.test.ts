import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import type { Store } from '../core/ports.js';
import { normalisedEvent as ev } from './test-events.js';

const NOW = new Date('2030-03-01T09:00:00Z');
const KEY = { platform: 'discord', workspaceId: 'guild-1', channelId: 'chan-1' };

/** A channel subscribed to one source with three events (10th, 14th, 20th of March 2030). */
async function seed(store: Store) {
  const channel = await store.channels.getOrCreate(KEY);
  const source = await store.sources.add('https://feeds.example.org/cal.ics', 'ical');
  await store.channels.subscribe(channel.id, source.id);
  const day = (d: number) => new Date(Date.UTC(2030, 2, d, 18));
  const { created } = await store.events.applySourceResults(
    source.id,
    [10, 14, 20].map((d) => ev({ sourceUid: `e${d}`, url: null, title: `Event on the ${d}th`, start: day(d), end: null })),
    NOW,
  );
  return { channel, source, events: created };
}

forEachProvider((db) => {
  describe('PostRepo', () => {
    it('claims an event post once per channel, even when two instances race for it', async () => {
      const store = db.store();
      const { channel, events } = await seed(store);
      const [a, b] = await Promise.all([
        store.posts.claimEventPost(channel.id, events[0]!),
        store.posts.claimEventPost(channel.id, events[0]!),
      ]);
      const winners = [a, b].filter((p) => p !== null);
      expect(winners).toHaveLength(1);
      expect(winners[0]).toMatchObject({ kind: 'event', eventId: events[0], state: 'pending', messageId: null, attempts: 0 });
      expect(await store.posts.claimEventPost(channel.id, events[0]!)).toBeNull();
      // Another channel may post the same event.
      const other = await store.channels.getOrCreate({ ...KEY, channelId: 'chan-2' });
      expect(await store.posts.claimEventPost(other.id, events[0]!)).not.toBeNull();
    });

    it('claims a digest part once, and maps its numbers to events', async () => {
      const store = db.store();
      const { channel, events } = await seed(store);
      const items = events.map((eventId, i) => ({ number: i + 1, eventId }));
      const post = await store.posts.claimDigestPost(channel.id, '2030-W11#1', items);
      expect(post).toMatchObject({ kind: 'digest', digestKey: '2030-W11#1', eventId: null });
      expect(await store.posts.claimDigestPost(channel.id, '2030-W11#1', items)).toBeNull();
      expect(await store.posts.claimDigestPost(channel.id, '2030-W11#2', [])).not.toBeNull();
      expect(await store.posts.digestItem(post!.id, 2)).toBe(events[1]);
      expect(await store.posts.digestItem(post!.id, 9)).toBeNull();
      expect((await store.posts.digestParts(channel.id, '2030-W11')).map((p) => p.digestKey)).toEqual(['2030-W11#1', '2030-W11#2']);
      expect(await store.posts.digestParts(channel.id, '2030-W12')).toEqual([]);
    });

    it('gives a retry to one of two overlapping delivery runs, and a fresh claim to none', async () => {
      const store = db.store();
      const { channel, events } = await seed(store);
      const failed = (await store.posts.claimEventPost(channel.id, events[0]!))!;
      const fresh = (await store.posts.claimEventPost(channel.id, events[1]!))!;
      // Claims are timed by the database's clock (updatedAt), so this test uses the real one.
      const now = new Date();
      await store.posts.markFailed(failed.id, 'Discord is down', now);
      const retry = { maxAttempts: 5, staleBefore: new Date(now.getTime() - 60_000) };
      const race = await Promise.all([store.posts.claimRetry(failed.id, retry, now), store.posts.claimRetry(failed.id, retry, now)]);
      expect(race.filter(Boolean)).toHaveLength(1);
      // Taken again just now: pending and fresh, so not retried until it is stale.
      expect(await store.posts.claimRetry(failed.id, retry, now)).toBe(false);
      expect(await store.posts.claimRetry(fresh.id, retry, now)).toBe(false);
      const later = { maxAttempts: 5, staleBefore: new Date(now.getTime() + 60_000) };
      expect(await store.posts.claimRetry(fresh.id, later, now)).toBe(true);
      expect(await store.posts.claimRetry(failed.id, { ...later, maxAttempts: 1 }, now)).toBe(false);
    });

    it('tracks sending, failures and retries', async () => {
      const store = db.store();
      const { channel, events } = await seed(store);
      const a = (await store.posts.claimEventPost(channel.id, events[0]!))!;
      const b = (await store.posts.claimEventPost(channel.id, events[1]!))!;
      await store.posts.markFailed(a.id, 'Missing Access', new Date());
      const soon = { maxAttempts: 5, staleBefore: new Date(Date.now() - 60_000) };
      // A pending post claimed a moment ago may be in flight elsewhere: only the failed one is due.
      expect((await store.posts.unsent(10, soon)).map((p) => [p.id, p.state, p.attempts])).toEqual([[a.id, 'failed', 1]]);
      const later = { maxAttempts: 5, staleBefore: new Date(Date.now() + 60_000) };
      expect((await store.posts.unsent(10, later)).map((p) => [p.id, p.state, p.attempts])).toEqual([
        [b.id, 'pending', 0],
        [a.id, 'failed', 1],
      ]);
      expect(await store.posts.unsent(10, { maxAttempts: 1, staleBefore: later.staleBefore })).toHaveLength(1);
      await store.posts.markSent(a.id, 'msg-1', 1, NOW);
      await store.posts.markSent(b.id, 'msg-2', 1, NOW);
      expect(await store.posts.unsent(10, later)).toEqual([]);
      expect(await store.posts.findByMessage(channel.id, 'msg-1')).toMatchObject({
        id: a.id,
        state: 'sent',
        messageId: 'msg-1',
        eventVersion: 1,
        attempts: 2,
      });
      expect(await store.posts.findByMessage(channel.id, 'nope')).toBeNull();
      expect((await store.posts.forEvent(events[0]!)).map((p) => p.id)).toEqual([a.id]);
    });

    it('finds sent posts that show an older version of their event, until they are edited', async () => {
      const store = db.store();
      const { channel, source, events } = await seed(store);
      const post = (await store.posts.claimEventPost(channel.id, events[0]!))!;
      await store.posts.markSent(post.id, 'msg-1', 1, NOW);
      expect(await store.posts.stale(10)).toEqual([]);

      const day10 = new Date(Date.UTC(2030, 2, 10, 18));
      await store.events.applySourceResults(
        source.id,
        [ev({ sourceUid: 'e10', url: null, title: 'Event on the 10th', start: day10, end: null, status: 'cancelled' })],
        NOW,
      );
      expect((await store.posts.stale(10)).map((p) => p.id)).toEqual([post.id]);

      const edited = new Date('2030-03-01T10:00:00Z');
      await store.posts.markEdited(post.id, 2, edited);
      expect(await store.posts.stale(10)).toEqual([]);
      expect(await store.posts.findByMessage(channel.id, 'msg-1')).toMatchObject({ eventVersion: 2, editedAt: edited });
    });

    it('flags posts whose RSVP counts need re-rendering', async () => {
      const store = db.store();
      const { channel, events } = await seed(store);
      const a = (await store.posts.claimEventPost(channel.id, events[0]!))!;
      const b = (await store.posts.claimEventPost(channel.id, events[1]!))!;
      await store.posts.markSent(a.id, 'm-a', 1, NOW);
      await store.posts.markSent(b.id, 'm-b', 1, NOW);
      await store.posts.setCountsDirty([a.id, b.id], true);
      expect((await store.posts.countsDirty(1)).map((p) => p.id)).toEqual([a.id]);
      await store.posts.setCountsDirty([a.id], false);
      expect((await store.posts.countsDirty(10)).map((p) => p.id)).toEqual([b.id]);
      await store.posts.setCountsDirty([], true);
    });

    it('lets only one of several instances take a counts edit, and not again within the interval', async () => {
      const store = db.store();
      const { channel, events } = await seed(store);
      const a = (await store.posts.claimEventPost(channel.id, events[0]!))!;
      await store.posts.markSent(a.id, 'm-a', 1, NOW);
      await store.posts.setCountsDirty([a.id], true);
      const at = new Date(NOW.getTime() + 10_000);
      const before = new Date(at.getTime() - 5_000);
      const claims = await Promise.all([1, 2, 3].map(() => store.posts.claimCountsEdit(a.id, before, at)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      await store.posts.setCountsDirty([a.id], true);
      // Edited at `at`: two seconds later it is too soon…
      expect(await store.posts.claimCountsEdit(a.id, new Date(at.getTime() - 3_000), new Date(at.getTime() + 2_000))).toBe(false);
      // …five seconds later it may be edited again.
      expect(await store.posts.claimCountsEdit(a.id, at, new Date(at.getTime() + 5_000))).toBe(true);
    });

    it("lists the channel's subscribed events from a date on that it has not posted yet", async () => {
      const store = db.store();
      const { channel, events } = await seed(store);
      const from = new Date(Date.UTC(2030, 2, 12));
      expect((await store.posts.unpostedEvents(channel.id, from)).map((e) => e.id)).toEqual([events[1], events[2]]);
      await store.posts.claimEventPost(channel.id, events[1]!);
      expect((await store.posts.unpostedEvents(channel.id, from)).map((e) => e.id)).toEqual([events[2]]);

      const unsubscribed = await store.channels.getOrCreate({ ...KEY, channelId: 'chan-3' });
      expect(await store.posts.unpostedEvents(unsubscribed.id, from)).toEqual([]);
    });
  });
});
