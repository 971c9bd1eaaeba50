import { describe, expect, it } from 'vitest';
import { loadConfig } from './index.js';

/** Settings of calendar subscriptions and dead-feed alerts (issue #10 §3, §6). */
describe('PUBLIC_URL and the dead-feed alert settings', () => {
  it('GIVEN nothing THEN no public URL, 5 failures and 30 quiet days', () => {
    const r = loadConfig({});
    expect(r.ok && [r.config.PUBLIC_URL, r.config.FEED_ALERT_FAILURES, r.config.FEED_ALERT_QUIET_DAYS]).toEqual([undefined, 5, 30]);
  });

  it('GIVEN values THEN they are used', () => {
    const r = loadConfig({ PUBLIC_URL: ' https://events.example.org ', FEED_ALERT_FAILURES: '3', FEED_ALERT_QUIET_DAYS: '14' });
    expect(r.ok && [r.config.PUBLIC_URL, r.config.FEED_ALERT_FAILURES, r.config.FEED_ALERT_QUIET_DAYS]).toEqual([
      'https://events.example.org',
      3,
      14,
    ]);
  });

  it.each([
    [
      { PUBLIC_URL: 'events.example.org' },
      'Invalid PUBLIC_URL: got "events.example.org", expected an http(s) URL such as https://events.example.org.',
    ],
    [{ FEED_ALERT_FAILURES: '0' }, 'Invalid FEED_ALERT_FAILURES: got "0", expected at least 1.'],
    [{ FEED_ALERT_QUIET_DAYS: 'soon' }, 'Invalid FEED_ALERT_QUIET_DAYS: got "soon", expected a number.'],
  ])('GIVEN %o THEN one line says what is wrong', (env, message) => {
    expect(loadConfig(env)).toEqual({ ok: false, message });
  });
});
