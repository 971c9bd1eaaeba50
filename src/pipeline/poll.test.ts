import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Logger } from '../core/log.js';
import type { Store } from '../core/ports.js';
import { Fetcher } from '../fetch/index.js';
import { ingest, PageEvents } from '../ingest/index.js';
import { forEachProvider } from '../../test/helpers/db.js';
import { FeedServer, icsCalendar, VENUES } from '../../test/helpers/feed-server.js';
import { recordingLogger } from '../../test/helpers/recording-logger.js';
import { MAX_SOURCES } from './group-commit.js';
import { MAX_COMMIT_BACKLOG, Poller, type PollerOptions } from './poll.js';
import { locateAll } from '../ingest/locate.js';
import type { IngestResult } from '../ingest/index.js';
import { emptyParsedEvent } from '../sources/types.js';
import { startHttpServer, type LoopbackServer } from '../fetch/test-server.js';

const DAY = 86_400_000;
/** New sources are due from the real clock's "now" (the store stamps them), so the test clock runs a day ahead of it. */
const NOW = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + DAY);

const feeds = new FeedServer();
beforeAll(async () => {
  await feeds.start();
  feeds.set(
    '/good.ics',
    icsCalendar('Good', [{ uid: 'a', start: new Date(NOW.getTime() + 2 * DAY), summary: 'Hack night', ...VENUES.victoria }]),
  );
  feeds.fail('/broken.ics', 500);
  feeds.set('/not-a-feed', '<html><body>Hello</body></html>', 'text/html');
  limited = await startHttpServer((_req, res) => {
    res.writeHead(429, { 'retry-after': new Date(NOW.getTime() + 3 * 3_600_000).toUTCString() }).end('slow down');
  });
});
afterAll(async () => {
  await feeds.close();
  await limited.close();
});
let limited: LoopbackServer;

function poller(store: Store, owner = 'test-1', logger: Logger = recordingLogger(), over: Partial<PollerOptions> = {}) {
  const fetcher = new Fetcher({ allowPrivateNetwork: true, totalTimeoutMs: 5_000 });
  const deps = { fetcher, pages: new PageEvents(fetcher), horizonDays: 60, defaultTimezone: 'UTC' };
  return new Poller({
    store,
    logger,
    now: () => NOW,
    concurrency: 2,
    owner,
    pollIntervalMs: 10 * 60_000,
    ingest: (source, at) => ingest(source.url, deps, { now: at, conditional: source }),
    ...over,
  });
}

/** A promise and its resolve function. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const oneEvent = async (url: string, uid: string): Promise<IngestResult> => ({
  ok: true,
  notModified: false,
  feedUrl: url,
  kind: 'ical',
  title: null,
  events: (
    await locateAll(
      [emptyParsedEvent({ uid, title: 'Hack night', start: new Date(NOW.getTime() + 2 * DAY), locationText: VENUES.victoria.location })],
      {
        sourceUrl: url,
        defaultTimezone: 'UTC',
        tentativeMeansScheduled: false,
        feed: null,
        storedHome: null,
        regionHome: null,
        fromPage: new Set(),
      },
    )
  ).events,
  skipped: [],
  home: null,
  duplicates: 0,
  etag: null,
  lastModified: null,
  freshUntil: null,
});

/** `total` sources and a poller whose ingest reads each as one event, counting the sources it has read. */
async function countingPoller(store: Store, total: number, workers: number): Promise<{ p: Poller; read: () => number }> {
  for (let i = 0; i < total; i++) await store.sources.add(`https://club${i}.example/cal.ics`, 'auto');
  let read = 0;
  const p = poller(store, 'test-1', recordingLogger(), {
    concurrency: workers,
    ingest: async (source) => {
      read++;
      return oneEvent(source.url, `e-${source.id}`);
    },
  });
  return { p, read: () => read };
}

/**
 * Holds every commit of `store` until released: `gates[i].resolve()` releases
 * the i-th, `release()` all of them now and later; `restore()` undoes it.
 */
function gatedCommits(store: Store): { gates: ReturnType<typeof signal>[]; release: () => void; restore: () => void } {
  const gates: ReturnType<typeof signal>[] = [];
  let free = false;
  const events = store.events;
  const apply = events.applyPolled;
  events.applyPolled = async (sources) => {
    const gate = signal();
    gates.push(gate);
    if (!free) await gate.promise;
    return apply.call(events, sources);
  };
  const release = () => {
    free = true;
    for (const g of gates) g.resolve();
  };
  return {
    gates,
    release,
    restore: () => {
      release();
      events.applyPolled = apply;
    },
  };
}

/** Waits until no source has been read for 150 ms (reading one takes microseconds); returns how many were read. */
async function readSettled(read: () => number): Promise<number> {
  for (let before = -1; before !== read();) {
    before = read();
    await new Promise((r) => setTimeout(r, 150));
  }
  return read();
}

