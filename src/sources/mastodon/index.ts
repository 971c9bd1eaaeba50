import { emptyParsedEvent, type ParseContext, type ParseOutcome } from '../types.js';
import { parseFeedItems, type FeedItem, type ItemOutcome } from '../rss/index.js';
import { contextZone, itemTitle, itemUrl, skippedItem } from '../rss/item.js';
import { extractTextDate } from '../text/date.js';
import { stripHtml } from '../text/html.js';
import { extractPlace, outsideLinks } from './post.js';

export { isMastodonTagUrl, parseHashtagSpec, tagFeedUrl } from './urls.js';
export { extractPlace, isMastodonInternalLink } from './post.js';

function linkNote(links: string[]): string {
  if (links.length === 0) return '';
  return links.length === 1
    ? ' (it links to 1 page that may describe an event)'
    : ` (it links to ${links.length} pages that may describe an event)`;
}

function postToEvent(item: FeedItem, ctx: ParseContext): ItemOutcome {
  // An image's alt text is part of what the post says: a flyer's date and place are often only there.
  const text = [stripHtml(item.html), ...item.mediaText].join('\n');
  const title = itemTitle(item, text);
  const postUrl = itemUrl(item, ctx.sourceUrl);
  const links = outsideLinks(item.html, postUrl ?? ctx.sourceUrl, postUrl);
  const published = item.published ?? ctx.now;
  const zone = contextZone(ctx);
  const date = extractTextDate(text, { reference: published, timezone: zone, dayFirst: ctx.dayFirst });
  const skip = (reason: string): ItemOutcome => ({
    kind: 'skipped',
    skipped: skippedItem(title, reason + linkNote(links), postUrl, links),
  });
  if (!date) return skip('no event date in the post');
  if (date.start.getTime() <= published.getTime()) return skip('the date in the post is not after it was published');
  const place = extractPlace(text, date.index + date.matchText.length);
  if (!place) return skip('the post states a date but no place');
  const event = emptyParsedEvent({
    uid: item.guid ?? postUrl ?? `${ctx.sourceUrl}#${date.start.toISOString()}`,
    title,
    start: date.start,
    end: date.end,
    url: postUrl,
    description: item.html || null,
    timezone: date.floating ? null : zone,
    allDay: date.allDay,
    floating: date.floating,
    locationText: place,
    links,
  });
  return { kind: 'event', event };
}

/**
 * Mastodon hashtag (or account) RSS → events (format 'mastodon').
 *
 * Posts have no title and no structured fields; their description is HTML.
 * A post is an event on its own only when its text states BOTH
 *  - a date and time (extractTextDate, read relative to the post's pubDate in
 *    ctx.defaultTimezone) that is after the post was published, and
 *  - a place (extractPlace: 📍/Venue:/at <Place> — see post.ts).
 * Every other post is skipped with the reason, its URL and its outside links
 * (`url`, `links`): a post that links to an event page may still be an event,
 * and ingest fetches those pages and reads their JSON-LD (src/ingest/enrich.ts).
 * Every event also carries its outside links in `links`, so ingest can enrich
 * it from a linked event page.
 */
export function parseMastodonTag(text: string, ctx: ParseContext): Promise<ParseOutcome> {
  return parseFeedItems(text, ctx, 'mastodon', postToEvent);
}
