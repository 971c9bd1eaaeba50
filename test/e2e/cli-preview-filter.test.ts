import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer, icsCalendar, pubEvent } from '../helpers/feed-server.js';

/** `events-bot preview --include/--exclude` (issue #10 §5): each event's topic-filter verdict, as a user runs the command. */
const BIN = join(process.cwd(), 'bin/events-bot.js');
const SOON = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 7 * 86_400_000);

function preview(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'preview', ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('events-bot preview with a topic filter', () => {
  const feeds = new FeedServer();
  beforeAll(async () => {
    await feeds.start();
    feeds.set(
      '/mixed.ics',
      icsCalendar('Mixed', [
        pubEvent({ uid: 'py', summary: 'Python Brum', start: SOON }),
        pubEvent({ uid: 'coin', summary: 'Python and Crypto', start: new Date(SOON.getTime() + 3_600_000) }),
        pubEvent({ uid: 'knit', summary: 'Knit Night', start: new Date(SOON.getTime() + 7_200_000) }),
      ]),
    );
  });
  afterAll(() => feeds.close());

  it('shows the filter and each event’s verdict as text', async () => {
    const r = await preview([feeds.url('/mixed.ics'), '--near', 'Birmingham, UK', '--include', 'python, rust', '--exclude', 'crypto']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Topic filter: include python, rust; exclude crypto');
    const block = (title: string) => r.stdout.split('\n\n').find((b) => b.includes(title))!;
    expect(block('Python Brum')).toMatch(/^✔ would post {2}Python Brum[\s\S]*topic filter: ✔ matches “python”/);
    expect(block('Python and Crypto')).toMatch(
      /^✘ skip: left out by the topic filter {2}Python and Crypto[\s\S]*topic filter: ✘ excluded by “crypto”/,
    );
    expect(block('Knit Night')).toMatch(/^✘ skip: left out by the topic filter[\s\S]*✘ matches none of the include keywords/);
  });

  it('adds the verdict to --json rows', async () => {
    const r = await preview([feeds.url('/mixed.ics'), '--near', 'Birmingham, UK', '--exclude', 'crypto', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { title: string; verdict: string; reason: string | null; filter: unknown }[];
    expect(rows.map((x) => [x.title, x.verdict, x.reason ?? null, x.filter])).toEqual([
      ['Python Brum', 'post', null, { pass: true, reason: 'no exclude keyword matches' }],
      ['Python and Crypto', 'skip', 'topic-filter', { pass: false, reason: 'excluded by “crypto”' }],
      ['Knit Night', 'post', null, { pass: true, reason: 'no exclude keyword matches' }],
    ]);
  });
});
