import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../core/log.js';
import type { Store } from '../core/ports.js';
import { channelCalendar, personCalendar } from '../deliver/ical/feeds.js';

/**
 * `GET /ical/<token>.ics`: a channel's events or a person's RSVPs as an
 * iCalendar subscription. The token (from `/events calendar` or
 * `/events mine calendar`) is the only secret, so it is never logged.
 * Conditional requests: a strong ETag over the document, and Last-Modified
 * from when the document last changed; a matching If-None-Match (or, when
 * none is sent, an If-Modified-Since not older than the last change) is
 * answered 304 Not Modified.
 */
export interface CalendarHttpDeps {
  store: Store;
  logger: Logger;
  now: () => Date;
  publicUrl?: string;
}

const PATH = /^\/ical\/([A-Za-z0-9_-]{16,128})\.ics$/;

/** The host every event UID ends with: PUBLIC_URL's, or a fixed name when it is not set. */
export function uidHost(publicUrl: string | undefined): string {
  try {
    return publicUrl ? new URL(publicUrl).hostname : 'events-bot';
  } catch {
    return 'events-bot';
  }
}

export function calendarHandler(deps: CalendarHttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => void serve(deps, req, res);
}

async function serve(deps: CalendarHttpDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return text(res, 405, 'Calendar feeds are read with GET.');
  }
  const token = PATH.exec((req.url ?? '').split('?')[0]!)?.[1];
  try {
    const body = token ? await build(deps, token) : null;
    if (body === null)
      return text(res, 404, 'No calendar here: the link was reset or never existed. Ask for the current one with /events calendar.');
    const hash = createHash('sha256').update(body).digest('hex');
    const changedAt = await deps.store.calendars.changed(token!, hash, deps.now());
    const etag = `"${hash.slice(0, 32)}"`;
    const headers = {
      etag,
      'last-modified': changedAt.toUTCString(),
      'cache-control': 'private, max-age=300',
    };
    if (notModified(req, etag, changedAt)) {
      res.writeHead(304, headers);
      return void res.end();
    }
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="events.ics"',
      'content-length': Buffer.byteLength(body),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    deps.logger.error({ err: error }, 'calendar feed failed');
    text(res, 500, 'The calendar could not be built just now (logged). Your calendar app will try again later.');
  }
}

/** The document for a token, or null when no feed (or its channel) exists. */
async function build(deps: CalendarHttpDeps, token: string): Promise<string | null> {
  const { store } = deps;
  const feed = await store.calendars.byToken(token);
  if (!feed) return null;
  const host = uidHost(deps.publicUrl);
  if (feed.kind === 'person') return (await personCalendar(store, feed, host, deps.now())).body;
  const channel = await store.channels.get(feed.channelId);
  return channel ? (await channelCalendar(store, channel, host, deps.now())).body : null;
}

function notModified(req: IncomingMessage, etag: string, changedAt: Date): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined) return match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(changedAt.getTime() / 1000) * 1000 <= since;
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
