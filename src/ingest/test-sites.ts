/**
 * Test support (used by *.test.ts files; not part of the service): several
 * named web sites — www.meetup.com, mastodon.social, a venue's site — served
 * by ONE loopback HTTP server (127.0.0.1, ephemeral port) that tells them
 * apart by the Host header, and a real `Fetcher` that reaches them:
 *
 * - its injected resolver answers 127.0.0.1 for the sites' names (and "no such
 *   host" for every other name, so a test never asks real DNS);
 * - `https://<site>/…` is fetched as `http://<site>:<port>/…`: a loopback test
 *   server cannot listen on 443 or hold a certificate for www.meetup.com, so
 *   this stands in for TLS termination. Outcome URLs are mapped back, so
 *   ingest sees exactly the https URLs a real fetch would report.
 *
 * Everything else — SSRF check (lifted: allowPrivateNetwork), headers,
 * User-Agent, conditional requests, decoding limits — is the real Fetcher.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { Fetcher, type FetcherOptions, type FetchOutcome } from '../fetch/index.js';
import { fakeResolver, startHttpServer, type LoopbackServer } from '../fetch/test-server.js';
import { PageEvents, type FetchPort } from './enrich.js';
import type { IngestDeps } from './index.js';
import type { FeedPlace } from '../core/placement.js';
import { resolveRegion } from '../place/index.js';
import { previewUrl, type PreviewRow } from './preview.js';

interface Doc {
  status: number;
  body: string | Buffer;
  headers: OutgoingHttpHeaders;
}

export interface SiteRequest {
  host: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export class Sites {
  private docs = new Map<string, Doc>();
  private server: LoopbackServer | null = null;
  readonly requests: SiteRequest[] = [];

  /** Serves `body` at https://<host><path> (and http://) from now on. */
  page(host: string, path: string, body: string | Buffer, type: string, headers: OutgoingHttpHeaders = {}): string {
    this.docs.set(`${host}${path}`, { status: 200, body, headers: { 'content-type': type, ...headers } });
    return `https://${host}${path}`;
  }

  /** Answers https://<host><path> with an HTTP error from now on. */
  fail(host: string, path: string, status: number, headers: OutgoingHttpHeaders = {}): string {
    this.docs.set(`${host}${path}`, { status, body: `error ${status}`, headers: { 'content-type': 'text/plain', ...headers } });
    return `https://${host}${path}`;
  }

  /** Requests that reached `https://<host><path>`. */
  hits(url: string): SiteRequest[] {
    const u = new URL(url);
    return this.requests.filter((r) => r.host === u.hostname && r.path === `${u.pathname}${u.search}`);
  }

  async start(): Promise<this> {
    this.server = await startHttpServer((req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const path = req.url ?? '/';
      this.requests.push({ host, path, headers: req.headers });
      const doc = this.docs.get(`${host}${path}`);
      if (!doc) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      const etag = doc.headers.etag;
      if (etag && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(doc.status, doc.headers).end(doc.body);
    });
    return this;
  }

  close(): Promise<void> {
    return this.server?.close() ?? Promise.resolve();
  }

  /** A real Fetcher that reaches these sites (see the top of this file). */
  fetcher(options: FetcherOptions = {}): FetchPort {
    const port = this.server!.port;
    const names = (host: string) => [...this.docs.keys()].some((k) => k.startsWith(`${host}/`));
    const resolver = fakeResolver({});
    const fetcher = new Fetcher({
      allowPrivateNetwork: true,
      totalTimeoutMs: 5_000,
      // Sites added after the fetcher was made resolve too.
      resolve: (host) => (names(host) ? Promise.resolve([{ address: '127.0.0.1', family: 4 }]) : resolver.resolve(host)),
      ...options,
    });
    const toLocal = (url: string): string => {
      const u = new URL(url);
      if (u.protocol !== 'https:' || u.port !== '') return url;
      return `http://${u.hostname}:${port}${u.pathname}${u.search}`;
    };
    const toPublic = (url: string): string => url.replace(new RegExp(`^http://([^/:]+):${port}(?=/)`), 'https://$1');
    return {
      fetch: async (url, conditional): Promise<FetchOutcome> => {
        const outcome = await fetcher.fetch(toLocal(url), conditional);
        return { ...outcome, url: toPublic(outcome.url) };
      },
    };
  }
}

export interface PageEvent {
  name: string;
  url: string;
  start: string;
  end?: string;
  venue?: string;
  street?: string;
  locality?: string;
  postcode?: string;
  country?: string;
  lat?: number;
  lon?: number;
  online?: boolean;
  status?: 'EventScheduled' | 'EventCancelled' | 'EventPostponed';
}

