import { startService, StartupError } from '../service/index.js';
import { createLogger } from '../service/log.js';

/** `events-bot poll --once`: one poll cycle over the stored sources, then a summary. */
export async function runPoll(flags: { once?: boolean }): Promise<number> {
  if (!flags.once) {
    process.stderr.write('events-bot poll needs --once (the service polls on its own schedule: events-bot start).\n');
    return 2;
  }
  const env = { ...process.env, HTTP_PORT: '0', CONSOLE_CHAT: 'off', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' };
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  try {
    const service = await startService({ env, logger, schedules: false, console: false });
    try {
      const s = await service.pollOnce();
      for (const r of s.results) {
        const what =
          r.outcome === 'failed'
            ? `FAILED: ${r.message}`
            : r.outcome === 'not-modified'
              ? 'not modified'
              : `${r.events} events, ${r.created} new, ${r.updated} updated`;
        process.stdout.write(`#${r.sourceId} ${r.url} — ${what}\n`);
      }
      process.stdout.write(
        `${s.sources} source(s) due: ${s.ok} ok, ${s.notModified} not modified, ${s.failed} failed; ${s.created} new events, ${s.updated} updated.\n`,
      );
      return s.failed > 0 ? 1 : 0;
    } finally {
      await service.stop();
    }
  } catch (error) {
    if (error instanceof StartupError) {
      process.stderr.write(`events-bot: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
