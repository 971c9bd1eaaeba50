import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { StartupError, startService, type RunningService } from '../../src/service/index.js';
import type { ConsoleStreams } from '../../src/service/adapters.js';
import { FeedServer } from './feed-server.js';
import { recordingLogger, type LogEntry } from './recording-logger.js';

/**
 * The real service (startService) as the end-to-end tests run it: a fresh
 * SQLite file in a temporary folder, HTTP on a free loopback port, no console
 * chat, no schedules (tests drive poll, delivery and digests by hand), a
 * loopback feed server it may fetch from, an injectable clock and a
 * recording logger.
 */
export interface TestService {
  service: RunningService;
  feeds: FeedServer;
  /** What the service thinks the time is; tests move it on. */
  clock: { now: Date };
  logs: LogEntry[];
  /** Stops the service, then `alsoClose` and the feed server, and deletes the database. */
  close(): Promise<void>;
}

export interface TestServiceOptions {
  now?: Date;
  /** Run the console chat on these streams. */
  console?: ConsoleStreams;
  /** Closed with the service, or at once when start-up fails (e.g. the fake chat platform). */
  alsoClose?: () => Promise<void>;
}

/**
 * Starts the service with `env` (the chat platform's settings) over the
 * defaults above. A start-up failure rejects with the service's error after
 * everything started here is cleaned up.
 */
export async function startTestService(env: Record<string, string>, opts: TestServiceOptions = {}): Promise<TestService> {
  const feeds = await new FeedServer().start();
  const dir = await mkdtemp(join(tmpdir(), 'events-bot-test-'));
  const clock = { now: opts.now ?? new Date() };
  const logger = recordingLogger();
  const cleanUp = async () => {
    await Promise.all([opts.alsoClose?.(), feeds.close()]);
    await rm(dir, { recursive: true, force: true });
  };
  const fullEnv: Record<string, string> = {
    DATABASE_URL: `file:${join(dir, 'events.db')}`,
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    ALLOW_PRIVATE_NETWORK_FEEDS: 'true',
    CONSOLE_CHAT: 'off',
    ...env,
  };
  let service: RunningService;
  try {
    service = await startService({ env: fullEnv, now: () => clock.now, logger, console: opts.console ?? false, schedules: false });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    service,
    feeds,
    clock,
    logs: logger.entries,
    async close() {
      await service.stop();
      await cleanUp();
    },
  };
}

/**
 * Starts the service with `env` and expects start-up to fail with a
 * StartupError (one line a person can act on, printed without a stack trace)
 * whose message contains or matches `message`.
 */
export async function expectStartupError(env: Record<string, string>, message: string | RegExp): Promise<void> {
  const started = startTestService(env);
  await expect(started).rejects.toThrow(StartupError);
  await expect(started).rejects.toThrow(message);
}
