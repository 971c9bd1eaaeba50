import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import type { NormalisedEvent } from '../core/event.js';
import type { PolledSource } from '../core/ports.js';
import { normalisedEvent as ev } from './test-events.js';

/**
 * EventRepo.applyPolled reads and writes a whole group at once (one read of
 * links, one of candidate rows, one INSERT of events and of links, batched
 * UPDATEs). These check that what each source reports, and what is stored,
 * is what applying the sources one after another gives.
 */
const NOW = new Date('2030-03-01T09:00:00Z');
const LATER = new Date('2030-03-02T09:00:00Z');
const NEXT = new Date('2030-03-03T09:00:00Z');
const START = new Date('2030-05-05T18:00:00Z');
const success = { etag: null, lastModified: null, nextCheckAt: NEXT, at: NOW };
const polled = (sourceId: number, events: NormalisedEvent[], now = NOW): PolledSource => ({ sourceId, events, now, success });

forEachProvider((db) => {
  describe('EventRepo.applyPolled reads and writes the group at once', () => {
    it('reports as updated, by the later source, an event an earlier source of the same group created', async () => {
      const store = db.store();
      const one = (await store.sources.add('https://one.example.org/cal.ics', 'ical')).id;
      const two = (await store.sources.add('https://two.example.org/cal.ics', 'ical')).id;
      const sparse = ev({ sourceUid: 'a', url: null, start: START, end: null, venue: null, address: null, lat: null, lon: null });
      const fuller = ev({ sourceUid: 'b', url: null, start: START, end: null, venue: 'The Engine Room' });
      const [a, b] = await store.events.applyPolled([polled(one, [sparse]), polled(two, [fuller], LATER)]);
      expect(a).toEqual({ created: [a!.created[0]], updated: [], unchanged: 0 });
      expect(b).toEqual({ created: [], updated: a!.created, unchanged: 0 });
      // one row: the earlier source's creation, completed by the later source's venue (a notable change)
      expect(await store.events.get(a!.created[0]!)).toMatchObject({ venue: 'The Engine Room', version: 2, lastChange: 'venue' });
      expect(await store.events.forSources([one, two], new Date('2030-01-01'), new Date('2031-01-01'))).toHaveLength(1);
    });

    it('lets a source that comes back in the same group see the links its first poll wrote', async () => {
      const store = db.store();
      const one = (await store.sources.add('https://one.example.org/cal.ics', 'ical')).id;
      const event = ev({ sourceUid: 'x' });
      const [first, again] = await store.events.applyPolled([polled(one, [event]), polled(one, [event], LATER)]);
      expect(first!.created).toHaveLength(1);
      expect(again).toEqual({ created: [], updated: [], unchanged: 1 });
      expect(await store.events.provenance(first!.created[0]!)).toHaveLength(1);
    });

    it('updates events and links changed by several sources of one group, each source reporting its own', async () => {
      const store = db.store();
      const one = (await store.sources.add('https://one.example.org/cal.ics', 'ical')).id;
      const two = (await store.sources.add('https://two.example.org/cal.ics', 'ical')).id;
      const day = (n: number) => new Date(START.getTime() + n * 86_400_000);
      const feed = (prefix: string, n: number) =>
        Array.from({ length: n }, (_, i) =>
          ev({ sourceUid: `${prefix}${i}`, url: null, title: `${prefix} talk ${i}`, start: day(i), end: null }),
        );
      const [a, b] = await store.events.applyPolled([polled(one, feed('one', 3)), polled(two, feed('two', 3))]);
      const moved = (f: NormalisedEvent[], i: number) =>
        f.map((e, k) => (k === i ? ev({ ...e, start: new Date(e.start.getTime() + 3_600_000) }) : e));
      const [c, d] = await store.events.applyPolled([
        polled(one, moved(feed('one', 3), 1), LATER),
        polled(two, moved(feed('two', 3), 2), LATER),
      ]);
      expect(c).toEqual({ created: [], updated: [a!.created[1]], unchanged: 2 });
      expect(d).toEqual({ created: [], updated: [b!.created[2]], unchanged: 2 });
      expect(await store.events.get(a!.created[1]!)).toMatchObject({
        start: new Date(day(1).getTime() + 3_600_000),
        version: 2,
        lastChange: 'time',
      });
      expect(await store.events.get(b!.created[2]!)).toMatchObject({ start: new Date(day(2).getTime() + 3_600_000), version: 2 });
      expect(await store.events.get(a!.created[0]!)).toMatchObject({ start: day(0), version: 1 });
      // the links took the new reports: the same feeds again change nothing
      const again = await store.events.applyPolled([
        polled(one, moved(feed('one', 3), 1), NEXT),
        polled(two, moved(feed('two', 3), 2), NEXT),
      ]);
      expect(again).toEqual([
        { created: [], updated: [], unchanged: 3 },
        { created: [], updated: [], unchanged: 3 },
      ]);
    });

    it('stores text with quotes, backslashes, emoji and line breaks as written, and a lone surrogate half as U+FFFD rather than failing the group', async () => {
      const store = db.store();
      const one = (await store.sources.add('https://one.example.org/cal.ics', 'ical')).id;
      const title = 'Café "Rust" \\ night 🎉 ½';
      const description = 'Line one\nLine two\t"quoted" \\u00e9 stays as typed';
      const [a] = await store.events.applyPolled([
        polled(one, [ev({ title, description }), ev({ sourceUid: 'cut', url: null, title: 'Cut \ud83d here' })]),
      ]);
      expect(await store.events.get(a!.created[0]!)).toMatchObject({ title, description });
      // (PostgreSQL keeps one U+FFFD; SQLite reads its stored bytes back as three)
      expect((await store.events.get(a!.created[1]!))?.title).toMatch(/^Cut \ufffd+ here$/);
    });
  });
});
