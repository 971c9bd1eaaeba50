/**
 * `text` as an http(s) URL — resolved against `base` when one is given — or
 * null for anything else: not a URL, a relative path without a base,
 * javascript:, mailto:, ftp:, data:… The one test every module applies
 * before it links to, fetches or stores an address from a feed or a user.
 */
export function httpUrl(text: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}
