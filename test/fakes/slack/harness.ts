import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startService, type RunningService } from '../../../src/service/index.js';
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
import { memoryLogger, type LogEntry } from './recording-core.js';

/**
 * End-to-end harness: the real service (startService) with the Slack adapter
 * pointed at the fake Slack, in HTTP or Socket Mode, a loopback feed server
 * and an injectable clock. `command`, `react` and `press` go through the same
 * transport Slack would use for that mode (signed HTTP or a Socket Mode
 * envelope).
 */
export type Mode = 'http' | 'socket';

export interface FeedServer {
  url(path: string): string;
  set(path: string, body: string): void;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const bodies = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const body = bodies.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${base}${path}`,
    set: (path, body) => void bodies.set(path, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface IcsEvent {
  uid: string;
  title: string;
  start: Date;
  hours?: number;
  status?: 'CONFIRMED' | 'CANCELLED';
  sequence?: number;
  url?: string;
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
/** iCalendar TEXT escaping (backslash, semicolon, comma, newline). */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

/** A small feed of in-person events at a Birmingham pub (GEO set, so they place inside a Birmingham region). */
export function icsFeed(name: string, events: IcsEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//events-bot tests//EN', `X-WR-CALNAME:${text(name)}`];
  for (const e of events) {
    const end = new Date(e.start.getTime() + (e.hours ?? 2) * 3_600_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(new Date('2026-01-01T00:00:00Z'))}`,
      `DTSTART:${stamp(e.start)}`,
      `DTEND:${stamp(end)}`,
      `SUMMARY:${text(e.title)}`,
      `DESCRIPTION:${text('Talks and a pint. Everyone welcome.')}`,
      `LOCATION:${text('The Victoria, 48 John Bright St, Birmingham B1 1BN')}`,
      'GEO:52.4776;-1.9008',
      `URL:${e.url ?? `https://events.example.org/${e.uid}`}`,
      `STATUS:${e.status ?? 'CONFIRMED'}`,
      `SEQUENCE:${e.sequence ?? 0}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

export interface Harness {
  mode: Mode;
  slack: FakeSlack;
  service: RunningService;
  feeds: FeedServer;
  clock: { now: Date };
  logs: LogEntry[];
  channelId: string;
  /** The service's Slack endpoint (HTTP mode). */
  endpoint: string;
  /** Runs `/events <text>` as `userId` and returns what the app responded. */
  command(text: string, userId: string): Promise<Record<string, unknown>>;
  /** Delivers a reaction event (same id twice = a Slack retry). */
  react(spec: { eventId: string; userId: string; reaction: string; ts: string; added?: boolean; retry?: number }): Promise<void>;
  /** Presses a paging button and returns the replacement message. */
  press(actionId: string, value: string, userId: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  users?: Record<string, UserFlags>;
  adminUserIds?: string[];
  now?: Date;
}

export async function startHarness(mode: Mode, opts: HarnessOptions = {}): Promise<Harness> {
  const slack = await startFakeSlack({ users: opts.users });
  const feeds = await startFeedServer();
  const dir = await mkdtemp(join(tmpdir(), 'events-bot-slack-'));
  const clock = { now: opts.now ?? new Date() };
  const logger = memoryLogger();
  const env: Record<string, string> = {
    DATABASE_URL: `file:${join(dir, 'events.db')}`,
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    ALLOW_PRIVATE_NETWORK_FEEDS: 'true',
    CONSOLE_CHAT: 'off',
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_API_URL: slack.apiUrl,
    SLACK_ADMIN_USER_IDS: (opts.adminUserIds ?? []).join(','),
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: slack.signingSecret } : { SLACK_APP_TOKEN: slack.appToken }),
  };
  let service: RunningService;
  try {
    service = await startService({ env, now: () => clock.now, logger, console: false, schedules: false });
  } catch (error) {
    await Promise.all([slack.close(), feeds.close(), rm(dir, { recursive: true, force: true })]);
    throw error;
  }
  const endpoint = `http://127.0.0.1:${service.httpPort}/slack/events`;
  const signed = { secret: slack.signingSecret };
  const channelId = 'C0BRUM';
  const who = (userId: string) => ({ teamId: slack.teamId, channelId, userId });
  const answers = (url: string) => slack.waitFor(() => slack.responsesTo(url)[0], `a response at ${url}`);

  return {
    mode,
    slack,
    service,
    feeds,
    clock,
    logs: logger.entries,
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
    async close() {
      await service.stop();
      await Promise.all([slack.close(), feeds.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
