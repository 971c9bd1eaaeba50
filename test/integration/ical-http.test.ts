import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

/** `GET /ical/<token>.ics` as calendar apps and strangers reach it: methods, unknown links, conditional requests, no token in logs. */
describe('calendar feeds over HTTP', () => {
  let t: TestService;
  let base: string;
  const TOKEN = 'Abc_def-0123456789abcdefghijklmn';

  beforeAll(async () => {
    t = await startTestService({ PUBLIC_URL: 'https://events.example.org' });
    base = `http://127.0.0.1:${t.service.httpPort}`;
    await t.service.store.calendars.personFeed('slack', 'U1', TOKEN);
  });
  afterAll(() => t?.close());

  it('serves a known link as text/calendar, HEAD without a body', async () => {
    const res = await fetch(`${base}/ical/${TOKEN}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await res.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(body).toContain('X-WR-CALNAME:My events\r\n');
    const head = await fetch(`${base}/ical/${TOKEN}.ics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(await head.text()).toBe('');
  });

  it.each([
    ['an unknown token', `/ical/${'x'.repeat(32)}.ics`],
    ['a malformed token', `/ical/${'x'.repeat(20)}%2F..%2F.ics`],
    ['no .ics', `/ical/${TOKEN}`],
    ['a token too short to be one', '/ical/abc.ics'],
  ])('answers %s with 404 and what to do', async (_what, path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/Ask for the current one with \/events calendar/);
  });

  it('refuses other methods with 405', async () => {
    const res = await fetch(`${base}/ical/${TOKEN}.ics`, { method: 'PUT', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers conditional requests: matching ETag (also weak) or a recent If-Modified-Since → 304; an older one → 200', async () => {
    const first = await fetch(`${base}/ical/${TOKEN}.ics`);
    const etag = first.headers.get('etag')!;
    const modified = new Date(first.headers.get('last-modified')!);
    const get = (headers: Record<string, string>) => fetch(`${base}/ical/${TOKEN}.ics`, { headers }).then((r) => r.status);
    expect(await get({ 'if-none-match': etag })).toBe(304);
    expect(await get({ 'if-none-match': `"other", W/${etag}` })).toBe(304);
    expect(await get({ 'if-none-match': '"other"' })).toBe(200);
    expect(await get({ 'if-modified-since': modified.toUTCString() })).toBe(304);
    expect(await get({ 'if-modified-since': new Date(modified.getTime() - 60_000).toUTCString() })).toBe(200);
    // If-None-Match wins over If-Modified-Since.
    expect(await get({ 'if-none-match': '"other"', 'if-modified-since': modified.toUTCString() })).toBe(200);
  });

  it('never writes a token into the logs', () => {
    expect(JSON.stringify(t.logs)).not.toContain(TOKEN);
  });
});
