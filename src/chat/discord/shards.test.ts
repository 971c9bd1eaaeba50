import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../../core/chat.js';
import type { Store } from '../../core/ports.js';
import { openStore } from '../../store/db.js';
import { migrate } from '../../store/migrate.js';
import { eventCard, startAdapter } from '../../../test/fakes/discord/harness.js';
import { createFakeDiscord, type FakeDiscord } from '../../../test/fakes/discord/index.js';
import { createRecordingCore, recordingLogger } from '../../../test/fakes/discord/recording-core.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js';
import { createDiscordAdapter } from './index.js';

/**
 * Gateway shards: which shards an adapter connects (one discord.js client
 * per shard, `shards: [id]`, `shardCount`), shared with other instances
 * through the database's shard leases, against the fake Discord that routes
 * each guild's events to the owning shard only.
 */
const shardsOf = (fake: FakeDiscord) => fake.gateway.identifiedShards().sort();

async function waitUntil(probe: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('without shard leases (a sole instance)', () => {
  it('connects every shard Discord recommends (GET /gateway/bot)', async () => {
    const h = await startAdapter({ fake: { shards: 3, guilds: 3 } });
    try {
      expect(h.started).toEqual({ ok: true });
      expect(shardsOf(h.fake)).toEqual([
        [0, 3],
        [1, 3],
        [2, 3],
      ]);
    } finally {
      await h.stop();
    }
  });

  it('DISCORD_SHARD_COUNT overrides the recommendation', async () => {
    const h = await startAdapter({ fake: { shards: 1, guilds: 2 }, settings: { shardCount: 2 } });
    try {
      expect(shardsOf(h.fake)).toEqual([
        [0, 2],
        [1, 2],
      ]);
      // each guild's reaction reaches exactly one session
      for (const guildId of h.fake.guildIds) {
        const channelId = h.fake.state.channelsOf(guildId)[0]!;
        expect(h.fake.sendReactionAdd({ messageId: '1', userId: '730000000000000002', emoji: '✅', channelId })).toBe(1);
      }
    } finally {
      await h.stop();
    }
  });
});

describe('with shard leases in the database', () => {
  let fake: FakeDiscord;
  let database: TestDatabase;
  let store: Store;
  const adapters: ChatAdapter[] = [];

  const adapter = async (owner: string, instances: number) => {
    const a = createDiscordAdapter({
      config: { token: fake.token, apiUrl: fake.apiUrl, guildId: fake.guildId },
      core: createRecordingCore().core,
      logger: recordingLogger(),
      mountHttp: () => undefined,
      shards: { repo: store.shards, owner, instances, leaseMs: 2_000 },
    });
    adapters.push(a);
    expect(await a.start()).toEqual({ ok: true });
    return a;
  };
  const owners = async () => (await store.shards.list()).map((l) => l.owner);

  beforeEach(async () => {
    fake = await createFakeDiscord({ guilds: 2, shards: 2 });
    database = await createTestDatabase('sqlite');
    await migrate(database.url);
    store = await openStore(database.url);
  });
  afterEach(async () => {
    for (const a of adapters.splice(0)) await a.stop();
    await store.close();
    await fake.close();
    await database.drop();
  });

  it('two instances split the shards; when one stops, the other takes its shard over after a lease', async () => {
    await adapter('a', 2);
    const b = await adapter('b', 2);
    expect(await owners()).toEqual(['a', 'b']);
    expect(shardsOf(fake)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await b.stop();
    expect(await owners()).toEqual(['a', null]); // released at stop
    expect(shardsOf(fake)).toEqual([[0, 2]]);
    // Free for a whole lease (2 s here): a heartbeat of a (every 667 ms) connects it.
    await waitUntil(async () => (await owners()).join() === 'a,a' && shardsOf(fake).length === 2);
    expect(shardsOf(fake)).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('an instance with no free shard connects none but still posts; it takes shards that become free', async () => {
    const a = await adapter('a', 1);
    const c = await adapter('c', 1);
    expect(await owners()).toEqual(['a', 'a']);
    expect(fake.gateway.identifiedShards()).toHaveLength(2);
    const sent = await c.postEvent({ platform: 'discord', workspaceId: fake.guildId, channelId: fake.channelId }, eventCard());
    expect(sent.ok).toBe(true);
    expect(fake.messages).toHaveLength(1);
    await a.stop();
    await waitUntil(async () => (await owners()).join() === 'c,c' && shardsOf(fake).length === 2);
  });
});
