import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testServerUrl, PG_HINT } from '../helpers/db.js';
import { FeedServer } from '../helpers/feed-server.js';

/**
 * The `events-bot` command as a user runs it (node bin/events-bot.js, the
 * package's bin): preview, migrate, start with /healthz and a clean stop,
 * and one-line configuration errors.
 */
const BIN = join(process.cwd(), 'bin/events-bot.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  env: Record<string, string>,
  opts: { until?: (out: string) => boolean; signal?: NodeJS.Signals } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (opts.until && !signalled && opts.until(stdout)) {
        signalled = true;
        void onReady(stdout).then(() => child.kill(opts.signal ?? 'SIGTERM'));
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', () => clearTimeout(timer));
  });
}

/** Set by a test: what to check while the service is up, before it is stopped. */
let onReady: (stdout: string) => Promise<void> = async () => {};

const portOf = (stdout: string) => {
  const line = stdout.split('\n').find((l) => l.includes('events-bot started'));
  return line ? (JSON.parse(line) as { port: number }).port : null;
};

describe('events-bot command line', () => {
  let dir: string;
  const feeds = new FeedServer();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'events-bot-cli-'));
    await feeds.start();
    feeds.set('/angular.ics', readFileSync('test/fixtures/feeds/meetup-group-angularjs-edinburgh.ics', 'utf8'));
  });
  afterAll(async () => {
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('previews a feed as JSON with every documented key', async () => {
    const r = await cli(['preview', feeds.url('/angular.ics'), '--near', 'Birmingham, UK', '--json'], {
      ALLOW_PRIVATE_NETWORK_FEEDS: 'true',
    });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: 'Talk & Build AngularJS',
      start: '2013-10-17T19:00:00+01:00',
      end: '2013-10-17T22:00:00+01:00',
      timezone: 'Europe/London',
      allDay: false,
      venue: 'Silicon Walk',
      lat: 55.95,
      lon: -3.19,
      attendance: 'in_person',
      status: 'scheduled',
      verdict: 'skip',
      reason: 'past',
    });
    expect(rows[0]!.distanceKm).toBeGreaterThan(380);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'title',
        'url',
        'start',
        'end',
        'timezone',
        'allDay',
        'venue',
        'address',
        'lat',
        'lon',
        'attendance',
        'status',
        'distanceKm',
        'verdict',
        'reason',
      ]),
    );
  });

  it('refuses a loopback feed unless private feeds are allowed, in one line', async () => {
    const r = await cli(['preview', feeds.url('/angular.ics')], {});
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('private network address');
  });

  it('says what is wrong with a bad DATABASE_URL in one line, without a stack trace', async () => {
    const r = await cli(['start'], { DATABASE_URL: 'mysql://db/events', CONSOLE_CHAT: 'off' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'events-bot: Invalid DATABASE_URL: got "mysql://db/events", expected file:<path> for the embedded SQLite database or postgresql://user@host:port/db.',
    );
  });

  it('migrates, then reports the database is up to date', async () => {
    const env = { DATABASE_URL: `file:${join(dir, 'migrate.db')}` };
    const first = await cli(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Applied 1 migration\(s\):\n {2}\d+_init\n$/);
    expect((await cli(['migrate'], env)).stdout).toBe('Database is up to date.\n');
  });

  it('starts on SQLite with /healthz answering 200, and stops cleanly on SIGTERM', async () => {
    let health: unknown;
    onReady = async (stdout) => {
      health = await (await fetch(`http://127.0.0.1:${portOf(stdout)}/healthz`)).json();
    };
    const r = await cli(
      ['start'],
      { DATABASE_URL: `file:${join(dir, 'data', 'events.db')}`, HTTP_PORT: '0', CONSOLE_CHAT: 'off' },
      { until: (o) => portOf(o) !== null },
    );
    expect(health).toEqual({ ok: true, database: 'up', provider: 'sqlite', chat: [] });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('events-bot stopped');
  });

  (testServerUrl() ? it : it.skip)(
    `starts on PostgreSQL with /healthz answering 200${testServerUrl() ? '' : ` (${PG_HINT})`}`,
    async () => {
      const database = await createTestDatabase('postgres');
      try {
        let health: unknown;
        onReady = async (stdout) => {
          health = await (await fetch(`http://127.0.0.1:${portOf(stdout)}/healthz`)).json();
        };
        const r = await cli(
          ['start'],
          { DATABASE_URL: database.url, HTTP_PORT: '0', CONSOLE_CHAT: 'off' },
          { until: (o) => portOf(o) !== null, signal: 'SIGINT' },
        );
        expect(health).toEqual({ ok: true, database: 'up', provider: 'postgres', chat: [] });
        expect(r.code).toBe(0);
      } finally {
        await database.drop();
      }
    },
  );
});
