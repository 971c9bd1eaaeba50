import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { CommandContext, Reply } from '../../../../core/chat.js';
import { commandText } from '../../escape.js';
import { renderReply } from '../../render.js';
import type { ListenerDeps } from '../deps.js';

const FAILED: Reply = {
  ephemeral: true,
  lines: [['Something went wrong while running that command. Please try again in a minute.']],
};

/**
 * `/events <subcommand> [options]`: acknowledged at once with an empty body
 * (Slack wants an answer within 3 s, and a feed preview can take longer), then
 * the core runs the text and the answer goes to the command's response_url.
 * An empty `/events` is `/events help`; Slack's link wrapping and entities
 * are undone first (see `commandText`).
 */
export function eventsCommand(deps: ListenerDeps) {
  return async ({ ack, command, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const log = deps.logger.child({ teamId: command.team_id, channelId: command.channel_id, userId: command.user_id });
    let reply: Reply;
    try {
      const ctx: CommandContext = {
        platform: 'slack',
        workspaceId: command.team_id,
        channelId: command.channel_id,
        userId: command.user_id,
        userName: () => deps.names.nameOf(command.user_id, command.user_name),
        isAdmin: await deps.admins.isAdmin(command.team_id, command.user_id),
        now: deps.now(),
      };
      reply = await deps.core.runText(ctx, commandText(command.text) || 'help');
    } catch (err) {
      log.error({ err }, 'Slack /events command failed');
      reply = FAILED;
    }
    try {
      const { blocks, text } = renderReply(reply);
      await respond({ response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', blocks, text });
    } catch (err) {
      log.error({ err }, 'Could not send the /events answer to Slack');
    }
  };
}
