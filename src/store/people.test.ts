import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import type { Store } from '../core/ports.js';
import type { GuildEventState } from '../core/sync.js';
import { normalisedEvent as ev } from './test-events.js';

/** RSVPs, user preferences and the inbound de-duplication table. */

const NOW = new Date('2030-03-01T09:00:00Z');

async function twoEvents(store: Store) {
  const src = await store.sources.add('https://feeds.example.org/cal.ics', 'ical');
  const { created } = await store.events.applySourceResults(
    src.id,
    [
      ev({ sourceUid: 'a', url: null, title: 'Early Talk', start: new Date('2030-03-05T18:00:00Z'), end: null }),
      ev({ sourceUid: 'b', url: null, title: 'Late Talk', start: new Date('2030-03-25T18:00:00Z'), end: null }),
    ],
    NOW,
  );
  return created as [number, number];
}

forEachProvider((db) => {
  describe('RsvpRepo', () => {
    it('keeps one answer per user and event, and counts going and maybe', async () => {
      const { rsvps } = db.store();
      const [a, b] = await twoEvents(db.store());
      await rsvps.set(a, 'discord', 'u1', 'going');
      await rsvps.set(a, 'discord', 'u2', 'maybe');
      await rsvps.set(a, 'slack', 'u1', 'going'); // same id on another platform is another person
      await rsvps.set(a, 'discord', 'u3', 'no');
      await rsvps.set(a, 'discord', 'u2', 'going'); // changed their mind
      const counts = await rsvps.counts([a, b]);
      expect(counts.get(a)).toEqual({ going: 3, maybe: 0 });
      expect(counts.get(b)).toEqual({ going: 0, maybe: 0 });
      expect((await rsvps.counts([])).size).toBe(0);
    });

    it('removes an answer only if it still has the given status', async () => {
      const { rsvps } = db.store();
      const [a] = await twoEvents(db.store());
      await rsvps.set(a, 'discord', 'u1', 'going');
      await rsvps.set(a, 'discord', 'u1', 'maybe'); // reacted 🤔 after ✅
      await rsvps.remove(a, 'discord', 'u1', 'going'); // the ✅ reaction is taken away
      expect((await rsvps.counts([a])).get(a)).toEqual({ going: 0, maybe: 1 });
      await rsvps.remove(a, 'discord', 'u1');
      expect((await rsvps.counts([a])).get(a)).toEqual({ going: 0, maybe: 0 });
    });

    it("lists a user's upcoming answers, soonest first", async () => {
      const { rsvps } = db.store();
      const [a, b] = await twoEvents(db.store());
      await rsvps.set(b, 'discord', 'u1', 'maybe');
      await rsvps.set(a, 'discord', 'u1', 'going');
      await rsvps.set(a, 'discord', 'u2', 'going');
      const mine = await rsvps.forUser('discord', 'u1', NOW);
      expect(mine.map((r) => [r.event.title, r.status])).toEqual([
        ['Early Talk', 'going'],
        ['Late Talk', 'maybe'],
      ]);
      const later = await rsvps.forUser('discord', 'u1', new Date('2030-03-10T00:00:00Z'));
      expect(later.map((r) => r.event.id)).toEqual([b]);
    });
  });

  describe('UserPrefRepo', () => {
    it('creates preferences and updates only the fields given', async () => {
      const { users } = db.store();
      expect(await users.get('discord', 'u1')).toBeNull();
      await users.set('discord', 'u1', { homeName: 'Leeds', homeLat: 53.8, homeLon: -1.55 });
      const updated = await users.set('discord', 'u1', { timezone: 'Europe/London' });
      expect(updated).toEqual({
        platform: 'discord',
        userId: 'u1',
        homeName: 'Leeds',
        homeLat: 53.8,
        homeLon: -1.55,
        timezone: 'Europe/London',
        remindMinutes: null,
        visible: false,
        displayName: null,
      });
      await users.set('discord', 'u1', { homeName: null, homeLat: null, homeLon: null });
      expect(await users.get('discord', 'u1')).toMatchObject({ homeName: null, homeLat: null, timezone: 'Europe/London' });
      expect(await users.get('slack', 'u1')).toBeNull();
    });
  });

  /** Tom (visible), Shy (hidden) and anon going on Discord, one no and one maybe there, Priya going on Slack. */
  async function somePeople(store: Store, a: number): Promise<void> {
    await store.users.set('discord', 'tom', { visible: true, displayName: 'Tom' });
    await store.users.set('discord', 'shy', { visible: false, displayName: 'Shy' });
    await store.users.set('slack', 'priya', { visible: true, displayName: 'Priya' });
    for (const u of ['anon', 'shy', 'tom']) await store.rsvps.set(a, 'discord', u, 'going');
    await store.rsvps.set(a, 'discord', 'nope', 'no');
    await store.rsvps.set(a, 'discord', 'perhaps', 'maybe');
    await store.rsvps.set(a, 'slack', 'priya', 'going');
  }

  describe('RsvpRepo.attendees', () => {
    it('lists going and maybe on one platform, visible names first, hidden people without a name', async () => {
      const store = db.store();
      const [a] = await twoEvents(store);
      await somePeople(store, a!);
      expect(await store.rsvps.attendees(a, 'discord')).toEqual([
        { userId: 'tom', status: 'going', visibleName: 'Tom' },
        { userId: 'anon', status: 'going', visibleName: null },
        { userId: 'shy', status: 'going', visibleName: null },
        { userId: 'perhaps', status: 'maybe', visibleName: null },
      ]);
    });
  });

  describe('RsvpRepo.forPost', () => {
    /** A Discord Events-tab copy of the event in workspace G1 with `interested` people (src/store/sync.ts). */
    async function mirrored(store: Store, eventId: number, interested: number, state: GuildEventState = 'active') {
      const row = (await store.eventSync.claim('G1', eventId, 'me', new Date(NOW.getTime() + 60_000), NOW))!;
      await store.eventSync.release(row.id, { state, externalId: `X${eventId}`, hash: 'h' });
      await store.eventSync.setInterested('G1', new Map([[`X${eventId}`, interested]]));
    }

    it('reads in one go what counts, interested and attendees read one by one', async () => {
      const store = db.store();
      const [a] = await twoEvents(store);
      await somePeople(store, a!);
      await mirrored(store, a, 4);

      const discord = await store.rsvps.forPost(a, { platform: 'discord', workspaceId: 'G1' });
      expect(discord).toEqual({
        counts: (await store.rsvps.counts([a])).get(a),
        interested: (await store.eventSync.interested('G1', [a])).get(a),
        attendees: await store.rsvps.attendees(a, 'discord'),
      });
      expect(discord.counts).toEqual({ going: 4, maybe: 1 });
      expect(discord.interested).toBe(4);
      expect(discord.attendees.map((p) => p.visibleName ?? p.userId)).toEqual(['Tom', 'anon', 'shy', 'perhaps']);

      // Another platform and workspace: the same counts, that platform's people, no Events-tab copy there.
      expect(await store.rsvps.forPost(a, { platform: 'slack', workspaceId: 'T1' })).toEqual({
        counts: { going: 4, maybe: 1 },
        interested: null,
        attendees: [{ userId: 'priya', status: 'going', visibleName: 'Priya' }],
      });
    });

    it('gives the interested count of an event nobody answered, and none for a copy no longer active', async () => {
      const store = db.store();
      const [a, b] = await twoEvents(store);
      await mirrored(store, a, 7);
      await mirrored(store, b, 3, 'removed');
      const where = { platform: 'discord', workspaceId: 'G1' };
      expect(await store.rsvps.forPost(a, where)).toEqual({ counts: { going: 0, maybe: 0 }, interested: 7, attendees: [] });
      expect(await store.rsvps.forPost(b, where)).toEqual({ counts: { going: 0, maybe: 0 }, interested: null, attendees: [] });
    });
  });

  describe('InboundRepo', () => {
    it('says true only the first time an inbound id is seen, across concurrent deliveries', async () => {
      const { inbound } = db.store();
      const results = await Promise.all([inbound.firstSeen('Ev01', NOW), inbound.firstSeen('Ev01', NOW), inbound.firstSeen('Ev01', NOW)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await inbound.firstSeen('Ev02', NOW)).toBe(true);
    });

    it('prunes ids older than a cut-off, after which an id counts as new again', async () => {
      const { inbound } = db.store();
      await inbound.firstSeen('old', new Date('2030-02-01T00:00:00Z'));
      await inbound.firstSeen('new', NOW);
      expect(await inbound.prune(new Date('2030-02-15T00:00:00Z'))).toBe(1);
      expect(await inbound.firstSeen('old', NOW)).toBe(true);
      expect(await inbound.firstSeen('new', NOW)).toBe(false);
    });
  });
});
