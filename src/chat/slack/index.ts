import type { AdapterDeps, ChatAdapter } from '../../core/chat.js';
import { buildApp, type SlackSettings } from './app.js';
import { createPoster } from './post.js';
import { appTokenProblem, botTokenProblem, checkAppToken } from './startup.js';

export type { SlackSettings } from './app.js';

/** Where HTTP mode listens on the service's HTTP server (the Request URL in the app manifest). */
export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * The Slack adapter: one Bolt app (Socket Mode with SLACK_APP_TOKEN, else HTTP
 * mode on the service's server at /slack/events) that turns `/events …`
 * commands, paging buttons and reactions into ChatCore calls, plus the
 * ChatPort that posts event cards and digests.
 *
 * `now` (optional, not part of AdapterDeps) is the service clock handed to
 * commands as `CommandContext.now`; it defaults to the system clock.
 */
export function createSlackAdapter(deps: AdapterDeps<SlackSettings> & { now?: () => Date }): ChatAdapter {
  const settings = deps.config;
  const logger = deps.logger.child({ chat: 'slack' });
  const built = buildApp(settings, { core: deps.core, logger, now: deps.now ?? (() => new Date()) });
  const poster = createPoster(built.app.client, logger);
  let mounted = false;
  let running = false;

  async function start(): Promise<{ ok: true } | { ok: false; message: string }> {
    try {
      await built.app.init();
    } catch (err) {
      return { ok: false, message: botTokenProblem(err, settings.apiUrl) };
    }
    if (built.mode === 'socket') {
      try {
        await checkAppToken(settings.appToken!, built.clientOptions);
        await built.app.start();
      } catch (err) {
        return { ok: false, message: appTokenProblem(err, settings.apiUrl) };
      }
      logger.info('Connected to Slack (Socket Mode)');
    } else {
      if (!mounted) deps.mountHttp(SLACK_EVENTS_PATH, built.receiver.handle);
      mounted = true;
      await built.app.start();
      logger.info(`Slack HTTP mode: requests are accepted at ${SLACK_EVENTS_PATH}`);
    }
    running = true;
    return { ok: true };
  }

  async function stop(): Promise<void> {
    if (!running) return;
    running = false;
    if (built.mode === 'socket') await built.receiver.client.disconnect();
    else await built.app.stop();
  }

  return { platform: 'slack', start, stop, ...poster };
}
