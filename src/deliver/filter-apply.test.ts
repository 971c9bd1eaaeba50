import { describe, expect, it } from 'vitest';
import { normalisedEvent } from '../store/test-events.js';
import { forEachProvider } from '../../test/helpers/db.js';
import { RecordingChat } from '../../test/helpers/recording-chat.js';
import { recordingLogger } from '../../test/helpers/recording-logger.js';
import { Delivery } from './delivery.js';
import { runDigests } from './digest.js';

/** A Monday 09:30 UTC: the 09:00 Monday digest is due. */
const NOW = new Date('2030-03-11T09:30:00Z');
const KEY = { platform: 'test', workspaceId: 'W1', channelId: 'C1' };

forEachProvider((db) => {
  describe('a channel’s topic filter on auto-posts and digests', () => {
    async function setUp() {
      const store = db.store();
      const channel = await store.channels.getOrCreate(KEY);
      await store.channels.update(channel.id, {
        regionName: 'Birmingham',
        regionLat: 52.48,
        regionLon: -1.9,
        digestDay: 1,
        digestTime: '09:00',
      });
      const source = await store.sources.add('https://brum.example.org/events.ics', 'ical');
      await store.channels.subscribe(channel.id, source.id);
      const at = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
      await store.events.applySourceResults(
        source.id,
        [
          normalisedEvent({ sourceUid: 'py', url: 'https://brum.example.org/e/py', title: 'Python Brum', start: at(30), end: null }),
          normalisedEvent({
            sourceUid: 'coin',
            url: 'https://brum.example.org/e/coin',
            title: 'Crypto Night',
            description: 'Bitcoin talk',
            start: at(54),
            end: null,
          }),
          normalisedEvent({
            sourceUid: 'rs',
            url: 'https://brum.example.org/e/rs',
            title: 'Rust & Python',
            description: 'Crypto libraries',
            start: at(78),
            end: null,
          }),
        ],
        NOW,
      );
      await store.filters.set(channel.id, { include: ['python'], exclude: ['bitcoin', 'crypto'] });
      return store;
    }

    it('posts only events that pass the filter', async () => {
      const store = await setUp();
      const chat = new RecordingChat();
      const delivery = new Delivery(store, recordingLogger(), () => NOW);
      delivery.register(chat);
      await delivery.run();
      expect(chat.posts.map((p) => p.card.title)).toEqual(['Python Brum']);
    });

    it('lists only events that pass the filter in the digest', async () => {
      const store = await setUp();
      const chat = new RecordingChat();
      await runDigests(store, () => chat, NOW, recordingLogger());
      expect(chat.digests.flatMap((d) => d.page.days.flatMap((day) => day.items.map((i) => i.card.title)))).toEqual(['Python Brum']);
    });
  });
});
