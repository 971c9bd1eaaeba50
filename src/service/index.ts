import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import { loadConfig, type Config } from '../config/index.js';
import type { AdapterDeps, ChatAdapter, ChatCoreApi, CommandDeps } from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { Store } from '../core/ports.js';
import { createChatCore } from '../chat/core.js';
import { Delivery } from '../deliver/delivery.js';
import { Reminders, watchRsvps, type TickSummary } from '../deliver/reminders.js';
import { Fetcher } from '../fetch/index.js';
import { startHttp } from '../http/server.js';
import { calendarHandler } from '../http/ical.js';
import { ingest, PageEvents, type IngestDeps } from '../ingest/index.js';
import { previewForChannel } from '../ingest/preview.js';
import { LEASE_MS, Poller, type PollSummary } from '../pipeline/poll.js';
import { migrate } from '../store/migrate.js';
import { openStore } from '../store/db.js';
import { createAdapters, type ConsoleStreams } from './adapters.js';
import { createLogger } from './log.js';
import { ServiceMetrics } from './metrics.js';
import { shutdown } from './shutdown.js';
import { DAY_MS } from '../core/time.js';

/** A start-up problem a person can fix; its message is one line, printed without a stack trace. */
export class StartupError extends Error {}

export interface ServiceOptions {
  env: Record<string, string | undefined>;
  now?: () => Date;
  logger?: Logger;
  /**
   * Run the console chat (default: when no platform token is configured and
   * stdin is a terminal), on stdin/stdout or on the given streams.
   */
  console?: boolean | ConsoleStreams;
  /** Start the poll and digest schedules (default true; tests drive cycles by hand). */
  schedules?: boolean;
  /** Further chat adapters to run besides the configured ones (embedding, tests). */
  adapters?: ChatAdapter[];
}

export interface RunningService {
  config: Config;
  store: Store;
  core: ChatCoreApi;
  httpPort: number;
  pollOnce(): Promise<PollSummary>;
  deliverNow(): Promise<void>;
  digestsNow(): Promise<void>;
  flushEdits(): Promise<void>;
  /** One reminder tick on the service's clock (the schedule runs one every minute). */
  remindersNow(): Promise<TickSummary>;
  stop(): Promise<void>;
}

/** Minimum time between two polls of one source; below the default 15-minute schedule so each tick finds sources due. */
const MIN_RECHECK_MS = 10 * 60_000;

export async function startService(opts: ServiceOptions): Promise<RunningService> {
  const loaded = loadConfig(opts.env);
  if (!loaded.ok) throw new StartupError(loaded.message);
  const config = loaded.config;
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  const now = opts.now ?? (() => new Date());
  await migrateOrExplain(config.DATABASE_URL, logger);
  const store = await openStore(config.DATABASE_URL, { logger, backgroundCheckpoints: true });
  const cleanups: (() => Promise<void>)[] = [() => store.close()];
  try {
    return await wire(config, store, logger, now, opts, cleanups);
  } catch (error) {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
    throw error;
  }
}

async function wire(
  config: Config,
  store: Store,
  logger: Logger,
  now: () => Date,
  opts: ServiceOptions,
  cleanups: (() => Promise<void>)[],
): Promise<RunningService> {
  const metrics = new ServiceMetrics(store, logger.child({ module: 'metrics' }));
  const parts = buildParts(config, store, logger, now, () => schedules.pollSoon(), metrics);
  // Readiness: 'starting' until every chat adapter has started, 'stopping' once stop() begins.
  let phase: Phase = 'starting';
  const http = await startHttp({
    port: config.HTTP_PORT,
    host: config.HTTP_HOST,
    logger,
    health: () => health(store, parts.delivery, phase),
    metrics: { scrape: () => metrics.scrape(), token: config.METRICS_TOKEN },
  });
  cleanups.push(() => http.close());
  http.mountPrefix('/ical/', calendarHandler({ store, logger: logger.child({ module: 'calendar' }), now, publicUrl: config.PUBLIC_URL }));
  if (!config.PUBLIC_URL) logger.info('PUBLIC_URL is not set: /events calendar answers with the path only, not a full link');
  await startAdapters(config, parts, store.shards, { logger, mountHttp: http.mount, now }, opts, cleanups, metrics);
  phase = 'ready';
  const schedules = startSchedules(config, store, parts, logger, now, opts.schedules !== false);
  logger.info({ port: http.port, database: store.provider, chat: parts.delivery.platforms() }, 'events-bot started');

  let stopping: Promise<void> | null = null;
  return {
    config,
    store,
    core: parts.core,
    httpPort: http.port,
    pollOnce: () => parts.pollOnce(),
    deliverNow: () => parts.delivery.run(),
    digestsNow: () => parts.delivery.digests(now()),
    flushEdits: () => parts.delivery.flushCounts(true),
    remindersNow: () => parts.reminders.tick(),
    stop: () =>
      (stopping ??= (() => {
        phase = 'stopping';
        return shutdown(
          {
            stopTaking: async () => {
              parts.poller.stop();
              parts.delivery.stop();
              parts.reminders.stop();
              await schedules.stop();
            },
            drained: () => Promise.all([parts.poller.idle(), parts.delivery.idle(), parts.reminders.idle()]).then(() => undefined),
            releaseLeases: () => store.sources.releaseLeases(parts.owner),
            cleanups: [...cleanups].reverse(),
          },
          logger,
        );
      })()),
  };
}

