import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { CommandContext } from '../../../../core/chat.js';
import { renderReply } from '../../render.js';
import type { ListenerDeps } from '../deps.js';

/**
 * A "Previous"/"Next" button under a paged answer. The button's value is the
 * core's opaque paging token; the new page replaces the message in place.
 */
export function pageButton(deps: ListenerDeps) {
  return async ({ ack, body, action, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const channelId = body.channel?.id ?? body.container?.channel_id ?? '';
    const log = deps.logger.child({ teamId, channelId, userId: body.user.id });
    try {
      const ctx: CommandContext = {
        platform: 'slack',
        workspaceId: teamId,
        channelId,
        userId: body.user.id,
        isAdmin: await deps.admins.isAdmin(teamId, body.user.id),
        now: deps.now(),
      };
      const reply = await deps.core.page(ctx, action.value ?? '');
      const { blocks, text } = renderReply(reply);
      await respond({ replace_original: true, blocks, text });
    } catch (err) {
      log.error({ err }, 'Slack paging button failed');
    }
  };
}
