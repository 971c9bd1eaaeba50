import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { reactionKey } from '../../emoji.js';
import type { ListenerDeps } from '../deps.js';

/**
 * ✅/🤔 on an event post and :one:…:keycap_ten: on a digest become RSVPs.
 * Events API events are acknowledged by Bolt before listeners run. Ignored:
 * reactions on files, reactions that mean nothing to us, and the bot's own
 * reactions (Bolt's ignoreSelf middleware drops those already; checked again
 * here against the bot user id from auth.test).
 */
export function reactionChanged(deps: ListenerDeps, added: boolean) {
  return async ({
    event,
    body,
    context,
  }: SlackEventMiddlewareArgs<'reaction_added' | 'reaction_removed'> & AllMiddlewareArgs): Promise<void> => {
    if (event.item.type !== 'message') return;
    if (context.botUserId && event.user === context.botUserId) return;
    const key = reactionKey(event.reaction);
    if (!key) return;
    const teamId = body.team_id;
    try {
      await deps.core.reaction({
        platform: 'slack',
        workspaceId: teamId,
        channelId: event.item.channel,
        messageId: event.item.ts,
        userId: event.user,
        key,
        added,
      });
    } catch (err) {
      deps.logger.error({ err, teamId, channelId: event.item.channel, userId: event.user }, 'Slack reaction handling failed');
    }
  };
}