interface Parts {
  core: ChatCoreApi;
  delivery: Delivery;
  reminders: Reminders;
  poller: Poller;
  /** One poll cycle (joining one in flight), recorded in the metrics. */
  pollOnce(): Promise<PollSummary>;
  /** This instance's name in leases: feed sources and Discord gateway shards. */
  owner: string;
}

/** The platform-neutral pieces: fetch/ingest, delivery, the chat core with its commands, the poller. */
function buildParts(config: Config, store: Store, logger: Logger, now: () => Date, pollSoon: () => void, metrics: ServiceMetrics): Parts {
  const fetcher = new Fetcher({
    allowPrivateNetwork: config.ALLOW_PRIVATE_NETWORK_FEEDS,
    maxBytes: config.FETCH_MAX_BYTES,
    totalTimeoutMs: config.FETCH_TIMEOUT_MS,
    now,
    logger: logger.child({ module: 'fetch' }),
  });
  const counted = metrics.countFetches(fetcher);
  const ingestDeps: IngestDeps = {
    fetcher: counted,
    pages: new PageEvents(counted, now),
    horizonDays: config.HORIZON_DAYS,
    defaultTimezone: 'UTC',
    maxEvents: config.MAX_EVENTS_PER_SOURCE,
  };
  const owner = config.INSTANCE_ID ?? `${hostname()}:${process.pid}`;
  const delivery = new Delivery(store, logger.child({ module: 'deliver' }), now, {
    owner,
    syncCap: config.DISCORD_EVENTS_CAP,
    health: { failures: config.FEED_ALERT_FAILURES, quietDays: config.FEED_ALERT_QUIET_DAYS },
  });
  const commandDeps: CommandDeps = {
    // Every RSVP change also plans the person's reminder (src/deliver/reminders.ts).
    store: { ...store, rsvps: watchRsvps(metrics.countRsvps(store.rsvps), store, now, logger.child({ module: 'remind' })) },
    previewSource: (url, region, at) => previewForChannel(url, ingestDeps, region, at),
    notifyCountsChanged: (eventId) => delivery.notifyCountsChanged(eventId),
    sourceAdded: pollSoon,
    chatPort: (platform) => delivery.port(platform),
    goingAdded: (eventId, channelId) => delivery.goingAdded(eventId, channelId),
    defaults: { radiusKm: 25, days: 7 },
    publicUrl: config.PUBLIC_URL,
  };
  const poller = new Poller({
    store,
    logger: logger.child({ module: 'poll' }),
    now,
    concurrency: config.POLL_CONCURRENCY,
    owner,
    pollIntervalMs: MIN_RECHECK_MS,
    leaseMs: LEASE_MS,
    ingest: (source, at) => ingest(source.url, ingestDeps, { now: at, conditional: source, home: source.home, place: source.place }),
  });
  const pollOnce = async () => {
    const started = performance.now();
    const summary = await poller.runOnce();
    metrics.pollCycle(summary, (performance.now() - started) / 1000);
    return summary;
  };
  const reminders = new Reminders(store, (platform) => delivery.port(platform), logger.child({ module: 'remind' }), now);
  const core = createChatCore(commandDeps, logger.child({ module: 'chat' }), undefined, metrics);
  return { core, delivery, reminders, poller, pollOnce, owner };
}

