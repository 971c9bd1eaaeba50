import type { ParseContext, ParseOutcome, ParsedEvent, SkippedItem } from '../types.js';
import { readFeed } from './feed.js';
import { itemToEvent } from './item.js';

export { readFeed, type Feed, type FeedItem } from './feed.js';
export { NO_EVENT_DATE } from './item.js';

/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom 0.3 / Atom 1.0 → events (format 'rss').
 * Items that state no event date are returned in `skipped`, not dropped
 * silently, so `preview` can say why a feed yields nothing.
 *
 * Async because rss-parser's parseString returns a Promise.
 */
export async function parseFeed(text: string, ctx: ParseContext): Promise<ParseOutcome> {
  if (text.trim().length === 0) return { ok: false, reason: 'the feed is empty' };
  const read = await readFeed(text);
  if (!read.ok) return read;
  const events: ParsedEvent[] = [];
  const skipped: SkippedItem[] = [];
  for (const item of read.feed.items) {
    const outcome = itemToEvent(item, ctx);
    if (outcome.kind === 'event') events.push(outcome.event);
    else skipped.push(outcome.skipped);
  }
  return { ok: true, format: 'rss', title: read.feed.title, events, skipped };
}
