/**
 * The event's own page among the links its description gives, for an event
 * that has no URL of its own (a conference schedule export writes each
 * session's Eventbrite page only as a line of its DESCRIPTION):
 *
 * - the first link to an event or ticketing site's page for one event
 *   (TICKETING_HOSTS: Eventbrite, Meetup, Luma, Tito, Ticket Tailor, …;
 *   an organiser's or group's page on them is not one event's page);
 * - else the description's only link, when it is none of these: a meeting
 *   link (Zoom, Meet, Teams…), a map, an image, or a social profile.
 *
 * Used by the parsers whose events may lack a URL (iCal, RSS). The link is
 * canonicalised later (normalise/url.ts drops Eventbrite's `aff`).
 */
import { isMapOrSocialHost, isMeetingHost } from '../../core/link-hosts.js';

/** Hosts (the registrable name's labels, any TLD for the `.*` ones) whose pages sell or list one event. */
// prettier-ignore
const TICKETING_HOSTS: readonly (readonly [host: RegExp, eventPath: RegExp])[] = [
  [/(?:^|\.)eventbrite\.[a-z.]+$/, /^\/e\/./],
  [/(?:^|\.)meetup\.com$/, /\/events\/[a-z0-9]+/i],
  [/^(?:www\.)?(?:lu\.ma|luma\.com)$/, /^\/[^/]+/],
  [/^(?:www\.)?(?:ti\.to|tito\.io)$/, /^\/[^/]+\/[^/]+/],
  [/(?:^|\.)(?:tickettailor\.com|buytickets\.at)$/, /^\/[^/]+\/./],
  [/(?:^|\.)humanitix\.com$/, /^\/[^/]+/],
  [/(?:^|\.)pretix\.eu$/, /^\/[^/]+\/[^/]+/],
  [/(?:^|\.)dice\.fm$/, /^\/event\//],
  [/(?:^|\.)universe\.com$/, /^\/events\//],
  [/(?:^|\.)billetto\.[a-z.]+$/, /\/e\//],
  [/(?:^|\.)ticketmaster\.[a-z.]+$/, /\/event\//],
  [/(?:^|\.)ticketsource\.[a-z.]+$/, /^\/[^/]+\/./],
  [/(?:^|\.)skiddle\.com$/, /^\/whats-on\/./],
  [/(?:^|\.)eventfinda\.[a-z.]+$/, /^\/\d{4}\//],
  [/(?:^|\.)facebook\.com$/, /^\/events\/\d/],
];

/** A path to a map on a general host ("google.com/maps/…", "bing.com/maps"). */
const MAP_PATH = /^\/maps(?:\/|$)/;
/** A picture or document, not a page. */
const FILE_PATH = /\.(?:jpe?g|png|gif|webp|svg|avif|heic|pdf)$/i;

export function eventPageOfLinks(links: readonly string[]): string | null {
  if (links.length === 0) return null;
  const urls = links.map(parsed);
  const ticketing = urls.findIndex((u) => u !== null && isTicketingPage(u));
  if (ticketing >= 0) return links[ticketing]!;
  const only = urls.length === 1 ? urls[0] : null;
  return only && mayBeEventPage(only) ? links[0]! : null;
}

function parsed(link: string): URL | null {
  try {
    const u = new URL(link);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function isTicketingPage(u: URL): boolean {
  const host = u.hostname.toLowerCase();
  return TICKETING_HOSTS.some(([h, path]) => h.test(host) && path.test(u.pathname));
}

function mayBeEventPage(u: URL): boolean {
  const host = u.hostname.toLowerCase();
  return !isMeetingHost(host) && !isMapOrSocialHost(host) && !MAP_PATH.test(u.pathname) && !FILE_PATH.test(u.pathname);
}
