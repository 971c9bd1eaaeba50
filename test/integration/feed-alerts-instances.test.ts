import { afterEach, expect, it } from 'vitest';
import type { DeliveryResult, Line } from '../../src/core/chat.js';
import type { ChannelKey } from '../../src/core/ports.js';
import { startService, type RunningService } from '../../src/service/index.js';
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../helpers/db.js';
import { FeedServer, icsCalendar, pubEvent } from '../helpers/feed-server.js';
import { RecordingChat } from '../helpers/recording-chat.js';
import { recordingLogger } from '../helpers/recording-logger.js';

/**
 * Dead-feed alerts with two instances of the service on one database, both
 * polling and delivering at the same moments: the channel is told once that
 * its feed failed, and once that it recovered (issue #10 §6).
 */
class NoticeChat extends RecordingChat {
  /** Notices of every instance, in the order they were sent (shared by the instances' chats). */
  constructor(private readonly told: { channel: ChannelKey; text: string }[]) {
    super();
  }
  async postNotice(channel: ChannelKey, lines: Line[]): Promise<DeliveryResult> {
    const text = lines.map((l) => l.map((p) => (typeof p === 'string' ? p : 'bold' in p ? p.bold : '')).join('')).join('\n');
    this.told.push({ channel, text });
    return { ok: true, messageId: `n${this.told.length}` };
  }
}

const DAY = 86_400_000;

forEachDatabase((provider) => {
  let database: TestDatabase | undefined;
  let services: RunningService[] = [];
  let feeds: FeedServer | undefined;
  afterEach(async () => {
    for (const s of services) await s.stop();
    services = [];
    await feeds?.close();
    await database?.drop();
  });

  it('two instances: one failing-feed alert and one recovery in the channel', async () => {
    database = await createTestDatabase(provider);
    feeds = await new FeedServer().start();
    const clock = { now: new Date() };
    const told: { channel: ChannelKey; text: string }[] = [];
    const chats = [new NoticeChat(told), new NoticeChat(told)];
    const env = {
      DATABASE_URL: database.url,
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      CONSOLE_CHAT: 'off',
      ALLOW_PRIVATE_NETWORK_FEEDS: 'true',
    };
    for (const [i, chat] of chats.entries()) {
      const service = await startService({
        env: { ...env, INSTANCE_ID: `instance-${i}` },
        logger: recordingLogger(),
        schedules: false,
        now: () => clock.now,
        adapters: [chat],
      });
      services.push(service);
    }
    const [a, b] = services as [RunningService, RunningService];
    const start = new Date(clock.now.getTime() + 3 * DAY);
    const url = feeds.set('/brum.ics', icsCalendar('Brum Tech', [pubEvent({ uid: 'talk', summary: 'Talk night', start })]));
    const channel = await a.store.channels.getOrCreate({ platform: 'test', workspaceId: 'W1', channelId: 'C1' });
    await a.store.channels.update(channel.id, { regionName: 'Birmingham', regionLat: 52.48, regionLon: -1.9 });
    const source = await a.store.sources.add(url, 'auto', clock.now);
    await a.store.channels.subscribe(channel.id, source.id);
    const round = async () => {
      clock.now = new Date(clock.now.getTime() + DAY);
      await Promise.all([a.pollOnce(), b.pollOnce()]);
      await Promise.all([a.deliverNow(), b.deliverNow(), a.deliverNow(), b.deliverNow()]);
    };
    await round();
    expect(chats.flatMap((c) => c.posts.map((p) => p.card.title))).toEqual(['Talk night']);

    feeds.fail('/brum.ics', 404);
    for (let i = 0; i < 7; i++) await round();
    const notices = () => told.map((n) => n.text);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]).toMatch(/^⚠️ Feed #\d+ Brum Tech \(.*\) has failed \d+ checks in a row: HTTP 404 Not Found\./);
    expect((await a.store.sources.get(source.id))!.failureCount).toBeGreaterThanOrEqual(5);

    feeds.set('/brum.ics', icsCalendar('Brum Tech', [pubEvent({ uid: 'talk', summary: 'Talk night', start })]));
    for (let i = 0; i < 3; i++) await round();
    expect(notices()).toHaveLength(2);
    expect(notices()[1]).toMatch(/is working again/);
  });
});