/** An event page as Meetup, Luma or a venue's site writes it: HTML with schema.org Event JSON-LD. */
export function eventPageHtml(events: PageEvent[], title = events[0]?.name ?? 'Events'): string {
  const node = (e: PageEvent) => ({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    url: e.url,
    startDate: e.start,
    ...(e.end ? { endDate: e.end } : {}),
    eventStatus: `https://schema.org/${e.status ?? 'EventScheduled'}`,
    eventAttendanceMode: `https://schema.org/${e.online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    location: e.online
      ? { '@type': 'VirtualLocation', url: 'https://zoom.us/j/1' }
      : {
          '@type': 'Place',
          name: e.venue,
          address: {
            '@type': 'PostalAddress',
            streetAddress: e.street,
            addressLocality: e.locality,
            postalCode: e.postcode,
            addressCountry: e.country,
          },
          ...(e.lat !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: e.lat, longitude: e.lon } } : {}),
        },
  });
  const json = JSON.stringify(events.length === 1 ? node(events[0]!) : events.map(node));
  return `<!DOCTYPE html><html><head><title>${title}</title><script type="application/ld+json">${json}</script></head><body><h1>${title}</h1></body></html>`;
}

/** What ingest and preview need, fetching from these sites (pages too); a year's horizon unless given. */
export function ingestDeps(sites: Sites, over: Partial<IngestDeps> = {}): IngestDeps {
  const fetcher = sites.fetcher();
  return { fetcher, pages: new PageEvents(fetcher), horizonDays: 365, defaultTimezone: 'UTC', ...over };
}

/** One VEVENT's lines: its UID, start (a whole DTSTART line: "DTSTART;VALUE=DATE:20260909"), title and location. */
export function vevent(uid: string, dtstart: string, summary: string, location: string): string[] {
  return [`UID:${uid}`, 'DTSTAMP:20250101T000000Z', dtstart, `SUMMARY:${summary}`, `LOCATION:${location}`];
}

/** A calendar of VEVENT blocks (each a list of lines), with the given header lines (X-WR-CALNAME, X-WR-TIMEZONE…). */
export function calendar(header: string[], events: string[][]): string {
  const body = events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//Hand kept//EN', ...header, ...body, 'END:VCALENDAR'].join('\r\n');
}

/**
 * `preview` of one of the sites' feeds for a channel region ("Birmingham, UK"
 * within `radiusKm`), as rows by event title; `row(title)` throws, naming
 * every title there is, when an event is missing. `place`: a place set for the feed.
 */
export async function previewByTitle(
  sites: Sites,
  url: string,
  region: string,
  radiusKm: number,
  now: Date,
  place: FeedPlace | null = null,
): Promise<RowsByTitle> {
  const resolved = resolveRegion(region, { radiusKm });
  if (!resolved.ok) throw new Error(resolved.error.message);
  const p = await previewUrl(url, ingestDeps(sites), resolved.value, now, place);
  if (!p.ok) throw new Error(p.message);
  const rows = new Map(p.rows.map((r) => [r.event.title, r]));
  const row = (title: string) => {
    const r = rows.get(title);
    if (!r) throw new Error(`no event "${title}" in ${[...rows.keys()].join(' | ')}`);
    return { ...r.event, verdict: r.verdict, reason: r.reason, distanceKm: r.distanceKm };
  };
  return { rows, row };
}

/** One feed a test serves: `body` (of content type `type`) at `url`, an https URL on a site of its own choosing. */
export interface ServedFeed {
  url: string;
  body: string | Buffer;
  type: string;
}

/**
 * Inside a describe: serves `feed` on a loopback site before the block's tests,
 * previews it for the channel region (`previewByTitle`, which see) and closes
 * the site after them. Returns that preview's `row(title)`, which only the
 * block's tests may call: called before the preview has run, it throws.
 */
export function previewed(
  feed: ServedFeed,
  region: string,
  radiusKm: number,
  now: Date,
  place: FeedPlace | null = null,
): RowsByTitle['row'] {
  const sites = new Sites();
  let preview: RowsByTitle | null = null;
  beforeAll(async () => {
    await sites.start();
    const { hostname, pathname, search } = new URL(feed.url);
    sites.page(hostname, `${pathname}${search}`, feed.body, feed.type);
    preview = await previewByTitle(sites, feed.url, region, radiusKm, now, place);
  });
  afterAll(() => sites.close());
  return (title) => {
    if (!preview)
      throw new Error(`row("${title}") before ${feed.url} was previewed for ${region}: call it in the describe's tests, not its body`);
    return preview.row(title);
  };
}

export interface RowsByTitle {
  rows: Map<string, PreviewRow>;
  row(title: string): PreviewRow['event'] & Pick<PreviewRow, 'verdict' | 'reason' | 'distanceKm'>;
}
