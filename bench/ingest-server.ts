/**
 * The ingest benchmark's feed servers, run as a child process so their CPU
 * and memory are not counted as the service's: one HTTP server on each of
 * 127.0.0.1 … 127.0.0.50 (Linux routes all of 127/8 to the loopback
 * interface), each serving the feeds of its host with an ETag and answering
 * 304 to a matching If-None-Match. Sends `{ ports }` to the parent when
 * listening; exits when the parent disconnects.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FEEDS, feedBody, feedHost, feedPath, HOSTS } from './ingest-feeds.js';

const base = Number(process.env.BENCH_BASE);
const docs = new Map<string, { body: Buffer; type: string; etag: string }>();
for (let i = 0; i < FEEDS; i++) {
  const { body, type } = feedBody(i, base);
  docs.set(`${feedHost(i)}${feedPath(i)}`, { body: Buffer.from(body), type, etag: `"g${i}-v1"` });
}

const servers: Server[] = [];
const ports: number[] = [];
for (let h = 1; h <= HOSTS; h++) {
  const host = `127.0.0.${h}`;
  const server = createServer((req, res) => {
    const doc = docs.get(`${host}${req.url ?? ''}`);
    if (!doc) return void res.writeHead(404).end('not found');
    if (req.headers['if-none-match'] === doc.etag) return void res.writeHead(304, { etag: doc.etag }).end();
    res.writeHead(200, { 'content-type': doc.type, etag: doc.etag, 'content-length': doc.body.length }).end(doc.body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  servers.push(server);
  ports.push((server.address() as AddressInfo).port);
}
process.send?.({ ports });
process.on('disconnect', () => {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
  process.exit(0);
});
