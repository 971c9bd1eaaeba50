/**
 * Canonical event page URLs, so the same page written two ways is one URL
 * (for deduplication) and posts carry no tracking noise.
 *
 * General rules:
 * - only absolute http(s) URLs survive (relative ones are resolved against
 *   `base`; `www.example.com/x` without a scheme is read as https);
 * - user:password, the #fragment and default ports are dropped; the host is
 *   lower-cased (but `www.` is kept: it can be a different site); a
 *   fragment that is a route ("#!view/event/event_id/61813", "#/events/12")
 *   is kept, since it names the page on sites that route in the browser, and
 *   so is an anchor holding a digit ("#2026-04-14", "#event-118"), which
 *   names the entry on a page of many; a section anchor ("#details", "#top")
 *   and tracking ("#xtor=RSS-1", AddThis' "#.YmFk") go;
 * - tracking parameters are removed (TRACKING below, and every `utm_*`;
 *   `si` only on YouTube and Spotify share links);
 *   the remaining parameters keep their order;
 * - the path is kept as written, trailing slash and all: "/web/?menu=1162"
 *   and "/web?menu=1162" are different pages on some servers.
 *
 * Outbound-link redirects (Instagram's `l.instagram.com/?u=`, Facebook's
 * `l.facebook.com/l.php?u=` and `lm.facebook.com`, Google's `/url?q=` or
 * `?url=`) are the page they lead to: their token expires and the wrapped
 * URL carries its own tracking, so the inner http(s) URL is canonicalised
 * instead. Any other inner value leaves the link as it is.
 *
 * Site rules (their pages are addressed by path alone, so the query goes):
 * - Meetup: `https://www.meetup.com/<group-slug-lower-case>/events/<id>/`
 *   (group slugs are case-insensitive; Meetup writes the trailing slash);
 *   a group page becomes `https://www.meetup.com/<slug>/`.
 * - Eventbrite `/e/<slug>-tickets-<id>`: path kept, query dropped.
 * - Luma: `lu.ma/<slug>` and `luma.com/<slug>` are one page → `https://luma.com/<slug>`.
 */

import { decodedWholeUrl, httpUrl } from '../core/url.js';

// prettier-ignore
const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'ref', 'ref_src', 'ref_url', '_ga', '_gl', 'igshid',
  'aff', 'recid', 'recsource', 'eventorigin', 'searchid', 'yclid', 'twclid', 'li_fat_id', '_hsenc', '_hsmi',
  // Linktree's share session, Google Ads' app and iOS click ids, TikTok's click id, Marketo's mail token
  'ltsid', 'gbraid', 'wbraid', 'ttclid', 'mkt_tok',
]);

