import type { ParseContext, ParseOutcome, SourceFormat } from './types.js';
import { calendarAfterNoise, parseIcalBounded } from './ical/index.js';
import { parseJsonLdPage } from './jsonld/index.js';
import { isMastodonTagUrl, parseMastodonTag } from './mastodon/index.js';
import { withoutNonEvents } from './not-public/index.js';
import { parseFeed } from './rss/index.js';

/**
 * The parser front door: decide what the fetched text is, then hand it to
 * that format's parser. Content decides, not the Content-Type header (servers
 * send feeds as text/html and calendars as text/plain); the header only
 * breaks ties for bare JSON.
 *
 *   starts with BEGIN:VCALENDAR (or after a few lines of noise) → ical
 *   root element <rss>, <rdf:RDF> or <feed>      → rss, or mastodon when the
 *       URL is a Mastodon tag feed (/tags/<x>.rss) or the channel says it
 *       comes from Mastodon (<generator>Mastodon…, "Public posts tagged #…")
 *   HTML with <script type="application/ld+json"> → jsonld
 *   a bare JSON-LD document                      → jsonld
 *   anything else (HTML without JSON-LD too)     → unknown
 */
export type DetectedFormat = SourceFormat | 'unknown';

export const UNKNOWN_PAGE_REASON = 'this URL returned a web page without event data (no iCal, RSS/Atom or schema.org Event found)';
export const EMPTY_REASON = 'the feed is empty';
export { dayFirstInZone } from './text/date-order.js';

/** The first element name after the XML prolog, comments and doctype. */
function rootElement(text: string): string | null {
  const body = text
    .replace(/^\uFEFF/, '')
    .slice(0, 64 * 1024)
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>/gi, '')
    .trimStart();
  const m = /^<([A-Za-z_][\w:.-]*)/.exec(body);
  return m?.[1] ?? null;
}

function isFeedRoot(root: string): boolean {
  return /^(?:rss|feed|(?:[\w.-]+:)?RDF)$/i.test(root) || /^[\w.-]+:feed$/i.test(root);
}

function saysMastodon(text: string): boolean {
  const firstItem = text.search(/<(?:item|entry)\b/i);
  const channel = text.slice(0, firstItem < 0 ? 20_000 : Math.min(firstItem, 20_000));
  return /<generator[^>]*>\s*Mastodon\b/i.test(channel) || /<description>\s*Public posts (?:tagged #|from @)/i.test(channel);
}

function looksLikeHtml(text: string, root: string | null, contentType: string | null): boolean {
  if (root !== null && /^(?:html|head|body)$/i.test(root)) return true;
  if (/^\s*<!DOCTYPE\s+html/i.test(text)) return true;
  return contentType !== null && /\b(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}

function looksLikeJsonLd(text: string, contentType: string | null): boolean {
  const t = text.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return false;
  return /"@(?:context|type|graph)"\s*:/.test(t) || (contentType !== null && /ld\+json/i.test(contentType));
}

export function detectFormat(text: string, contentType: string | null, url: string): DetectedFormat {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:V(?:CALENDAR|EVENT)\b/i.test(trimmed) || calendarAfterNoise(trimmed)) return 'ical';
  if (looksLikeJsonLd(trimmed, contentType)) return 'jsonld';
  const root = rootElement(trimmed);
  if (root !== null && isFeedRoot(root)) {
    return isMastodonTagUrl(url) || saysMastodon(trimmed) ? 'mastodon' : 'rss';
  }
  if (looksLikeHtml(trimmed, root, contentType)) {
    return /<script\b[^>]*\btype\s*=\s*["']?\s*application\/ld\+json/i.test(trimmed) ? 'jsonld' : 'unknown';
  }
  return 'unknown';
}

function unknownReason(text: string, contentType: string | null): string {
  if (looksLikeHtml(text.trimStart(), rootElement(text), contentType)) return UNKNOWN_PAGE_REASON;
  const type = contentType ? ` (Content-Type: ${contentType})` : '';
  return `this URL returned something that is not iCal, RSS/Atom or a web page with schema.org Event data${type}`;
}

/**
 * Parses fetched, decoded text as whatever format it is. Async because the
 * RSS/Atom reader (rss-parser) is. Entries that are no public event
 * ("Library Closed", "Last Day to Withdraw", "Annual leave") are skipped in
 * every format (not-public/): the iCal reader for each VEVENT, with its
 * properties; here for the events of every other format.
 */
export async function parseSource(text: string, contentType: string | null, ctx: ParseContext): Promise<ParseOutcome> {
  if (text.trim().length === 0) return { ok: false, reason: EMPTY_REASON };
  const format = detectFormat(text, contentType, ctx.sourceUrl);
  switch (format) {
    case 'ical':
      return parseIcalBounded(text, ctx);
    case 'rss':
      return publicOnly(await parseFeed(text, ctx));
    case 'mastodon':
      return publicOnly(await parseMastodonTag(text, ctx));
    case 'jsonld':
      return publicOnly(parseJsonLdPage(text, ctx));
    case 'unknown':
      return { ok: false, reason: unknownReason(text, contentType) };
  }
}

function publicOnly(outcome: ParseOutcome): ParseOutcome {
  if (!outcome.ok) return outcome;
  const { events, skipped } = withoutNonEvents(outcome.events);
  return { ...outcome, events, skipped: [...outcome.skipped, ...skipped] };
}
