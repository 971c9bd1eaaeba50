import { startTestService, type TestService } from '../../helpers/service.js';
import {
  blockAction,
  postEventJson,
  postForm,
  postInteraction,
  reactionEvent,
  slashCommand,
  startFakeSlack,
  type FakeSlack,
  type UserFlags,
} from './index.js';

/**
 * End-to-end harness: the real service (test/helpers/service.ts, with its
 * loopback feed server and injectable clock) with the Slack adapter pointed
 * at the fake Slack, in HTTP or Socket Mode. `command`, `react` and `press` go through the same
 * transport Slack would use for that mode (signed HTTP or a Socket Mode
 * envelope).
 */
export type Mode = 'http' | 'socket';

export interface Harness extends TestService {
  mode: Mode;
  slack: FakeSlack;
  channelId: string;
  /** The service's Slack endpoint (HTTP mode). */
  endpoint: string;
  /** Runs `/events <text>` as `userId` and returns what the app responded. */
  command(text: string, userId: string): Promise<Record<string, unknown>>;
  /** Delivers a reaction event (same id twice = a Slack retry). */
  react(spec: { eventId: string; userId: string; reaction: string; ts: string; added?: boolean; retry?: number }): Promise<void>;
  /** Presses a paging button and returns the replacement message. */
  press(actionId: string, value: string, userId: string): Promise<Record<string, unknown>>;
}

export interface HarnessOptions {
  users?: Record<string, UserFlags>;
  adminUserIds?: string[];
  now?: Date;
}

export async function startHarness(mode: Mode, opts: HarnessOptions = {}): Promise<Harness> {
  const slack = await startFakeSlack({ users: opts.users });
  const env = {
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_API_URL: slack.apiUrl,
    SLACK_ADMIN_USER_IDS: (opts.adminUserIds ?? []).join(','),
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: slack.signingSecret } : { SLACK_APP_TOKEN: slack.appToken }),
  };
  const test = await startTestService(env, { now: opts.now, alsoClose: () => slack.close() });
  const endpoint = `http://127.0.0.1:${test.service.httpPort}/slack/events`;
  const signed = { secret: slack.signingSecret };
  const channelId = 'C0BRUM';
  const who = (userId: string) => ({ teamId: slack.teamId, channelId, userId });
  const answers = (url: string) => slack.waitFor(() => slack.responsesTo(url)[0], `a response at ${url}`);

  return {
    ...test,
    mode,
    slack,
    channelId,
    endpoint,
    async command(text, userId) {
      const url = slack.responseUrl();
      const body = slashCommand(who(userId), text, url);
      if (mode === 'http') {
        const res = await postForm(endpoint, body, signed);
        if (res.status !== 200 || res.body !== '') throw new Error(`/slack/events answered ${res.status} ${res.body}`);
      } else {
        await slack.socket.deliver('slash_commands', body);
      }
      return answers(url);
    },
    async react(spec) {
      const body = reactionEvent({
        type: spec.added === false ? 'reaction_removed' : 'reaction_added',
        teamId: slack.teamId,
        userId: spec.userId,
        reaction: spec.reaction,
        channelId,
        ts: spec.ts,
        eventId: spec.eventId,
      });
      if (mode === 'http') {
        const res = await postEventJson(endpoint, body, { ...signed, retryNum: spec.retry });
        if (res.status !== 200) throw new Error(`/slack/events answered ${res.status}`);
      } else {
        await slack.socket.deliver('events_api', body, { retryAttempt: spec.retry });
      }
    },
    async press(actionId, value, userId) {
      const url = slack.responseUrl();
      const payload = blockAction(who(userId), actionId, value, url);
      if (mode === 'http') await postInteraction(endpoint, payload, signed);
      else await slack.socket.deliver('interactive', payload);
      return answers(url);
    },
  };
}
