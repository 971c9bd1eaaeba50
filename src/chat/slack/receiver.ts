import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import {
  HTTPModuleFunctions,
  HTTPResponseAck,
  isValidSlackRequest,
  type App,
  type Logger as BoltLogger,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';

/**
 * A Bolt receiver for HTTP mode that does not own a server: the service mounts
 * `handle` on its own HTTP server at /slack/events (next to /healthz), so one
 * port serves everything.
 *
 * Per request, in this order:
 * 1. only POST (405 otherwise); body at most 1 MB (413);
 * 2. `ssl_check=1` form posts get 200 without a signature (Slack's SSL probe;
 *    nothing else in such a body is read);
 * 3. `x-slack-request-timestamp` must be within 5 minutes of our clock in
 *    EITHER direction (Bolt only rejects old ones; a far-future timestamp would
 *    let a captured request be replayed later) → else 401;
 * 4. `x-slack-signature` must be `v0=` + HMAC-SHA256(secret, `v0:{ts}:{body}`)
 *    (compared in constant time by Bolt's `isValidSlackRequest`) → else 401;
 * 5. the body is parsed by media type (`application/x-www-form-urlencoded`
 *    with or without `; charset=…` — slash commands, and interactivity with a
 *    `payload` field — or `application/json` — Events API) → else 400;
 * 6. `url_verification` is answered with its challenge;
 * 7. anything else goes to Bolt with an ack that writes the HTTP response
 *    (listeners ack first, so Slack's 3-second limit is met; Bolt answers 404
 *    when no listener acked in time).
 */
export interface HttpReceiverOptions {
  signingSecret: string;
  logger: BoltLogger;
  /** Milliseconds since the epoch; injectable for tests. */
  nowMs?: () => number;
  bodyLimit?: number;
}

const MAX_SKEW_SECONDS = 5 * 60;

type Verdict = { ok: true } | { ok: false; reason: string };

/** Checks the timestamp window (both directions) and the signature. */
export function verifyRequest(secret: string, headers: IncomingMessage['headers'], body: string, nowMs: number): Verdict {
  const signature = headers['x-slack-signature'];
  const stamp = headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof stamp !== 'string') return { ok: false, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(stamp)) return { ok: false, reason: 'malformed timestamp' };
  const skew = Number(stamp) - Math.floor(nowMs / 1000);
  if (Math.abs(skew) > MAX_SKEW_SECONDS) return { ok: false, reason: skew < 0 ? 'stale timestamp' : 'timestamp in the future' };
  const valid = isValidSlackRequest({
    signingSecret: secret,
    body,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(stamp) },
    nowMilliseconds: nowMs,
  });
  return valid ? { ok: true } : { ok: false, reason: 'signature mismatch' };
}

/** The request body as Bolt expects it: form fields, the JSON inside `payload=`, or JSON. */
export function parseBody(contentType: string | undefined, raw: string): Record<string, unknown> | null {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  try {
    if (media === 'application/x-www-form-urlencoded') {
      const form = parseQuery(raw);
      if (typeof form.payload === 'string') return asObject(JSON.parse(form.payload));
      return { ...form } as Record<string, unknown>;
    }
    if (media === 'application/json') return asObject(JSON.parse(raw));
  } catch {
    return null;
  }
  return null;
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export class MountedHttpReceiver implements Receiver {
  private app: App | undefined;
  private running = false;
  private readonly nowMs: () => number;

  constructor(private readonly opts: HttpReceiverOptions) {
    this.nowMs = opts.nowMs ?? Date.now;
  }

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    this.running = true;
    return Promise.resolve();
  }

  stop(): Promise<void> {
    this.running = false;
    return Promise.resolve();
  }

  /** The request handler to mount at /slack/events. */
  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    this.process(req, res).catch((err: unknown) => {
      this.opts.logger.error(`Slack request failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) reply(res, 500);
    });
  };

  private async process(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return reply(res, 405);
    if (!this.running || !this.app) return reply(res, 503);
    let raw: string;
    try {
      raw = (await HTTPModuleFunctions.bufferIncomingMessage(req, this.opts.bodyLimit ?? 1024 * 1024)).rawBody.toString('utf8');
    } catch (err) {
      return reply(res, HTTPModuleFunctions.isRawBodyError(err) && err.statusCode === 413 ? 413 : 400);
    }
    if (isSslCheck(req.headers['content-type'], raw)) return reply(res, 200);
    const verdict = verifyRequest(this.opts.signingSecret, req.headers, raw, this.nowMs());
    if (!verdict.ok) {
      this.opts.logger.warn(`Rejected a request to the Slack endpoint: ${verdict.reason}`);
      return reply(res, 401);
    }
    const body = parseBody(req.headers['content-type'], raw);
    if (!body) return reply(res, 400);
    if (body.type === 'url_verification') return HTTPModuleFunctions.buildUrlVerificationResponse(res, body);
    await this.dispatch(req, res, body);
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    const ack = new HTTPResponseAck({
      logger: this.opts.logger,
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
    };
    try {
      await this.app!.processEvent(event);
    } catch (err) {
      this.opts.logger.error(`Bolt could not process a Slack request: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) {
        ack.ack();
        reply(res, 500);
      }
    }
  }
}

function isSslCheck(contentType: string | undefined, raw: string): boolean {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return media === 'application/x-www-form-urlencoded' && parseQuery(raw).ssl_check === '1';
}

function reply(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}
