import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, loadConfig } from './index.js';

describe('loadConfig', () => {
  it('GIVEN no variables THEN the defaults run the embedded database on port 3000', () => {
    const r = loadConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.DATABASE_URL).toBe('file:./data/events.db');
    expect(r.config.HTTP_PORT).toBe(3000);
    expect(r.config.POLL_SCHEDULE).toBe('*/15 * * * *');
    expect(r.config.ALLOW_PRIVATE_NETWORK_FEEDS).toBe(false);
    expect(r.config.DISCORD_API_URL).toBe('https://discord.com/api');
    expect(r.config.SLACK_API_URL).toBe('https://slack.com/api/');
  });

  it.each([
    [
      { DATABASE_URL: 'mysql://x' },
      'Invalid DATABASE_URL: got "mysql://x", expected file:<path> for the embedded SQLite database or postgresql://user@host:port/db.',
    ],
    [{ HTTP_PORT: 'abc' }, 'Invalid HTTP_PORT: got "abc", expected a number.'],
    [{ HTTP_PORT: '70000' }, 'Invalid HTTP_PORT: got "70000", expected a port number from 0 to 65535.'],
    [{ LOG_LEVEL: 'loud' }, 'Invalid LOG_LEVEL: got "loud", expected one of fatal, error, warn, info, debug, trace, silent.'],
    [{ POLL_SCHEDULE: 'every day' }, 'Invalid POLL_SCHEDULE: got "every day", expected a cron expression such as "*/15 * * * *".'],
    [{ ALLOW_PRIVATE_NETWORK_FEEDS: 'maybe' }, 'Invalid ALLOW_PRIVATE_NETWORK_FEEDS: got "maybe", expected true or false.'],
  ])('GIVEN %o THEN one line names the variable, the value and the expectation', (env, message) => {
    const r = loadConfig(env);
    expect(r).toEqual({ ok: false, message });
  });

  it('GIVEN a Slack bot token without a signing secret or app token THEN it says which to set', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^Invalid SLACK_SIGNING_SECRET: got nothing/);
  });

  it('parses booleans and comma lists', () => {
    const r = loadConfig({ ALLOW_PRIVATE_NETWORK_FEEDS: 'true', SLACK_ADMIN_USER_IDS: 'U1, U2,,' });
    expect(r.ok && r.config.ALLOW_PRIVATE_NETWORK_FEEDS).toBe(true);
    expect(r.ok && r.config.SLACK_ADMIN_USER_IDS).toEqual(['U1', 'U2']);
  });

  it('never echoes a secret in the error', () => {
    const r = loadConfig({ SLACK_API_URL: 'not a url', DISCORD_TOKEN: 'abc' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('abc');
  });

  it('.env.example lists every variable with its default, and the README names each one', () => {
    const example = Object.fromEntries(
      readFileSync('.env.example', 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const variables = Object.keys(ConfigSchema.shape);
    expect(Object.keys(example).sort()).toEqual([...variables].sort());
    expect(loadConfig(example)).toEqual(loadConfig({}));
    const readme = readFileSync('README.md', 'utf8');
    for (const name of variables) expect(readme, name).toContain(`\`${name}\``);
  });
});
