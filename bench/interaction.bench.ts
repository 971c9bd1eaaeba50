/**
 * Interaction acknowledgement benchmark: `npm run bench:interaction` (also
 * part of `npm run bench`). Issue #9: "interaction ack p99 ≤ 100 ms through
 * the fake Discord".
 *
 * Stores BENCH_NEARBY_EVENTS (default 100,000) events as bench/nearby.bench.ts
 * does (one in 40 titled "Python study group", so a search finds some),
 * starts the real service with the unmodified discord.js client against the
 * loopback fake Discord (test/fakes/discord), sets the channel's region to
 * Birmingham, 25 km, then sends BENCH_INTERACTIONS (default 500)
 * `/events nearby` through the fake gateway, one at a time, mixed with
 * `nearby 10km 14d python`, `mine` and `help`. Per interaction it takes the
 * fake's own time stamps: INTERACTION_CREATE dispatched → interaction
 * callback received (the ack Discord wants within 3 s: type 4 reply or
 * type 5 deferral), and → the final visible answer. The fake, the client and
 * the service share this process, as in the e2e tests. SQLite, then
 * PostgreSQL with BENCH_DATABASE_URL or TEST_DATABASE_URL. Figures only.
 */
import { cpus, loadavg } from 'node:os';
import { startService } from '../src/service/index.js';
import type { RunningService } from '../src/service/index.js';
import { openStore } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { createFakeDiscord } from '../test/fakes/discord/index.js';
import type { FakeDiscord, InteractionRecord, MemberSpec } from '../test/fakes/discord/index.js';
import { recordingLogger } from '../test/helpers/recording-logger.js';
import { forEachDatabase } from './lib/databases.js';
import { nearbyEvent, storeEvents, today } from './lib/events.js';
import { profiled } from './lib/profile.js';
import { percentiles } from './stats.js';

const N_EVENTS = Number(process.env.BENCH_NEARBY_EVENTS ?? 100_000);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 500);
const WARM_UP = 20;
const NOW = today();
const ADMIN: MemberSpec = { id: '740000000000000001', admin: true };
const member = (i: number): MemberSpec => ({ id: String(750000000000000000n + BigInt(i % 50)) });

interface Kind {
  name: string;
  path: string[];
  options: Record<string, string | number>;
  /** Text a right answer contains. */
  expect: string;
}

const NEARBY: Kind = { name: 'nearby', path: ['nearby'], options: {}, expect: 'within 25 km of Birmingham' };
const SEARCH: Kind = {
  name: 'nearby 10km 14d python',
  path: ['nearby'],
  options: { radius: 10, days: 14, query: 'python' },
  expect: 'matching “python” within 10 km',
};
const MINE: Kind = { name: 'mine', path: ['mine'], options: {}, expect: 'no upcoming RSVPs' };
const HELP: Kind = { name: 'help', path: ['help'], options: {}, expect: '/events nearby' };

/** Interaction `i` of the run: nearby, with every 25th also a search and every 50th also mine and help. */
function schedule(count: number): Kind[] {
  const kinds: Kind[] = [];
  for (let i = 0; i < count; i++) {
    kinds.push(NEARBY);
    if (i % 25 === 12) kinds.push(SEARCH);
    if (i % 50 === 24) kinds.push(MINE);
    if (i % 50 === 49) kinds.push(HELP);
  }
  return kinds;
}

interface Sample {
  kind: string;
  ackMs: number;
  answerMs: number;
  ackType: number;
  right: boolean;
}

async function seed(url: string): Promise<number> {
  await migrate(url);
  const store = await openStore(url);
  try {
    return await storeEvents(store, N_EVENTS, NOW, (i) =>
      nearbyEvent(i, NOW, (n) => (n % 40 === 7 ? `Python study group ${n}` : `Community evening ${n}`)),
    );
  } finally {
    await store.close();
  }
}

