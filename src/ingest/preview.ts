import type { NormalisedEvent } from '../core/event.js';
import type { SourcePreviewResult } from '../core/chat.js';
import type { FeedPlace, HomeArea } from '../core/placement.js';
import { regionAsHome, verdictFor, type RegionCentre, type SkipReason } from '../place/eligibility.js';
import { ingest, type IngestDeps } from './index.js';

export interface PreviewRow {
  event: NormalisedEvent;
  verdict: 'post' | 'skip';
  reason: SkipReason | null;
  distanceKm: number | null;
}

export type PreviewResult =
  | {
      ok: true;
      feedUrl: string;
      kind: string;
      title: string | null;
      rows: PreviewRow[];
      skipped: { title: string; reason: string }[];
      /** Where the feed's events usually are, and how that was worked out. */
      home: HomeArea | null;
      /** Events the feed listed twice, shown once. */
      duplicates: number;
    }
  | { ok: false; message: string };

/**
 * Fetches and parses one source without storing anything, with the verdict
 * for each event; `place` is a place set for the feed (`/events feed place`).
 */
export async function previewUrl(
  url: string,
  deps: IngestDeps,
  region: RegionCentre | null,
  now: Date,
  place: FeedPlace | null = null,
): Promise<PreviewResult> {
  const result = await ingest(url, deps, { now, region: regionAsHome(region), place });
  if (!result.ok) return result;
  if (result.notModified) return { ok: false, message: 'the server answered "not modified" to a first request' };
  const rows = result.events
    .map((event): PreviewRow => {
      const v = verdictFor(event, region, now);
      return { event, verdict: v.post ? 'post' : 'skip', reason: v.post ? null : v.reason, distanceKm: v.distanceKm };
    })
    .sort((a, b) => a.event.start.getTime() - b.event.start.getTime());
  const { feedUrl, kind, title, skipped, home, duplicates } = result;
  return { ok: true, feedUrl, kind, title, rows, skipped, home, duplicates };
}

/** An event held back because it says nothing at all about where it is (`/events feed place` can say). */
function namesNoPlace(r: PreviewRow): boolean {
  return r.reason === 'unknown-attendance' && r.event.venue === null && r.event.address === null && r.event.lat === null;
}

/** The summary `/events feed add` answers with. */
export async function previewForChannel(
  url: string,
  deps: IngestDeps,
  region: RegionCentre | null,
  now: Date,
): Promise<SourcePreviewResult> {
  const p = await previewUrl(url, deps, region, now);
  if (!p.ok) return p;
  if (p.rows.length === 0 && p.skipped.length > 0) {
    return {
      ok: false,
      message: `it is a feed, but none of its ${p.skipped.length} items is an event with a date (${p.skipped[0]!.reason}).`,
    };
  }
  const upcoming = p.rows.filter((r) => r.reason !== 'past');
  return {
    ok: true,
    kind: p.kind,
    feedUrl: p.feedUrl,
    title: p.title,
    total: p.rows.length,
    upcoming: upcoming.length,
    inPersonNear: p.rows.filter((r) => r.verdict === 'post').length,
    placeless: upcoming.filter(namesNoPlace).length,
    home: p.home,
  };
}
