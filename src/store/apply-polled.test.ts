import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import { normalisedEvent as ev } from './test-events.js';

/**
 * EventRepo.applyPolled, the poller's group commit: several sources in one
 * transaction come out as if applied one after another, each source's poll
 * is recorded, and a failure leaves none of them half-written.
 */
const NOW = new Date('2030-03-01T09:00:00Z');
const NEXT = new Date('2030-03-01T09:10:00Z');
const LEEDS = {
  lat: 53.7965,
  lon: -1.5478,
  label: 'Leeds, England, GB',
  country: 'GB',
  timezone: 'Europe/London',
  basis: 'events' as const,
};
const success = (title: string) => ({ etag: `"${title}"`, lastModified: null, nextCheckAt: NEXT, title, at: NOW });

forEachProvider((db) => {
  describe('EventRepo.applyPolled', () => {
    it('applies several sources in order (a later one matches an earlier one’s new event) and records each poll', async () => {
      const store = db.store();
      const one = (await store.sources.add('https://one.example.org/cal.ics', 'ical')).id;
      const two = (await store.sources.add('https://two.example.org/cal.ics', 'ical')).id;
      const three = (await store.sources.add('https://three.example.org/cal.ics', 'ical')).id;
      const [a, b, c] = await store.events.applyPolled([
        {
          sourceId: one,
          events: [ev({ sourceUid: 'x' }), ev({ sourceUid: 'y', title: 'Robots Night', url: null })],
          now: NOW,
          success: success('One'),
        },
        { sourceId: two, events: [ev({ sourceUid: 'elsewhere' })], now: NOW, success: { ...success('Two'), home: LEEDS } },
        { sourceId: three, events: [], now: NOW, success: success('Three') },
      ]);
      expect(a!.created).toHaveLength(2);
      // the same event reported by source two is the one source one created, not a second copy
      expect(b!.created).toEqual([]);
      expect(await store.events.provenance(a!.created[0]!)).toHaveLength(2);
      expect(c).toEqual({ created: [], updated: [], unchanged: 0 });
      for (const [id, title] of [
        [one, 'One'],
        [two, 'Two'],
        [three, 'Three'],
      ] as const) {
        expect(await store.sources.get(id)).toMatchObject({
          title,
          etag: `"${title}"`,
          nextCheckAt: NEXT,
          lastSuccessAt: NOW,
          failureCount: 0,
        });
      }
      // only the source whose home area was found has one
      expect((await store.sources.get(two))?.home).toEqual(LEEDS);
      expect((await store.sources.get(one))?.home ?? null).toBeNull();
    });

    it('keeps a stored title and home area when a poll states none', async () => {
      const store = db.store();
      const one = (await store.sources.add('https://one.example.org/cal.ics', 'ical', NOW, LEEDS)).id;
      await store.events.applyPolled([{ sourceId: one, events: [], now: NOW, success: success('One') }]);
      const { title: _title, ...untitled } = success('One again');
      await store.events.applyPolled([{ sourceId: one, events: [], now: NOW, success: untitled }]);
      expect(await store.sources.get(one)).toMatchObject({ title: 'One', etag: '"One again"', home: LEEDS });
    });

    it('writes nothing of any source when one of them cannot be applied', async () => {
      const store = db.store();
      const one = (await store.sources.add('https://one.example.org/cal.ics', 'ical')).id;
      const missing = one + 1000; // no such source: its links break the foreign key
      await expect(
        store.events.applyPolled([
          { sourceId: one, events: [ev({ sourceUid: 'x' })], now: NOW, success: success('One') },
          { sourceId: missing, events: [ev({ sourceUid: 'z', title: 'Another evening', url: null })], now: NOW, success: success('Gone') },
        ]),
      ).rejects.toThrow();
      expect(await store.sources.get(one)).toMatchObject({ title: null, etag: null });
      expect(await store.events.forSources([one], new Date('2030-01-01'), new Date('2031-01-01'))).toEqual([]);
    });

    it('fails as one error, with nothing left unhandled, when one part of the group fails to write and a later part then fails too', async () => {
      const store = db.store();
      const database = db.database();
      // A later part's event that the database refuses, so that part throws while the first part's failed writes are still pending.
      const refuse =
        db.provider === 'sqlite'
          ? [`CREATE TRIGGER refuse BEFORE INSERT ON "Event" WHEN NEW."title" = 'Refused' BEGIN SELECT RAISE(ABORT, 'refused'); END`]
          : [
              `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`,
              `CREATE TRIGGER refuse BEFORE INSERT ON "Event" FOR EACH ROW WHEN (NEW."title" = 'Refused') EXECUTE FUNCTION refuse()`,
            ];
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => void unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        for (const sql of refuse) await database.exec(sql);
        const one = (await store.sources.add('https://one.example.org/cal.ics', 'ical')).id;
        const missing = one + 1000; // no such source: its new link breaks the foreign key
        await expect(
          store.events.applyPolled([
            { sourceId: one, events: [ev({ sourceUid: 'x' })], now: NOW, success: success('One') },
            {
              sourceId: missing,
              events: [ev({ sourceUid: 'z', title: 'Another evening', url: null })],
              now: NOW,
              success: success('Gone'),
            },
            // source one again: a second part of the group, applied after the first part's writes were started
            { sourceId: one, events: [ev({ sourceUid: 'r', title: 'Refused', url: null })], now: NOW, success: success('One') },
          ]),
        ).rejects.toThrow();
        await new Promise((r) => setTimeout(r, 50));
        expect(unhandled).toEqual([]);
        expect(await store.events.forSources([one], new Date('2030-01-01'), new Date('2031-01-01'))).toEqual([]);
      } finally {
        process.off('unhandledRejection', onUnhandled);
        await database.exec('DROP TRIGGER IF EXISTS refuse' + (db.provider === 'postgres' ? ' ON "Event"' : ''));
        if (db.provider === 'postgres') await database.exec('DROP FUNCTION IF EXISTS refuse()');
      }
    });
  });
});
