import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startService } from '../../../src/service/index.js';
import type { RunningService } from '../../../src/service/index.js';
import { createFakeDiscord } from './index.js';
import type { Answer, FakeDiscord, MemberSpec } from './index.js';
import { recordingLogger } from './recording-core.js';
import type { LogEntry } from './recording-core.js';

/**
 * End-to-end harness: the real service (startService) whose Discord adapter
 * runs the unmodified discord.js client against the fake Discord, a loopback
 * iCal feed server and an injectable clock.
 */
export interface FeedServer {
  url(path: string): string;
  set(path: string, body: string): void;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const bodies = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = bodies.get(req.url ?? '');
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8' }).end(body);
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
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
/** iCalendar TEXT escaping (backslash, semicolon, comma, newline). */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

/** In-person events at a Birmingham pub (with GEO), so they fall inside a Birmingham region. */
export function icsFeed(name: string, events: IcsEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//events-bot discord tests//EN', `X-WR-CALNAME:${text(name)}`];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART:${stamp(e.start)}`,
      `DTEND:${stamp(new Date(e.start.getTime() + (e.hours ?? 2) * 3_600_000))}`,
      `SUMMARY:${text(e.title)}`,
      `DESCRIPTION:${text('Talks and a pint. Everyone welcome.')}`,
      `LOCATION:${text('The Victoria, 48 John Bright St, Birmingham B1 1BN')}`,
      'GEO:52.4776;-1.9008',
      `URL:https://events.example.org/${e.uid}`,
      `STATUS:${e.status ?? 'CONFIRMED'}`,
      `SEQUENCE:${e.sequence ?? 0}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

export interface ServiceHarness {
  discord: FakeDiscord;
  service: RunningService;
  feeds: FeedServer;
  clock: { now: Date };
  logs: LogEntry[];
  /** Runs `/events <path…>` and resolves with what the person sees in the end. */
  command(path: string[], options: Record<string, string | number>, member: MemberSpec): Promise<Answer & { callbacks: number[] }>;
  close(): Promise<void>;
}

export async function startServiceHarness(opts: { now?: Date; env?: Record<string, string> } = {}): Promise<ServiceHarness> {
  const discord = await createFakeDiscord();
  const feeds = await startFeedServer();
  const dir = await mkdtemp(join(tmpdir(), 'events-bot-discord-'));
  const clock = { now: opts.now ?? new Date() };
  const logger = recordingLogger();
  const env: Record<string, string> = {
    DATABASE_URL: `file:${join(dir, 'events.db')}`,
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    ALLOW_PRIVATE_NETWORK_FEEDS: 'true',
    CONSOLE_CHAT: 'off',
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_GUILD_ID: discord.guildId,
    ...opts.env,
  };
  let service: RunningService;
  try {
    service = await startService({ env, now: () => clock.now, logger, console: false, schedules: false });
  } catch (error) {
    await Promise.all([discord.close(), feeds.close(), rm(dir, { recursive: true, force: true })]);
    throw error;
  }
  return {
    discord,
    service,
    feeds,
    clock,
    logs: logger.entries,
    async command(path, options, member) {
      const rec = discord.sendCommand(path, options, { member });
      const answer = await discord.waitForAnswer(rec, 15_000);
      return { ...answer, callbacks: rec.callbacks.map((c) => c.type) };
    },
    async close() {
      await service.stop();
      await Promise.all([discord.close(), feeds.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
