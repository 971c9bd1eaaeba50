/**
 * HTTP GET for feeds, with the guards a service that fetches user-supplied
 * URLs needs: SSRF guard on every hop, connection pinned to the checked
 * address, connect and total timeouts, a body cap after decompression,
 * manual redirects, conditional requests and a per-host concurrency limit.
 * Every expected failure comes back as a `FetchOutcome`; nothing is thrown
 * for network trouble.
 */
import type { LookupAddress } from 'node:dns';
import type { Readable } from 'node:stream';
import { Agent, request } from 'undici';
import type { Dispatcher } from 'undici';
import { httpStatusMessage, timeoutMessage, tooLargeMessage } from './describe.js';
import { networkErrorMessage } from './errors.js';
import { freshUntil, headerValue, parseContentType, parseRetryAfter } from './headers.js';
import type { HeaderMap } from './headers.js';
import { readBody } from './body.js';
import { HostLimiter } from './host-limiter.js';
import { bareHostname, checkAddress, checkScheme, guardHost, systemResolver } from './ssrf.js';
import type { AddressCheck, ResolvedAddress, Resolver } from './ssrf.js';
import type { ConditionalHeaders, FetchOutcome } from './types.js';
import type { Logger } from '../core/log.js';

export const DEFAULT_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 (compatible; events-bot/0.1; event feed reader)';

export const FEED_ACCEPT =
  'text/calendar, application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.8, */*;q=0.5';

export interface FetcherOptions {
  /** ALLOW_PRIVATE_NETWORK_FEEDS: lifts the SSRF guard (local development, tests). Default false. */
  allowPrivateNetwork?: boolean;
  /** Cap on the decoded body. Default 5 MB. */
  maxBytes?: number;
  /** TCP connect plus TLS handshake. Default 10 s. */
  connectTimeoutMs?: number;
  /** Whole fetch, all redirects and the body included (not the wait for a host slot). Default 30 s. */
  totalTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  accept?: string;
  /** Concurrent requests per hostname. Default 2. */
  maxPerHost?: number;
  /** Clock for freshness and Retry-After dates. */
  now?: () => Date;
  /** DNS resolution (all addresses). Default: the system resolver. */
  resolve?: Resolver;
  /** Which addresses the SSRF guard allows. Default: public unicast only. */
  checkAddress?: AddressCheck;
  /** Where refused addresses are logged (debug) for the operator; the outcome's message never names them. */
  logger?: Logger;
}

export interface FetchOptions extends FetcherOptions {
  conditional?: ConditionalHeaders;
}

type Settings = Required<Omit<FetcherOptions, 'logger'>>;

