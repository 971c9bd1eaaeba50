import { describe, expect, it } from 'vitest';
import type { ChatPort, DeliveryResult, Line } from '../core/chat.js';
import type { ChannelKey, Store } from '../core/ports.js';
import { httpStatusMessage, timeoutMessage, tooLargeMessage } from '../fetch/describe.js';
import { openStore } from '../store/db.js';
import { normalisedEvent } from '../store/test-events.js';
import { forEachProvider } from '../../test/helpers/db.js';
import { recordingLogger } from '../../test/helpers/recording-logger.js';
import { checkFeedHealth } from './feed-health.js';
import { fixFor } from './feed-words.js';

const DAY = 86_400_000;
const OPTS = { failures: 5, quietDays: 30 };
const KEY = { platform: 'test', workspaceId: 'W1', channelId: 'C1' };

/** A chat port that records notices as plain text; `fail` makes the next sends fail. */
function noticePort() {
  const notices: { channel: ChannelKey; text: string }[] = [];
  const port = {
    platform: 'test',
    fail: 0,
    notices,
    postEvent: async (): Promise<DeliveryResult> => ({ ok: true, messageId: 'e' }),
    editEvent: async (): Promise<DeliveryResult> => ({ ok: true, messageId: 'e' }),
    postDigest: async (): Promise<DeliveryResult> => ({ ok: true, messageId: 'd' }),
    async postNotice(channel: ChannelKey, lines: Line[]): Promise<DeliveryResult> {
      if (port.fail > 0) {
        port.fail--;
        return { ok: false, message: 'Missing Access', retryable: false };
      }
      const text = lines.map((l) => l.map((p) => (typeof p === 'string' ? p : 'bold' in p ? p.bold : '')).join('')).join('\n');
      notices.push({ channel, text });
      return { ok: true, messageId: `n${notices.length}` };
    },
  };
  return port satisfies ChatPort;
}

async function setUp(store: Store) {
  const channel = await store.channels.getOrCreate(KEY);
  const source = await store.sources.add('https://brum.example.org/events.ics', 'ical');
  await store.channels.subscribe(channel.id, source.id);
  return { channel, source };
}

const fail = (store: Store, id: number, times: number, at: Date) =>
  (async () => {
    for (let i = 0; i < times; i++)
      await store.sources.recordFailure(id, { error: httpStatusMessage(404), nextCheckAt: at, at: new Date(at.getTime() + i) });
  })();

forEachProvider((db) => {
  describe('dead-feed alerts', () => {
    const check = (store: Store, port: ChatPort, now: Date) => checkFeedHealth(store, () => port, now, OPTS, recordingLogger());

    it('after N failed polls in a row: one alert in the channel across two instances, then one recovery', async () => {
      const store = db.store();
      const other = await openStore(db.database().url);
      try {
        const { source } = await setUp(store);
        const [a, b] = [noticePort(), noticePort()];
        const now = new Date();
        await fail(store, source.id, 4, now);
        await Promise.all([check(store, a, now), check(other, b, now)]);
        expect([...a.notices, ...b.notices]).toEqual([]);
        await fail(store, source.id, 1, now);
        await Promise.all([check(store, a, now), check(other, b, now), check(store, a, now)]);
        const alerts = [...a.notices, ...b.notices];
        expect(alerts).toHaveLength(1);
        expect(alerts[0]!.channel).toEqual(KEY);
        expect(alerts[0]!.text).toContain(
          `⚠️ Feed #${source.id} https://brum.example.org/events.ics has failed 5 checks in a row: HTTP 404 Not Found.`,
        );
        expect(alerts[0]!.text).toContain('Fix: The feed is gone from that address');
        expect(alerts[0]!.text).toContain(`/events feed remove ${source.id}`);
        expect(alerts[0]!.text).not.toMatch(/@everyone|@here|<!/);
        await fail(store, source.id, 3, now); // still failing: no second alert
        await check(store, a, now);
        expect(a.notices.length + b.notices.length).toBe(1);

        await store.sources.recordSuccess(source.id, { etag: null, lastModified: null, nextCheckAt: now, at: now });
        await Promise.all([check(store, a, now), check(other, b, now)]);
        const recoveries = [...a.notices, ...b.notices].filter((n) => n.text.includes('working again'));
        expect(recoveries).toHaveLength(1);
        await check(store, a, now);
        expect(a.notices.length + b.notices.length).toBe(2);

        await fail(store, source.id, 5, now); // a new episode: alerted again
        await check(other, b, now);
        expect([...a.notices, ...b.notices].filter((n) => n.text.includes('has failed 5 checks'))).toHaveLength(2);
      } finally {
        await other.close();
      }
    });

    it('an alert that could not be sent is tried again on the next run', async () => {
      const store = db.store();
      const { source } = await setUp(store);
      const port = noticePort();
      const now = new Date();
      await fail(store, source.id, 5, now);
      port.fail = 1;
      await check(store, port, now);
      expect(port.notices).toHaveLength(0);
      await check(store, port, now);
      expect(port.notices).toHaveLength(1);
    });

    it('a channel that unfollows and follows a failing feed again is told again (and never told of a “recovery” it did not see)', async () => {
      const store = db.store();
      const { channel, source } = await setUp(store);
      const port = noticePort();
      const now = new Date();
      await fail(store, source.id, 5, now);
      await check(store, port, now);
      await store.channels.unsubscribe(channel.id, source.id);
      await store.channels.subscribe(channel.id, source.id);
      await check(store, port, now);
      expect(port.notices).toHaveLength(2);
      for (const n of port.notices) expect(n.text).toMatch(/^⚠️ Feed #\d+ \S+ has failed 5 checks in a row/);
    });

    it('30 days with no events from a feed that still answers: one alert; events again: one recovery', async () => {
      const store = db.store();
      const { source } = await setUp(store);
      const port = noticePort();
      const now = new Date(Date.now() + 31 * DAY);
      await store.sources.recordSuccess(source.id, { etag: null, lastModified: null, nextCheckAt: now, at: now });
      await check(store, port, new Date(Date.now() + 29 * DAY)); // followed for less than 30 days
      expect(port.notices).toHaveLength(0);
      await check(store, port, now);
      await check(store, port, now);
      expect(port.notices.map((n) => n.text.split('\n')[0])).toEqual([
        `💤 Feed #${source.id} https://brum.example.org/events.ics has had no events for 30 days, though it still answers.`,
      ]);
      await store.events.applySourceResults(source.id, [normalisedEvent({ start: new Date(now.getTime() + 7 * DAY), end: null })], now);
      await check(store, port, now);
      expect(port.notices.at(-1)!.text).toBe(`✅ Feed #${source.id} https://brum.example.org/events.ics has events again.`);
    });
  });
});

describe('the fix for each kind of feed error', () => {
  it.each([
    [httpStatusMessage(404), /gone from that address/],
    [httpStatusMessage(410), /gone from that address/],
    [httpStatusMessage(403), /refuses to share the feed/],
    [httpStatusMessage(503), /server error/],
    [timeoutMessage(30_000), /down or unreachable/],
    ['connection refused by example.org', /down or unreachable/],
    ['could not resolve example.org (ENOTFOUND)', /name no longer exists/],
    [tooLargeMessage(5 * 1024 * 1024), /too big to read/],
    ['no events, calendar or feed found on this page', /no longer serves a calendar or feed/],
  ])('%s', (error, fix) => {
    expect(fixFor(error)).toMatch(fix);
  });
});
