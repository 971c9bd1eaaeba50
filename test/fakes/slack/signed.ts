import { createHmac } from 'node:crypto';

/**
 * Sends requests to an app's /slack/events endpoint the way Slack does:
 * `x-slack-signature: v0=<hex HMAC-SHA256(secret, "v0:{timestamp}:{body}")>`
 * and `x-slack-request-timestamp`. Options forge what an attacker would
 * (a wrong secret, an old or future timestamp).
 */
export interface SignOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  wrongSecret?: string;
  headers?: Record<string, string>;
}

export interface HttpAnswer {
  status: number;
  body: string;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postSigned(url: string, body: string, contentType: string, opts: SignOptions): Promise<HttpAnswer> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(opts.wrongSecret ?? opts.secret, timestamp, body),
      ...opts.headers,
    },
    body,
  });
  return { status: res.status, body: await res.text() };
}

/** A slash command: form-encoded, exactly `application/x-www-form-urlencoded` as Slack sends it. */
export function postForm(url: string, fields: Record<string, string>, opts: SignOptions): Promise<HttpAnswer> {
  return postSigned(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', opts);
}

/** An Events API delivery (JSON); `retryNum` adds Slack's retry headers. */
export function postEventJson(url: string, body: Record<string, unknown>, opts: SignOptions & { retryNum?: number }): Promise<HttpAnswer> {
  const retry: Record<string, string> =
    opts.retryNum !== undefined ? { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {};
  return postSigned(url, JSON.stringify(body), 'application/json', { ...opts, headers: { ...retry, ...opts.headers } });
}

/** An interactivity payload (button press): form field `payload` holding JSON. */
export function postInteraction(url: string, payload: Record<string, unknown>, opts: SignOptions): Promise<HttpAnswer> {
  return postForm(url, { payload: JSON.stringify(payload) }, opts);
}
