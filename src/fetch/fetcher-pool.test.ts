import { afterEach, describe, expect, it } from 'vitest';
import { Fetcher } from './fetcher.js';
import { fakeResolver, startHttpServer } from './test-server.js';
import type { LoopbackServer } from './test-server.js';

/**
 * Connections are kept per host and checked address: polling many feeds of
 * one host does not open a connection per feed, and a host that now resolves
 * elsewhere is never reached over the old connection.
 */
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('connection reuse', () => {
  it('fetches several feeds of one host over at most its two connections', async () => {
    const ports: number[] = [];
    server = await startHttpServer((req, res) => {
      ports.push(req.socket.remotePort ?? -1);
      res.end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    });
    const fetcher = new Fetcher({ allowPrivateNetwork: true, totalTimeoutMs: 2000 });
    for (let i = 0; i < 6; i++) expect((await fetcher.fetch(server.url(`/group-${i}.ics`))).kind).toBe('ok');
    expect(ports).toHaveLength(6);
    expect(new Set(ports).size).toBeLessThanOrEqual(2);
  });

  it('connects to the new address when the host resolves elsewhere', async () => {
    server = await startHttpServer((_req, res) => res.end('ok'));
    const table: Record<string, string> = { 'feeds.club.example': '127.0.0.1' };
    const { resolve, calls } = fakeResolver(table);
    const fetcher = new Fetcher({ allowPrivateNetwork: true, totalTimeoutMs: 2000, connectTimeoutMs: 1000, resolve });
    const url = server.url('/feed.ics', 'feeds.club.example');
    expect((await fetcher.fetch(url)).kind).toBe('ok');
    // Nothing listens on 127.0.0.2 at that port: reusing the open connection would wrongly succeed.
    table['feeds.club.example'] = '127.0.0.2';
    const second = await fetcher.fetch(url);
    expect(second.kind).toBe('network-error');
    expect(calls).toEqual(['feeds.club.example', 'feeds.club.example']);
    expect(server.requests).toHaveLength(1);
  });
});