async function startBot(url: string, discord: FakeDiscord, logger: ReturnType<typeof recordingLogger>): Promise<RunningService> {
  const service = await startService({
    env: {
      DATABASE_URL: url,
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      CONSOLE_CHAT: 'off',
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guildId,
    },
    logger,
    console: false,
    schedules: false,
  });
  await discord.waitFor(() => discord.commands.length > 0, 30_000, 'the bot to register /events');
  return service;
}

async function send(discord: FakeDiscord, kind: Kind, who: MemberSpec): Promise<InteractionRecord> {
  const rec = discord.sendCommand(kind.path, kind.options, { member: who });
  await discord.waitFor(() => rec.answeredAt !== null, 15_000, `an answer to /events ${kind.name}`);
  return rec;
}

function sample(kind: Kind, rec: InteractionRecord, content: string): Sample {
  const ack = rec.callbacks[0]!;
  return {
    kind: kind.name,
    ackMs: ack.at - rec.sentAt,
    answerMs: rec.answeredAt! - rec.sentAt,
    ackType: ack.type,
    right: content.includes(kind.expect),
  };
}

function line(name: string, samples: Sample[]): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9);
  const row = (values: number[]) => {
    const p = percentiles(values);
    return `p50 ${ms(p.p50)} p95 ${ms(p.p95)} p99 ${ms(p.p99)} max ${ms(p.max)}`;
  };
  return [
    `  ${name.padEnd(24)} ×${String(samples.length).padStart(4)}  ack:    ${row(samples.map((s) => s.ackMs))}`,
    `  ${''.padEnd(30)}answer: ${row(samples.map((s) => s.answerMs))}`,
  ].join('\n');
}

function print(label: string, loadS: number, samples: Sample[], logger: ReturnType<typeof recordingLogger>): void {
  console.log(`\n${label}: ${N_EVENTS} events stored in ${loadS.toFixed(1)} s; ${samples.length} interactions, one at a time`);
  console.log(line('all', samples));
  for (const name of [...new Set(samples.map((s) => s.kind))]) {
    console.log(
      line(
        name,
        samples.filter((s) => s.kind === name),
      ),
    );
  }
  const deferred = samples.filter((s) => s.ackType === 5).length;
  const wrong = samples.filter((s) => !s.right).length;
  const problems = logger.entries.filter((e) => e.level === 'error' || e.level === 'warn').length;
  console.log(`  acks: ${samples.length - deferred} direct replies (type 4), ${deferred} deferrals (type 5)`);
  console.log(`  unexpected answers: ${wrong} · warnings/errors logged: ${problems}`);
  console.log(
    `  load average now ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} · RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`,
  );
}

async function run(label: string, url: string): Promise<void> {
  const loadS = await seed(url);
  const discord = await createFakeDiscord();
  const logger = recordingLogger();
  const service = await startBot(url, discord, logger).catch(async (error: unknown) => {
    await discord.close();
    throw error;
  });
  try {
    await send(discord, { ...NEARBY, name: 'region', path: ['region'], options: { place: 'Birmingham', radius: 25 } }, ADMIN);
    for (const [i, kind] of schedule(WARM_UP).entries()) await send(discord, kind, member(i));
    const samples: Sample[] = [];
    const cpu0 = process.cpuUsage();
    await profiled(`interaction-${label.split(' ')[0]!.toLowerCase()}`, async () => {
      for (const [i, kind] of schedule(INTERACTIONS).entries()) {
        const rec = await send(discord, kind, member(i));
        const answer = discord.answer(rec);
        samples.push(sample(kind, rec, [answer?.content ?? '', JSON.stringify(answer?.embeds ?? [])].join('\n')));
      }
    });
    const cpu = process.cpuUsage(cpu0);
    print(label, loadS, samples, logger);
    console.log(
      `  this process's CPU per interaction: ${((cpu.user + cpu.system) / 1000 / samples.length).toFixed(1)} ms (fake, client and service together)`,
    );
  } finally {
    await service.stop();
    await discord.close();
  }
}

console.log(
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)}`,
);
console.log(`Warm-up: ${WARM_UP} interactions (not counted) after /events region Birmingham 25 km`);
await forEachDatabase('interaction', run);
