import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';

const T0 = new Date('2030-01-01T12:00:00Z');
const s = (n: number) => new Date(T0.getTime() + n * 1000);
/** A claim at `n` seconds with a 60 s lease; `grace` seconds of freedom required (0: any free shard). */
const at = (n: number, grace = 0) => ({ now: s(n), until: s(n + 60), freeBefore: s(n - grace) });

forEachProvider((db) => {
  describe('ShardLeaseRepo', () => {
    it('shares the shards between instances starting together, each shard to one instance', async () => {
      const { shards } = db.store();
      expect(await shards.claim('a', 4, 2, at(0))).toEqual([0, 1]);
      expect(await shards.claim('b', 4, 2, at(1))).toEqual([2, 3]);
      expect(await shards.claim('c', 4, 2, at(2))).toEqual([]);
      const leases = await shards.list();
      expect(leases.map((l) => [l.shardId, l.owner])).toEqual([
        [0, 'a'],
        [1, 'a'],
        [2, 'b'],
        [3, 'b'],
      ]);
      expect(leases.every((l) => l.shardCount === 4)).toBe(true);
    });

    it('two instances claiming at the same moment never both win a shard', async () => {
      const { shards } = db.store();
      const [a, b] = await Promise.all([shards.claim('a', 6, 6, at(0)), shards.claim('b', 6, 6, at(0))]);
      expect([...a, ...b].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(a.filter((x) => b.includes(x))).toEqual([]);
    });

    it('keeps shards while the holder renews, and lets another take them over once expired and past the grace', async () => {
      const { shards } = db.store();
      expect(await shards.claim('a', 2, 2, at(0))).toEqual([0, 1]);
      expect(await shards.renew('a', s(90))).toEqual([0, 1]);
      // b's heartbeat at 80 s: a renewed until 90 s, nothing to take.
      expect(await shards.claim('b', 2, 2, at(80, 60))).toEqual([]);
      // a died (no renewal): at 120 s its leases ended 30 s ago — inside the 60 s grace for heartbeats, but a starting instance takes them.
      expect(await shards.claim('b', 2, 2, at(120, 60))).toEqual([]);
      expect(await shards.claim('c', 2, 1, at(120))).toEqual([0]);
      // at 160 s shard 1 has been free for 70 s: b's heartbeat takes it over.
      expect(await shards.claim('b', 2, 2, at(160, 60))).toEqual([1]);
      // a late heartbeat of a keeps nothing that was taken over.
      expect(await shards.renew('a', s(220))).toEqual([]);
    });

    it('a restart under the same instance id gets its own shards back at once; a release frees them for others', async () => {
      const { shards } = db.store();
      expect(await shards.claim('a', 3, 3, at(0))).toEqual([0, 1, 2]);
      expect(await shards.claim('a', 3, 3, at(10))).toEqual([0, 1, 2]);
      expect(await shards.release('a', s(20))).toBe(3);
      expect(await shards.renew('a', s(80))).toEqual([]);
      expect(await shards.claim('b', 3, 1, at(21))).toEqual([0]);
      // A starting instance takes a released shard whatever its clock says …
      expect(await shards.claim('d', 3, 1, { ...at(5), starting: true })).toEqual([1]);
      // … a heartbeat waits until it has been free for 60 s (freed at 20 s).
      expect(await shards.claim('c', 3, 3, at(40, 60))).toEqual([]);
      expect(await shards.claim('c', 3, 3, at(81, 60))).toEqual([2]);
    });

    it('an instance starting leaves the other free shards to instances starting within a lease of it', async () => {
      const { shards } = db.store();
      expect(await shards.claim('a', 2, 2, at(0))).toEqual([0, 1]);
      await shards.release('a', s(1)); // everything stopped, long ago
      expect(await shards.claim('a', 2, 1, { ...at(1000), starting: true })).toEqual([0]);
      // a's heartbeat 20 s later does not take shard 1: free only since a started …
      expect(await shards.claim('a', 2, 2, at(1020, 60))).toEqual([0]);
      // … so b, starting 30 s after a, gets it.
      expect(await shards.claim('b', 2, 1, { ...at(1030), starting: true })).toEqual([1]);
    });
  });
});
