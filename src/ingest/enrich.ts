import type { Fetcher } from '../fetch/index.js';
import { decodeBody } from '../fetch/index.js';
import { extractJsonLdEvents, mergeEnrichment } from '../sources/jsonld/index.js';
import type { ParsedEvent } from '../sources/types.js';

const TTL_MS = 6 * 3_600_000;
const MAX_ENTRIES = 1_000;
/** Event pages fetched per source per poll, so one busy hashtag can't flood the fetcher. */
export const PAGES_PER_SOURCE = 10;

/** Hosts whose pages carry schema.org Event JSON-LD worth fetching. */
const EVENT_PAGE = [
  /(^|\.)meetup\.com$/,
  /(^|\.)eventbrite\.[a-z.]+$/,
  /(^|\.)lu\.ma$/,
  /(^|\.)luma\.com$/,
  /(^|\.)songkick\.com$/,
  /(^|\.)tito\.io$/,
  /(^|\.)ti\.to$/,
  /(^|\.)eventfinda\.[a-z.]+$/,
];

export function looksLikeEventPage(url: string): boolean {
  try {
    const u = new URL(url);
    return EVENT_PAGE.some((r) => r.test(u.hostname)) && u.pathname.length > 1;
  } catch {
    return false;
  }
}

/**
 * Event pages' JSON-LD, fetched once and cached for a few hours. An RSS or
 * hashtag item that links to an event page gets that page's structured
 * start, place, attendance and status.
 */
export class PageEvents {
  private cache = new Map<string, { at: number; events: ParsedEvent[] }>();

  constructor(
    private readonly fetcher: Fetcher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async eventsAt(url: string): Promise<ParsedEvent[]> {
    const now = this.clock().getTime();
    const hit = this.cache.get(url);
    if (hit && now - hit.at < TTL_MS) return hit.events;
    const outcome = await this.fetcher.fetch(url);
    const events = outcome.kind === 'ok' ? extractJsonLdEvents(decodeBody(outcome.body, outcome.charset), outcome.url) : [];
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(url, { at: now, events });
    return events;
  }

  /** Enriches items whose own URL is an event page (at most PAGES_PER_SOURCE fetches). */
  async enrich(items: ParsedEvent[]): Promise<ParsedEvent[]> {
    let budget = PAGES_PER_SOURCE;
    const out: ParsedEvent[] = [];
    for (const item of items) {
      const page = item.url && looksLikeEventPage(item.url) && budget-- > 0 ? (await this.eventsAt(item.url))[0] : undefined;
      out.push(page ? mergeEnrichment(item, page) : item);
    }
    return out;
  }

  /** Posts that only link to event pages become those pages' events (hashtag sources). */
  async fromLinks(posts: { postUrl: string; links: string[] }[]): Promise<ParsedEvent[]> {
    let budget = PAGES_PER_SOURCE;
    const found: ParsedEvent[] = [];
    for (const post of posts) {
      for (const link of post.links) {
        if (budget-- <= 0) return found;
        const page = (await this.eventsAt(link))[0];
        if (page) {
          found.push({ ...page, links: [...new Set([...page.links, post.postUrl])] });
          break;
        }
      }
    }
    return found;
  }
}
