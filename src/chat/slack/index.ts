import type { AdapterDeps, ChatAdapter } from '../../core/chat.js';
import { buildApp, type SlackSettings } from './app.js';
import { createDirect } from './direct.js';
import { createPoster } from './post.js';
import { createSlackThreads } from './threads.js';
import { appTokenProblem, botTokenProblem, checkAppToken } from './startup.js';

export type { SlackSettings } from './app.js';

/** Where HTTP mode listens on the service's HTTP server (the Request URL in the app manifest). */
export const SLACK_EVENTS_PATH = '/slack/events';

/** How long start() waits for Slack's `hello` on the Socket Mode connection. */
const SOCKET_START_MS = 30_000;

/** True when `work` settles in time (its rejection propagates); false on timeout. */
async function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The Slack adapter: one Bolt app (Socket Mode with SLACK_APP_TOKEN, else HTTP
 * mode on the service's server at /slack/events) that turns `/events …`
 * commands, paging buttons and reactions into ChatCoreApi calls, plus the
 * ChatPort that posts event cards and digests.
 * `deps.now` is the service clock handed to commands as `CommandContext.now`.
 */
export function createSlackAdapter(deps: AdapterDeps<SlackSettings>): ChatAdapter {
  const settings = deps.config;
  const logger = deps.logger.child({ chat: 'slack' });
  const built = buildApp(settings, { core: deps.core, logger, now: deps.now ?? (() => new Date()) });
  const poster = createPoster(built.app.client, logger);
  let mounted = false;

  async function start(): Promise<{ ok: true } | { ok: false; message: string }> {
    try {
      await built.app.init();
    } catch (err) {
      return { ok: false, message: botTokenProblem(err, settings.apiUrl) };
    }
    if (built.mode === 'socket') {
      try {
        await checkAppToken(settings.appToken!, built.clientOptions);
        const connected = await within(SOCKET_START_MS, built.app.start());
        if (!connected) {
          await built.receiver.client.disconnect();
          return {
            ok: false,
            message: `Slack gave a Socket Mode address but no connection was greeted within ${SOCKET_START_MS / 1000} s; check that outgoing WebSocket (wss://) traffic is allowed.`,
          };
        }
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
    return { ok: true };
  }

  async function stop(): Promise<void> {
    // Also after a failed start: the Socket Mode client may be waiting to reconnect.
    if (built.mode === 'socket') await built.receiver.client.disconnect();
    else await built.app.stop();
  }

  return {
    platform: 'slack',
    start,
    stop,
    ...poster,
    threads: createSlackThreads(built.app.client, logger),
    sendDirect: createDirect(built.app.client, logger),
  };
}
