import { due, yieldIfDue } from '../core/turns.js';
import type { NormalisedEvent } from '../core/event.js';
import { homeOfPlace, type FeedPlace, type HomeArea } from '../core/placement.js';
import { dedupeWithinSource } from '../dedupe/index.js';
import { decodeBody, describeOutcome, type FetchOutcome } from '../fetch/index.js';
import { dayFirstInZone, detectFormat, parseSource, UNKNOWN_PAGE_REASON } from '../sources/index.js';
import { withoutNonEvents } from '../sources/not-public/index.js';
import type { FeedFacts, ParsedEvent, ParseOutcome, SkippedItem, SourceFormat } from '../sources/types.js';
import { locationFromPage, pageBudget, type FetchPort, type PageEvents } from './enrich.js';
import { capEvents, DEFAULT_MAX_EVENTS_PER_SOURCE } from './bounded.js';
import { locateAll } from './locate.js';
import { planFor, type FetchPlan } from './plan.js';
import { DAY_MS } from '../core/time.js';

export { planFor } from './plan.js';

export type IngestResult =
  | { ok: true; notModified: true; freshUntil: Date | null }
  | {
      ok: true;
      notModified: false;
      /** What to store as the source's URL (a Meetup group resolves to its iCal feed). */
      feedUrl: string;
      kind: FetchPlan['kind'] | SourceFormat;
      title: string | null;
      events: NormalisedEvent[];
      skipped: SkippedItem[];
      /** Where the feed's events usually are (src/place/home.ts), to store with the source. */
      home: HomeArea | null;
      /** Events the source listed twice (under two ids) and that were kept once. */
      duplicates: number;
      /** Set when the source listed more than MAX_EVENTS_PER_SOURCE events: what was left out. */
      capped?: string | null;
      etag: string | null;
      lastModified: string | null;
      freshUntil: Date | null;
    }
  | { ok: false; message: string; retryAfter?: Date | null };

export interface IngestDeps {
  fetcher: FetchPort;
  pages: PageEvents;
  horizonDays: number;
  /** Zone for text dates and floating times when a source names none. */
  defaultTimezone: string;
  /** MAX_EVENTS_PER_SOURCE: only the soonest this many events of a source are kept (default 2,000). */
  maxEvents?: number;
}

/**
 * One source URL → placed, classified, normalised events:
 * fetch → parse (format detected) → enrich from event pages → classify → place → normalise.
 * Nothing is stored here; `poll`, `preview` and `/events feed add` share it.
 */
export interface IngestOptions {
  now: Date;
  conditional?: ConditionalPair;
  /** The home area stored for this source by an earlier poll. */
  home?: HomeArea | null;
  /** The region of the channel adding or previewing the source (a clue for feeds that say nothing of where they are). */
  region?: HomeArea | null;
  /** The place an admin set for the source (`/events feed place`): where its events that say nothing are, and its home. */
  place?: FeedPlace | null;
}

