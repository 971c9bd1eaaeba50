/** The protective side of the fetcher: timeouts, size caps, SSRF guard, address pinning, per-host limit. */
import type { ServerResponse } from 'node:http';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { describeOutcome } from './describe.js';
import { Fetcher } from './fetcher.js';
import type { FetcherOptions } from './fetcher.js';
import { checkAddress } from './ssrf.js';
import { fakeResolver, startHttpServer, startSilentTcpServer } from './test-server.js';
import { recordingLogger } from '../../test/helpers/recording-logger.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function serve(handler: (path: string, res: ServerResponse) => void) {
  const server = await startHttpServer((req, res) => handler(req.url ?? '/', res));
  cleanups.push(() => server.close());
  return server;
}

const local = (options: FetcherOptions = {}) =>
  new Fetcher({ allowPrivateNetwork: true, totalTimeoutMs: 300, connectTimeoutMs: 200, ...options });

describe('timeouts', () => {
  it('gives up on a server that accepts the request and never answers', async () => {
    const s = await serve(() => undefined);
    const outcome = await local().fetch(s.url('/feed'));
    expect(outcome).toEqual({ kind: 'network-error', url: s.url('/feed'), message: 'timed out after 0.3 s' });
  });

  it('ends a slow drip (headers, then a byte at a time for ever) at the total timeout', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      const drip = setInterval(() => res.write('B'), 20);
      res.on('close', () => clearInterval(drip));
    });
    const outcome = await local().fetch(s.url('/drip.ics'));
    expect(outcome).toEqual({ kind: 'network-error', url: s.url('/drip.ics'), message: 'timed out after 0.3 s' });
    expect(describeOutcome(outcome)).toBe('timed out after 0.3 s');
  });

  it('reports a connect timeout when the TLS handshake never completes', async () => {
    const silent = await startSilentTcpServer();
    cleanups.push(() => silent.close());
    const fetcher = local({ connectTimeoutMs: 100, totalTimeoutMs: 5000 });
    const outcome = await fetcher.fetch(`https://127.0.0.1:${silent.port}/feed`);
    expect(outcome).toMatchObject({
      kind: 'network-error',
      message: `could not connect to 127.0.0.1:${silent.port} within 0.1 s`,
    });
  });

  it('uses the default 30 s wording', () => {
    expect(describeOutcome({ kind: 'network-error', url: 'https://x.example/', message: 'timed out after 30 s' })).toBe(
      'timed out after 30 s',
    );
  });
});

