/** The outcome of fetching one URL: a tagged union, never a thrown string. */
export interface FetchedBody {
  url: string; // final URL after redirects
  status: number;
  contentType: string | null;
  /** Charset declared in Content-Type, if any. */
  charset: string | null;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  /** Earliest time the server wants to be asked again (Cache-Control max-age / Expires), or null. */
  freshUntil: Date | null;
}

export type FetchOutcome =
  | ({ kind: 'ok' } & FetchedBody)
  | { kind: 'not-modified'; url: string; freshUntil: Date | null }
  | { kind: 'http-error'; url: string; status: number; retryAfter: Date | null; message: string }
  | { kind: 'network-error'; url: string; message: string }
  | { kind: 'too-large'; url: string; limitBytes: number; message: string }
  | { kind: 'blocked'; url: string; message: string }
  | { kind: 'parse-error'; url: string; message: string };

export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}
