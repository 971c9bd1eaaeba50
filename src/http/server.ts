import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/log.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpServer {
  port: number;
  mount(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/**
 * The service's HTTP server: `/healthz` (200 with JSON status when the
 * database answers, 503 otherwise) plus whatever adapters mount (Slack's
 * `/slack/events` in HTTP mode).
 */
export async function startHttp(opts: {
  port: number;
  host: string;
  logger: Logger;
  health: () => Promise<Record<string, unknown> & { ok: boolean }>;
}): Promise<HttpServer> {
  const mounts = new Map<string, Handler>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const mounted = mounts.get(path);
    if (mounted) return mounted(req, res);
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return void health(res);
    send(res, 404, { error: 'not found' });
  });
  async function health(res: ServerResponse): Promise<void> {
    try {
      const status = await opts.health();
      send(res, status.ok ? 200 : 503, status);
    } catch (error) {
      opts.logger.warn({ err: error }, 'health check failed');
      send(res, 503, { ok: false, database: 'error' });
    }
  }
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  server.on('error', (error) => opts.logger.error({ err: error }, 'http server error'));
  return {
    port: (server.address() as AddressInfo).port,
    mount: (path, handler) => void mounts.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
