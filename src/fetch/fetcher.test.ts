import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBody } from './decode.js';
import { describeOutcome } from './describe.js';
import { FEED_ACCEPT, Fetcher, fetchUrl } from './fetcher.js';
import { startHttpServer } from './test-server.js';
import type { LoopbackServer } from './test-server.js';

const now = new Date('2025-03-01T12:00:00Z');
const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
// Synthetic ISO-8859-1 feed bytes (not valid UTF-8): the fetcher must pass them through untouched.
const latin1Feed = Buffer.from(
  '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Opera\xe7\xe3o Justi\xe7a</title></channel></rss>',
  'latin1',
);

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Loopback tests: the guard is lifted (ALLOW_PRIVATE_NETWORK_FEEDS=true), timeouts short. */
const local = () => new Fetcher({ allowPrivateNetwork: true, totalTimeoutMs: 2000, connectTimeoutMs: 1000, now: () => now });

async function serve(handler: (path: string, res: ServerResponse, headers: Record<string, unknown>) => void) {
  server = await startHttpServer((req, res) => handler(req.url ?? '/', res, req.headers));
  return server;
}

describe('successful fetches', () => {
  it('returns body, content type, charset, validators and freshness', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=UTF-8',
        etag: '"v1"',
        'last-modified': 'Fri, 28 Feb 2025 10:00:00 GMT',
        'cache-control': 'max-age=1800',
      });
      res.end(ics);
    });
    const outcome = await local().fetch(s.url('/cal.ics'));
    expect(outcome).toEqual({
      kind: 'ok',
      url: s.url('/cal.ics'),
      status: 200,
      contentType: 'text/calendar',
      charset: 'utf-8',
      body: Buffer.from(ics),
      etag: '"v1"',
      lastModified: 'Fri, 28 Feb 2025 10:00:00 GMT',
      freshUntil: new Date('2025-03-01T12:30:00Z'),
    });
    expect(describeOutcome(outcome)).toBe('HTTP 200 OK (45 bytes, text/calendar)');
  });

  it('sends a browser-like User-Agent naming events-bot, the feed Accept header and supported encodings', async () => {
    const s = await serve((_p, res) => res.end('x'));
    await local().fetch(s.url());
    const headers = s.requests[0]?.headers;
    expect(headers?.['user-agent']).toMatch(/^Mozilla\/5\.0 .*events-bot/);
    expect(headers?.accept).toBe(FEED_ACCEPT);
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers?.['if-none-match']).toBeUndefined();
  });

  it('reports HTML served instead of a feed as ok with its content type (the parser decides)', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Login</title>');
    });
    const outcome = await local().fetch(s.url('/feed'));
    expect(outcome).toMatchObject({ kind: 'ok', contentType: 'text/html', charset: 'utf-8' });
  });

  it('returns an empty 200 as ok with an empty body', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end();
    });
    const outcome = await local().fetch(s.url());
    expect(outcome).toMatchObject({
      kind: 'ok',
      status: 200,
      body: Buffer.alloc(0),
      contentType: 'application/rss+xml',
    });
  });

  it('delivers a Latin-1 feed mislabelled as UTF-8 so that decodeBody yields proper Portuguese', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
      res.end(latin1Feed);
    });
    const outcome = await local().fetch(s.url('/JN-ULTIMAS'));
    if (outcome.kind !== 'ok') throw new Error(describeOutcome(outcome));
    expect(outcome.charset).toBe('utf-8');
    expect(outcome.body.equals(latin1Feed)).toBe(true);
    const text = decodeBody(outcome.body, outcome.charset);
    expect(text).toContain('Operação');
    expect(text).toContain('Justiça');
  });
});

describe('conditional requests', () => {
  it('sends If-None-Match and If-Modified-Since and maps 304 to not-modified', async () => {
    const s = await serve((_p, res, headers) => {
      const matches = headers['if-none-match'] === '"v1"';
      res.writeHead(matches ? 304 : 200, { 'cache-control': 'max-age=600' });
      res.end(matches ? undefined : ics);
    });
    const outcome = await local().fetch(s.url('/cal.ics'), {
      etag: '"v1"',
      lastModified: 'Fri, 28 Feb 2025 10:00:00 GMT',
    });
    expect(outcome).toEqual({
      kind: 'not-modified',
      url: s.url('/cal.ics'),
      freshUntil: new Date('2025-03-01T12:10:00Z'),
    });
    expect(s.requests[0]?.headers['if-none-match']).toBe('"v1"');
    expect(s.requests[0]?.headers['if-modified-since']).toBe('Fri, 28 Feb 2025 10:00:00 GMT');
  });

  it('fetchUrl passes the conditional headers too', async () => {
    const s = await serve((_p, res, headers) => {
      res.writeHead(headers['if-modified-since'] ? 304 : 200);
      res.end();
    });
    const outcome = await fetchUrl(s.url(), {
      allowPrivateNetwork: true,
      conditional: { lastModified: 'Fri, 28 Feb 2025 10:00:00 GMT' },
    });
    expect(outcome.kind).toBe('not-modified');
  });
});

