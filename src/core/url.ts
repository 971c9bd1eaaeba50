/**
 * `text` as an http(s) URL — resolved against `base` when one is given — or
 * null for anything else: not a URL, a relative path without a base,
 * javascript:, mailto:, ftp:, data:… The one test every module applies
 * before it links to, fetches or stores an address from a feed or a user.
 */
const NO_HOST = /^https?:\/\/\//i;

export function httpUrl(text: string, base?: string): URL | null {
  let url: URL;
  try {
    // "https:///events/x/" (a Hugo site built with no base URL) is a path on the site, not the host "events".
    url = new URL(base && NO_HOST.test(text) ? text.replace(/^https?:\/\//i, '') : text, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/**
 * "https%3A%2F%2Fexample.org%2Fx" → "https://example.org/x": a whole URL a CMS
 * percent-encoded is that URL, not a path relative to the page it is on.
 * Anything else comes back as it is.
 */
export function decodedWholeUrl(text: string): string {
  if (!/^https?%3A%2F%2F/i.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
