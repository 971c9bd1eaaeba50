import type { Feed, FeedItem } from './feed.js';

/**
 * WordPress event plugins whose feeds put the event's start in `<pubDate>`,
 * where every other feed has the publish date (never the event's date):
 *
 * - The Events Calendar (`tribe_events` posts) replaces an event's pubDate
 *   with its start, written as the site's local wall clock labelled "+0000"
 *   ("Fri, 14 Jun 2030 19:30:00 +0000" is 19:30 in Memphis);
 * - the older Modern Events Calendar feed (`mec-events` posts) writes each
 *   occurrence's day at "00:00:00 +0000", one item per occurrence, all with
 *   the event's one guid.
 *
 * Such an item is known by its guid or link (`?post_type=tribe_events&p=130`),
 * or, in a WordPress feed, by every item's pubDate lying after the feed's
 * `lastBuildDate`, which no publish date can. Its pubDate is believed only on
 * or after the build's day (else the current day), and read only when
 * nothing else in the item gives a date. The start is given back as
 * zone-less ISO text, read in the feed's home zone like any floating time;
 * 00:00 is an all-day date.
 */
export interface PluginFeed {
  /** Start of the UTC day the feed was built (or of today): an earlier pubDate is a publish date. */
  earliest: number;
  /** Every item's pubDate is after the build: each is an event's start, whatever its guid. */
  allAfterBuild: boolean;
}

const POST_TYPE = /[?&]post_type=(?:tribe_events|mec-events)(?:&|$)/;

/** The pubDate's zone as these plugins write it: "+0000" (or GMT). */
const WRITTEN_UTC = /(?:[+-]0000|GMT|UTC?|Z)\s*$/i;

const WORDPRESS = /^https?:\/\/wordpress\.org\//i;

function startOfUtcDay(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** What the feed as a whole says about its items' pubDates. */
export function pluginFeed(feed: Feed, now: Date): PluginFeed {
  const built = feed.built?.getTime() ?? null;
  const wordpress = built !== null && WORDPRESS.test(feed.generator ?? '') && feed.items.length > 0;
  const allAfterBuild = wordpress && feed.items.every((item) => item.published !== null && item.published.getTime() > built);
  return { earliest: startOfUtcDay(built ?? now.getTime()), allAfterBuild };
}

function pluginPost(item: FeedItem): boolean {
  const { guid, link } = item;
  return (
    (guid !== null && guid.includes('post_type=') && POST_TYPE.test(guid)) ||
    (link !== null && link.includes('post_type=') && POST_TYPE.test(link))
  );
}

/**
 * The event start an event plugin wrote as the item's pubDate, as zone-less
 * ISO text ("2030-06-14T19:30:00", or "2030-03-18" at midnight); null when the
 * item is no such plugin's, or its pubDate is no believable start.
 */
export function pluginPubDateStart(item: FeedItem, feed: PluginFeed): string | null {
  const { published, publishedText } = item;
  if (!published || !publishedText || published.getTime() < feed.earliest) return null;
  if (!WRITTEN_UTC.test(publishedText) || !(feed.allAfterBuild || pluginPost(item))) return null;
  // Written as UTC, so the UTC fields are the wall clock as written.
  const iso = published.toISOString();
  return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : iso.slice(0, 19);
}