/** Starts the configured chat platforms (and any given ones); a platform that can't start stops the service with its one-line reason. */
async function startAdapters(
  config: Config,
  parts: Parts,
  /** Discord gateway shard leases, held under `parts.owner`. */
  shards: Store['shards'],
  base: { logger: Logger; mountHttp: AdapterDeps<unknown>['mountHttp']; now: () => Date },
  opts: ServiceOptions,
  cleanups: (() => Promise<void>)[],
  metrics: ServiceMetrics,
): Promise<void> {
  const leasing = { repo: shards, owner: parts.owner };
  const adapters = [...(await createAdapters(config, { ...base, core: parts.core }, opts.console, leasing)), ...(opts.adapters ?? [])];
  for (const adapter of adapters) {
    const started = await adapter.start();
    cleanups.push(() => adapter.stop());
    if (!started.ok) throw new StartupError(started.message);
    parts.delivery.register(metrics.countPosts(adapter));
  }
}

/**
 * node-cron drives poll cycles (POLL_SCHEDULE; a cycle polls the due sources,
 * then delivers) and a minutely digest check. The first cycle runs a second
 * after start, and again shortly after a source is added. Once a day old
 * inbound delivery ids are pruned.
 */
function startSchedules(config: Config, store: Store, parts: Parts, logger: Logger, now: () => Date, enabled: boolean) {
  const cycle = () =>
    guard(logger, 'poll cycle', async () => {
      await parts.pollOnce();
      await parts.delivery.run();
    });
  const timers = new Set<NodeJS.Timeout>();
  // Heartbeat: leases this instance holds stay short (LEASE_MS) but are renewed while a poll runs, so a killed instance frees them quickly.
  const heartbeat = setInterval(
    () => void guard(logger, 'lease renewal', () => store.sources.renewLeases(parts.owner, new Date(now().getTime() + LEASE_MS), now())),
    LEASE_MS / 3,
  );
  heartbeat.unref();
  const soon = (ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      void cycle();
    }, ms);
    timers.add(t);
  };
  const tasks: ScheduledTask[] = [];
  if (enabled) {
    tasks.push(cron.schedule(config.POLL_SCHEDULE, cycle, { noOverlap: true, name: 'poll' }));
    const digests = () => guard(logger, 'digests', () => parts.delivery.digests(now()));
    tasks.push(cron.schedule('* * * * *', digests, { noOverlap: true, name: 'digests' }));
    const remind = () => guard(logger, 'reminders', () => parts.reminders.tick());
    tasks.push(cron.schedule('* * * * *', remind, { noOverlap: true, name: 'reminders' }));
    // Inbound delivery ids (Slack retries) only matter for minutes; keep two days.
    const prune = () => guard(logger, 'prune', () => store.inbound.prune(new Date(now().getTime() - 2 * DAY_MS)));
    tasks.push(cron.schedule('17 3 * * *', prune, { noOverlap: true, name: 'prune' }));
    soon(1_000);
  }
  return {
    pollSoon: () => enabled && soon(500),
    async stop() {
      clearInterval(heartbeat);
      for (const t of timers) clearTimeout(t);
      for (const t of tasks) await t.stop();
    },
  };
}

type Phase = 'starting' | 'ready' | 'stopping';

/**
 * Readiness (/healthz, /readyz): ready only once every configured chat
 * adapter has started (Slack's /slack/events answers from then on) and while
 * the database answers; `starting` and `stopping` are 503 too, so a load
 * balancer sends nothing to an instance that cannot take it.
 */
async function health(store: Store, delivery: Delivery, phase: Phase): Promise<{ ok: boolean } & Record<string, unknown>> {
  if (phase !== 'ready') return { ok: false, status: phase };
  const db = await store.ping().catch(() => false);
  return {
    ok: db,
    status: db ? 'ready' : 'unavailable',
    database: db ? 'up' : 'down',
    provider: store.provider,
    chat: delivery.platforms(),
  };
}

async function migrateOrExplain(url: string, logger: Logger): Promise<void> {
  try {
    const { applied } = await migrate(url);
    if (applied.length) logger.info({ applied }, 'database migrated');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StartupError(`Could not prepare the database at DATABASE_URL: ${message.split('\n')[0]}`);
  }
}

async function guard(logger: Logger, what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error({ err: error }, `${what} failed`);
  }
}