describe('body size cap', () => {
  const big = Buffer.alloc(64 * 1024, 'a');

  it('refuses a declared Content-Length over the cap', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-length': String(big.length) });
      res.end(big);
    });
    const outcome = await local({ maxBytes: 16 * 1024 }).fetch(s.url());
    expect(outcome).toEqual({
      kind: 'too-large',
      url: s.url(),
      limitBytes: 16 * 1024,
      message: 'larger than 16 KB, the size limit for one feed',
    });
  });

  it('stops reading a chunked body without Content-Length once it passes the cap', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      // Keeps writing far beyond the cap; the client must cut it off.
      let sent = 0;
      const pump = setInterval(() => {
        res.write(big);
        sent += big.length;
        if (sent > 10 * 1024 * 1024) res.end();
      }, 1);
      res.on('close', () => clearInterval(pump));
    });
    const outcome = await local({ maxBytes: 100 * 1024, totalTimeoutMs: 5000 }).fetch(s.url());
    expect(outcome).toMatchObject({ kind: 'too-large', limitBytes: 100 * 1024 });
  });

  it('accepts a body exactly at the cap', async () => {
    const s = await serve((_p, res) => res.end(big));
    const outcome = await local({ maxBytes: big.length }).fetch(s.url());
    expect(outcome).toMatchObject({ kind: 'ok', body: big });
  });

  // A few KB on the wire that expand to 6 MB: past the default 5 MB cap.
  const bomb = Buffer.alloc(6 * 1024 * 1024);
  it.each([
    ['gzip', gzipSync(bomb)],
    ['deflate', deflateSync(bomb)],
    ['deflate', deflateRawSync(bomb)],
    ['br', brotliCompressSync(bomb)],
  ])('refuses a %s bomb by counting decompressed bytes', async (encoding, compressed) => {
    expect(compressed.length).toBeLessThan(16 * 1024);
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-encoding': encoding, 'content-length': String(compressed.length) });
      res.end(compressed);
    });
    const outcome = await local({ maxBytes: undefined, totalTimeoutMs: 5000 }).fetch(s.url());
    expect(outcome).toMatchObject({
      kind: 'too-large',
      limitBytes: 5 * 1024 * 1024,
      message: 'larger than 5 MB, the size limit for one feed',
    });
  });

  const feed = Buffer.from('<rss version="2.0"><channel><title>Café</title></channel></rss>');
  it.each([
    ['gzip', gzipSync(feed)],
    ['x-gzip', gzipSync(feed)],
    ['deflate', deflateSync(feed)],
    ['deflate', deflateRawSync(feed)],
    ['br', brotliCompressSync(feed)],
    ['gzip, br', brotliCompressSync(gzipSync(feed))],
    ['identity', feed],
  ])('decodes Content-Encoding %s', async (encoding, wire) => {
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-encoding': encoding });
      res.end(wire);
    });
    expect(await local().fetch(s.url())).toMatchObject({ kind: 'ok', body: feed });
  });

  it('reports a corrupt gzip body', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(Buffer.from('this is not gzip at all'));
    });
    const outcome = await local().fetch(s.url());
    expect(outcome).toMatchObject({
      kind: 'network-error',
      message: expect.stringMatching(/^the gzip compressed body is corrupt/),
    });
  });

  it('reports an encoding it cannot undo', async () => {
    const s = await serve((_p, res) => {
      res.writeHead(200, { 'content-encoding': 'zstd' });
      res.end('xx');
    });
    expect(await local().fetch(s.url())).toMatchObject({
      kind: 'network-error',
      message: 'the server used an unsupported Content-Encoding "zstd"',
    });
  });
});

describe('SSRF guard', () => {
  it('refuses a public-looking name that resolves to loopback, without connecting', async () => {
    const s = await serve((_p, res) => res.end('secret'));
    const dns = fakeResolver({ 'feeds.example.com': '127.0.0.1' });
    const fetcher = new Fetcher({ resolve: dns.resolve });
    const outcome = await fetcher.fetch(s.url('/feed', 'feeds.example.com'));
    expect(outcome).toEqual({
      kind: 'blocked',
      url: s.url('/feed', 'feeds.example.com'),
      message:
        'refused: feeds.example.com points to a private or internal network address; set ALLOW_PRIVATE_NETWORK_FEEDS=true to allow local feeds',
    });
    expect(describeOutcome(outcome)).toContain('private or internal network address');
    expect(describeOutcome(outcome)).not.toContain('127.0.0.1');
    expect(s.requests).toHaveLength(0);
  });

  it('logs where a refused name pointed at debug level, for the operator only', async () => {
    const logger = recordingLogger();
    const fetcher = new Fetcher({ resolve: fakeResolver({ vm: '127.0.0.1' }).resolve, logger });
    const outcome = await fetcher.fetch('http://vm/feed.ics');
    expect(outcome).toMatchObject({ kind: 'blocked', message: expect.stringContaining('vm points to a private or internal') });
    expect(outcome.kind === 'blocked' ? outcome.message : '').not.toContain('127.0.0.1');
    expect(logger.entries).toEqual([
      {
        level: 'debug',
        msg: 'feed address refused by the SSRF guard',
        obj: { url: 'http://vm/feed.ics', refused: 'vm → 127.0.0.1 (loopback)' },
      },
    ]);
  });

  it('refuses a literal loopback URL by default', async () => {
    const s = await serve((_p, res) => res.end('secret'));
    expect(await new Fetcher().fetch(s.url())).toMatchObject({ kind: 'blocked' });
    expect(s.requests).toHaveLength(0);
  });

  // The loopback test server stands in for a public host: this policy treats
  // 127.0.0.1 as public and judges every other address with the real rules.
  const loopbackIsPublic = (address: string) => (address === '127.0.0.1' ? { allowed: true as const } : checkAddress(address));

  it.each([
    [
      'a name resolving into private space',
      'http://intranet.example.com/admin',
      'intranet.example.com points to a private or internal network address;',
    ],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a private or internal network address;'],
    ['an IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.2]/', '::ffff:7f00:2 is a private or internal network address;'],
  ])('re-checks every redirect target: refuses %s', async (_label, target, fragment) => {
    const s = await serve((_p, res) => res.writeHead(302, { location: target }).end());
    const dns = fakeResolver({ 'feeds.example.com': '127.0.0.1', 'intranet.example.com': '10.0.0.5' });
    const fetcher = new Fetcher({ resolve: dns.resolve, checkAddress: loopbackIsPublic, totalTimeoutMs: 2000 });
    const outcome = await fetcher.fetch(s.url('/feed', 'feeds.example.com'));
    expect(outcome).toMatchObject({ kind: 'blocked', url: new URL(target).href });
    expect(outcome.kind === 'blocked' ? outcome.message : '').toContain(fragment);
    expect(s.requests).toHaveLength(1);
  });

  it('reports a name that does not resolve', async () => {
    const fetcher = new Fetcher({ resolve: fakeResolver({}).resolve });
    expect(await fetcher.fetch('https://no-such-host.example/feed')).toEqual({
      kind: 'network-error',
      url: 'https://no-such-host.example/feed',
      message: 'could not resolve no-such-host.example (no such host)',
    });
  });
});

