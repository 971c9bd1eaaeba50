import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import type { NormalisedEvent } from '../core/event.js';
import type { Store } from '../core/ports.js';
import { normalisedEvent as ev } from './test-events.js';

const NOW = new Date('2030-03-01T09:00:00Z');
const LATER = new Date('2030-03-02T09:00:00Z');

async function source(store: Store, url: string) {
  return (await store.sources.add(url, 'auto')).id;
}

forEachProvider((db) => {
  describe('EventRepo.applySourceResults', () => {
    it('creates new events with their provenance, at version 1', async () => {
      const store = db.store();
      const src = await source(store, 'https://feeds.example.org/cal.ics');
      const a = ev({ sourceUid: 'a' });
      const b = ev({ sourceUid: 'b', url: null, title: 'Robots Night', start: new Date('2030-03-20T18:00:00Z'), end: null });
      const summary = await store.events.applySourceResults(src, [a, b], NOW);
      expect(summary.created).toHaveLength(2);
      expect(summary).toMatchObject({ updated: [], unchanged: 0 });

      const stored = await store.events.get(summary.created[0]!);
      const { sourceUrl: _u, sourceUid: _i, ...fields } = a;
      expect(stored).toMatchObject({ ...fields, version: 1, lastChange: null });
      expect(await store.events.provenance(stored!.id)).toEqual([
        { sourceId: src, sourceUrl: 'https://feeds.example.org/cal.ics', url: a.url },
      ]);
    });

    it('leaves an event alone when its source reports it unchanged', async () => {
      const store = db.store();
      const src = await source(store, 'https://feeds.example.org/cal.ics');
      const { created } = await store.events.applySourceResults(src, [ev()], NOW);
      const before = await store.events.get(created[0]!);
      expect(await store.events.applySourceResults(src, [ev()], LATER)).toEqual({ created: [], updated: [], unchanged: 1 });
      expect(await store.events.get(created[0]!)).toEqual(before);
    });

    it('follows an event by its source uid even when its title and day change, and records what changed', async () => {
      const store = db.store();
      const src = await source(store, 'https://feeds.example.org/cal.ics');
      const { created } = await store.events.applySourceResults(src, [ev({ url: null })], NOW);
      const moved = ev({
        url: null,
        title: 'BrumJS April Special',
        start: new Date('2030-04-11T18:30:00Z'),
        end: new Date('2030-04-11T21:00:00Z'),
      });
      const summary = await store.events.applySourceResults(src, [moved], LATER);
      expect(summary).toEqual({ created: [], updated: created, unchanged: 0 });
      expect(await store.events.get(created[0]!)).toMatchObject({
        title: 'BrumJS April Special',
        start: moved.start,
        version: 2,
        lastChange: 'time,title',
      });
    });

    it('bumps the version for a new venue or a cancellation, but not for a new title alone', async () => {
      const store = db.store();
      const src = await source(store, 'https://feeds.example.org/cal.ics');
      const { created } = await store.events.applySourceResults(src, [ev()], NOW);
      const id = created[0]!;

      await store.events.applySourceResults(src, [ev({ title: 'BrumJS March Meetup (with pizza)' })], LATER);
      expect(await store.events.get(id)).toMatchObject({ title: 'BrumJS March Meetup (with pizza)', version: 1, lastChange: null });

      const moved = {
        title: 'BrumJS March Meetup (with pizza)',
        venue: 'Library of Birmingham',
        address: 'Centenary Square',
        lat: 52.4796,
        lon: -1.9087,
      };
      expect((await store.events.applySourceResults(src, [ev(moved)], LATER)).updated).toEqual([id]);
      expect(await store.events.get(id)).toMatchObject({ venue: 'Library of Birmingham', version: 2, lastChange: 'venue' });

      await store.events.applySourceResults(src, [ev({ ...moved, status: 'cancelled' })], LATER);
      expect(await store.events.get(id)).toMatchObject({ status: 'cancelled', version: 3, lastChange: 'status' });
    });

    it('recognises the same event from a second source by its event URL, keeping the richer details', async () => {
      const store = db.store();
      const meetup = await source(store, 'https://www.meetup.com/brum-js/events/rss/');
      const aggregator = await source(store, 'https://whatson.example/feed.xml');
      const { created } = await store.events.applySourceResults(meetup, [ev({ sourceUid: 'm-1' })], NOW);
      const sparse = ev({
        sourceUrl: 'https://whatson.example/feed.xml',
        sourceUid: 'agg-77',
        title: 'BrumJS: March meetup',
        venue: null,
        address: null,
        lat: null,
        lon: null,
        description: 'Talks and pizza. Doors 18:00, first talk 18:30, drinks after at the Canal House.',
      });
      const summary = await store.events.applySourceResults(aggregator, [sparse], LATER);
      expect(summary.created).toEqual([]);
      const stored = await store.events.get(created[0]!);
      expect(stored).toMatchObject({ venue: 'The Engine Room', lat: 52.4778, lon: -1.9097, description: sparse.description });
      expect((await store.events.provenance(created[0]!)).map((p) => p.sourceId).sort()).toEqual([meetup, aggregator].sort());
    });

    it('recognises the same event from a second source without a URL by title, time and place', async () => {
      const store = db.store();
      const a = await source(store, 'https://a.example/cal.ics');
      const b = await source(store, 'https://b.example/cal.ics');
      const { created } = await store.events.applySourceResults(a, [ev({ url: null })], NOW);
      const other = ev({
        sourceUid: 'b-1',
        url: null,
        title: 'BrumJS - March Meetup',
        start: new Date('2030-03-14T18:40:00Z'),
        lat: 52.4779,
        lon: -1.9098,
      });
      expect((await store.events.applySourceResults(b, [other], LATER)).created).toEqual([]);
      expect(await store.events.provenance(created[0]!)).toHaveLength(2);
      // A different evening is a different event.
      const nextMonth = ev({ sourceUid: 'b-2', url: null, start: new Date('2030-04-14T18:30:00Z'), end: null });
      expect((await store.events.applySourceResults(b, [nextMonth], LATER)).created).toHaveLength(1);
    });

    it('does not flip an event back and forth when two sources disagree', async () => {
      const store = db.store();
      const a = await source(store, 'https://a.example/cal.ics');
      const b = await source(store, 'https://b.example/feed');
      const fromA = ev({ sourceUid: 'a-1' });
      const fromB = ev({ sourceUid: 'b-1', venue: 'Engine Room (upstairs)' });
      const { created } = await store.events.applySourceResults(a, [fromA], NOW);
      await store.events.applySourceResults(b, [fromB], NOW);
      const settled = await store.events.get(created[0]!);
      for (let i = 0; i < 2; i++) {
        expect((await store.events.applySourceResults(a, [fromA], LATER)).unchanged).toBe(1);
        expect((await store.events.applySourceResults(b, [fromB], LATER)).unchanged).toBe(1);
      }
      expect((await store.events.get(created[0]!))?.version).toBe(settled?.version);
    });

    it('does not touch an event that drops out of its feed', async () => {
      const store = db.store();
      const src = await source(store, 'https://feeds.example.org/cal.ics');
      const gone = ev({ sourceUid: 'gone', url: null, title: 'Old Talk', start: new Date('2030-03-10T18:00:00Z'), end: null });
      const { created } = await store.events.applySourceResults(src, [ev(), gone], NOW);
      const before = await store.events.get(created[1]!);
      expect(await store.events.applySourceResults(src, [ev()], LATER)).toEqual({ created: [], updated: [], unchanged: 1 });
      expect(await store.events.get(created[1]!)).toEqual(before);
    });

    it('stores all or nothing: a failure part-way leaves no event behind', async () => {
      const store = db.store();
      const events: NormalisedEvent[] = [ev({ sourceUid: 'x' }), ev({ sourceUid: 'y', title: 'Second', url: null })];
      await expect(store.events.applySourceResults(424242, events, NOW)).rejects.toThrow(); // no such source
      const all = await store.events.forSources([424242], new Date('2000-01-01'), new Date('2100-01-01'));
      expect(all).toEqual([]);
      expect(await store.events.get(1)).toBeNull();
    });
  });

  describe('EventRepo queries', () => {
    const BRUM = { lat: 52.4862, lon: -1.8904 };
    const at = (day: number, hour = 18) => new Date(Date.UTC(2030, 2, day, hour));

    async function seed(store: Store) {
      const src = await source(store, 'https://feeds.example.org/cal.ics');
      const other = await source(store, 'https://other.example/feed');
      const near = (over: Partial<NormalisedEvent>) => ev({ url: null, end: null, ...over });
      await store.events.applySourceResults(
        src,
        [
          near({ sourceUid: '1', title: 'BrumJS March Meetup', start: at(14), venue: 'The Engine Room', lat: 52.4778, lon: -1.9097 }),
          near({
            sourceUid: '2',
            title: 'Café Scientifique',
            start: at(10),
            venue: 'Jewellery Quarter',
            lat: 52.489,
            lon: -1.9117,
            description: 'A talk on BATS.',
          }),
          near({ sourceUid: '3', title: 'Solihull Coders', start: at(12), venue: 'Solihull Library', lat: 52.4118, lon: -1.7776 }),
          near({ sourceUid: '4', title: 'Coventry Tech Night', start: at(11), venue: 'Coventry', lat: 52.4068, lon: -1.5197 }),
          near({ sourceUid: '5', title: 'London Meetup', start: at(9), venue: 'Shoreditch', lat: 51.5246, lon: -0.0794 }),
          near({
            sourceUid: '6',
            title: 'Online Lightning Talks',
            start: at(13),
            venue: null,
            address: null,
            lat: null,
            lon: null,
            attendance: 'online',
          }),
          near({
            sourceUid: '7',
            title: 'Cancelled Hack Night',
            start: at(15),
            venue: 'Digbeth',
            lat: 52.4755,
            lon: -1.8834,
            status: 'cancelled',
          }),
          near({ sourceUid: '8', title: 'Last Year Social', start: new Date(Date.UTC(2029, 2, 14, 18)), lat: 52.48, lon: -1.89 }),
        ],
        NOW,
      );
      await store.events.applySourceResults(
        other,
        [
          near({
            sourceUrl: 'https://other.example/feed',
            sourceUid: 'o',
            title: 'Other Feed Party',
            start: at(16),
            venue: 'The Warehouse',
            lat: 52.49,
            lon: -1.89,
          }),
        ],
        NOW,
      );
      return { src, other };
    }

    const window = { ...BRUM, radiusKm: 25, from: at(1, 0), to: at(31, 0) };

    it('finds events within the radius and the date range, soonest first, with distances', async () => {
      const store = db.store();
      await seed(store);
      const { items, total } = await store.events.near(window);
      expect(items.map((i) => i.event.title)).toEqual([
        'Café Scientifique',
        'Solihull Coders',
        'BrumJS March Meetup',
        'Cancelled Hack Night',
        'Other Feed Party',
      ]);
      expect(total).toBe(5);
      const solihull = items.find((i) => i.event.title === 'Solihull Coders')!;
      expect(solihull.distanceKm).toBeGreaterThan(10);
      expect(solihull.distanceKm).toBeLessThan(12);
      // Coventry is ~25.6 km away: inside the bounding box, outside the circle.
      expect(items.map((i) => i.event.title)).not.toContain('Coventry Tech Night');
    });

    it.each([
      ['brumjs', ['BrumJS March Meetup']],
      ['MEETUP', ['BrumJS March Meetup']],
      ['engine room', ['BrumJS March Meetup']],
      ['bats', ['Café Scientifique']],
      ['CAFÉ', ['Café Scientifique']],
      ['python', []],
    ])('filters by text %j in title, venue or description, ignoring case', async (text, titles) => {
      const store = db.store();
      await seed(store);
      const { items, total } = await store.events.near({ ...window, text });
      expect(items.map((i) => i.event.title)).toEqual(titles);
      expect(total).toBe(titles.length);
    });

    it('filters by status and attendance, and pages with a total', async () => {
      const store = db.store();
      await seed(store);
      const live = await store.events.near({ ...window, excludeStatus: ['cancelled'], attendance: ['in_person'] });
      expect(live.items.map((i) => i.event.title)).not.toContain('Cancelled Hack Night');
      expect(live.total).toBe(4);
      const page2 = await store.events.near({ ...window, excludeStatus: ['cancelled'], limit: 2, offset: 2 });
      expect(page2.items.map((i) => i.event.title)).toEqual(['BrumJS March Meetup', 'Other Feed Party']);
      expect(page2.total).toBe(4);
    });

    it('lists events of given sources within a date range', async () => {
      const store = db.store();
      const { src, other } = await seed(store);
      const fromOther = await store.events.forSources([other], at(1, 0), at(31, 0));
      expect(fromOther.map((e) => e.title)).toEqual(['Other Feed Party']);
      const fromMain = await store.events.forSources([src], at(12, 0), at(14, 23));
      expect(fromMain.map((e) => e.title)).toEqual(['Solihull Coders', 'Online Lightning Talks', 'BrumJS March Meetup']);
      expect(await store.events.forSources([], at(1, 0), at(31, 0))).toEqual([]);
    });
  });
});
