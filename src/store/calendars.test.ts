import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';

const KEY = { platform: 'discord', workspaceId: 'G1', channelId: 'C1' };

forEachProvider((db) => {
  describe('CalendarRepo', () => {
    it('gives a channel one token, even when two instances create it at once, until it is reset', async () => {
      const { channels, calendars } = db.store();
      const channel = await channels.getOrCreate(KEY);
      const [a, b] = await Promise.all([
        calendars.channelFeed(channel.id, 'token-aaaaaaaaaaaaaaaa'),
        calendars.channelFeed(channel.id, 'token-bbbbbbbbbbbbbbbb'),
      ]);
      expect(a.token).toBe(b.token);
      expect(await calendars.byToken(a.token)).toMatchObject({ kind: 'channel', channelId: channel.id });
      const reset = await calendars.resetChannel(channel.id, 'token-cccccccccccccccc');
      expect(reset.token).toBe('token-cccccccccccccccc');
      expect(await calendars.byToken(a.token)).toBeNull();
      expect((await calendars.channelFeed(channel.id, 'token-dddddddddddddddd')).token).toBe('token-cccccccccccccccc');
    });

    it('gives each person their own token, apart from the channel’s', async () => {
      const { calendars } = db.store();
      const priya = await calendars.personFeed('slack', 'U1', 'token-priya-000000000');
      const tom = await calendars.personFeed('slack', 'U2', 'token-tom-00000000000');
      expect(priya.token).not.toBe(tom.token);
      expect((await calendars.personFeed('slack', 'U1', 'token-other-000000000')).token).toBe(priya.token);
      expect(await calendars.byToken(priya.token)).toMatchObject({ kind: 'person', platform: 'slack', userId: 'U1' });
    });

    it('remembers when a feed’s document last changed', async () => {
      const { calendars } = db.store();
      const feed = await calendars.personFeed('slack', 'U1', 'token-priya-000000000');
      const t1 = new Date('2026-12-01T10:00:00Z');
      const t2 = new Date('2026-12-01T11:00:00Z');
      expect(await calendars.changed(feed.token, 'hash-1', t1)).toEqual(t1);
      expect(await calendars.changed(feed.token, 'hash-1', t2)).toEqual(t1);
      expect(await calendars.changed(feed.token, 'hash-2', t2)).toEqual(t2);
    });
  });

  describe('FilterRepo', () => {
    it('stores include and exclude keywords per channel; none stored means no filter', async () => {
      const { channels, filters } = db.store();
      const channel = await channels.getOrCreate(KEY);
      expect(await filters.get(channel.id)).toEqual({ include: [], exclude: [] });
      await filters.set(channel.id, { include: ['python', 'board games'], exclude: ['crypto'] });
      expect(await filters.get(channel.id)).toEqual({ include: ['python', 'board games'], exclude: ['crypto'] });
      await filters.set(channel.id, { include: [], exclude: [] });
      expect(await filters.get(channel.id)).toEqual({ include: [], exclude: [] });
    });
  });
});
