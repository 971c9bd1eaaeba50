import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseBody, verifyRequest } from './receiver.js';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const NOW_MS = Date.parse('2025-06-12T18:00:00Z');
const NOW = NOW_MS / 1000;
const BODY = 'token=x&team_id=T1&command=%2Fevents&text=nearby+10km';
const sign = (ts: number, body = BODY, secret = SECRET) => `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
const headers = (ts: number | string, signature: string) => ({ 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature });

describe('verifyRequest', () => {
  it.each([
    ['a correctly signed request', NOW, sign(NOW), true, ''],
    ['one signed 4 minutes ago', NOW - 240, sign(NOW - 240), true, ''],
    ['one signed 6 minutes ago (replay window passed)', NOW - 360, sign(NOW - 360), false, 'stale timestamp'],
    ['one dated 6 minutes in the future', NOW + 360, sign(NOW + 360), false, 'timestamp in the future'],
    ['one signed with another secret', NOW, sign(NOW, BODY, 'other-secret'), false, 'signature mismatch'],
    ['one whose body was changed after signing', NOW, sign(NOW, `${BODY}&x=1`), false, 'signature mismatch'],
    ['one with a v1 signature', NOW, sign(NOW).replace('v0=', 'v1='), false, 'signature mismatch'],
  ])('%s → %s', (_name, ts, signature, ok, reason) => {
    const verdict = verifyRequest(SECRET, headers(ts, signature), BODY, NOW_MS);
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.reason).toBe(reason);
  });

  it('rejects missing or malformed headers', () => {
    expect(verifyRequest(SECRET, {}, BODY, NOW_MS)).toEqual({ ok: false, reason: 'missing signature headers' });
    expect(verifyRequest(SECRET, headers('12abc', sign(NOW)), BODY, NOW_MS)).toEqual({ ok: false, reason: 'malformed timestamp' });
  });
});

describe('parseBody', () => {
  it('reads slash command forms with or without a charset parameter', () => {
    expect(parseBody('application/x-www-form-urlencoded', BODY)).toMatchObject({ command: '/events', text: 'nearby 10km' });
    expect(parseBody('application/x-www-form-urlencoded; charset=utf-8', BODY)).toMatchObject({ text: 'nearby 10km' });
  });

  it('reads interactivity payloads and Events API JSON', () => {
    const payload = encodeURIComponent(JSON.stringify({ type: 'block_actions', actions: [] }));
    expect(parseBody('application/x-www-form-urlencoded', `payload=${payload}`)).toEqual({ type: 'block_actions', actions: [] });
    expect(parseBody('application/json', '{"type":"event_callback","event_id":"Ev1"}')).toEqual({
      type: 'event_callback',
      event_id: 'Ev1',
    });
  });

  it('refuses other media types and malformed JSON', () => {
    expect(parseBody('text/plain', BODY)).toBeNull();
    expect(parseBody('application/json', '{nope')).toBeNull();
    expect(parseBody('application/json', '[1,2]')).toBeNull();
  });
});
