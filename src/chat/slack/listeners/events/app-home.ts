import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, webApi } from '@slack/bolt';
import { describe } from '../../admin.js';
import { renderHome } from '../../home.js';
import type { ListenerDeps } from '../deps.js';

/** Channels of the member a home view looks through (users.conversations pages). */
const MAX_PAGES = 5;

/**
 * `app_home_opened` on the Home tab: publishes the member's home view
 * (views.publish). The channels listed are those the member is in
 * (users.conversations, scopes channels:read and groups:read) that the bot
 * serves; when Slack cannot list them the view is still published without.
 */
export function appHomeOpened(deps: ListenerDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    const log = deps.logger.child({ teamId: body.team_id, userId: event.user });
    try {
      const channelIds = await channelsOf(client, event.user, log);
      const summary = await deps.core.appHome({
        platform: 'slack',
        workspaceId: body.team_id,
        userId: event.user,
        channelIds,
        now: deps.now(),
      });
      await client.views.publish({ user_id: event.user, view: renderHome(summary) });
    } catch (err) {
      log.error({ err: describe(err) }, 'Could not publish the Slack App Home view');
    }
  };
}

async function channelsOf(client: webApi.WebClient, user: string, log: ListenerDeps['logger']): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await client.users.conversations({
        user,
        types: 'public_channel,private_channel',
        limit: 200,
        cursor,
        exclude_archived: true,
      });
      ids.push(...(res.channels ?? []).map((c) => c.id).filter((id): id is string => Boolean(id)));
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
  } catch (err) {
    log.warn({ err: describe(err) }, 'Slack users.conversations failed; the App Home lists no channels');
  }
  return ids;
}
