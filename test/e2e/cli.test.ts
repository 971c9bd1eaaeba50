import { HAS_CAPTURED, itCaptured, readCaptured } from '../helpers/captured.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { createTestDatabase, testServerUrl, PG_HINT } from '../helpers/db.js';
import { FeedServer, icsCalendar, VENUES } from '../helpers/feed-server.js';

/**
 * The `events-bot` command as a user runs it (node bin/events-bot.js, the
 * package's bin): preview, migrate, start with /healthz and a clean stop,
 * and one-line configuration errors.
 */
const BIN = join(process.cwd(), 'bin/events-bot.js');
const DAY = 86_400_000;
/** A week from now, on the hour (events in the previews and polls below are upcoming). */
const SOON = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 7 * DAY);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  env: Record<string, string | undefined>,
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
    if (HAS_CAPTURED) feeds.set('/angular.ics', readCaptured('meetup-group-angularjs-edinburgh.ics', 'utf8'));
    feeds.set(
      '/brum.ics',
      icsCalendar('Brum Tech', [
        { uid: 'pub', summary: 'Pub quiz night', start: SOON, ...VENUES.victoria },
        { uid: 'zoom', summary: 'Remote lightning talks', start: new Date(SOON.getTime() + DAY), ...VENUES.zoom },
        { uid: 'cov', summary: 'Coventry Python', start: new Date(SOON.getTime() + 2 * DAY), ...VENUES.coventry, status: 'CANCELLED' },
      ]),
    );
    feeds.set(
      '/lamp.ics',
      icsCalendar('What’s on', [
        { uid: 'folk', summary: 'Folk night', start: SOON, location: '' },
        { uid: 'away', summary: 'Darts league: Kestrels v Lamp Darts Team', description: 'Away game.', start: SOON, location: '' },
      ]),
    );
    feeds.fail('/gone.ics', 404);
  });
  afterAll(async () => {
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  itCaptured('previews a feed as JSON with every documented key', async () => {
    const r = await cli(['preview', feeds.url('/angular.ics'), '--near', 'Birmingham, UK', '--json'], {});
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
        'placedBy',
        'attendance',
        'status',
        'distanceKm',
        'verdict',
        'reason',
      ]),
    );
  });

  it('previews a feed as text: local time, attendance, status, place, distance from --near and the verdict', async () => {
    const r = await cli(['preview', feeds.url('/brum.ics'), '--near', 'Birmingham, UK', '--radius', '20'], {});
    expect(r.code).toBe(0);
    const when = (d: Date) =>
      new Intl.DateTimeFormat('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
        timeZone: 'Europe/London',
      }).format(d);
    const blocks = r.stdout.trim().split('\n\n');
    expect(blocks[0]).toBe(
      'Brum Tech (ical): 3 events — verdicts for Birmingham, England, GB, 20 km\nHome area: Birmingham, England, GB (from where its events are)',
    );
    expect(blocks[1]).toMatch(
      new RegExp(
        `^✔ would post {2}Pub quiz night\n {4}${when(SOON)} \\[Europe/London\\] · in person · scheduled\n` +
          ` {4}The Victoria, 48 John Bright St, Birmingham B1 1BN · placed by its coordinates \\(Birmingham, GB\\) · 0\\.\\d km from Birmingham, England, GB\n {4}https://example\\.org/events/pub$`,
      ),
    );
    expect(blocks[2]).toContain('✘ skip: online only  Remote lightning talks');
    expect(blocks[2]).toContain(' · online · scheduled');
    expect(blocks[3]).toMatch(/^✘ skip: cancelled {2}Coventry Python\n.* · in person · cancelled\n {4}Fargo Village.* · 2\d km from /);
  });

  it('previews a feed with a place set for it (--place), as /events feed place would, and refuses a place it cannot find', async () => {
    const plain = await cli(['preview', feeds.url('/lamp.ics'), '--near', 'Birmingham, UK'], {});
    expect(plain.stdout).toContain('✘ skip: names no place, so not clear it happens in person (see --place)  Folk night');
    const placed = await cli(['preview', feeds.url('/lamp.ics'), '--near', 'Birmingham, UK', '--place', 'The Lamp Tavern, Birmingham'], {});
    expect(placed.stdout).toContain('Home area: Birmingham, England, GB (the place set with /events feed place)');
    expect(placed.stdout).toMatch(
      /✔ would post {2}Folk night\n.* · in person · scheduled\n {4}The Lamp Tavern.* · placed by the place set for its feed/,
    );
    // an away game does not take the set place, and the reason says so rather than pointing at --place again
    expect(placed.stdout).toContain(
      '✘ skip: an away game that names no ground, so not at the place set for the feed  Darts league: Kestrels v Lamp Darts Team',
    );
    // A town several places share is the one near --near, and the preview says which others there are.
    const worcester = await cli(['preview', feeds.url('/lamp.ics'), '--near', 'Birmingham, UK', '--place', 'The Lamp, Worcester'], {});
    expect(worcester.stdout).toContain('placed by the place set for its feed (Worcester, GB)');
    expect(worcester.stderr).toMatch(
      /--place "The Lamp, Worcester" also matches .*Worcester, Massachusetts, US.*\. Using Worcester, England, GB\./,
    );
    expect(worcester.stderr).not.toContain('from your region');
    const unknown = await cli(['preview', feeds.url('/lamp.ics'), '--place', 'The Lamp Tavern, Nowheresville'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--place: I couldn't find 'Nowheresville'");
  });

  it('says when the --place is far from --near (a namesake, the town meant not being known)', async () => {
    const far = await cli(['preview', feeds.url('/lamp.ics'), '--near', 'Birmingham, UK', '--place', 'The Lamp, Ullapool'], {});
    expect(far.stderr).toMatch(
      /--place "The Lamp, Ullapool": Ullapool, Scotland, GB is \d+ km from your region — add the state or country/,
    );
  });

  it('stops quietly when the reader of its output goes away (preview … | head)', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      uid: `quiz-${i}`,
      summary: `Pub quiz night ${i}`,
      start: new Date(SOON.getTime() + i * 3_600_000),
      ...VENUES.victoria,
    }));
    feeds.set('/many.ics', icsCalendar('Brum Quizzes', many));
    const run = await new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'preview', feeds.url('/many.ics'), '--near', 'Birmingham, UK'], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stdout.once('data', () => child.stdout.destroy()); // like `head -2` exiting after its lines
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout: '', stderr }));
    });
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.code).toBe(0);
  });

  it('says when --near is ambiguous, without breaking the --json output', async () => {
    const r = await cli(['preview', feeds.url('/brum.ics'), '--near', 'Birmingham', '--json'], {});
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      '"Birmingham" also matches Birmingham, Alabama, US. Using Birmingham, England, GB; add the region or country to choose another.\n',
    );
    const rows = JSON.parse(r.stdout) as { title: string; verdict: string; reason: string | null; placedBy: string }[];
    expect(rows.map((e) => [e.title, e.verdict, e.reason])).toEqual([
      ['Pub quiz night', 'post', null],
      ['Remote lightning talks', 'skip', 'online'],
      ['Coventry Python', 'skip', 'cancelled'],
    ]);
    // Which clue placed each event (issue #8): the pub by its GEO.
    expect(rows[0]!.placedBy).toBe('geo');
    for (const row of rows)
      expect(['geo', 'event-page', 'address', 'venue', 'home-area', 'calendar', 'title', 'none']).toContain(row.placedBy);
  });

  it('polls the stored sources once and prints a summary; a second run finds nothing due', async () => {
    const url = `file:${join(dir, 'poll.db')}`;
    await migrate(url);
    const store = await openStore(url);
    await store.sources.add(feeds.url('/brum.ics'), 'auto');
    await store.sources.add(feeds.url('/gone.ics'), 'auto');
    await store.close();
    const env = { DATABASE_URL: url, ALLOW_PRIVATE_NETWORK_FEEDS: 'true', LOG_LEVEL: 'error' };
    const r = await cli(['poll', '--once'], env);
    expect(r.stdout).toBe(
      [
        `#1 ${feeds.url('/brum.ics')} — 3 events, 3 new, 0 updated`,
        `#2 ${feeds.url('/gone.ics')} — FAILED: HTTP 404 Not Found`,
        '2 sources due: 1 ok, 0 not modified, 1 failed; 3 new events, 0 updated.',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(1); // a source failed
    // Without LOG_LEVEL, poll --once logs only warnings: its output is the summary alone.
    const again = await cli(['poll', '--once'], { ...env, LOG_LEVEL: undefined });
    expect(again).toMatchObject({ code: 0, stdout: '0 sources due: 0 ok, 0 not modified, 0 failed; 0 new events, 0 updated.\n' });
  });

  itCaptured('previews a feed on your own machine without extra settings (preview is run by you, not typed in chat)', async () => {
    const r = await cli(['preview', feeds.url('/angular.ics')], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Talk & Build AngularJS');
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [['poll'], 'events-bot poll needs --once'],
    [['preview'], 'Usage: events-bot preview <url>'],
    [
      ['preview', 'https://example.org/feed.ics', '--radius', '500'],
      'events-bot: --radius must be a number of km from 1 to 200, got "500"',
    ],
    [['start', '--colour'], "events-bot: Unknown option '--colour'"],
  ])('exits 2 with a one-line reason for a usage error: %j', async (args, message) => {
    const r = await cli(args, {});
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
  });

  it('says in one line when a feed cannot be read', async () => {
    const r = await cli(['preview', feeds.url('/missing.ics')], {});
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`events-bot: could not read ${feeds.url('/missing.ics')}: HTTP 404 Not Found`);
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
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\):\n {2}\d+_init\n( {2}\d+_\w+\n)*$/);
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
    expect(health).toEqual({ ok: true, status: 'ready', database: 'up', provider: 'sqlite', chat: [] });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('events-bot stopped');
  });

  it('opens the console chat with CONSOLE_CHAT=on, logging only warnings unless LOG_LEVEL says otherwise; end of input stops it', async () => {
    const r = await cli(['start'], {
      DATABASE_URL: `file:${join(dir, 'console.db')}`,
      HTTP_PORT: '0',
      CONSOLE_CHAT: 'on',
      LOG_LEVEL: undefined,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Console chat ready');
    expect(r.stdout).not.toContain('events-bot started');
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
        expect(health).toEqual({ ok: true, status: 'ready', database: 'up', provider: 'postgres', chat: [] });
        expect(r.code).toBe(0);
      } finally {
        await database.drop();
      }
    },
  );
});
