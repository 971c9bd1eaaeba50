import type { NormalisedEvent } from '../core/event.js';
import { decodeBody, describeOutcome, type Fetcher, type FetchOutcome } from '../fetch/index.js';
import { parseSource } from '../sources/index.js';
import { mastodonEventLinks } from '../sources/mastodon/index.js';
import type { ParsedEvent, SkippedItem, SourceFormat } from '../sources/types.js';
import type { PageEvents } from './enrich.js';
import { locate } from './locate.js';
import { planFor, type FetchPlan } from './plan.js';

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
      etag: string | null;
      lastModified: string | null;
      freshUntil: Date | null;
    }
  | { ok: false; message: string; retryAfter?: Date | null };

export interface IngestDeps {
  fetcher: Fetcher;
  pages: PageEvents;
  horizonDays: number;
  /** Zone for text dates and floating times when a source names none. */
  defaultTimezone: string;
}

/**
 * One source URL → placed, classified, normalised events:
 * fetch → parse (format detected) → enrich from event pages → classify → place → normalise.
 * Nothing is stored here; `poll`, `preview` and `/events feed add` share it.
 */
export async function ingest(
  input: string,
  deps: IngestDeps,
  opts: { now: Date; conditional?: { etag: string | null; lastModified: string | null } },
): Promise<IngestResult> {
  const planned = planFor(input);
  if (!planned.ok) return { ok: false, message: planned.message };
  const { plan } = planned;
  const fetched = await fetchPlan(plan, deps.fetcher, opts.conditional);
  if (fetched.kind === 'not-modified') return { ok: true, notModified: true, freshUntil: fetched.freshUntil };
  if (fetched.kind !== 'ok') {
    return { ok: false, message: describeOutcome(fetched), retryAfter: fetched.kind === 'http-error' ? fetched.retryAfter : null };
  }
  const parsed = await parseAll(plan, fetched.bodies, deps, opts.now);
  if (!parsed.ok) return parsed;
  const tentativeMeansScheduled = fetched.bodies.some((b) => /PRODID:[^\n]*Luma/i.test(b.text.slice(0, 2000)));
  const events = parsed.events.map((e) =>
    locate(e, { sourceUrl: plan.sourceUrl, defaultTimezone: deps.defaultTimezone, tentativeMeansScheduled }),
  );
  const first = fetched.bodies[0]!;
  return {
    ok: true,
    notModified: false,
    feedUrl: plan.kind === 'meetup' ? first.url : plan.sourceUrl,
    kind: plan.kind === 'auto' ? parsed.format : plan.kind,
    title: parsed.title,
    events,
    skipped: parsed.skipped,
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

type Fetched = { kind: 'ok'; bodies: Body[] } | Exclude<FetchOutcome, { kind: 'ok' }>;

/** Meetup: the iCal feed, else the RSS. Hashtags: every instance's tag feed (one failing is fine if another answers). */
async function fetchPlan(
  plan: FetchPlan,
  fetcher: Fetcher,
  conditional?: { etag: string | null; lastModified: string | null },
): Promise<Fetched> {
  const bodies: Body[] = [];
  let lastFailure: Exclude<FetchOutcome, { kind: 'ok' }> | null = null;
  for (const url of plan.urls) {
    const outcome = await fetcher.fetch(url, plan.urls.length === 1 ? conditional : undefined);
    if (outcome.kind === 'ok') {
      bodies.push({
        url: outcome.url,
        text: decodeBody(outcome.body, outcome.charset),
        contentType: outcome.contentType,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        freshUntil: outcome.freshUntil,
      });
      if (plan.kind === 'meetup') break;
    } else {
      lastFailure = outcome;
      if (outcome.kind === 'not-modified') return outcome;
    }
  }
  return bodies.length ? { kind: 'ok', bodies } : lastFailure!;
}

async function parseAll(
  plan: FetchPlan,
  bodies: Body[],
  deps: IngestDeps,
  now: Date,
): Promise<
  { ok: true; format: SourceFormat; title: string | null; events: ParsedEvent[]; skipped: SkippedItem[] } | { ok: false; message: string }
> {
  const horizonEnd = new Date(now.getTime() + deps.horizonDays * 86_400_000);
  const events: ParsedEvent[] = [];
  const skipped: SkippedItem[] = [];
  let format: SourceFormat = 'rss';
  let title: string | null = null;
  let failure: string | null = null;
  for (const body of bodies) {
    // No default zone: text dates stay floating and are anchored in the zone of the place they happen at.
    const outcome = await parseSource(body.text, body.contentType, { sourceUrl: body.url, now, horizonEnd });
    if (!outcome.ok) {
      failure = outcome.reason;
      continue;
    }
    format = outcome.format;
    title ??= outcome.title;
    skipped.push(...outcome.skipped);
    if (outcome.format === 'rss') events.push(...(await deps.pages.enrich(outcome.events)));
    else events.push(...outcome.events);
    if (outcome.format === 'mastodon') events.push(...(await deps.pages.fromLinks(await mastodonEventLinks(body.text))));
  }
  if (failure && events.length === 0 && skipped.length === 0) return { ok: false, message: failure };
  return { ok: true, format, title: plan.kind === 'hashtag' ? plan.sourceUrl : title, events: dedupeByUid(events), skipped };
}

/** The same post can appear on several instances' tag feeds. */
function dedupeByUid(events: ParsedEvent[]): ParsedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.uid) ? false : (seen.add(e.uid), true)));
}

export { PageEvents } from './enrich.js';
