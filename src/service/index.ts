import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import { loadConfig, type Config } from '../config/index.js';
import type { ChatAdapter, ChatCoreApi, CommandDeps } from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { Store } from '../core/ports.js';
import { createChatCore } from '../chat/core.js';
import { Delivery } from '../deliver/delivery.js';
import { runDigests } from '../deliver/digest.js';
import { Fetcher } from '../fetch/index.js';
import { startHttp } from '../http/server.js';
import { ingest, PageEvents, type IngestDeps } from '../ingest/index.js';
import { previewForChannel } from '../ingest/preview.js';
import { Poller, type PollSummary } from '../pipeline/poll.js';
import { migrate } from '../store/migrate.js';
import { openStore } from '../store/db.js';
import { createAdapters } from './adapters.js';
import { createLogger } from './log.js';

/** A start-up problem a person can fix; its message is one line, printed without a stack trace. */
export class StartupError extends Error {}

export interface ServiceOptions {
  env: Record<string, string | undefined>;
  now?: () => Date;
  logger?: Logger;
  /** Run the console chat on stdin/stdout (default: when no platform token is configured and stdin is a terminal). */
  console?: boolean;
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
  const store = await openStore(config.DATABASE_URL, { logger });
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
  const fetcher = new Fetcher({
    allowPrivateNetwork: config.ALLOW_PRIVATE_NETWORK_FEEDS,
    maxBytes: config.FETCH_MAX_BYTES,
    totalTimeoutMs: config.FETCH_TIMEOUT_MS,
    now,
  });
  const ingestDeps: IngestDeps = { fetcher, pages: new PageEvents(fetcher, now), horizonDays: config.HORIZON_DAYS, defaultTimezone: 'UTC' };
  const delivery = new Delivery(store, logger.child({ module: 'deliver' }), now);
  const commandDeps: CommandDeps = {
    store,
    previewSource: (url, region, at) => previewForChannel(url, ingestDeps, region, at),
    notifyCountsChanged: (eventId) => delivery.notifyCountsChanged(eventId),
    defaults: { radiusKm: 25, days: 7 },
  };
  const core = createChatCore(commandDeps, logger.child({ module: 'chat' }));
  const poller = new Poller({
    store,
    logger: logger.child({ module: 'poll' }),
    now,
    concurrency: config.POLL_CONCURRENCY,
    owner: config.INSTANCE_ID ?? `${hostname()}:${process.pid}`,
    pollIntervalMs: MIN_RECHECK_MS,
    ingest: (source, at) => ingest(source.url, ingestDeps, { now: at, conditional: source }),
  });

  const http = await startHttp({ port: config.HTTP_PORT, host: config.HTTP_HOST, logger, health: () => health(store, delivery) });
  cleanups.push(() => http.close());

  const adapters = [
    ...(await createAdapters(config, { core, logger, mountHttp: http.mount, now }, opts.console)),
    ...(opts.adapters ?? []),
  ];
  for (const adapter of adapters) {
    const started = await adapter.start();
    cleanups.push(() => adapter.stop());
    if (!started.ok) throw new StartupError(started.message);
    delivery.register(adapter);
  }

  const cycle = async () => {
    await poller.runOnce();
    await delivery.run();
  };
  const tasks: ScheduledTask[] = [];
  if (opts.schedules !== false) {
    tasks.push(cron.schedule(config.POLL_SCHEDULE, () => guard(logger, 'poll cycle', cycle), { noOverlap: true, name: 'poll' }));
    tasks.push(
      cron.schedule('* * * * *', () => guard(logger, 'digests', () => runDigests(store, (p) => delivery.port(p), now(), logger)), {
        noOverlap: true,
        name: 'digests',
      }),
    );
    setTimeout(() => void guard(logger, 'first poll', cycle), 1_000).unref();
  }
  logger.info({ port: http.port, database: store.provider, chat: delivery.platforms() }, 'events-bot started');

  let stopping: Promise<void> | null = null;
  return {
    config,
    store,
    core,
    httpPort: http.port,
    pollOnce: () => poller.runOnce(),
    deliverNow: () => delivery.run(),
    digestsNow: () => runDigests(store, (p) => delivery.port(p), now(), logger),
    flushEdits: () => delivery.flushCounts(true),
    stop: () =>
      (stopping ??= (async () => {
        for (const t of tasks) await t.stop();
        delivery.stop();
        await poller.idle();
        for (const c of cleanups.reverse()) await c().catch((e: unknown) => logger.warn({ err: e }, 'shutdown step failed'));
        logger.info('events-bot stopped');
      })()),
  };
}

async function health(store: Store, delivery: Delivery): Promise<{ ok: boolean } & Record<string, unknown>> {
  const db = await store.ping().catch(() => false);
  return { ok: db, database: db ? 'up' : 'down', provider: store.provider, chat: delivery.platforms() };
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
