import type { FetchOutcome } from '../fetch/index.js';
import { decodeBody } from '../fetch/index.js';
import { canonicalUrl } from '../normalise/index.js';
import { extractJsonLdEvents, mergeEnrichment } from '../sources/jsonld/index.js';
import type { ConditionalHeaders } from '../fetch/index.js';
import type { ParsedEvent, SkippedItem } from '../sources/types.js';

/** What ingest needs of the fetcher (the `Fetcher` class, or a wrapper around one). */
export interface FetchPort {
  fetch(url: string, conditional?: ConditionalHeaders): Promise<FetchOutcome>;
}

const TTL_MS = 6 * 3_600_000;
const MAX_ENTRIES = 1_000;
/** Event pages fetched per source per poll, so one busy hashtag can't flood the fetcher. */
export const PAGES_PER_SOURCE = 10;

/** Hosts whose pages carry schema.org Event JSON-LD worth fetching. */
const EVENT_HOSTS = [
  /(^|\.)meetup\.com$/,
  /(^|\.)eventbrite\.[a-z.]+$/,
  /(^|\.)lu\.ma$/,
  /(^|\.)luma\.com$/,
  /(^|\.)songkick\.com$/,
  /(^|\.)tito\.io$/,
  /(^|\.)ti\.to$/,
  /(^|\.)eventfinda\.[a-z.]+$/,
];

/**
 * A path naming one event on any site: `/event/<slug>`, `/events/<slug>`
 * (WordPress "The Events Calendar", Drupal, most venue sites) and the same
 * words in German, French, Spanish, Italian and Dutch. `/events/` alone is
 * a listing, not an event page.
 */
const EVENT_PATH = /\/(?:events?|veranstaltung(?:en)?|termine?|evenements?|événements?|eventos?|eventi|evenementen)\/[^/?#]+/i;

/**
 * Is `url` worth fetching as an event page? Yes for the event platforms
 * above (with a path: not their home page) and for any site whose path
 * names one event (EVENT_PATH). Everything else — news articles, videos,
 * code hosting — is not fetched for an RSS item; a hashtag post that states
 * no date may still name any outside page (`PageEvents.fromSkipped`).
 */
export function looksLikeEventPage(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    if (EVENT_HOSTS.some((r) => r.test(u.hostname))) return u.pathname.length > 1;
    return EVENT_PATH.test(decodeURIComponent(u.pathname));
  } catch {
    return false;
  }
}

/** Page fetches left for one source in one poll (shared by enrichment and skipped items). */
export interface PageBudget {
  left: number;
}

export const pageBudget = (): PageBudget => ({ left: PAGES_PER_SOURCE });

/**
 * The event a page describes: the JSON-LD Event whose URL is the page's own
 * (canonical forms compared), else the page's only Event. A page listing
 * several events, none of them itself, is a listing, not an event page.
 */
function eventOfPage(events: ParsedEvent[], pageUrls: string[]): ParsedEvent | null {
  const page = new Set(pageUrls.map((u) => canonicalUrl(u)).filter((u): u is string => u !== null));
  const own = events.find((e) => {
    const url = canonicalUrl(e.url);
    return url !== null && page.has(url);
  });
  return own ?? (events.length === 1 ? events[0]! : null);
}

/**
 * Event pages' JSON-LD, fetched once and cached for a few hours. An RSS or
 * hashtag item that links to an event page gets that page's structured
 * start, place, attendance and status (`enrich`); an item that states no
 * date but links to an event page becomes that page's event (`fromSkipped`).
 */
export class PageEvents {
  private cache = new Map<string, { at: number; event: ParsedEvent | null }>();

  constructor(
    private readonly fetcher: FetchPort,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Fetches in progress: two sources polled at once that link to one page share its fetch. */
  private inflight = new Map<string, Promise<ParsedEvent | null>>();

  /** The event at `url` (null when the page has none, or could not be fetched), from the cache when fresh. */
  async eventAt(url: string): Promise<ParsedEvent | null> {
    const now = this.clock().getTime();
    const hit = this.cache.get(url);
    if (hit && now - hit.at < TTL_MS) return hit.event;
    const pending = this.inflight.get(url);
    if (pending) return pending;
    const fetching = this.fetchEvent(url).finally(() => this.inflight.delete(url));
    this.inflight.set(url, fetching);
    const event = await fetching;
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(url, { at: now, event });
    return event;
  }

  private async fetchEvent(url: string): Promise<ParsedEvent | null> {
    const outcome = await this.fetcher.fetch(url);
    if (outcome.kind !== 'ok') return null;
    return eventOfPage(extractJsonLdEvents(decodeBody(outcome.body, outcome.charset), outcome.url), [url, outcome.url]);
  }

  /** The first of `urls` that is an event page, within the budget (a cached page costs nothing). */
  private async firstEvent(urls: string[], budget: PageBudget): Promise<ParsedEvent | null> {
    for (const url of urls) {
      const cached = this.cache.get(url);
      const fresh = cached !== undefined && this.clock().getTime() - cached.at < TTL_MS;
      if (!fresh) {
        if (budget.left <= 0) return null;
        budget.left -= 1;
      }
      const event = await this.eventAt(url);
      if (event) return event;
    }
    return null;
  }

  /**
   * Enriches events from the event page they are, or link to: the item's own
   * URL when it looks like an event page, else the first linked page that
   * does (a blog post or toot announcing a Meetup event).
   */
  async enrich(items: ParsedEvent[], budget: PageBudget = pageBudget()): Promise<ParsedEvent[]> {
    const out: ParsedEvent[] = [];
    for (const item of items) {
      const candidates = [item.url, ...item.links].filter((u): u is string => u !== null && looksLikeEventPage(u));
      const page = await this.firstEvent([...new Set(candidates)], budget);
      out.push(page ? mergeEnrichment(item, page) : item);
    }
    return out;
  }

  /**
   * Items that state no date of their own but link to an event page become
   * that page's event, with the item's URL kept among its links. RSS items
   * try their own URL and body links that look like event pages; hashtag
   * posts (`anyLink`) try every outside link, since announcing an event by
   * linking to its page is what a post is for. Returns the events and the
   * items that stay skipped.
   */
  async fromSkipped(
    items: SkippedItem[],
    opts: { anyLink: boolean },
    budget: PageBudget = pageBudget(),
  ): Promise<{ events: ParsedEvent[]; skipped: SkippedItem[] }> {
    const events: ParsedEvent[] = [];
    const skipped: SkippedItem[] = [];
    for (const item of items) {
      const own = !opts.anyLink && item.url ? [item.url] : [];
      const candidates = [...own, ...(item.links ?? [])].filter((u) => opts.anyLink || looksLikeEventPage(u));
      const page = candidates.length > 0 ? await this.firstEvent([...new Set(candidates)], budget) : null;
      if (!page) {
        skipped.push(item);
        continue;
      }
      const links = item.url ? [...new Set([...page.links, item.url])] : page.links;
      events.push({ ...page, links });
    }
    return { events, skipped };
  }
}
