/**
 * The page of an event that has no URL of its own: a Meetup event page among
 * its description's links (current Meetup feeds give it only there), else an
 * event or ticket page among them (text/event-link.ts). When that finds
 * nothing, or only the calendar's own page, its LOCATION is its page if that
 * is a web page and no meeting room, map or social profile: an event a Luma
 * calendar lists from elsewhere has its website or ticket page there, and
 * only the calendar's page in its description.
 *
 * A link is the calendar's own page, not the event's, when
 * - its path is the calendar's name ("https://luma.com/CodeClub" in the
 *   calendar "Code Club"; letters and digits compared, case ignored), or
 * - the event is one Luma lists from elsewhere (UID "calev-…@events.lu.ma"):
 *   Luma has no page of its own for it, and links it to the calendar's.
 */
import { eventPageOfLinks } from '../text/event-link.js';
import { meetupEventLink } from './venue.js';

export interface PageClues {
  /** The http(s) links of the event's description, in order. */
  links: string[];
  /** LOCATION when it is a link. */
  locationUrl: string | null;
  uid: string;
  /** The calendar's name (X-WR-CALNAME, else NAME). */
  calendarName: string | null;
}

export function eventPage({ links, locationUrl, uid, calendarName }: PageClues): string | null {
  const found = meetupEventLink(links) ?? eventPageOfLinks(links);
  if (found && !isCalendarPage(found, uid, calendarName)) return found;
  return (locationUrl ? eventPageOfLinks([locationUrl]) : null) ?? found;
}

/** A Luma event listed from elsewhere, and Luma's own hosts. */
const LUMA_LISTED = /^calev-[^@]*@events\.lu\.ma(?:#|$)/i;
const LUMA_HOST = /^(?:www\.)?(?:lu\.ma|luma\.com)$/;

function isCalendarPage(link: string, uid: string, calendarName: string | null): boolean {
  const url = parsed(link);
  if (!url) return false;
  if (LUMA_LISTED.test(uid) && LUMA_HOST.test(url.hostname.toLowerCase())) return true;
  const name = calendarName === null ? '' : folded(calendarName);
  const segment = /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  return name !== '' && segment !== undefined && folded(decodeURIComponentSafe(segment)) === name;
}

/** Letters and digits only, lower case ("Nairobi DevOps" and "nairobi-devops" alike). */
function folded(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function parsed(link: string): URL | null {
  try {
    return new URL(link);
  } catch {
    return null;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
