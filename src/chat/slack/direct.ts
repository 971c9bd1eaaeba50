import type { webApi } from '@slack/bolt';
import type { DeliveryResult, Line } from '../../core/chat.js';
import type { Logger } from '../../core/log.js';
import { describe } from './admin.js';
import { PLAIN_MESSAGE, renderReply } from './render.js';

/** Slack errors that mean this person cannot get a DM from the app: not retried. */
const UNREACHABLE: Record<string, string> = {
  channel_not_found: 'Slack has no such user, or the app cannot message them',
  user_not_found: 'Slack has no such user',
  user_disabled: 'the Slack account is deactivated',
  cannot_dm_bot: 'that user is a bot',
  messages_tab_disabled: 'the app’s Messages tab is turned off',
};

/**
 * A direct message (reminders): `chat.postMessage` with the user's id as the
 * channel, which Slack delivers in the app's DM with them (scope chat:write).
 */
export function createDirect(client: webApi.WebClient, logger: Logger) {
  return async function sendDirect(userId: string, lines: Line[]): Promise<DeliveryResult> {
    const { blocks, text } = renderReply({ ephemeral: false, lines });
    try {
      const res = await client.chat.postMessage({
        channel: userId,
        blocks,
        text,
        ...PLAIN_MESSAGE,
      });
      return { ok: true, messageId: res.ts! };
    } catch (err) {
      const code = describe(err);
      const platform = (err as { code?: string } | null)?.code === 'slack_webapi_platform_error';
      const unreachable = platform ? UNREACHABLE[code] : undefined;
      logger.warn({ err: code, userId }, 'Slack refused a direct message');
      if (unreachable) return { ok: false, retryable: false, message: `Could not message Slack user ${userId}: ${unreachable} (${code}).` };
      return {
        ok: false,
        retryable: !platform || /rate|internal|fatal|unavailable|timeout/.test(code),
        message: `Could not message Slack user ${userId} (${code}).`,
      };
    }
  };
}