/** A share link's id ("?si=…"), tracking only on the hosts that add it; elsewhere `si` may be the page's own. */
const SHARE_ID_HOSTS = new Set(['youtu.be', 'youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'open.spotify.com']);

/** An anchor naming one entry of a page: a date or an id, so it holds a digit; letters, digits, "-", "_" and ":" only. */
const ENTRY_ANCHOR = /^#(?=[\w:-]*\d)[A-Za-z0-9][\w:-]*$/;

export function canonicalUrl(url: string | null | undefined, base?: string): string | null {
  const outer = parseHttpUrl(url, base);
  if (!outer) return null;
  const parsed = unwrapRedirect(outer);
  // Each URL setter re-serialises the whole URL: only the ones that change something are called.
  // Also a bare "#", which `hash` reads as ''. A "#!" or "#/" route is the page itself (LiveWhale's "#!view/event/event_id/61813").
  if (parsed.href.includes('#') && !/^#[!/]./.test(parsed.hash) && !ENTRY_ANCHOR.test(parsed.hash)) parsed.hash = '';
  if (parsed.username) parsed.username = '';
  if (parsed.password) parsed.password = '';
  if (parsed.hostname.endsWith('.')) parsed.hostname = parsed.hostname.replace(/\.$/, '');
  if (isMeetup(parsed.hostname)) return meetupUrl(parsed);
  if (isLuma(parsed.hostname)) return lumaUrl(parsed);
  if (isEventbrite(parsed.hostname) && /^\/e\//.test(parsed.pathname)) parsed.search = '';
  stripTracking(parsed);
  return parsed.href;
}

function parseHttpUrl(url: string | null | undefined, base?: string): URL | null {
  const text = url?.trim();
  if (!text) return null;
  const decoded = decodedWholeUrl(text);
  const withScheme = /^www\./i.test(decoded) ? `https://${decoded}` : decoded;
  // A source that is not itself a URL (a hashtag spec "#tag@instance") is no base for relative links.
  const parsed = httpUrl(withScheme, base && isUrl(base) ? base : undefined);
  return parsed?.hostname ? parsed : null;
}

/** The query parameters that hold the destination of a redirect shim at `u`, or null when `u` is no shim. */
function redirectParams(u: URL): readonly string[] | null {
  const host = u.hostname;
  if (host === 'l.instagram.com') return u.pathname === '/' ? ['u'] : null;
  if (host === 'l.facebook.com' || host === 'lm.facebook.com') return u.pathname === '/l.php' ? ['u'] : null;
  // Google's own country sites redirect the same way (www.google.de/url?q=…).
  if (host.includes('google.') && GOOGLE_HOST.test(host)) return u.pathname === '/url' ? ['q', 'url'] : null;
  return null;
}

const GOOGLE_HOST = /^(?:www\.)?google\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/;

/** The page a redirect shim leads to (a shim inside a shim too), or `u` itself. */
function unwrapRedirect(u: URL): URL {
  let current = u;
  for (let depth = 0; depth < 3; depth++) {
    const params = redirectParams(current);
    if (!params) break;
    const inner = params.map((p) => current.searchParams.get(p)?.trim()).find((v) => v);
    // Only an absolute web address: "u=/relative" or "q=javascript:…" is no page to go to.
    const decoded = inner ? decodedWholeUrl(inner) : '';
    const target = /^https?:\/\//i.test(decoded) ? httpUrl(decoded) : null;
    if (!target?.hostname) break;
    current = target;
  }
  return current;
}

/** The last base checked: one feed's events all share it. */
let lastBase: { text: string; ok: boolean } = { text: '', ok: false };

function isUrl(text: string): boolean {
  if (text !== lastBase.text) lastBase = { text, ok: URL.canParse(text) };
  return lastBase.ok;
}

function stripTracking(u: URL): void {
  // No query, not even a bare "?" (the fragment is gone by now, so a "?" in href starts the query).
  if (!u.href.includes('?')) return;
  const shareId = SHARE_ID_HOSTS.has(u.hostname);
  const kept = [...u.searchParams].filter(([key]) => {
    const k = key.toLowerCase();
    return !k.startsWith('utm_') && !TRACKING.has(k) && !(shareId && k === 'si');
  });
  u.search = new URLSearchParams(kept).toString();
}

function isMeetup(host: string): boolean {
  return /^(?:(?:www|m|secure)\.)?meetup\.com$/.test(host);
}

function isLuma(host: string): boolean {
  return /^(?:www\.)?(?:lu\.ma|luma\.com)$/.test(host);
}

function isEventbrite(host: string): boolean {
  return /(?:^|\.)eventbrite\.[a-z.]+$/.test(host);
}

/** Meetup paths may start with a locale (`/de-DE/`), which names the same page. */
const MEETUP_EVENT = /^\/(?:[a-z]{2}-[a-z]{2}\/)?([^/]+)\/events\/([a-z0-9]+)(?:\/|$)/i;
const MEETUP_GROUP = /^\/(?:[a-z]{2}-[a-z]{2}\/)?([^/]+)\/?$/i;
/** Top-level Meetup pages that are not groups (their query matters). */
const MEETUP_RESERVED = new Set(['find', 'topics', 'cities', 'apps', 'help', 'login', 'register', 'pro', 'blog', 'about', 'lp', 'home']);

function meetupUrl(u: URL): string {
  const event = MEETUP_EVENT.exec(u.pathname);
  if (event) return `https://www.meetup.com/${event[1]!.toLowerCase()}/events/${event[2]!.toLowerCase()}/`;
  const group = MEETUP_GROUP.exec(u.pathname);
  if (group && !MEETUP_RESERVED.has(group[1]!.toLowerCase())) return `https://www.meetup.com/${group[1]!.toLowerCase()}/`;
  u.protocol = 'https:';
  u.hostname = 'www.meetup.com';
  stripTracking(u);
  return u.toString();
}

function lumaUrl(u: URL): string {
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `https://luma.com${path || '/'}`;
}