export async function ingest(input: string, deps: IngestDeps, opts: IngestOptions): Promise<IngestResult> {
  const planned = planFor(input);
  if (!planned.ok) return { ok: false, message: planned.message };
  const { plan } = planned;
  const fetched = await fetchPlan(plan, deps.fetcher, input.trim(), opts.conditional);
  if (fetched.kind === 'not-modified') return { ok: true, notModified: true, freshUntil: fetched.freshUntil };
  if (fetched.kind === 'failed') return { ok: false, message: fetched.message, retryAfter: fetched.retryAfter };
  // Numeric dates in a feed that does not show how it writes them are read as where it is, or its readers are, writes them.
  const known = (opts.place ? homeOfPlace(opts.place) : null) ?? opts.home ?? opts.region ?? null;
  const parsed = await parseAll(plan, fetched.bodies, deps, opts.now, known ? dayFirstInZone(known.timezone) : null);
  if (!parsed.ok) return parsed;
  const tentativeMeansScheduled = fetched.bodies.some((b) => /PRODID:[^\n]*Luma/i.test(b.text.slice(0, 2000)));
  const capped = capEvents(parsed.events, deps.maxEvents ?? DEFAULT_MAX_EVENTS_PER_SOURCE, parsed.omitted);
  const located = await locateAll(capped.events, {
    sourceUrl: plan.sourceUrl,
    defaultTimezone: deps.defaultTimezone,
    tentativeMeansScheduled,
    feed: parsed.feed,
    storedHome: opts.home ?? null,
    regionHome: opts.region ?? null,
    fromPage: parsed.fromPage,
    place: opts.place ?? null,
  });
  const events = dedupeWithinSource(located.events);
  const first = fetched.bodies[0]!;
  return {
    ok: true,
    notModified: false,
    feedUrl: plan.kind === 'meetup' ? first.url : plan.sourceUrl,
    kind: plan.kind === 'auto' ? parsed.format : plan.kind,
    title: parsed.title,
    events,
    skipped: capped.note ? [...parsed.skipped, capped.note] : parsed.skipped,
    capped: capped.note?.reason ?? null,
    home: located.home,
    duplicates: located.events.length - events.length,
    etag: fetched.bodies.length === 1 ? first.etag : null,
    lastModified: fetched.bodies.length === 1 ? first.lastModified : null,
    freshUntil: first.freshUntil,
  };
}

interface Body {
  url: string;
  text: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  freshUntil: Date | null;
}

type Failure = Exclude<FetchOutcome, { kind: 'ok' | 'not-modified' }>;
type Fetched =
  | { kind: 'ok'; bodies: Body[] }
  | Extract<FetchOutcome, { kind: 'not-modified' }>
  | { kind: 'failed'; message: string; retryAfter: Date | null };

/**
 * Why nothing could be fetched: the one failure, or each URL's when a source
 * spans several (Meetup's two feeds, a hashtag's instances). A server's
 * Retry-After (the latest one) is kept for the poller's next check.
 */
function failed(failures: Failure[]): Fetched {
  const message = failures.length === 1 ? describeOutcome(failures[0]!) : failures.map((f) => `${f.url}: ${describeOutcome(f)}`).join('; ');
  const waits = failures.map((f) => (f.kind === 'http-error' ? f.retryAfter : null)).filter((d): d is Date => d !== null);
  const retryAfter = waits.length ? new Date(Math.max(...waits.map((d) => d.getTime()))) : null;
  return { kind: 'failed', message, retryAfter };
}

/**
 * Meetup: the iCal feed, else the RSS — also when the iCal URL answers with
 * something that is not a feed (Meetup serves a web page to some clients).
 * Hashtags: every instance's tag feed (one failing is fine if another
 * answers). The stored validators go with the URL the source is stored
 * under, so a Meetup source stored as its iCal feed is fetched conditionally.
 */
async function fetchPlan(plan: FetchPlan, fetcher: FetchPort, storedUrl: string, conditional?: ConditionalPair): Promise<Fetched> {
  const bodies: Body[] = [];
  const failures: Failure[] = [];
  for (const url of plan.urls) {
    const outcome = await fetcher.fetch(url, plan.urls.length === 1 || url === storedUrl ? conditional : undefined);
    if (outcome.kind === 'not-modified') return outcome;
    if (outcome.kind !== 'ok') {
      failures.push(outcome);
      continue;
    }
    const body = {
      url: outcome.url,
      text: decodeBody(outcome.body, outcome.charset),
      contentType: outcome.contentType,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      freshUntil: outcome.freshUntil,
    };
    if (plan.kind === 'meetup' && detectFormat(body.text, body.contentType, body.url) === 'unknown') {
      failures.push({ kind: 'parse-error', url: outcome.url, message: UNKNOWN_PAGE_REASON });
      continue;
    }
    bodies.push(body);
    if (plan.kind === 'meetup') break;
  }
  return bodies.length ? { kind: 'ok', bodies } : failed(failures);
}

type ConditionalPair = { etag: string | null; lastModified: string | null };

type ParsedOk = Extract<ParseOutcome, { ok: true }>;

