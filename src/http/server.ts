import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/log.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpServer {
  port: number;
  mount(path: string, handler: Handler): void;
  /** Mounts a handler for every path under `prefix` (e.g. "/ical/"). */
  mountPrefix(prefix: string, handler: Handler): void;
  close(): Promise<void>;
}

export interface MetricsEndpoint {
  scrape(): Promise<{ contentType: string; body: string }>;
  /** METRICS_TOKEN: when set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string;
}

/**
 * The service's HTTP server, plus whatever adapters mount (Slack's
 * `/slack/events` in HTTP mode):
 * - `/healthz` and `/readyz` — readiness: 200 with JSON status once the chat
 *   adapters have started and while the database answers; 503 with
 *   `{"status":"starting"}`, `"stopping"` or `"unavailable"` otherwise. For
 *   load balancers and Docker's HEALTHCHECK.
 * - `/livez` — liveness: 200 whenever the process answers HTTP at all (a
 *   database outage is not a reason to restart it).
 * - `/metrics` — Prometheus text format (src/service/metrics.ts).
 */
export async function startHttp(opts: {
  port: number;
  host: string;
  logger: Logger;
  health: () => Promise<Record<string, unknown> & { ok: boolean }>;
  metrics?: MetricsEndpoint;
}): Promise<HttpServer> {
  const mounts = new Map<string, Handler>();
  const prefixes = new Map<string, Handler>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const mounted = mounts.get(path);
    if (mounted) return mounted(req, res);
    for (const [prefix, handler] of prefixes) if (path.startsWith(prefix)) return handler(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, path in ROUTES ? 405 : 404, { error: 'not found' });
    if (path === '/healthz' || path === '/readyz') return void health(res);
    if (path === '/livez') return send(res, 200, { status: 'alive' });
    if (path === '/metrics' && opts.metrics) return void metrics(req, res, opts.metrics);
    send(res, 404, { error: 'not found' });
  });
  async function health(res: ServerResponse): Promise<void> {
    try {
      const status = await opts.health();
      send(res, status.ok ? 200 : 503, status);
    } catch (error) {
      opts.logger.warn({ err: error }, 'health check failed');
      send(res, 503, { ok: false, status: 'unavailable', database: 'error' });
    }
  }
  async function metrics(req: IncomingMessage, res: ServerResponse, endpoint: MetricsEndpoint): Promise<void> {
    if (endpoint.token && !bearerMatches(req.headers.authorization, endpoint.token)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      return send(res, 401, { error: 'METRICS_TOKEN required: send Authorization: Bearer <token>' });
    }
    try {
      const { contentType, body } = await endpoint.scrape();
      res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      opts.logger.error({ err: error }, 'metrics scrape failed');
      send(res, 500, { error: 'metrics unavailable (logged)' });
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
    mountPrefix: (prefix, handler) => void prefixes.set(prefix, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

const ROUTES = { '/healthz': true, '/readyz': true, '/livez': true, '/metrics': true };

/** Constant-time comparison of `Authorization: Bearer <token>` with the expected token. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
