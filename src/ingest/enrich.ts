import type { FetchOutcome } from '../fetch/index.js';
import { decodeBody } from '../fetch/index.js';
import { canonicalUrl } from '../normalise/index.js';
import { extractJsonLdEvents, mergeEnrichment } from '../sources/jsonld/index.js';
import type { ConditionalHeaders } from '../fetch/index.js';
import type { ParsedEvent, SkippedItem } from '../sources/types.js';
import { HOUR_MS } from '../core/time.js';

/** What ingest needs of the fetcher (the `Fetcher` class, or a wrapper around one). */
export interface FetchPort {
  fetch(url: string, conditional?: ConditionalHeaders): Promise<FetchOutcome>;
}

const TTL_MS = 6 * HOUR_MS;
/** Pages remembered (a few KB each): enough for every event page of a few hundred busy feeds. */
const MAX_ENTRIES = 5_000;
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

const LOCATION_KEYS = ['venueName', 'locationText', 'locationUrl', 'lat', 'lon', 'locality', 'region', 'country', 'postalCode'] as const;

/** Whether enriching `before` from its event page changed where it is: its location then came from the page. */
export function locationFromPage(before: ParsedEvent, after: ParsedEvent): boolean {
  return LOCATION_KEYS.some((k) => before[k] !== after[k]);
}

/** No address (nothing, or only a link), and either no coordinates or no way to tell whether it happens in person. */
function lacksPlaceOrMode(e: ParsedEvent): boolean {
  const text = e.locationText?.trim() ?? '';
  const noAddress = text === '' || /^https?:\/\/\S+$/i.test(text);
  return noAddress && (e.lat === null || e.attendanceMode === null);
}

/** A calendar event completed from its page: location block and attendance from the page, the rest from the calendar. */
function fillFromPage(item: ParsedEvent, page: ParsedEvent): ParsedEvent {
  const pageHasPlace = LOCATION_KEYS.some((k) => page[k] !== null);
  const location = pageHasPlace && item.lat === null ? Object.fromEntries(LOCATION_KEYS.map((k) => [k, page[k]])) : {};
  return {
    ...item,
    ...location,
    attendanceMode: item.attendanceMode ?? page.attendanceMode,
    status: item.status ?? (page.status === 'cancelled' || page.status === 'postponed' ? page.status : null),
    description: item.description ?? page.description,
    links: [...new Set([...item.links, ...page.links])],
  };
}

/**
 * Event pages' JSON-LD, fetched once and cached for a few hours. An RSS or
 * hashtag item that links to an event page gets that page's structured
 * start, place, attendance and status (`enrich`); an item that states no
 * date but links to an event page becomes that page's event (`fromSkipped`).
 */
interface CachedPage {
  at: number;
  event: ParsedEvent | null;
  etag: string | null;
  lastModified: string | null;
}

export class PageEvents {
  private cache = new Map<string, CachedPage>();

  constructor(
    private readonly fetcher: FetchPort,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Fetches in progress: two sources polled at once that link to one page share its fetch. */
  private inflight = new Map<string, Promise<Omit<CachedPage, 'at'>>>();

  /**
   * The event at `url` (null when the page has none, or could not be
   * fetched), from the cache when fresh; a stale page is asked for again
   * conditionally (If-None-Match / If-Modified-Since), so an unchanged page
   * costs a 304.
   */
  async eventAt(url: string): Promise<ParsedEvent | null> {
    const now = this.clock().getTime();
    const hit = this.cache.get(url);
    if (hit && now - hit.at < TTL_MS) return hit.event;
    const pending = this.inflight.get(url);
    if (pending) return (await pending).event;
    const fetching = this.fetchPage(url, hit).finally(() => this.inflight.delete(url));
    this.inflight.set(url, fetching);
    const page = await fetching;
    this.cache.delete(url); // re-inserted last: the oldest entries go first when full
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(url, { ...page, at: now });
    return page.event;
  }

  private async fetchPage(url: string, stale: CachedPage | undefined): Promise<Omit<CachedPage, 'at'>> {
    const conditional = stale && (stale.etag || stale.lastModified) ? { etag: stale.etag, lastModified: stale.lastModified } : undefined;
    const outcome = await this.fetcher.fetch(url, conditional);
    if (outcome.kind === 'not-modified' && stale) return stale;
    if (outcome.kind !== 'ok') return { event: null, etag: null, lastModified: null };
    const event = eventOfPage(extractJsonLdEvents(decodeBody(outcome.body, outcome.charset), outcome.url), [url, outcome.url]);
    return { event, etag: outcome.etag, lastModified: outcome.lastModified };
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
   * Calendar events (iCal) that leave out where they are or whether they
   * happen in person — current Meetup group feeds carry neither LOCATION nor
   * GEO — completed from their event page (their URL, else an event page
   * they link to). The calendar's own times, title and status stay; the
   * page gives the location (as one block) and the attendance mode. Soonest
   * events first, within the budget; pages are cached, so a 50-event feed
   * costs its page fetches once, then conditional requests every few hours.
   * Returns the events and the set of those whose location came from a page.
   */
  async complete(
    events: ParsedEvent[],
    now: Date,
    budget: PageBudget = pageBudget(),
  ): Promise<{ events: ParsedEvent[]; fromPage: Set<ParsedEvent> }> {
    const fromPage = new Set<ParsedEvent>();
    const wanted = events
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => (e.end ?? e.start) >= now && lacksPlaceOrMode(e))
      .sort((a, b) => a.e.start.getTime() - b.e.start.getTime());
    const out = [...events];
    for (const { e, i } of wanted) {
      const candidates = [e.url, ...e.links].filter((u): u is string => u !== null && looksLikeEventPage(u));
      const page = await this.firstEvent([...new Set(candidates)], budget);
      if (!page) continue;
      const filled = fillFromPage(e, page);
      out[i] = filled;
      if (filled.locationText !== e.locationText || filled.lat !== e.lat) fromPage.add(filled);
    }
    return { events: out, fromPage };
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