const DEFAULTS: Settings = {
  allowPrivateNetwork: false,
  maxBytes: 5 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxRedirects: 5,
  userAgent: DEFAULT_USER_AGENT,
  accept: FEED_ACCEPT,
  maxPerHost: 2,
  now: () => new Date(),
  resolve: systemResolver,
  checkAddress,
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Connection pools kept (one per origin and checked address). */
const MAX_AGENTS = 64;

/** Thrown inside one fetch to stop it with a ready outcome; never escapes `Fetcher.fetch`. */
class Stop extends Error {
  constructor(readonly outcome: FetchOutcome) {
    super(outcome.kind);
  }
}

export class Fetcher {
  private readonly settings: Settings;
  private readonly limiter: HostLimiter;
  private readonly logger: Logger | undefined;

  constructor(options: FetcherOptions = {}, limiter?: HostLimiter) {
    const { logger, ...rest } = options;
    const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    this.settings = { ...DEFAULTS, ...given };
    this.logger = logger;
    this.limiter = limiter ?? new HostLimiter(this.settings.maxPerHost);
  }

  /** Fetches `url`, following redirects. Never rejects for network or server trouble. */
  async fetch(url: string, conditional?: ConditionalHeaders): Promise<FetchOutcome> {
    let start: URL;
    try {
      start = new URL(url);
    } catch {
      return { kind: 'network-error', url, message: `"${url}" is not a valid web address` };
    }
    return this.limiter.run(bareHostname(start), () => this.withDeadline(start, conditional ?? {}));
  }

  private async withDeadline(start: URL, conditional: ConditionalHeaders): Promise<FetchOutcome> {
    const { totalTimeoutMs } = this.settings;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(timeoutMessage(totalTimeoutMs))), totalTimeoutMs);
    const hop = { url: start };
    try {
      return await this.follow(hop, conditional, controller.signal);
    } catch (error) {
      if (error instanceof Stop) return error.outcome;
      // Whatever undici threw after our deadline (abort error, destroyed body), the cause is the deadline.
      if (controller.signal.aborted) {
        return { kind: 'network-error', url: hop.url.href, message: timeoutMessage(totalTimeoutMs) };
      }
      const message = networkErrorMessage(error, hop.url, this.settings.connectTimeoutMs);
      return { kind: 'network-error', url: hop.url.href, message };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The redirect loop. `hop.url` always holds the URL being fetched, for error reports. */
  private async follow(hop: { url: URL }, conditional: ConditionalHeaders, signal: AbortSignal): Promise<FetchOutcome> {
    for (let redirects = 0; ; redirects += 1) {
      const address = await this.checkHop(hop.url, signal);
      const response = await request(hop.url, {
        method: 'GET',
        dispatcher: this.agentFor(hop.url, address),
        headers: this.requestHeaders(conditional),
        signal,
      });
      const location = headerValue(response.headers, 'location');
      if (!REDIRECTS.has(response.statusCode) || !location) {
        return await this.toOutcome(hop.url, response, signal);
      }
      discard(response.body);
      if (redirects >= this.settings.maxRedirects) {
        const message = `too many redirects (more than ${this.settings.maxRedirects})`;
        return { kind: 'network-error', url: hop.url.href, message };
      }
      hop.url = nextUrl(hop.url, location);
    }
  }

  /** Scheme check, then DNS + SSRF guard; the DNS wait is bounded by the deadline. */
  private async checkHop(url: URL, signal: AbortSignal): Promise<ResolvedAddress> {
    const refusedScheme = checkScheme(url);
    if (refusedScheme) throw new Stop({ kind: 'blocked', url: url.href, message: refusedScheme });
    const { allowPrivateNetwork, resolve } = this.settings;
    const guard = await untilAborted(guardHost(url, { allowPrivateNetwork, resolve, checkAddress: this.settings.checkAddress }), signal);
    if (guard.ok) return guard.address;
    if (guard.kind === 'blocked') this.logger?.debug({ url: url.href, refused: guard.detail }, 'feed address refused by the SSRF guard');
    const kind = guard.kind === 'blocked' ? 'blocked' : 'network-error';
    throw new Stop({ kind, url: url.href, message: guard.message });
  }

  /**
   * An agent whose DNS lookup can only answer the address the guard checked
   * for this hop: no second resolution, so no DNS-rebinding window. The URL
   * keeps the original hostname, so the Host header and TLS SNI/certificate
   * check use it too. Agents are kept per origin and checked address (the
   * MAX_AGENTS most recently used), so polling many feeds of one host reuses
   * its connections; when the host resolves to another address, that is
   * another agent. Idle connections close after undici's keep-alive timeout
   * and never hold the process open.
   */
  private agentFor(url: URL, address: ResolvedAddress): Agent {
    const key = `${url.origin} ${address.address}`;
    const kept = this.agents.get(key);
    this.agents.delete(key);
    const agent = kept ?? this.newAgent(address);
    this.agents.set(key, agent);
    for (const [old, a] of this.agents) {
      if (this.agents.size <= MAX_AGENTS) break;
      this.agents.delete(old);
      void a.close().catch(() => undefined);
    }
    return agent;
  }

  private readonly agents = new Map<string, Agent>();

  private newAgent(address: ResolvedAddress): Agent {
    const { connectTimeoutMs, totalTimeoutMs, maxPerHost } = this.settings;
    const lookup = (_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void): void => {
      const answer: LookupAddress = { address: address.address, family: address.family };
      if (options.all) callback(null, [answer]);
      else callback(null, answer.address, answer.family);
    };
    return new Agent({
      connect: { timeout: connectTimeoutMs, lookup } as Agent.Options['connect'],
      headersTimeout: totalTimeoutMs,
      bodyTimeout: totalTimeoutMs,
      connections: maxPerHost,
    });
  }

  private requestHeaders(conditional: ConditionalHeaders): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.settings.userAgent,
      accept: this.settings.accept,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (conditional.etag) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
    return headers;
  }

  private async toOutcome(url: URL, response: Dispatcher.ResponseData, signal: AbortSignal): Promise<FetchOutcome> {
    const headers = response.headers as HeaderMap;
    const status = response.statusCode;
    const now = this.settings.now();
    if (status === 304) {
      discard(response.body);
      return { kind: 'not-modified', url: url.href, freshUntil: freshUntil(headers, now) };
    }
    if (status < 200 || status > 299) {
      discard(response.body);
      const retryAfter = parseRetryAfter(headerValue(headers, 'retry-after'), now);
      return { kind: 'http-error', url: url.href, status, retryAfter, message: httpStatusMessage(status) };
    }
    return this.readOk(url, response, headers, now, signal);
  }

  private async readOk(
    url: URL,
    response: Dispatcher.ResponseData,
    headers: HeaderMap,
    now: Date,
    signal: AbortSignal,
  ): Promise<FetchOutcome> {
    const { maxBytes } = this.settings;
    const declaredLength = Number(headerValue(headers, 'content-length') ?? NaN);
    if (declaredLength > maxBytes) {
      discard(response.body);
      return tooLarge(url, maxBytes);
    }
    const result = await readBody(response.body as Readable, headerValue(headers, 'content-encoding'), maxBytes);
    // A body cut short by our deadline surfaces here as a stream error or a short read.
    if (signal.aborted) throw signal.reason;
    if (result.kind === 'too-large') return tooLarge(url, maxBytes);
    if (result.kind === 'bad-encoding') return { kind: 'network-error', url: url.href, message: result.message };
    const contentType = parseContentType(headerValue(headers, 'content-type'));
    return {
      kind: 'ok',
      url: url.href,
      status: response.statusCode,
      contentType: contentType?.mediaType || null,
      charset: contentType?.charset ?? null,
      body: result.body,
      etag: headerValue(headers, 'etag'),
      lastModified: headerValue(headers, 'last-modified'),
      freshUntil: freshUntil(headers, now),
    };
  }
}

/** Built only when a body is too large: its message formats the limit, a cost every fetch used to pay. */
function tooLarge(url: URL, maxBytes: number): FetchOutcome {
  return { kind: 'too-large', url: url.href, limitBytes: maxBytes, message: tooLargeMessage(maxBytes) };
}

/** Drops a body we do not want; undici reports the destroy as an error event, which we ignore. */
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Resolves a Location header against the current URL; a malformed one ends the fetch. */
function nextUrl(current: URL, location: string): URL {
  try {
    return new URL(location, current);
  } catch {
    const message = `the server redirected to "${location}", which is not a valid web address`;
    throw new Stop({ kind: 'network-error', url: current.href, message });
  }
}

/** Rejects with the signal's reason when it aborts first. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const sharedLimiter = new HostLimiter(2);

/**
 * One-off fetch. Concurrency is limited per host across all `fetchUrl` calls
 * (2 at once); use a `Fetcher` instance for another limit.
 */
export function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchOutcome> {
  const { conditional, ...options } = opts;
  return new Fetcher(options, sharedLimiter).fetch(url, conditional);
}
