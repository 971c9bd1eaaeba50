import type { ParsedEvent } from '../types.js';
import { absoluteHttpUrl, collapseWhitespace, decodeEntities } from '../text/html.js';
import { unaccented } from '../../core/fold.js';

/**
 * Links for the events of a listing page (several Events) whose JSON-LD
 * gives them no `url`, so a post always has somewhere to go:
 *
 * 1. the one link on the page that is the event's: the `<a href>` whose text
 *    is the event's name, or whose last path part is the name as a slug
 *    ("Random Play Dance (RPD)" → `/veranstaltungen/random-play-dance-rpd--n6144`;
 *    a slug of 8 characters at least, so "Yoga" is not `/yoga-mats`) — when
 *    exactly one address on the page fits;
 * 2. else the listing page itself.
 *
 * Dedupe does not take a listing's shared URL for one event's identity: two
 * events with one such URL are one only when their titles match too (dedupe
 * index.ts, rule B). A page that is itself one event's page (an Event gives
 * the page's own URL) lends it to no other: the rest are related events
 * shown there, and sharing that URL would make them that event.
 */
export function linkListingEvents(events: ParsedEvent[], html: string, pageUrl: string): void {
  const bare = events.filter((e) => e.url === null);
  if (bare.length === 0 || events.some((e) => e.url !== null && sameUrl(e.url, pageUrl))) return;
  const links = pageLinks(html, pageUrl);
  for (const e of bare) e.url = ownLink(e.title, links) ?? pageUrl;
}

interface Link {
  url: string;
  /** The link's text, folded. */
  text: string;
  /** The last part of its path, lower case. */
  slugPart: string;
}

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

function pageLinks(html: string, pageUrl: string): Link[] {
  const out: Link[] = [];
  for (const m of html.matchAll(ANCHOR)) {
    const h = HREF.exec(m[1] ?? '');
    const href = h ? decodeEntities(h[1] ?? h[2] ?? h[3] ?? '').trim() : '';
    const url = href && !href.startsWith('#') ? absoluteHttpUrl(href, pageUrl) : null;
    if (!url) continue;
    const path = new URL(url).pathname.split('/').filter(Boolean);
    out.push({ url: url.replace(/#.*$/, ''), text: folded(m[2]!.replace(/<[^>]*>/g, ' ')), slugPart: (path.at(-1) ?? '').toLowerCase() });
  }
  return out;
}

/** The one address among `links` that is the event called `name`'s, or null (none, or several). */
function ownLink(name: string, links: readonly Link[]): string | null {
  const text = folded(name);
  const slug = slugOf(name);
  const fits = new Set<string>();
  for (const l of links) {
    if ((text !== '' && l.text === text) || (slug.length >= 8 && slugStarts(l.slugPart, slug))) fits.add(l.url);
  }
  return fits.size === 1 ? [...fits][0]! : null;
}

/** "random-play-dance-rpd--n6144" starts with the slug "random-play-dance-rpd", up to a word's end. */
function slugStarts(part: string, slug: string): boolean {
  return part.startsWith(slug) && !/[a-z0-9]/.test(part.charAt(slug.length));
}

/** Lower case, accents gone, one space between words: a link's text as a name compares. */
function folded(text: string): string {
  return unaccented(collapseWhitespace(decodeEntities(text)).trim());
}

/** "Random Play Dance (RPD) " → "random-play-dance-rpd"; "Straßenfest" → "strassenfest". */
function slugOf(name: string): string {
  return folded(name)
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function sameUrl(a: string, b: string): boolean {
  const bare = (u: string) => u.replace(/#.*$/, '').replace(/\/+$/, '');
  return bare(a) === bare(b);
}