describe('connecting to the checked address', () => {
  it('resolves once per hop and connects to that answer even if DNS changes its mind', async () => {
    const s = await serve((_p, res) => res.end('feed'));
    // First answer: the loopback test server. Any later answer points at 127.0.0.2,
    // where nothing listens, so a second lookup would fail the fetch.
    const calls: string[] = [];
    const rebinding = async (hostname: string) => {
      calls.push(hostname);
      return [{ address: calls.length === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 as const }];
    };
    const fetcher = local({ resolve: rebinding, totalTimeoutMs: 2000 });
    const outcome = await fetcher.fetch(s.url('/feed', 'feeds.example.com'));
    expect(outcome).toMatchObject({ kind: 'ok', body: Buffer.from('feed') });
    expect(calls).toEqual(['feeds.example.com']);
    expect(s.requests).toHaveLength(1);
  });

  it('keeps the original host name in the Host header', async () => {
    const s = await serve((_p, res) => res.end('feed'));
    const fetcher = local({ resolve: fakeResolver({ 'feeds.example.com': '127.0.0.1' }).resolve });
    await fetcher.fetch(s.url('/feed', 'feeds.example.com'));
    expect(s.requests[0]?.headers.host).toBe(`feeds.example.com:${s.port}`);
  });

  it('resolves again for each redirect hop', async () => {
    const s = await serve((path, res) => {
      if (path === '/a') res.writeHead(301, { location: s.url('/b', 'cdn.example.net') }).end();
      else res.end('feed');
    });
    const dns = fakeResolver({ 'feeds.example.com': '127.0.0.1', 'cdn.example.net': '127.0.0.1' });
    const outcome = await local({ resolve: dns.resolve, totalTimeoutMs: 2000 }).fetch(s.url('/a', 'feeds.example.com'));
    expect(outcome.kind).toBe('ok');
    expect(dns.calls).toEqual(['feeds.example.com', 'cdn.example.net']);
  });
});

describe('per-host concurrency', () => {
  it('never has more than maxPerHost requests open to one host', async () => {
    let open = 0;
    const maxOpen = new Map<string, number>();
    const s = await startHttpServer((req, res) => {
      const host = (req.headers.host ?? '').split(':')[0] ?? '';
      open += 1;
      maxOpen.set(host, Math.max(maxOpen.get(host) ?? 0, open));
      setTimeout(() => {
        open -= 1;
        res.end('ok');
      }, 20);
    });
    cleanups.push(() => s.close());
    const dns = fakeResolver({ 'a.example': '127.0.0.1' });
    const fetcher = local({ resolve: dns.resolve, maxPerHost: 2, totalTimeoutMs: 5000 });
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => fetcher.fetch(s.url(`/${i}`, 'a.example'))));
    expect(outcomes.map((o) => o.kind)).toEqual(Array(6).fill('ok'));
    expect(maxOpen.get('a.example')).toBe(2);
  });
});
