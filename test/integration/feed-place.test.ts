import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext, Reply } from '../../src/core/chat.js';
import { startService, type RunningService } from '../../src/service/index.js';
import { renderReply, plain } from '../../src/chat/console/render.js';
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../helpers/db.js';
import { FeedServer, icsCalendar, VENUES } from '../helpers/feed-server.js';
import { RecordingChat } from '../helpers/recording-chat.js';

/**
 * `/events feed place` through the real service and database: a pub's own
 * agenda names no place on its quiz and gigs. Two communities follow it; the
 * one that says where they are gets them posted, the other is not changed.
 */
const DAY = 86_400_000;
const T0 = new Date('2026-11-30T10:00:00Z');
const text = (r: Reply) => renderReply(r, plain, T0);

forEachDatabase((provider) => {
  let database: TestDatabase;
  let feeds: FeedServer;
  let service: RunningService;
  let chat: RecordingChat;

  const ctx = (community: 'w1' | 'w2', over: Partial<CommandContext> = {}): CommandContext => ({
    platform: 'test',
    workspaceId: community,
    channelId: `${community}-events`,
    userId: 'admin',
    isAdmin: true,
    now: T0,
    ...over,
  });
  const run = async (community: 'w1' | 'w2', t: string, over?: Partial<CommandContext>) =>
    text(await service.core.runText(ctx(community, over), t));
  const postedIn = (community: string) =>
    chat.posts
      .filter((p) => p.channel.workspaceId === community)
      .map((p) => p.card.title)
      .sort();
  const cycle = async () => {
    await service.pollOnce();
    await service.deliverNow();
  };

  beforeAll(async () => {
    feeds = await new FeedServer().start();
    const at = (days: number) => new Date(T0.getTime() + days * DAY + 9 * 3_600_000);
    feeds.set(
      '/lamp.ics',
      icsCalendar('What’s on', [
        { uid: 'quiz', start: at(2), summary: 'Pub quiz', location: '' },
        { uid: 'gig', start: at(3), summary: 'Folk night', location: '' },
        { uid: 'talk', start: at(4), summary: 'Tech talk', ...VENUES.victoria },
      ]),
    );
  });
  afterAll(() => feeds.close());

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    chat = new RecordingChat();
    const env = { DATABASE_URL: database.url, HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'silent' };
    service = await startService({
      env: { ...env, ALLOW_PRIVATE_NETWORK_FEEDS: 'true', CONSOLE_CHAT: 'off' },
      now: () => T0,
      schedules: false,
      adapters: [chat],
    });
  });
  afterEach(async () => {
    await service.stop();
    await database.drop();
  });

  async function follow(community: 'w1' | 'w2') {
    await run(community, 'region Birmingham, UK 25km');
    return run(community, `feed add ${feeds.url('/lamp.ics')}`);
  }

  describe('/events feed place', () => {
    it('says on feed add that events naming no place are held back, and how to place them', async () => {
      const added = await follow('w1');
      expect(added).toContain('1 in person within 25 km');
      expect(added).toContain('2 upcoming events say nothing about where they are, so they are not posted.');
      expect(added).toContain('/events feed place 1 <venue, town>');
    });

    it('posts the events that name no place at the set place, in that community only', async () => {
      await follow('w1');
      await follow('w2');
      await cycle();
      expect(postedIn('w1')).toEqual(['Tech talk']);

      const set = await run('w1', 'feed place 1 The Lamp Tavern, Birmingham');
      expect(set).toContain('Events from #2 that name no place now count as in person at The Lamp Tavern, Birmingham, England, GB');
      expect(set).toContain('Other channels follow #1 as it was, so this channel now follows that feed as #2.');
      await cycle();
      expect(postedIn('w1')).toEqual(['Folk night', 'Pub quiz', 'Tech talk']);
      expect(chat.posts.find((p) => p.card.title === 'Pub quiz')!.card).toMatchObject({
        venue: 'The Lamp Tavern',
        attendance: 'in_person',
      });
      expect(postedIn('w2')).toEqual(['Tech talk']);
      expect(await run('w1', 'feed list')).toContain('events that name no place are at The Lamp Tavern, Birmingham, England, GB');
      expect(await run('w2', 'feed list')).not.toContain('The Lamp Tavern');
    });

    // Sweep t6: "University Center" for a Saginaw channel was University Center, Virginia, and nothing said so.
    it('says when the place is far from the channel’s region, and not when it is near', async () => {
      await follow('w1');
      const far = await run('w1', 'feed place 1 The Lamp, Ullapool');
      expect(far).toMatch(/⚠️ Ullapool, Scotland, GB is \d+ km from your region — add the state or country if you meant another\./);
      expect(await run('w1', 'feed place 1 The Lamp Tavern, Birmingham')).not.toContain('from your region');
    });

    // Sweep t18: a place set as coordinates ("a town, neighbourhood, UK postcode or lat,lon") posted nothing.
    it.each([
      ['52.47,-1.89', null],
      ['The Lamp Tavern, 52.47,-1.89', 'The Lamp Tavern'],
    ])('posts the events that name no place at a place set as coordinates (%s), in the town nearest them', async (place, venue) => {
      await follow('w1');
      expect(await run('w1', `feed place 1 ${place}`)).toContain('Events from #1 that name no place now count as in person at');
      await cycle();
      expect(postedIn('w1')).toEqual(['Folk night', 'Pub quiz', 'Tech talk']);
      const card = chat.posts.find((p) => p.card.title === 'Pub quiz')!.card;
      expect(card).toMatchObject({ venue, attendance: 'in_person', timezone: 'Europe/London' });
      expect(card.address).toContain('52.47, -1.89 (near Birmingham');
      expect(card.mapUrl).toContain('mlat=52.47&mlon=-1.89');
    });

    // Sweep t21: a region and a place written as continental Europe writes them, the postcode with the town, were refused.
    it('reads a region and a place written with a postcode before the town', async () => {
      expect(await run('w1', 'region 9000 Gent 25km')).toContain(
        'This channel now gets events near Gent, Belgium — 25 km, Europe/Brussels',
      );
      await run('w1', `feed add ${feeds.url('/lamp.ics')}`);
      const set = await run('w1', 'feed place 1 Hackerspace Gent, Wiedauwkaai 51, 9000 Gent');
      expect(set).toContain('Events from #1 that name no place now count as in person at Hackerspace Gent, Gent, Belgium');
      expect(set).not.toContain('from your region');
      await cycle();
      expect(postedIn('w1')).toEqual(['Folk night', 'Pub quiz']);
      expect(chat.posts.find((p) => p.card.title === 'Pub quiz')!.card).toMatchObject({
        venue: 'Hackerspace Gent',
        attendance: 'in_person',
        timezone: 'Europe/Brussels',
      });
      expect(await run('w1', 'feed place 1 Hackerspace, Wiedauwkaai 51, 9000 Xyzzyville')).toContain(
        "I couldn't find 'Xyzzyville'. Try the town alone, without its postcode",
      );
    });

    it('changes the feed in place when no other channel follows it, and clears it again', async () => {
      await follow('w1');
      const set = await run('w1', 'feed place 1 The Lamp Tavern, Birmingham');
      expect(set).toContain('Events from #1 that name no place');
      expect(set).not.toContain('now follows');
      expect(await run('w1', 'feed place 1 The Lamp Tavern, Birmingham')).toContain('Feed #1 is already at The Lamp Tavern');
      await cycle();
      expect(postedIn('w1')).toEqual(['Folk night', 'Pub quiz', 'Tech talk']);
      expect(await run('w1', 'feed place 1 clear')).toContain('Cleared the place of #1');
      expect(await run('w1', 'feed list')).not.toContain('The Lamp Tavern');
    });

    it('goes back to the shared feed when cleared, and the placed copy no one follows is removed', async () => {
      await follow('w1');
      await follow('w2');
      await run('w1', 'feed place 1 The Lamp Tavern, Birmingham');
      expect(await run('w1', 'feed place 2 clear')).toContain('this channel now follows that feed as #1');
      expect(await run('w1', 'feed list')).toContain('#1');
      expect(await service.store.sources.get(2)).toBeNull();
    });

    it('refuses people who are not admins, feeds the channel does not follow, and places it cannot find', async () => {
      await follow('w1');
      expect(await run('w1', 'feed place 1 The Lamp Tavern, Birmingham', { userId: 'u9', isAdmin: false })).toMatch(/admin/i);
      expect(await run('w1', 'feed place 7 The Lamp Tavern, Birmingham')).toContain("This channel doesn't follow feed #7");
      expect(await run('w1', 'feed place 1 The Lamp Tavern, Nowheresville')).toMatch(/Nowheresville.*venue and its town/);
      expect(await run('w1', 'feed place 1 clear')).toContain('Feed #1 has no place set.');
    });
  });
});
