import { startService, StartupError, type RunningService } from '../service/index.js';
import { createLogger } from '../service/log.js';
import { startDemoFeeds } from '../chat/console/demo.js';

/** `events-bot start`: runs until SIGINT/SIGTERM, then shuts down cleanly. */
export async function runStart(flags: { demo?: boolean }): Promise<number> {
  const env = { ...process.env };
  const demo = flags.demo ? await startDemoFeeds() : null;
  if (demo) {
    env.ALLOW_PRIVATE_NETWORK_FEEDS = 'true';
    env.CONSOLE_CHAT = 'on';
  }
  // In the console chat, routine log lines would interleave with the conversation: warnings only, unless LOG_LEVEL says otherwise.
  const consoleChat =
    env.CONSOLE_CHAT === 'on' || (env.CONSOLE_CHAT !== 'off' && !env.DISCORD_TOKEN && !env.SLACK_BOT_TOKEN && process.stdin.isTTY);
  const logger = createLogger(env.LOG_LEVEL ?? (consoleChat ? 'warn' : 'info'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection (kept running)'));
  let service: RunningService;
  try {
    service = await startService({ env, logger, now: testClock(env) });
  } catch (error) {
    await demo?.close();
    if (error instanceof StartupError) {
      process.stderr.write(`events-bot: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (demo) await demo.configure(service);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await service.stop();
  await demo?.close();
  return 0;
}

/**
 * Test-only hook: EVENTS_BOT_TEST_CLOCK_OFFSET_MS runs the service's clock
 * that far ahead of the real one, so a crash test can restart the service
 * "minutes later" (leases and unconfirmed posts of the killed run expired)
 * without waiting. Not a setting: leave it unset.
 */
function testClock(env: Record<string, string | undefined>): (() => Date) | undefined {
  const offset = Number(env.EVENTS_BOT_TEST_CLOCK_OFFSET_MS ?? '');
  return Number.isFinite(offset) && offset !== 0 ? () => new Date(Date.now() + offset) : undefined;
}
