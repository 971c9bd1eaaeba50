import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';

const KEY = { platform: 'slack', workspaceId: 'T0001', channelId: 'C0001' };

forEachProvider((db) => {
  describe('ChannelRepo', () => {
    it('creates a channel once with the default settings', async () => {
      const { channels } = db.store();
      const [a, b] = await Promise.all([channels.getOrCreate(KEY), channels.getOrCreate(KEY)]);
      expect(b.id).toBe(a.id);
      expect(a).toEqual({
        id: a.id,
        ...KEY,
        regionName: null,
        regionLat: null,
        regionLon: null,
        radiusKm: 25,
        timezone: 'UTC',
        postMode: 'new',
        digestDay: 1,
        digestTime: '09:00',
        digestEmptyNote: true,
        adminRoleId: null,
      });
      expect(await channels.find(KEY)).toEqual(a);
      expect(await channels.find({ ...KEY, channelId: 'C9999' })).toBeNull();
      expect(await channels.get(a.id)).toEqual(a);
    });

    it('updates only the settings given', async () => {
      const { channels } = db.store();
      const c = await channels.getOrCreate(KEY);
      await channels.update(c.id, { regionName: 'Leeds', regionLat: 53.8, regionLon: -1.55, radiusKm: 40 });
      const updated = await channels.update(c.id, { postMode: 'digest', digestDay: null, timezone: 'Europe/London' });
      expect(updated).toMatchObject({
        regionName: 'Leeds',
        radiusKm: 40,
        postMode: 'digest',
        digestDay: null,
        timezone: 'Europe/London',
        digestTime: '09:00',
      });
      expect(await channels.get(c.id)).toEqual(updated);
    });

    it('lists channels, optionally of one platform', async () => {
      const { channels } = db.store();
      const s = await channels.getOrCreate(KEY);
      const d = await channels.getOrCreate({ platform: 'discord', workspaceId: 'g', channelId: 'c' });
      expect((await channels.list()).map((c) => c.id)).toEqual([s.id, d.id]);
      expect((await channels.list('discord')).map((c) => c.id)).toEqual([d.id]);
    });

    it('subscribes a channel to sources (twice is harmless) and lists both directions', async () => {
      const { channels, sources } = db.store();
      const c = await channels.getOrCreate(KEY);
      const other = await channels.getOrCreate({ ...KEY, channelId: 'C0002' });
      const a = await sources.add('https://a.example/feed', 'auto');
      const b = await sources.add('https://b.example/feed', 'auto');
      await channels.subscribe(c.id, a.id);
      await channels.subscribe(c.id, a.id);
      await channels.subscribe(c.id, b.id);
      await channels.subscribe(other.id, a.id);
      expect((await channels.sources(c.id)).map((s) => s.url)).toEqual([a.url, b.url]);
      expect((await channels.subscribers(a.id)).map((x) => x.id)).toEqual([c.id, other.id]);

      await channels.unsubscribe(c.id, a.id);
      expect((await channels.sources(c.id)).map((s) => s.id)).toEqual([b.id]);
      expect((await channels.subscribers(a.id)).map((x) => x.id)).toEqual([other.id]);
    });

    it('drops subscriptions when a source is removed', async () => {
      const { channels, sources } = db.store();
      const c = await channels.getOrCreate(KEY);
      const a = await sources.add('https://a.example/feed', 'auto');
      await channels.subscribe(c.id, a.id);
      await sources.remove(a.id);
      expect(await channels.sources(c.id)).toEqual([]);
    });
  });
});
