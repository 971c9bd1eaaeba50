/** Reading the response headers that matter to a poller. All pure. */

export type HeaderMap = Record<string, string | string[] | undefined>;

/** One header value; repeated headers are joined with ", " as HTTP allows. */
export function headerValue(headers: HeaderMap, name: string): string | null {
  const value = headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Parses an HTTP date (RFC 9110 IMF-fixdate and the obsolete forms Date.parse knows). */
function parseHttpDate(value: string | null): Date | null {
  if (!value) return null;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** `Retry-After: 120` (seconds) or `Retry-After: <HTTP date>`. */
export function parseRetryAfter(value: string | null, now: Date): Date | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return new Date(now.getTime() + Number(trimmed) * 1000);
  return parseHttpDate(trimmed);
}

function directives(cacheControl: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of cacheControl.split(',')) {
    const [rawName = '', ...rest] = part.split('=');
    const name = rawName.trim().toLowerCase();
    if (name) map.set(name, rest.join('=').trim().replace(/^"|"$/g, ''));
  }
  return map;
}

/**
 * When the server wants to be asked again, or null when it expressed no wish.
 * Rules: `no-store`/`no-cache` mean no freshness; `max-age` wins over
 * `s-maxage`, both win over `Expires`; the response's `Age` is subtracted;
 * a time not in the future counts as "no freshness".
 */
export function freshUntil(headers: HeaderMap, now: Date): Date | null {
  const cc = directives(headerValue(headers, 'cache-control') ?? '');
  if (cc.has('no-store') || cc.has('no-cache')) return null;
  const seconds = cc.get('max-age') ?? cc.get('s-maxage');
  let until: Date | null;
  if (seconds !== undefined && /^\d+$/.test(seconds)) {
    const age = Number(headerValue(headers, 'age') ?? '0');
    const remaining = Number(seconds) - (Number.isFinite(age) ? age : 0);
    until = new Date(now.getTime() + remaining * 1000);
  } else {
    until = parseHttpDate(headerValue(headers, 'expires'));
  }
  return until && until.getTime() > now.getTime() ? until : null;
}

export interface ContentType {
  /** Lower-cased media type without parameters, e.g. "text/calendar". */
  mediaType: string;
  charset: string | null;
}

export function parseContentType(value: string | null): ContentType | null {
  if (!value) return null;
  const [type = '', ...params] = value.split(';');
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(param);
    if (match?.[1]) charset = match[1].toLowerCase();
  }
  const mediaType = type.trim().toLowerCase();
  return mediaType || charset ? { mediaType, charset } : null;
}
