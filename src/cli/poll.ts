import { startService, StartupError } from '../service/index.js';
import { createLogger } from '../service/log.js';
import { plural } from '../deliver/format.js';
import type { PollSummary } from '../pipeline/poll.js';

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
      process.stdout.write(summaryText(s));
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

/**
 * One line per polled source, then the totals:
 *
 *   #1 https://example.org/feed.ics — 3 events, 1 new, 0 updated
 *   #2 https://example.org/gone.ics — FAILED: HTTP 404 Not Found
 *   2 sources due: 1 ok, 0 not modified, 1 failed; 1 new event, 0 updated.
 */
function summaryText(s: PollSummary): string {
  const lines = [...s.results]
    .sort((a, b) => a.sourceId - b.sourceId)
    .map((r) => {
      const what =
        r.outcome === 'failed'
          ? `FAILED: ${r.message}`
          : r.outcome === 'not-modified'
            ? 'not modified'
            : `${plural(r.events, 'event')}, ${r.created} new, ${r.updated} updated`;
      return `#${r.sourceId} ${r.url} — ${what}`;
    });
  const totals = `${plural(s.sources, 'source')} due: ${s.ok} ok, ${s.notModified} not modified, ${s.failed} failed; ${plural(s.created, 'new event')}, ${s.updated} updated.`;
  return `${[...lines, totals].join('\n')}\n`;
}