describe('HTTP errors', () => {
  it.each([
    [404, {}, 'HTTP 404 Not Found', null],
    [500, {}, 'HTTP 500 Internal Server Error', null],
    [502, {}, 'HTTP 502 Bad Gateway', null],
    [410, {}, 'HTTP 410 Gone', null],
    [429, { 'retry-after': '120' }, 'HTTP 429 Too Many Requests', new Date('2025-03-01T12:02:00Z')],
    [503, { 'retry-after': 'Sat, 01 Mar 2025 15:00:00 GMT' }, 'HTTP 503 Service Unavailable', new Date('2025-03-01T15:00:00Z')],
  ])('%i', async (status, headers, message, retryAfter) => {
    const s = await serve((_p, res) => {
      res.writeHead(status, headers);
      res.end('error page');
    });
    const outcome = await local().fetch(s.url('/feed'));
    expect(outcome).toEqual({ kind: 'http-error', url: s.url('/feed'), status, retryAfter, message });
  });

  it('describes a rate limit with the time the server asked us to wait for', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(429, { 'retry-after': '60' });
      res.end();
    });
    expect(describeOutcome(await local().fetch(s.url()))).toBe(
      'HTTP 429 Too Many Requests; the server asks us to wait until 2025-03-01T12:01:00.000Z',
    );
  });
});

describe('redirects', () => {
  it('follows relative and absolute Location headers and reports the final URL', async () => {
    const s = await serve((path, res) => {
      if (path === '/old') res.writeHead(301, { location: 'new/feed.ics' }).end();
      else if (path === '/new/feed.ics') res.writeHead(302, { location: s.url('/final.ics') }).end();
      else res.writeHead(200, { 'content-type': 'text/calendar' }).end(ics);
    });
    const outcome = await local().fetch(s.url('/old'));
    expect(outcome).toMatchObject({ kind: 'ok', url: s.url('/final.ics'), body: Buffer.from(ics) });
    expect(s.requests.map((r) => r.path)).toEqual(['/old', '/new/feed.ics', '/final.ics']);
  });

  it('keeps sending the validators along the redirect chain', async () => {
    const s = await serve((path, res) => {
      if (path === '/') res.writeHead(308, { location: '/feed' }).end();
      else res.writeHead(304).end();
    });
    const outcome = await local().fetch(s.url('/'), { etag: 'W/"abc"' });
    expect(outcome.kind).toBe('not-modified');
    expect(s.requests[1]?.headers['if-none-match']).toBe('W/"abc"');
  });

  it('stops a redirect loop with "too many redirects"', async () => {
    const s = await serve((path, res) => {
      res.writeHead(302, { location: path === '/a' ? '/b' : '/a' }).end();
    });
    const outcome = await local().fetch(s.url('/a'));
    expect(outcome).toMatchObject({ kind: 'network-error', message: 'too many redirects (more than 5)' });
    expect(s.requests).toHaveLength(6);
  });

  it.each([
    [3, 'ok'],
    [4, 'network-error'],
  ])('with maxRedirects 3, a chain of %i redirects ends %s', async (hops, kind) => {
    const s = await serve((path, res) => {
      const n = Number(path.slice(1));
      if (n < hops) res.writeHead(307, { location: `/${n + 1}` }).end();
      else res.end('done');
    });
    const fetcher = new Fetcher({ allowPrivateNetwork: true, maxRedirects: 3 });
    expect((await fetcher.fetch(s.url('/0'))).kind).toBe(kind);
  });

  it('treats a redirect without Location as an HTTP error', async () => {
    const s = await serve((_p, res) => res.writeHead(302).end());
    expect(await local().fetch(s.url())).toMatchObject({ kind: 'http-error', status: 302, message: 'HTTP 302 Found' });
  });

  it('refuses a redirect to a non-web scheme', async () => {
    const s = await serve((_p, res) => res.writeHead(301, { location: 'file:///etc/passwd' }).end());
    expect(await local().fetch(s.url())).toEqual({
      kind: 'blocked',
      url: 'file:///etc/passwd',
      message: 'refused: only http and https feeds can be fetched, not file',
    });
  });
});

describe('bad addresses', () => {
  it('reports a URL that does not parse', async () => {
    expect(await local().fetch('not a url')).toEqual({
      kind: 'network-error',
      url: 'not a url',
      message: '"not a url" is not a valid web address',
    });
  });

  it('reports a refused connection', async () => {
    const s = await serve((_p, res) => res.end());
    const url = s.url('/feed');
    await s.close();
    server = undefined;
    const outcome = await local().fetch(url);
    expect(outcome).toEqual({ kind: 'network-error', url, message: `connection refused by ${new URL(url).host}` });
  });
});
