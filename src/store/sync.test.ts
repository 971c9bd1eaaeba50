import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import { normalisedEvent } from './test-events.js';

/** Channel opt-ins, Events-tab sync rows and post threads on both databases: the claims that make each change happen once. */
forEachProvider((db) => {
  const KEY = { platform: 'discord', workspaceId: 'G1', channelId: 'C1' };
  const T0 = new Date('2030-01-01T00:00:00Z');
  const later = (ms: number) => new Date(T0.getTime() + ms);

  async function posted() {
    const store = db.store();
    const source = await store.sources.add('https://feeds.example.org/cal.ics', 'ical');
    const channel = await store.channels.getOrCreate(KEY);
    await store.channels.subscribe(channel.id, source.id);
    const { created } = await store.events.applySourceResults(
      source.id,
      [
        normalisedEvent({ sourceUid: 'a', title: 'In person', url: 'https://events.example.org/a' }),
        normalisedEvent({
          sourceUid: 'b',
          title: 'Online one',
          url: 'https://events.example.org/b',
          attendance: 'online',
          start: new Date('2030-03-01T18:00:00Z'),
        }),
      ],
      T0,
    );
    for (const id of created) {
      const post = (await store.posts.claimEventPost(channel.id, id))!;
      await store.posts.markSent(post.id, `m${id}`, 1, T0);
    }
    expect(created).toHaveLength(2);
    return { store, channel, eventId: created[0]! };
  }

  describe(`sync store (${db.provider})`, () => {
    it('opt-ins default off; a problem is recorded once and pauses the workspace', async () => {
      const { store, channel } = await posted();
      expect(await store.optIns.get(channel.id)).toEqual({ channelId: channel.id, syncEvents: false, threads: false, syncProblem: null });
      expect(await store.optIns.syncingWorkspaces('discord')).toEqual([]);
      await store.optIns.set(channel.id, { syncEvents: true });
      expect(await store.optIns.syncingWorkspaces('discord')).toEqual([{ workspaceId: 'G1', channelIds: [channel.id], problem: null }]);
      expect(await store.optIns.recordProblem([channel.id], 'no permission')).toBe(true);
      expect(await store.optIns.recordProblem([channel.id], 'no permission')).toBe(false);
      expect((await store.optIns.syncingWorkspaces('discord'))[0]!.problem).toBe('no permission');
      expect(await store.optIns.syncingWorkspaces('slack')).toEqual([]);
    });

    it('posted in-person events only', async () => {
      const { store, channel } = await posted();
      const events = await store.eventSync.postedEvents([channel.id], T0);
      expect(events.map((e) => e.title)).toEqual(['In person']);
      expect(await store.eventSync.postedEvents([channel.id], new Date('2031-01-01'))).toEqual([]);
    });

    it('a row is claimed by one owner until released or its lease expires', async () => {
      const { store, eventId } = await posted();
      const first = await store.eventSync.claim('G1', eventId, 'a', later(60_000), T0);
      expect(first).toMatchObject({ state: 'pending', externalId: null, hash: null });
      expect(await store.eventSync.claim('G1', eventId, 'b', later(60_000), T0)).toBeNull();
      await store.eventSync.release(first!.id, { state: 'active', externalId: 'X1', hash: 'h1' });
      const again = await store.eventSync.claim('G1', eventId, 'b', later(60_000), T0);
      expect(again).toMatchObject({ state: 'active', externalId: 'X1', hash: 'h1' });
      expect(await store.eventSync.claim('G1', eventId, 'a', later(120_000), later(30_000))).toBeNull();
      expect(await store.eventSync.claim('G1', eventId, 'a', later(180_000), later(61_000))).not.toBeNull();
    });

    it('interested counts: changed events reported, read back for active rows', async () => {
      const { store, eventId } = await posted();
      const row = (await store.eventSync.claim('G1', eventId, 'a', later(60_000), T0))!;
      await store.eventSync.release(row.id, { state: 'active', externalId: 'X1', hash: 'h' });
      expect(
        await store.eventSync.setInterested(
          'G1',
          new Map([
            ['X1', 4],
            ['other', 9],
          ]),
        ),
      ).toEqual([eventId]);
      expect(await store.eventSync.setInterested('G1', new Map([['X1', 4]]))).toEqual([]);
      expect(await store.eventSync.interested('G1', [eventId])).toEqual(new Map([[eventId, 4]]));
      expect(await store.eventSync.interested('G2', [eventId])).toEqual(new Map());
    });

    it('a thread is opened once, reopened only after a failure; each version told once', async () => {
      const { store, channel, eventId } = await posted();
      const post = (await store.posts.forEvent(eventId)).find((p) => p.channelId === channel.id)!;
      expect(await store.threads.claimOpen(post.id, T0)).toBe(true);
      expect(await store.threads.claimOpen(post.id, T0)).toBe(false);
      await store.threads.failed(post.id, 'Missing Permissions');
      expect(await store.threads.claimOpen(post.id, T0)).toBe(true);
      await store.threads.opened(post.id, 'T1', 1);
      expect(await store.threads.get(post.id)).toEqual({ postId: post.id, threadId: 'T1', state: 'open', noticedVersion: 1 });
      expect(await store.threads.claimNotice(post.id, 1)).toBe(false);
      expect(await store.threads.claimNotice(post.id, 2)).toBe(true);
      expect(await store.threads.claimNotice(post.id, 2)).toBe(false);
    });
  });
});
