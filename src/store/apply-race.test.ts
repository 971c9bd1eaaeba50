import { expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import { openStore } from './db.js';
import { normalisedEvent } from './test-events.js';

/**
 * Two instances (two stores on one PostgreSQL database) commit two sources
 * that report the same new event at the same moment: it is stored once, with
 * both links. (Several instances are a PostgreSQL deployment; on SQLite one
 * process holds the database, and a second process waits for its write lock.)
 */
forEachProvider((db) => {
  it('stores an event reported by two sources at once, from two instances, only once', async (t) => {
    if (db.provider !== 'postgres') return t.skip();
    const one = db.store();
    const two = await openStore(db.database().url);
    try {
      const a = await one.sources.add('https://a.example/feed.ics', 'ical');
      const b = await one.sources.add('https://b.example/feed.ics', 'ical');
      const now = new Date('2030-01-01T00:00:00Z');
      for (let round = 0; round < 5; round++) {
        const event = normalisedEvent({
          sourceUid: `same-${round}`,
          url: `https://www.meetup.com/brum-js/events/30000000${round}/`,
          title: `Round ${round}`,
        });
        await Promise.all([one.events.applySourceResults(a.id, [event], now), two.events.applySourceResults(b.id, [event], now)]);
      }
      const stored = await one.events.forSources([a.id, b.id], new Date('2029-01-01'), new Date('2031-01-01'));
      expect(stored.map((e) => e.title).sort()).toEqual(['Round 0', 'Round 1', 'Round 2', 'Round 3', 'Round 4']);
      for (const e of stored) expect(await one.events.provenance(e.id)).toHaveLength(2);
    } finally {
      await two.close();
    }
  });
});
