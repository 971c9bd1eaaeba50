import { CAPTURED_DIR, describeCaptured } from '../helpers/captured.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Fetcher } from '../../src/fetch/index.js';
import { ingest, PageEvents } from '../../src/ingest/index.js';
import { forEachProvider } from '../helpers/db.js';
import { FeedServer } from '../helpers/feed-server.js';

/**
 * One event reported by several real sources is stored once, with a
 * provenance link per source: the Forge Utah network page lists "Intro To
 * Convolutional Neural Networks", and the event's own page describes it too.
 */
const DIR = CAPTURED_DIR;
const NETWORK = 'meetup-pro-network-page-jsonld-forge-utah.html';
const EVENT_PAGE = 'meetup-event-page-jsonld-ml-utah-intro-to-cnn.html';
const PLACEHOLDER = 'meetup-event-page-jsonld-women-who-go-utah-placeholder.html';
const NOW = new Date('2021-04-20T00:00:00Z');

const feeds = new FeedServer();
const fetcher = new Fetcher({ allowPrivateNetwork: true });
const deps = { fetcher, pages: new PageEvents(fetcher), horizonDays: 60, defaultTimezone: 'UTC' };

describeCaptured('one event reported by several real sources', () => {
  beforeAll(async () => {
    await feeds.start();
    for (const f of [NETWORK, EVENT_PAGE, PLACEHOLDER]) feeds.set(`/${f}`, readFileSync(DIR + f, 'utf8'), 'text/html');
  });
  afterAll(() => feeds.close());

  async function events(file: string) {
    const r = await ingest(feeds.url(`/${file}`), deps, { now: NOW });
    if (!r.ok || r.notModified) throw new Error(`could not ingest ${file}`);
    return r.events;
  }

  forEachProvider((db) => {
    it('stores the network page and the event page as one event with two provenance links', async () => {
      const store = db.store();
      const network = await store.sources.add(feeds.url(`/${NETWORK}`), 'jsonld');
      const page = await store.sources.add(feeds.url(`/${EVENT_PAGE}`), 'jsonld');
      const first = await store.events.applySourceResults(network.id, await events(NETWORK), NOW);
      expect(first.created).toHaveLength(5);
      const second = await store.events.applySourceResults(page.id, await events(EVENT_PAGE), NOW);
      expect(second.created).toEqual([]);
      const all = await store.events.forSources([network.id, page.id], NOW, new Date('2021-06-01T00:00:00Z'));
      expect(all).toHaveLength(5);
      const cnn = all.find((e) => e.title === 'Intro To Convolutional Neural Networks')!;
      expect(cnn.url).toBe('https://www.meetup.com/machine-learning-utah/events/tmnwdsyccgblc/');
      expect((await store.events.provenance(cnn.id)).map((p) => p.sourceId).sort()).toEqual([network.id, page.id].sort());
    });

    it('matches a renamed placeholder to the same Meetup event id', async () => {
      const store = db.store();
      const network = await store.sources.add(feeds.url(`/${NETWORK}`), 'jsonld');
      const placeholder = await store.sources.add(feeds.url(`/${PLACEHOLDER}`), 'jsonld');
      await store.events.applySourceResults(network.id, await events(NETWORK), NOW);
      const again = await store.events.applySourceResults(placeholder.id, await events(PLACEHOLDER), NOW);
      expect(again.created).toEqual([]);
    });

    it('does not touch events that drop out of a feed', async () => {
      const store = db.store();
      const network = await store.sources.add(feeds.url(`/${NETWORK}`), 'jsonld');
      const all = await events(NETWORK);
      await store.events.applySourceResults(network.id, all, NOW);
      const summary = await store.events.applySourceResults(network.id, all.slice(0, 2), NOW);
      expect(summary).toEqual({ created: [], updated: [], unchanged: 2 });
      const stored = await store.events.forSources([network.id], NOW, new Date('2021-06-01T00:00:00Z'));
      expect(stored.map((e) => e.status)).toEqual(['scheduled', 'scheduled', 'scheduled', 'scheduled', 'scheduled']);
    });
  });
});
