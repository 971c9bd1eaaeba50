import type { ParseContext, ParseOutcome, ParsedEvent, SkippedItem } from '../types.js';
import { collapseWhitespace, decodeEntities } from '../text/html.js';
import { findEventNodes, type JsonObject } from './extract.js';
import { linkListingEvents } from './listing.js';
import { dateText, nodeToEvent, writtenOffset } from './map.js';
import { scheduledOccurrences } from './schedule.js';
import { distinctUids } from '../text/uid.js';

export { mergeEnrichment } from './enrich.js';
export { EVENT_TYPES } from './extract.js';

interface Extracted {
  events: ParsedEvent[];
  skipped: SkippedItem[];
  found: ReturnType<typeof findEventNodes>;
}

/**
 * `window`: the parse's now and horizon, to list a scheduled series' dates (schedule.ts); without it the first date stands.
 * `listing`: the page is the source, so its events without a url link to it (listing.ts). Not when a
 * page is read to enrich an item that links to it: the page's events' urls say which one that item is.
 */
function extract(html: string, baseUrl: string, window?: { now: Date; horizonEnd: Date }, listing = false): Extracted {
  const found = findEventNodes(html);
  const events: ParsedEvent[] = [];
  const skipped: SkippedItem[] = [];
  // The one Event of a page may leave its name to the page (a city listing's cancelled festival did).
  const pageName = found.events.length === 1 ? (ogTitle(html) ?? pageTitle(html)) : null;
  for (const node of found.events) {
    const outcome = nodeToEvent(node, baseUrl, pageName);
    if (outcome.kind === 'skipped') skipped.push(outcome.skipped);
    else events.push(...((window && scheduledOccurrences(node, outcome.event, window)) || [outcome.event]));
  }
  // A page that writes any of its dates with a zone's offset ("+02:00") means its "+00:00" too.
  if (found.events.some(statesZone)) for (const e of events) e.utcMayBeLocal = false;
  // A page describing exactly one event without a url is that event's page.
  const only = events.length === 1 ? events[0] : undefined;
  if (only && only.url === null) {
    only.url = baseUrl;
    if (only.uid.startsWith('derived:')) only.uid = baseUrl;
  } else if (listing) linkListingEvents(events, html, baseUrl);
  return { events: distinctUids(events), skipped, found };
}

function statesZone(node: JsonObject): boolean {
  return writtenOffset(dateText(node.startDate)) === 'zone' || writtenOffset(dateText(node.endDate)) === 'zone';
}

/**
 * The schema.org Events a page describes, for ENRICHMENT of an item that
 * links to the page (see mergeEnrichment). Nodes that are not usable events
 * (no name, no start) are left out.
 */
export function extractJsonLdEvents(html: string, baseUrl: string): ParsedEvent[] {
  return extract(html, baseUrl).events;
}

/**
 * A web page with schema.org Event JSON-LD → events (format 'jsonld').
 * A page whose JSON-LD has no Event at all is not an event source: that is
 * an ok:false with a message naming what the page does describe.
 */
export function parseJsonLdPage(html: string, ctx: ParseContext): ParseOutcome {
  if (html.trim().length === 0) return { ok: false, reason: 'the page is empty' };
  const { events, skipped, found } = extract(html, ctx.sourceUrl, ctx, true);
  if (found.events.length === 0) {
    if (found.blockCount === 0) {
      return { ok: false, reason: 'the page has no schema.org data (no <script type="application/ld+json">)' };
    }
    const seen = found.types.length > 0 ? ` (it describes: ${found.types.slice(0, 6).join(', ')})` : '';
    const broken = found.errors.length > 0 ? `; ${found.errors.length} block(s) were not valid JSON` : '';
    return { ok: false, reason: `the page's schema.org data has no Event${seen}${broken}` };
  }
  const title = pageTitle(html);
  return { ok: true, format: 'jsonld', title, events, skipped, feed: { name: title, description: null, timezone: null } };
}

function ogTitle(html: string): string | null {
  const m =
    /<meta\b[^>]*\bproperty=["']og:title["'][^>]*\bcontent=["']([^"']*)["']/i.exec(html) ??
    /<meta\b[^>]*\bcontent=["']([^"']*)["'][^>]*\bproperty=["']og:title["']/i.exec(html);
  const title = m?.[1] ? collapseWhitespace(decodeEntities(m[1])) : '';
  return title || null;
}

function pageTitle(html: string): string | null {
  const m = /<title\b[^>]*>([^<]*)<\/title>/i.exec(html);
  const title = m?.[1] ? collapseWhitespace(decodeEntities(m[1])) : '';
  return title || null;
}
