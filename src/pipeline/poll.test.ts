import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Logger } from '../core/log.js';
import type { Store } from '../core/ports.js';
import { Fetcher } from '../fetch/index.js';
import { ingest, PageEvents } from '../ingest/index.js';
import { forEachProvider } from '../../test/helpers/db.js';
import { FeedServer, icsCalendar, VENUES } from '../../test/helpers/feed-server.js';
import { recordingLogger } from '../../test/helpers/recording-logger.js';
import { Poller } from './poll.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const DAY = 86_400_000;

const feeds = new FeedServer();
beforeAll(async () => {
  await feeds.start();
  feeds.set(
    '/good.ics',
    icsCalendar('Good', [{ uid: 'a', start: new Date(NOW.getTime() + 2 * DAY), summary: 'Hack night', ...VENUES.victoria }]),
  );
  feeds.fail('/broken.ics', 500);
  feeds.set('/not-a-feed', '<html><body>Hello</body></html>', 'text/html');
});
afterAll(() => feeds.close());

function poller(store: Store, owner = 'test-1', logger: Logger = recordingLogger()) {
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
  });
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

  it('leases each source to one instance when several poll the same database', async () => {
    const store = db.store();
    for (let i = 0; i < 6; i++) await store.sources.add(feeds.url(`/good.ics?copy=${i}`), 'auto');
    const [a, b] = await Promise.all([poller(store, 'one').runOnce(), poller(store, 'two').runOnce()]);
    expect(a.sources + b.sources).toBe(6);
    const ids = [...a.results, ...b.results].map((r) => r.sourceId);
    expect(new Set(ids).size).toBe(6);
  });
});
