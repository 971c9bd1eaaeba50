import { App, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { ChatCoreApi } from '../../core/chat.js';
import type { Logger } from '../../core/log.js';
import { createAdminChecker } from './admin.js';
import { createNameLookup } from './names.js';
import { boltLogger } from './bolt-logger.js';
import { SeenEventIds } from './event-ids.js';
import { registerListeners } from './listeners/index.js';
import { MountedHttpReceiver } from './receiver.js';

export interface SlackSettings {
  /** SLACK_BOT_TOKEN: the Bot User OAuth Token (xoxb-…). */
  botToken: string;
  /** SLACK_SIGNING_SECRET: verifies HTTP-mode requests. */
  signingSecret?: string;
  /** SLACK_APP_TOKEN: an app-level token (xapp-…); when set, Socket Mode is used. */
  appToken?: string;
  /** SLACK_API_URL: Web API base, for proxies and tests. */
  apiUrl: string;
  /** SLACK_ADMIN_USER_IDS: users who may change settings besides workspace admins/owners. */
  adminUserIds: string[];
}

export type BuiltApp =
  | { mode: 'socket'; app: App; receiver: SocketModeReceiver; clientOptions: webApi.WebClientOptions }
  | { mode: 'http'; app: App; receiver: MountedHttpReceiver; clientOptions: webApi.WebClientOptions };

/**
 * Web API client settings. Bolt's default retry policy keeps retrying an
 * unreachable API for about 30 minutes, which would stall start-up and the
 * delivery loop; three quick retries are enough because delivery retries
 * failed posts itself. 429s are still retried after Retry-After.
 */
function clientOptions(apiUrl: string, logger: webApi.WebClientOptions['logger']): webApi.WebClientOptions {
  return { slackApiUrl: apiUrl, logger, retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 }, timeout: 20_000 };
}

/**
 * Builds the Bolt app: Socket Mode when an app token is set (no public URL
 * needed), else HTTP mode through a receiver the service mounts on its own
 * server. `deferInitialization` stops Bolt from calling auth.test in the
 * constructor, where a bad token would become an unhandled rejection; the
 * adapter calls `app.init()` itself and turns failures into a message.
 */
export function buildApp(settings: SlackSettings, deps: { core: ChatCoreApi; logger: Logger; now: () => Date }): BuiltApp {
  const logger = boltLogger(deps.logger);
  const options = clientOptions(settings.apiUrl, logger);
  const receiver = settings.appToken
    ? new SocketModeReceiver({ appToken: settings.appToken, logger, installerOptions: { clientOptions: { ...options } } })
    : new MountedHttpReceiver({ signingSecret: settings.signingSecret ?? '', logger });
  const app = new App({
    token: settings.botToken,
    receiver,
    logger,
    clientOptions: { ...options },
    deferInitialization: true,
    convoStore: false,
  });
  app.error(async (err) => {
    deps.logger.error({ err: err.message, code: err.code }, 'Unhandled error in a Slack listener');
  });
  const admins = createAdminChecker({ client: app.client, adminUserIds: settings.adminUserIds, logger: deps.logger });
  const names = createNameLookup(app.client, deps.logger);
  registerListeners(app, { core: deps.core, logger: deps.logger, admins, names, seen: new SeenEventIds(), now: deps.now });
  return receiver instanceof SocketModeReceiver
    ? { mode: 'socket', app, receiver, clientOptions: options }
    : { mode: 'http', app, receiver, clientOptions: options };
}