/**
 * Every body's parse, merged: a parser's success with what merging settles
 * (the feed's facts and the omitted count always present), plus the events
 * whose location came from their own event page; or why nothing could be read.
 */
type Parsed =
  | (Omit<ParsedOk, 'feed' | 'omitted'> & {
      feed: FeedFacts | null;
      omitted: number;
      /** Events whose location came from their own event page. */
      fromPage: ReadonlySet<ParsedEvent>;
    })
  | { ok: false; message: string };

/**
 * Parses every fetched body, then completes feed items from event pages
 * (at most PAGES_PER_SOURCE page fetches for the whole source):
 * - RSS and hashtag events that are, or link to, an event page take that
 *   page's JSON-LD facts (PageEvents.enrich);
 * - items that state no date but link to an event page become that page's
 *   event (PageEvents.fromSkipped); the rest stay skipped, with their reason.
 */
async function parseAll(plan: FetchPlan, bodies: Body[], deps: IngestDeps, now: Date, dayFirst: boolean | null): Promise<Parsed> {
  const horizonEnd = new Date(now.getTime() + deps.horizonDays * DAY_MS);
  const events: ParsedEvent[] = [];
  let skipped: SkippedItem[] = [];
  let format: SourceFormat = 'rss';
  let title: string | null = null;
  let feed: FeedFacts | null = null;
  let failure: string | null = null;
  let omitted = 0;
  const maxEvents = deps.maxEvents ?? DEFAULT_MAX_EVENTS_PER_SOURCE;
  for (const body of bodies) {
    // A feed is parsed in one go: it waits for the loop's next turn when the time slice is used up (core/turns.ts).
    if (due()) await yieldIfDue();
    // No default zone: text dates stay floating and are anchored in the zone of the place they happen at.
    const outcome = await parseSource(body.text, body.contentType, { sourceUrl: body.url, now, horizonEnd, maxEvents, dayFirst });
    if (!outcome.ok) {
      failure = outcome.reason;
      continue;
    }
    format = outcome.format;
    title ??= outcome.title;
    feed ??= outcome.feed ?? null;
    events.push(...outcome.events);
    skipped.push(...outcome.skipped);
    omitted += outcome.omitted ?? 0;
  }
  if (failure && events.length === 0 && skipped.length === 0) return { ok: false, message: failure };
  let found = dedupeByUid(events);
  let fromPage: ReadonlySet<ParsedEvent> = new Set();
  if (format === 'ical') ({ events: found, fromPage } = await deps.pages.complete(found, now));
  if (format === 'rss' || format === 'mastodon') {
    const budget = pageBudget();
    const items = found;
    found = await deps.pages.enrich(items, budget);
    const linked = await deps.pages.fromSkipped(dedupeSkipped(skipped), { anyLink: format === 'mastodon' }, budget);
    // A page's event is read as the feed's own are: "Library Closed" on its page is no event either.
    const pageEvents = withoutNonEvents(linked.events);
    // Placed by their event page, not by the feed: items whose location the page gave, and items that became the page's event.
    fromPage = new Set([...found.filter((e, i) => locationFromPage(items[i]!, e)), ...pageEvents.events]);
    found = dedupeByUid([...found, ...pageEvents.events]);
    skipped = [...linked.skipped, ...pageEvents.skipped];
  }
  return { ok: true, format, title: plan.kind === 'hashtag' ? plan.sourceUrl : title, events: found, skipped, feed, omitted, fromPage };
}

/** The same post can appear on several instances' tag feeds. */
function dedupeByUid(events: ParsedEvent[]): ParsedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.uid) ? false : (seen.add(e.uid), true)));
}

/** …and so can a skipped post: listed once by its URL and title (items of one feed that share a link are still each listed). */
function dedupeSkipped(items: SkippedItem[]): SkippedItem[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    if (!s.url) return true;
    const key = `${s.url}\u001f${s.title}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export { PageEvents, looksLikeEventPage, type FetchPort } from './enrich.js';
