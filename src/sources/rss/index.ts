import type { ParseContext, ParseOutcome, ParsedEvent, SkippedItem, SourceFormat } from '../types.js';
import { readFeed, type Feed, type FeedItem } from './feed.js';
import { itemToEvent, NO_EVENT_DATE, type ItemOutcome } from './item.js';
import { pluginFeed, pluginPubDateStart } from './plugin-pubdate.js';
import { distinctUids } from '../text/uid.js';
import { feedDayFirst } from '../text/date-order.js';

export { readFeed, type Feed, type FeedItem } from './feed.js';
export { NO_EVENT_DATE, type ItemOutcome } from './item.js';

/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom 0.3 / Atom 1.0 → events (format 'rss').
 * Items that state no event date are returned in `skipped`, not dropped
 * silently, so `preview` can say why a feed yields nothing.
 *
 * Async because rss-parser's parseString returns a Promise.
 */
export function parseFeed(text: string, ctx: ParseContext): Promise<ParseOutcome> {
  return parseFeedItems(text, ctx, 'rss', itemToEvent);
}

/**
 * Reads an RSS/Atom feed and turns each item into an event, or a skip with
 * its reason, with `toEvent`. Shared by the formats carried in RSS ('rss',
 * 'mastodon'), which differ only in how one item becomes an event.
 */
export async function parseFeedItems(
  text: string,
  ctx: ParseContext,
  format: SourceFormat,
  toEvent: (item: FeedItem, ctx: ParseContext) => ItemOutcome,
): Promise<ParseOutcome> {
  if (text.trim().length === 0) return { ok: false, reason: 'the feed is empty' };
  const read = await readFeed(text);
  if (!read.ok) return read;
  const events: ParsedEvent[] = [];
  const skipped: SkippedItem[] = [];
  const datedByPublish = publishDateIsEventDate(read.feed);
  const plugin = pluginFeed(read.feed, ctx.now);
  // "25/09/2025" in one item, or the feed's language, says how "09/10/2025" in another is read.
  const dayFirst = feedDayFirst(read.feed.items.map(itemText), read.feed.language);
  const itemCtx = { ...ctx, ...(dayFirst === null ? {} : { dayFirst }), ...(datedByPublish ? { eventPages: true } : {}) };
  for (const item of read.feed.items) {
    let outcome = toEvent(item, itemCtx);
    // The page date (Hugo) or an event plugin's pubDate start (plugin-pubdate.ts) only when the item states no date of its own.
    if (outcome.kind === 'skipped' && outcome.skipped.reason.startsWith(NO_EVENT_DATE)) {
      const pageDate = datedByPublish ? hugoPageDate(item) : pluginPubDateStart(item, plugin);
      if (pageDate) outcome = toEvent({ ...item, eventStart: pageDate }, itemCtx);
    }
    if (outcome.kind === 'event') events.push(outcome.event);
    else skipped.push(outcome.skipped);
  }
  const { title, description } = read.feed;
  return { ok: true, format, title, events: distinctUids(events), skipped, feed: { name: title, description, timezone: null } };
}

const itemText = (item: FeedItem): string =>
  `${item.title ?? ''}\n${item.published ? '' : (item.publishedText ?? '')}\n${item.eventWhen ?? ''}\n${item.eventStart ?? ''}\n${item.html}`;

/**
 * A Hugo site's events section ("Events on Tas Game Makers", "Veranstaltungen
 * on …", "Agenda on …", or any section at /events/): Hugo gives each item the
 * page's `date`, which on an events page is when the event is — used when
 * the item states no date of its own. A Hugo feed says so in its generator,
 * or in the description its template writes ("Recent content in …",
 * "Recent HelSec Ry events"). Elsewhere an item's publish date is never its
 * event date, but in WordPress event plugins' posts (plugin-pubdate.ts).
 */
function publishDateIsEventDate(feed: Feed): boolean {
  const hugo = /^hugo\b/i.test(feed.generator ?? '') || /^recent\b/i.test(feed.description ?? '');
  return hugo && (EVENTS_TITLE.test(feed.title ?? '') || EVENTS_PATH.test(feed.link ?? ''));
}

const EVENTS_WORDS = String.raw`(?:events?|veranstaltungen|termine|agenda|[ée]v[ée]nements|eventos|eventi|evenementen|activiteiten|tapahtumat|arrangementer|hva skjer)`;
const EVENTS_TITLE = new RegExp(String.raw`^(?:recent content in )?${EVENTS_WORDS}(?![\p{L}])`, 'iu');
const EVENTS_PATH = new RegExp(String.raw`/${EVENTS_WORDS}/?(?:[?#].*)?$`, 'i');

/**
 * The event date in a Hugo page date: midnight is a day (Hugo writes a page
 * date given without a time so: "Sun, 11 Jun 2017 00:00:00 +0000" is 11
 * June, not 02:00 in Berlin); a time with "+0000" is the page's wall clock
 * (Hugo's rendering of a date given without a zone: "17:30:00 +0000" on a
 * Hobart events page is 17:30 in Hobart); a time to the second ("20:18:17
 * -0700") is when the page was written or built, not when the event is.
 * A day in the page's address that is not the page date ("/events/
 * 2025-09-24-…/" dated 1 September), or beside Hugo's empty date ("Mon, 01
 * Jan 0001"), is the event's day. A day and month the page's text states
 * without a year ("Il 22 ottobre") wins over both (ParseContext.eventPages).
 */
const SLUG_DATE = /\/(\d{4}-\d{2}-\d{2})(?=[-_/]|$)/;

function hugoPageDate(item: FeedItem): string | null {
  // "/events/2025-09-24-introduksjonsmote/" dated 1 September, or with Hugo's empty "01 Jan 0001": the page's address names the event's day.
  const slug = SLUG_DATE.exec(item.link ?? '')?.[1] ?? null;
  const m = /(\d{1,2} \w{3} \d{4}) (\d{2}):(\d{2}):(\d{2})\s*(\S*)/.exec(item.publishedText ?? '');
  if (!m || !item.published) return slug;
  if (m[4] !== '00') return null;
  const day = Date.parse(`${m[1]} 00:00:00 UTC`);
  if (Number.isNaN(day)) return null;
  const date = new Date(day).toISOString().slice(0, 10);
  if (slug && slug !== date) return slug;
  if (m[2] === '00' && m[3] === '00') return date;
  // "+0000" is what Hugo writes for a page date given without a zone: the wall clock, to be read where the event is.
  return /^(?:\+0000|GMT|UT|UTC|Z)?$/i.test(m[5] ?? '') ? `${date}T${m[2]}:${m[3]}:00` : item.published.toISOString();
}
