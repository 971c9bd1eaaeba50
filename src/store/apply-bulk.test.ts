import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import type { NormalisedEvent } from '../core/event.js';
import { normalisedEvent as ev } from './test-events.js';

/**
 * applySourceResults works in bulk (set queries, batched writes); these check
 * that a large feed and a feed that repeats itself come out exactly as the
 * event-by-event rules say.
 */
const NOW = new Date('2030-03-01T09:00:00Z');
const LATER = new Date('2030-03-02T09:00:00Z');

/** A big feed of distinct events (more than one batch of 500), each with its own URL and day. */
function bigFeed(n: number): NormalisedEvent[] {
  return Array.from({ length: n }, (_, i) =>
    ev({
      sourceUid: `big-${i}`,
      url: `https://www.meetup.com/brum-js/events/${400000000 + i}/`,
      title: `Workshop number ${i}`,
      start: new Date(Date.UTC(2030, 3, 1, 18) + i * 3_600_000),
      end: null,
    }),
  );
}

forEachProvider((db) => {
  describe('EventRepo.applySourceResults in bulk', () => {
    it('stores a 1,200-event feed once, then finds it unchanged, then updates only the one event that changed', async () => {
      const store = db.store();
      const src = (await store.sources.add('https://feeds.example.org/big.ics', 'ical')).id;
      const feed = bigFeed(1200);
      const first = await store.events.applySourceResults(src, feed, NOW);
      expect(first.created).toHaveLength(1200);
      expect(new Set(first.created).size).toBe(1200);
      // created ids follow the feed's order, so each id names its own report
      expect((await store.events.get(first.created[777]!))?.title).toBe('Workshop number 777');

      expect(await store.events.applySourceResults(src, feed, LATER)).toEqual({ created: [], updated: [], unchanged: 1200 });

      const moved = [...feed];
      moved[1100] = { ...feed[1100]!, venue: 'The Old Library' };
      moved[1100] = ev({ ...moved[1100], contentHash: '' });
      const third = await store.events.applySourceResults(src, moved, LATER);
      expect(third).toEqual({ created: [], updated: [first.created[1100]], unchanged: 1199 });
      expect(await store.events.get(first.created[1100]!)).toMatchObject({ venue: 'The Old Library', version: 2, lastChange: 'venue' });
    });

    it('stores two reports of one event in the same feed (two uids, one event URL) as one event with two links', async () => {
      const store = db.store();
      const src = (await store.sources.add('https://feeds.example.org/cal.ics', 'ical')).id;
      const a = ev({ sourceUid: 'first', venue: null, address: null, lat: null, lon: null, locality: null });
      const b = ev({ sourceUid: 'second', description: 'Talks, pizza and a longer description of the evening.' });
      const summary = await store.events.applySourceResults(src, [a, b], NOW);
      expect(summary).toEqual({ created: [summary.created[0]], updated: [], unchanged: 0 });
      const stored = await store.events.get(summary.created[0]!);
      // the second report completed the new row: its venue and longer description were kept
      expect(stored).toMatchObject({ venue: 'The Engine Room', description: b.description });
      expect(await store.events.provenance(stored!.id)).toHaveLength(2);
    });

    // Lesson from a real church calendar: its 10:00 and 19:00 services share a title and the church's home page as URL.
    it('stores two entries of one feed with one title and URL at different hours as two events, now and on a later poll', async () => {
      const store = db.store();
      const src = (await store.sources.add('https://chapel.example/cal.ics', 'ical')).id;
      const at = (hour: number) => new Date(`2030-05-05T${hour}:00:00Z`);
      const service = (uid: string, hour: number) =>
        ev({ sourceUid: uid, title: 'Service', url: 'https://chapel.example/', start: at(hour), end: null });
      const first = await store.events.applySourceResults(src, [service('am', 10), service('pm', 19)], NOW);
      expect(first.created).toHaveLength(2);
      const later = await store.events.applySourceResults(src, [service('am', 10), service('pm', 19), service('noon', 12)], LATER);
      expect(later.created).toHaveLength(1);
      // a re-timed entry under a new id (its old id gone) is still that event
      const moved = await store.events.applySourceResults(src, [service('am', 10), service('pm', 19), service('noon-2', 13)], LATER);
      expect(moved.created).toEqual([]);
    });

    it('matches a report against an event another source stored, and against one renamed earlier in the same feed', async () => {
      const store = db.store();
      const one = (await store.sources.add('https://one.example.org/cal.ics', 'ical')).id;
      const two = (await store.sources.add('https://two.example.org/cal.ics', 'ical')).id;
      const base = { url: null, start: new Date('2030-05-05T18:00:00Z'), end: null };
      const stored = await store.events.applySourceResults(one, [ev({ ...base, sourceUid: 'x', title: 'Robots Night' })], NOW);
      // the second source renames nothing; its report matches by title, time and place
      const seen = await store.events.applySourceResults(two, [ev({ ...base, sourceUid: 'y', title: 'Robots Night' })], NOW);
      expect(seen.created).toEqual([]);
      expect(await store.events.provenance(stored.created[0]!)).toHaveLength(2);
      // source one renames its event, and in the same feed lists a new uid with the new name: one event still
      const renamed = await store.events.applySourceResults(
        one,
        [ev({ ...base, sourceUid: 'x', title: 'Robots Night Live' }), ev({ ...base, sourceUid: 'z', title: 'Robots Night Live' })],
        LATER,
      );
      expect(renamed).toEqual({ created: [], updated: stored.created, unchanged: 1 });
      expect(await store.events.provenance(stored.created[0]!)).toHaveLength(3);
    });
  });
});
