/**
 * Meetup URL forms.
 *
 * A group is `https://www.meetup.com/<group>/` and appears as:
 *   meetup.com/<group>, www.meetup.com/<group>/events/, …/events/<id>/,
 *   …/events/ical/, …/events/rss/, a locale prefix (`/de-DE/<group>/`),
 *   with or without `www.`, http or https, query and fragment ignored.
 * Meetup serves each group's upcoming events at
 *   https://www.meetup.com/<group>/events/ical/  (iCalendar) and
 *   https://www.meetup.com/<group>/events/rss/   (RSS 2.0).
 */

/** Top-level Meetup paths that are not group names. */
const RESERVED = new Set([
  'find',
  'topics',
  'cities',
  'apps',
  'pro',
  'login',
  'register',
  'account',
  'messages',
  'notifications',
  'help',
  'about',
  'blog',
  'lp',
  'members',
  'home',
  'create',
  'meetup_api',
  'api',
  'events',
  'search',
]);

/** A locale path segment such as `de-DE`, `fr-FR`, `ja-JP`, `pt-BR`, `en-AU`. */
const LOCALE = /^[a-z]{2}(?:-[A-Z]{2})?$/;

/**
 * Text whose host cannot be meetup.com: printable ASCII without "meetup" and
 * without "%" (a host may be percent-encoded); URL parsing deletes tabs and
 * line breaks and maps non-ASCII letters, so those go the long way.
 */
function cannotBeMeetup(url: string): boolean {
  return PLAIN_ASCII.test(url) && !/meetup/i.test(url);
}
const PLAIN_ASCII = /^[\x20-\x24\x26-\x7e]*$/;

function meetupPath(url: string): string[] | null {
  // Most event URLs are elsewhere: no URL to build for them.
  if (cannotBeMeetup(url)) return null;
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (host !== 'meetup.com' && host !== 'www.meetup.com') return null;
  const segments = u.pathname.split('/').filter((s) => s.length > 0);
  if (segments[0] !== undefined && LOCALE.test(segments[0])) segments.shift();
  return segments;
}

function groupOf(segments: string[]): string | null {
  const group = segments[0];
  if (!group || RESERVED.has(group.toLowerCase())) return null;
  return /^[\w-]+$/.test(group) ? group : null;
}

/** The iCal and RSS feeds of the Meetup group a URL belongs to, or null when it is not a Meetup group URL. */
export function meetupFeedUrls(url: string): { ical: string; rss: string } | null {
  const segments = meetupPath(url);
  if (!segments) return null;
  const group = groupOf(segments);
  if (!group) return null;
  const rest = segments.slice(1);
  // Only the group page and its events pages lead to the group's feeds (not /members/, /photos/, …).
  if (rest.length > 0 && rest[0] !== 'events') return null;
  const base = `https://www.meetup.com/${group}/events/`;
  return { ical: `${base}ical/`, rss: `${base}rss/` };
}

/**
 * `https://www.meetup.com/<group>/events/<id>/` for any written form of a
 * Meetup event URL (no www, locale prefix, missing slash, query string,
 * fragment, trailing `/attendees/`…); null when `url` is not a Meetup event.
 */
export function canonicalMeetupEventUrl(url: string): string | null {
  const segments = meetupPath(url);
  if (!segments) return null;
  const group = groupOf(segments);
  const id = segments[2];
  if (!group || segments[1] !== 'events' || !id || !/^[a-z0-9]+$/i.test(id)) return null;
  if (id === 'ical' || id === 'rss' || id === 'past' || id === 'calendar') return null;
  return `https://www.meetup.com/${group}/events/${id}/`;
}

/** True for any URL on meetup.com. */
export function isMeetupUrl(url: string | null): boolean {
  return url !== null && meetupPath(url) !== null;
}
