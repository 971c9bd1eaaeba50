import type { Harness } from './harness.js';
import { postEventJson } from './index.js';

/**
 * `app_home_opened` as Slack sends it when a member opens the app's Home tab
 * (Events API envelope; `channel` is the app's DM with them), and a helper
 * that delivers it over the harness's transport — only when Slack would: the
 * manifest enables the Home tab and subscribes to the event.
 */
export function appHomeOpened(teamId: string, userId: string, eventId: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: 'A0FAKEAPP',
    event: { type: 'app_home_opened', user: userId, channel: `D${userId.slice(1)}`, tab: 'home', event_ts: `${now}.000300` },
    type: 'event_callback',
    event_id: eventId,
    event_time: now,
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: 'UFAKEBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export async function openHome(h: Harness, userId: string, eventId: string): Promise<void> {
  if (!h.slack.manifest.homeTab) throw new Error('the app manifest does not enable the Home tab (features.app_home.home_tab_enabled)');
  if (!h.slack.manifest.botEvents.includes('app_home_opened')) throw new Error('the app manifest does not subscribe to app_home_opened');
  const body = appHomeOpened(h.slack.teamId, userId, eventId);
  if (h.mode === 'http') {
    const res = await postEventJson(h.endpoint, body, { secret: h.slack.signingSecret });
    if (res.status !== 200) throw new Error(`/slack/events answered ${res.status}`);
  } else {
    await h.slack.socket.deliver('events_api', body);
  }
}
