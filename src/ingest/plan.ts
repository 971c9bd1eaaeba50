import { meetupFeedUrls } from '../sources/meetup/index.js';
import { parseHashtagSpec } from '../sources/mastodon/urls.js';

/**
 * What to fetch for a source as the user typed it:
 * - `#tag@instance[,instance…]` → a hashtag source spanning those instances'
 *   tag feeds (stored under the spec itself);
 * - a Meetup group (or event) URL → the group's iCal feed, falling back to its RSS;
 * - anything else → the URL itself, format detected from the response.
 */
export type FetchPlan =
  | { kind: 'hashtag'; sourceUrl: string; urls: string[] }
  | { kind: 'meetup'; sourceUrl: string; urls: string[] }
  | { kind: 'auto'; sourceUrl: string; urls: string[] };

export function planFor(input: string): { ok: true; plan: FetchPlan } | { ok: false; message: string } {
  const trimmed = input.trim();
  if (trimmed.startsWith('#')) {
    const urls = parseHashtagSpec(trimmed);
    if (!urls.ok) return { ok: false, message: urls.error.message };
    return { ok: true, plan: { kind: 'hashtag', sourceUrl: trimmed.toLowerCase(), urls: urls.value } };
  }
  const meetup = meetupFeedUrls(trimmed);
  if (meetup) return { ok: true, plan: { kind: 'meetup', sourceUrl: meetup.ical, urls: [meetup.ical, meetup.rss] } };
  return { ok: true, plan: { kind: 'auto', sourceUrl: trimmed, urls: [trimmed] } };
}