/** A cycle over `total` sources with every commit held (gatedCommits), once reading has settled: `stalled` sources read. */
async function stalledCycle(store: Store, total: number, workers: number) {
  const { p, read } = await countingPoller(store, total, workers);
  const commits = gatedCommits(store);
  const cycle = p.runOnce();
  return { cycle, read, commits, stalled: await readSettled(read) };
}

forEachProvider((db) => {
  it('polls every due source; one broken feed neither stops nor delays the others', async () => {
    const store = db.store();
    const good = await store.sources.add(feeds.url('/good.ics'), 'auto');
    const broken = await store.sources.add(feeds.url('/broken.ics'), 'auto');
    const page = await store.sources.add(feeds.url('/not-a-feed'), 'auto');
    const summary = await poller(store).runOnce();
    expect(summary).toMatchObject({ sources: 3, ok: 1, failed: 2, created: 1 });
    const byId = new Map(summary.results.map((r) => [r.sourceId, r]));
    expect(byId.get(good.id)).toMatchObject({ outcome: 'ok', events: 1, created: 1 });
    expect(byId.get(broken.id)).toMatchObject({ outcome: 'failed', message: 'HTTP 500 Internal Server Error' });
    expect(byId.get(page.id)?.message).toMatch(/web page without event data/);
  });

  it('takes every due source in one cycle, a page of leases at a time, and records unchanged (304) ones in a batch', async () => {
    const store = db.store();
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push((await store.sources.add(`https://club${i}.example/cal.ics`, 'auto')).id);
    const p = poller(store, 'test-1', recordingLogger(), { batch: 3, ingest: async (source) => oneEvent(source.url, `e-${source.id}`) });
    const first = await p.runOnce();
    // (the seven report the same hack night: one event, seven links)
    expect(first).toMatchObject({ sources: 7, ok: 7, created: 1 });
    expect(first.results.map((r) => r.sourceId).sort((a, b) => a - b)).toEqual(ids);
    expect(await p.runOnce()).toMatchObject({ sources: 0 });

    const later = poller(store, 'test-1', recordingLogger(), {
      batch: 3,
      now: () => new Date(NOW.getTime() + DAY),
      ingest: async () => ({ ok: true, notModified: true, freshUntil: null }),
    });
    expect(await later.runOnce()).toMatchObject({ sources: 7, notModified: 7 });
    for (const id of ids) expect((await store.sources.get(id))?.lastCheckedAt).toEqual(new Date(NOW.getTime() + DAY));
  });

  it('records health for admins: last success, failures in a row, last error and a backed-off next check', async () => {
    const store = db.store();
    const good = await store.sources.add(feeds.url('/good.ics'), 'auto');
    const broken = await store.sources.add(feeds.url('/broken.ics'), 'auto');
    await poller(store).runOnce();
    const ok = (await store.sources.get(good.id))!;
    expect(ok).toMatchObject({ failureCount: 0, lastError: null, title: 'Good' });
    expect(ok.lastSuccessAt?.toISOString()).toBe(NOW.toISOString());
    const failed = (await store.sources.get(broken.id))!;
    expect(failed).toMatchObject({ failureCount: 1, lastError: 'HTTP 500 Internal Server Error', lastSuccessAt: null });
    // First failure: about 15 minutes (12–15 with jitter), later than a healthy source's 10.
    const waitMin = (failed.nextCheckAt.getTime() - NOW.getTime()) / 60_000;
    expect(waitMin).toBeGreaterThanOrEqual(12);
    expect(waitMin).toBeLessThanOrEqual(15);
  });

  it('does not poll a source again before it is due, and never runs two cycles at once', async () => {
    const store = db.store();
    await store.sources.add(feeds.url('/good.ics'), 'auto');
    const p = poller(store);
    const [a, b] = await Promise.all([p.runOnce(), p.runOnce()]);
    expect(a).toBe(b);
    expect(a.sources).toBe(1);
    expect((await p.runOnce()).sources).toBe(0);
  });

  it("honours a 429's Retry-After in the next check, and doubles the wait after each failure in a row", async () => {
    const store = db.store();
    const source = await store.sources.add(limited.url('/feed.ics'), 'auto');
    const first = await poller(store).runOnce();
    expect(first.results[0]?.message).toMatch(/^HTTP 429 Too Many Requests; the server asks us to wait until /);
    const after429 = (await store.sources.get(source.id))!;
    expect(after429).toMatchObject({ failureCount: 1, nextCheckAt: new Date(NOW.getTime() + 3 * 3_600_000) });
    // A second failure in a row (a plain 500): 30 minutes, less up to 20 % jitter.
    const broken = await store.sources.add(feeds.url('/broken.ics'), 'auto');
    await poller(store).runOnce();
    const later = new Date(NOW.getTime() + DAY);
    await poller(store, 'test-1', recordingLogger(), { now: () => later }).runOnce();
    const twice = (await store.sources.get(broken.id))!;
    expect(twice.failureCount).toBe(2);
    const waitMin = (twice.nextCheckAt.getTime() - later.getTime()) / 60_000;
    expect(waitMin).toBeGreaterThanOrEqual(24);
    expect(waitMin).toBeLessThanOrEqual(30);
  });

  it('keeps polling the other sources while one source is slow', async () => {
    const store = db.store();
    const slow = await store.sources.add('https://slow.example/feed.ics', 'auto');
    const quick = [1, 2, 3].map((i) => `https://quick${i}.example/feed.ics`);
    for (const url of quick) await store.sources.add(url, 'auto');
    const quickDone = signal();
    let stored = 0;
    const p = poller(store, 'test-1', recordingLogger(), {
      ingest: async (source) => {
        // The slow source answers only once every quick source has been stored.
        if (source.id === slow.id) await quickDone.promise;
        return oneEvent(source.url, source.url);
      },
    });
    const events = store.events;
    const apply = events.applyPolled.bind(events);
    events.applyPolled = async (sources) => {
      const out = await apply(sources);
      stored += sources.filter((s) => s.sourceId !== slow.id).length;
      if (stored === quick.length) quickDone.resolve();
      return out;
    };
    const summary = await p.runOnce();
    expect(summary).toMatchObject({ sources: 4, ok: 4, failed: 0 });
  });

  it('commits one transaction at a time, so two sources reporting one new event in one cycle store it once', async () => {
    const store = db.store();
    const a = await store.sources.add('https://a.example/feed.ics', 'auto');
    const b = await store.sources.add('https://b.example/feed.ics', 'auto');
    const both = signal();
    let ingested = 0;
    const p = poller(store, 'test-1', recordingLogger(), {
      ingest: async (source) => {
        // Both sources finish fetching at the same moment.
        if (++ingested === 2) both.resolve();
        await both.promise;
        return oneEvent(source.url, `uid-${source.id}`);
      },
    });
    let inFlight = 0;
    let most = 0;
    const events = store.events;
    const apply = events.applyPolled.bind(events);
    events.applyPolled = async (sources) => {
      most = Math.max(most, ++inFlight);
      try {
        return await apply(sources);
      } finally {
        inFlight--;
      }
    };
    expect(await p.runOnce()).toMatchObject({ ok: 2, created: 1, updated: 0 });
    expect(most).toBe(1);
    const stored = await events.forSources([a.id, b.id], NOW, new Date(NOW.getTime() + 7 * DAY));
    expect(stored).toHaveLength(1);
  });

  it('stops reading feeds while commits fall behind, so a cycle never holds more than a bounded backlog of polled sources', async () => {
    const store = db.store();
    const total = MAX_COMMIT_BACKLOG * 3;
    const workers = 4;
    // The database stalls: no commit finishes until released.
    const { cycle, read, commits, stalled } = await stalledCycle(store, total, workers);
    try {
      // Read ahead of the stalled commits, but only as far as the backlog, one group in its commit and one source per worker.
      expect(stalled).toBeGreaterThanOrEqual(MAX_COMMIT_BACKLOG);
      expect(stalled).toBeLessThanOrEqual(MAX_COMMIT_BACKLOG + MAX_SOURCES + workers);
      commits.release();
      expect(await cycle).toMatchObject({ sources: total, ok: total, failed: 0 });
      expect(read()).toBe(total);
    } finally {
      commits.restore();
    }
  });

  it("goes back to reading feeds as soon as the stalled backlog has room, not when each worker's own commit ends", async () => {
    const store = db.store();
    const total = MAX_COMMIT_BACKLOG * 4;
    const workers = 4;
    const { cycle, read, commits, stalled } = await stalledCycle(store, total, workers);
    const { gates } = commits;
    try {
      expect(gates).toHaveLength(1);
      // One commit ends; the next group goes into a commit that stays stalled, which empties the backlog.
      gates[0]!.resolve();
      const resumed = await readSettled(read);
      expect(gates).toHaveLength(2);
      expect(resumed).toBeGreaterThanOrEqual(stalled + MAX_COMMIT_BACKLOG - workers);
      commits.release();
      expect(await cycle).toMatchObject({ sources: total, ok: total, failed: 0 });
    } finally {
      commits.restore();
    }
  });

  it('leases each source to one instance when several poll the same database', async () => {
    const store = db.store();
    for (let i = 0; i < 6; i++) await store.sources.add(feeds.url(`/good.ics?copy=${i}`), 'auto');
    const [a, b] = await Promise.all([poller(store, 'one').runOnce(), poller(store, 'two').runOnce()]);
    expect(a.sources + b.sources).toBe(6);
    const ids = [...a.results, ...b.results].map((r) => r.sourceId);
    expect(new Set(ids).size).toBe(6);
  });
});
