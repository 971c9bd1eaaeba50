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
 * envelope), and only when Slack would send it at all: the command, event
 * subscription or interactivity is in the app manifest and, for reactions,
 * the bot is a member of the channel (Slack sends channel events only from
 * conversations the app is in).
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
  /**
   * Sends `/events <text>` and resolves once the app has acknowledged it (the
   * HTTP answer, or the Socket Mode ack), before its answer; `reply()` then
   * waits for the answer at the command's response_url.
   */
  send(text: string, userId: string): Promise<{ acked: { status: number; body: unknown }; reply(): Promise<Record<string, unknown>> }>;
  /** Delivers a reaction event (same id twice = a Slack retry). */
  react(spec: { eventId: string; userId: string; reaction: string; ts: string; added?: boolean; retry?: number }): Promise<void>;
  /** Presses a paging button and returns the replacement message. */
  press(actionId: string, value: string, userId: string): Promise<Record<string, unknown>>;
}

export interface HarnessOptions {
  users?: Record<string, UserFlags>;
  adminUserIds?: string[];
  now?: Date;
  /** More service settings (e.g. METRICS_TOKEN). */
  env?: Record<string, string>;
}

export async function startHarness(mode: Mode, opts: HarnessOptions = {}): Promise<Harness> {
  const slack = await startFakeSlack({ users: opts.users });
  const env = {
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_API_URL: slack.apiUrl,
    SLACK_ADMIN_USER_IDS: (opts.adminUserIds ?? []).join(','),
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: slack.signingSecret } : { SLACK_APP_TOKEN: slack.appToken }),
    ...opts.env,
  };
  const test = await startTestService(env, { now: opts.now, alsoClose: () => slack.close() });
  const endpoint = `http://127.0.0.1:${test.service.httpPort}/slack/events`;
  const signed = { secret: slack.signingSecret };
  const channelId = 'C0BRUM';
  const who = (userId: string) => ({ teamId: slack.teamId, channelId, userId });
  const answers = (url: string) => slack.waitFor(() => slack.responsesTo(url)[0], `a response at ${url}`);

  const send: Harness['send'] = async (text, userId) => {
    if (!slack.manifest.slashCommands.includes('/events')) throw new Error('the app manifest declares no /events command');
    const url = slack.responseUrl();
    const body = slashCommand(who(userId), text, url);
    const acked =
      mode === 'http'
        ? await postForm(endpoint, body, signed)
        : await slack.socket.deliver('slash_commands', body).then((a) => ({ status: 200, body: a.payload }));
    return { acked, reply: () => answers(url) };
  };

  return {
    ...test,
    mode,
    slack,
    channelId,
    endpoint,
    send,
    async command(text, userId) {
      const { acked, reply } = await send(text, userId);
      const empty = mode === 'http' ? acked.body === '' : JSON.stringify(acked.body) === '{}';
      if (acked.status !== 200 || !empty)
        throw new Error(`/events ${text} was acknowledged with ${acked.status} ${JSON.stringify(acked.body)}`);
      return reply();
    },
    async react(spec) {
      const type = spec.added === false ? 'reaction_removed' : 'reaction_added';
      if (!slack.manifest.botEvents.includes(type) || !slack.manifest.botScopes.includes('reactions:read'))
        throw new Error(`the app manifest does not subscribe to ${type} with reactions:read`);
      if (!slack.isMember(channelId)) throw new Error(`Slack would not send ${type}: the bot is not a member of ${channelId}`);
      const body = reactionEvent({
        type,
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
      if (!slack.manifest.interactivity) throw new Error('the app manifest does not enable interactivity');
      const url = slack.responseUrl();
      const payload = blockAction(who(userId), actionId, value, url);
      if (mode === 'http') await postInteraction(endpoint, payload, signed);
      else await slack.socket.deliver('interactive', payload);
      return answers(url);
    },
  };
}
