/**
 * Builders for what Slack sends an app: slash command bodies, Events API
 * envelopes and block_actions payloads, shaped like Slack's own (field names
 * and string types as documented), shared by the HTTP and Socket Mode paths.
 */
export interface Who {
  teamId: string;
  channelId: string;
  userId: string;
}

let triggers = 0;

export function slashCommand(who: Who, text: string, responseUrl: string): Record<string, string> {
  triggers += 1;
  return {
    token: 'deprecated-verification-token',
    team_id: who.teamId,
    team_domain: 'example',
    channel_id: who.channelId,
    channel_name: 'events',
    user_id: who.userId,
    user_name: `user-${who.userId.toLowerCase()}`,
    command: '/events',
    text,
    api_app_id: 'A0FAKEAPP',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trigger.${triggers}`,
  };
}

export interface ReactionSpec {
  type: 'reaction_added' | 'reaction_removed';
  teamId: string;
  userId: string;
  reaction: string;
  channelId: string;
  ts: string;
  eventId: string;
  itemUser?: string;
}

export function reactionEvent(spec: ReactionSpec): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    token: 'deprecated-verification-token',
    team_id: spec.teamId,
    api_app_id: 'A0FAKEAPP',
    event: {
      type: spec.type,
      user: spec.userId,
      reaction: spec.reaction,
      item_user: spec.itemUser ?? 'UFAKEBOT',
      item: { type: 'message', channel: spec.channelId, ts: spec.ts },
      event_ts: `${now}.000100`,
    },
    type: 'event_callback',
    event_id: spec.eventId,
    event_time: now,
    authorizations: [{ enterprise_id: null, team_id: spec.teamId, user_id: 'UFAKEBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${spec.eventId}`,
  };
}

export function blockAction(
  who: Who,
  actionId: string,
  value: string,
  responseUrl: string,
  messageTs = '1700000000.000100',
): Record<string, unknown> {
  triggers += 1;
  return {
    type: 'block_actions',
    user: { id: who.userId, username: `user-${who.userId.toLowerCase()}`, name: 'user', team_id: who.teamId },
    api_app_id: 'A0FAKEAPP',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: who.channelId, is_ephemeral: true },
    trigger_id: `trigger.${triggers}`,
    team: { id: who.teamId, domain: 'example' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: who.channelId, name: 'events' },
    response_url: responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: 'events_paging',
        text: { type: 'plain_text', text: 'Next', emoji: true },
        value,
        type: 'button',
        action_ts: `${Math.floor(Date.now() / 1000)}.000200`,
      },
    ],
  };
}
