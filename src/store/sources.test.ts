import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';

const T0 = new Date('2030-01-01T12:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const LEASE_MS = 10 * 60_000;
const HALLEN = {
  venue: 'De Hallen',
  town: 'Amsterdam, North Holland, NL',
  lat: 52.37,
  lon: 4.87,
  country: 'NL',
  timezone: 'Europe/Amsterdam',
};
const AMSTERDAM_HOME = { lat: 52.37, lon: 4.89, label: 'Amsterdam', country: 'NL', timezone: 'Europe/Amsterdam', basis: 'region' as const };

forEachProvider((db) => {
  describe('SourceRepo', () => {
    it('adds a source once per URL and finds it by id and URL', async () => {
      const { sources } = db.store();
      const a = await sources.add('https://example.org/events.ics', 'ical');
      const again = await sources.add('https://example.org/events.ics', 'rss');
      expect(again.id).toBe(a.id);
      expect(again.kind).toBe('ical');
      expect(await sources.get(a.id)).toEqual(a);
      expect(await sources.getByUrl('https://example.org/events.ics')).toEqual(a);
      expect(await sources.getByUrl('https://example.org/other')).toBeNull();
      expect(a).toMatchObject({ failureCount: 0, lastError: null, etag: null, title: null });
    });

    it('keeps a feed with a set place apart from the same feed without one, one source per place', async () => {
      const { sources } = db.store();
      const url = 'https://hallen.example/agenda.ics';
      const plain = await sources.add(url, 'ical');
      await sources.recordSuccess(plain.id, { etag: '"v1"', lastModified: null, nextCheckAt: minutes(60), at: T0, home: AMSTERDAM_HOME });
      const placed = await sources.addWithPlace(url, 'ical', HALLEN, T0);
      expect(placed.id).not.toBe(plain.id);
      expect(placed).toMatchObject({ url, place: HALLEN, nextCheckAt: T0 });
      expect((await sources.addWithPlace(url, 'ical', HALLEN, minutes(5))).id).toBe(placed.id);
      expect((await sources.findWithPlace(url, HALLEN))?.id).toBe(placed.id);
      expect((await sources.getByUrl(url))?.id).toBe(plain.id);
      expect((await sources.add(url, 'ical')).id).toBe(plain.id);
      expect(await sources.findWithPlace(url, { ...HALLEN, venue: 'Paradiso' })).toBeNull();
    });

    it('gives a source a place: read again from scratch at once, and refused where that place has its own source', async () => {
      const { sources } = db.store();
      const url = 'https://hallen.example/agenda.ics';
      const plain = await sources.add(url, 'ical');
      await sources.recordSuccess(plain.id, { etag: '"v1"', lastModified: 'x', nextCheckAt: minutes(60), at: T0, home: AMSTERDAM_HOME });
      const set = await sources.setPlace(plain.id, HALLEN, minutes(1));
      expect(set).toMatchObject({ id: plain.id, place: HALLEN, etag: null, lastModified: null, home: null, nextCheckAt: minutes(1) });
      const other = await sources.add(url, 'ical');
      expect(await sources.setPlace(other.id, HALLEN, minutes(2))).toBeNull();
      expect(await sources.setPlace(plain.id, null, minutes(3))).toBeNull(); // `other` is the feed without a place
      await sources.remove(other.id);
      expect((await sources.setPlace(plain.id, null, minutes(3)))?.place).toBeNull();
    });

    it('lists sources in the order they were added and removes one', async () => {
      const { sources } = db.store();
      const a = await sources.add('https://a.example/feed', 'auto');
      const b = await sources.add('https://b.example/feed', 'auto');
      expect((await sources.list()).map((s) => s.url)).toEqual([a.url, b.url]);
      await sources.remove(a.id);
      await sources.remove(a.id); // removing twice is harmless
      expect((await sources.list()).map((s) => s.id)).toEqual([b.id]);
    });

    it('claims only due sources, and a leased source is not claimed again until its lease runs out', async () => {
      const { sources } = db.store();
      const due = await sources.add('https://due.example/feed', 'auto');
      const later = await sources.add('https://later.example/feed', 'auto');
      await sources.recordSuccess(due.id, { etag: null, lastModified: null, nextCheckAt: T0, at: minutes(-60) });
      await sources.recordSuccess(later.id, { etag: null, lastModified: null, nextCheckAt: minutes(30), at: minutes(-60) });

      expect((await sources.claimDue(T0, 'instance-a', LEASE_MS, 10)).map((s) => s.id)).toEqual([due.id]);
      expect(await sources.claimDue(minutes(1), 'instance-b', LEASE_MS, 10)).toEqual([]);
      // instance-a died without recording anything: after the lease, another instance takes over.
      expect((await sources.claimDue(minutes(11), 'instance-b', LEASE_MS, 10)).map((s) => s.id)).toEqual([due.id]);
    });

    it('keeps a lease while its holder renews it, and frees it at once when the holder stops', async () => {
      const { sources } = db.store();
      const src = await sources.add('https://busy.example/feed', 'auto', minutes(-1));
      const short = 60_000;
      expect((await sources.claimDue(T0, 'instance-a', short, 10)).map((s) => s.id)).toEqual([src.id]);
      // A heartbeat half-way keeps it from instance-b past the first minute …
      expect(await sources.renewLeases('instance-a', minutes(1.5), minutes(0.5))).toBe(1);
      expect(await sources.claimDue(minutes(1.2), 'instance-b', short, 10)).toEqual([]);
      // … an expired lease is not revived by a late heartbeat …
      expect(await sources.renewLeases('instance-a', minutes(3), minutes(2))).toBe(0);
      // … and a clean stop releases it for the next instance straight away.
      expect(await sources.releaseLeases('instance-a')).toBe(1);
      expect((await sources.claimDue(minutes(1.2), 'instance-b', short, 10)).map((s) => s.id)).toEqual([src.id]);
      expect(await sources.releaseLeases('instance-a')).toBe(0);
    });

    it('never gives one source to two instances claiming at the same moment', async () => {
      const { sources } = db.store();
      const ids: number[] = [];
      for (let i = 0; i < 12; i++) {
        const s = await sources.add(`https://feed${i}.example/rss`, 'auto');
        await sources.recordSuccess(s.id, { etag: null, lastModified: null, nextCheckAt: minutes(-i), at: minutes(-90) });
        ids.push(s.id);
      }
      const [a, b, c] = await Promise.all([
        sources.claimDue(T0, 'a', LEASE_MS, 12),
        sources.claimDue(T0, 'b', LEASE_MS, 12),
        sources.claimDue(T0, 'c', LEASE_MS, 12),
      ]);
      const claimed = [...a!, ...b!, ...c!].map((s) => s.id);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect(claimed.sort((x, y) => x - y)).toEqual(ids);
    });

    it('claims at most `limit` sources, the longest overdue first', async () => {
      const { sources } = db.store();
      const made = [];
      for (const [i, due] of [minutes(-5), minutes(-50), minutes(-20)].entries()) {
        const s = await sources.add(`https://order${i}.example/feed`, 'auto');
        await sources.recordSuccess(s.id, { etag: null, lastModified: null, nextCheckAt: due, at: minutes(-90) });
        made.push(s.id);
      }
      const got = await sources.claimDue(T0, 'a', LEASE_MS, 2);
      expect(got.map((s) => s.id)).toEqual([made[1], made[2]]);
    });

    it('records a success: validators, title and next check stored, failures cleared, lease released', async () => {
      const { sources } = db.store();
      const s = await sources.add('https://ok.example/feed', 'rss');
      await sources.recordFailure(s.id, { error: 'HTTP 503', nextCheckAt: minutes(-1), at: minutes(-30) });
      await sources.claimDue(T0, 'a', LEASE_MS, 1);
      await sources.recordSuccess(s.id, {
        etag: '"v2"',
        lastModified: 'Tue, 01 Jan 2030 11:00:00 GMT',
        nextCheckAt: minutes(-1),
        title: 'OK Events',
        at: T0,
      });
      expect(await sources.get(s.id)).toMatchObject({
        etag: '"v2"',
        lastModified: 'Tue, 01 Jan 2030 11:00:00 GMT',
        title: 'OK Events',
        failureCount: 0,
        lastError: null,
        lastSuccessAt: T0,
        lastCheckedAt: T0,
        nextCheckAt: minutes(-1),
      });
      // Lease released: due again at once for anyone.
      expect((await sources.claimDue(T0, 'b', LEASE_MS, 1)).map((x) => x.id)).toEqual([s.id]);
    });

    it('keeps the title when a success does not mention one', async () => {
      const { sources } = db.store();
      const s = await sources.add('https://t.example/feed', 'rss');
      await sources.recordSuccess(s.id, { etag: null, lastModified: null, nextCheckAt: T0, title: 'Named', at: T0 });
      await sources.recordSuccess(s.id, { etag: null, lastModified: null, nextCheckAt: T0, at: T0 });
      expect((await sources.get(s.id))?.title).toBe('Named');
    });

    it('counts failures in a row and keeps the last error until a success', async () => {
      const { sources } = db.store();
      const s = await sources.add('https://bad.example/feed', 'auto');
      await sources.recordFailure(s.id, { error: 'timeout', nextCheckAt: minutes(5), at: T0 });
      await sources.recordFailure(s.id, { error: 'HTTP 404', nextCheckAt: minutes(20), at: minutes(5) });
      expect(await sources.get(s.id)).toMatchObject({
        failureCount: 2,
        lastError: 'HTTP 404',
        nextCheckAt: minutes(20),
        lastCheckedAt: minutes(5),
        lastSuccessAt: null,
      });
    });

    it('records many unchanged (304) sources at once: each its own next check, validators kept, failures cleared, lease released', async () => {
      const { sources } = db.store();
      const a = await sources.add('https://a.example/cal.ics', 'ical');
      const b = await sources.add('https://b.example/feed.rss', 'rss');
      await sources.recordSuccess(a.id, { etag: '"a1"', lastModified: null, nextCheckAt: minutes(-5), title: 'A', at: minutes(-60) });
      await sources.recordFailure(b.id, { error: 'HTTP 503', nextCheckAt: minutes(-5), at: minutes(-30) });
      expect(await sources.claimDue(T0, 'x', LEASE_MS, 5)).toHaveLength(2);
      await sources.recordNotModified([
        { id: a.id, nextCheckAt: minutes(15), at: T0 },
        { id: b.id, nextCheckAt: minutes(45), at: minutes(1) },
      ]);
      expect(await sources.get(a.id)).toMatchObject({
        etag: '"a1"',
        title: 'A',
        nextCheckAt: minutes(15),
        lastSuccessAt: T0,
        lastCheckedAt: T0,
      });
      expect(await sources.get(b.id)).toMatchObject({
        failureCount: 0,
        lastError: null,
        nextCheckAt: minutes(45),
        lastCheckedAt: minutes(1),
      });
      // leases released: each is claimed again once due
      expect((await sources.claimDue(minutes(50), 'y', LEASE_MS, 5)).map((x) => x.id)).toEqual([a.id, b.id]);
    });
  });
});
