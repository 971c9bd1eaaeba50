import { absoluteHttpUrl, anchors, collapseWhitespace, type Anchor } from '../text/html.js';

/**
 * Reading a Mastodon post's text for the two things that make it an event
 * announcement without an event page: a place, and the links worth
 * enriching from.
 */

/**
 * Links inside Mastodon itself, on any instance: hashtags (`/tags/x`),
 * mentions and profiles (`/@user`, `/users/x`), other posts (`/@user/123`),
 * the web app (`/web/…`), and any anchor Mastodon marks as a mention or
 * hashtag by class. Everything else is an outside page that may be an event
 * page (Meetup, Eventbrite, Luma, a venue's site).
 */
export function isMastodonInternalLink(anchor: Anchor, url: URL): boolean {
  if (/\b(?:mention|hashtag|u-url)\b/.test(anchor.className)) return true;
  if (/\btag\b/.test(anchor.rel)) return true;
  return /^\/(?:tags\/|@|users\/|web\/|notice\/|objects\/)/i.test(url.pathname);
}

/** Outside links of a post (see isMastodonInternalLink), absolute, in order, once each. */
export function outsideLinks(html: string, base: string | null, exclude: string | null): string[] {
  const out: string[] = [];
  for (const a of anchors(html)) {
    const href = absoluteHttpUrl(a.href, base);
    if (!href || href === exclude || out.includes(href)) continue;
    if (!isMastodonInternalLink(a, new URL(href))) out.push(href);
  }
  return out;
}

/**
 * Where the post says the event is. Conservative on purpose — a wrong place
 * is worse than none (the item then waits for JSON-LD enrichment or is
 * skipped). Accepted forms, first match wins:
 *
 *  1. a marker: `📍 The Victoria, Birmingham`, `Venue: …`, `Location: …`,
 *     `Where: …`, `Address: …`;
 *  2. `at <Place>` or `@ <Place>` (with a space after @, so not a mention)
 *     where <Place> starts with a capital letter or a street number and is
 *     not a time ("at 18:30", "at 6pm", "at Noon").
 *
 * Searched first in the text after the date (so "Thursday at 18:30 at The
 * Victoria" skips the time), then in the whole text. The place runs to the
 * end of the line or sentence, a hashtag, a URL, a bracket (an opening one,
 * or a closing one whose opening one is before the place: "(starts & ends at
 * Laurel Park) but…"), or a word that starts a new clause (" but ", " and
 * then ", " so "…: "at Laurel Park but the route is a surprise"), at most 120
 * characters. A place that is an online service ("Zoom", "online", "Jitsi",
 * "YouTube", …) is not a place.
 */
const MARKER = /(?:📍|\b(?:venue|location|where|address)\s*:)\s*([^\n]+)/iu;
// The place is captured inside a lookahead so that every "at" is tried ("at Noon at Fazeley Studios").
const AT_PLACE = /(?:^|\s)(?:at|@)\s+(?=((?:\p{Lu}|\d{1,5}\s+\p{L})[^\n]*))/gu;
const TIME_LIKE = /^(?:\d{1,2}(?::|\.|h)\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)\b|noon|midnight|midday)/i;
const ONLINE =
  /\b(?:zoom|online|jitsi|google meet|meet\.google|teams|youtube|twitch|discord|livestream|stream|webinar|virtual|bigbluebutton|the link)\b/i;

/** Lower-case words that end a place by starting a new clause ("at Laurel Park but the route is a surprise"). */
const CLAUSE = String.raw`\s(?:but|and then|then|so|because|until|while|which|where|when)\s`;
/** Where a place ends; a place is cut at its first opening bracket, so any closing one it meets opened before it. */
const PLACE_END = new RegExp(String.raw`\n|[.!?](?:\s|$)|\s#|https?:\/\/|[([|)\]]|\s[–—-]\s(?=\p{Ll})|${CLAUSE}`, 'u');

function trimPlace(raw: string): string | null {
  const cut = raw.split(PLACE_END)[0]?.replace(/[\s,;:–—-]+$/u, '');
  const place = collapseWhitespace(cut ?? '');
  if (place.length < 3 || place.length > 120) return null;
  if (TIME_LIKE.test(place) || ONLINE.test(place)) return null;
  return place;
}

function placeIn(text: string): string | null {
  const marker = MARKER.exec(text);
  if (marker?.[1]) {
    const place = trimPlace(marker[1]);
    if (place) return place;
  }
  for (const m of text.matchAll(AT_PLACE)) {
    const place = m[1] ? trimPlace(m[1]) : null;
    if (place) return place;
  }
  return null;
}

export function extractPlace(text: string, afterIndex: number): string | null {
  return placeIn(text.slice(afterIndex)) ?? placeIn(text);
}
