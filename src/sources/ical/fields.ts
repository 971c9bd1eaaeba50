/**
 * Per-VEVENT facts other than times: text, links, location, GEO, URL, status,
 * organiser and UID. Each rule a reader would notice is written next to it.
 */
import { createHash } from 'node:crypto';
import type ICAL from 'ical.js';
import { decodedWholeUrl, httpUrl } from '../../core/url.js';
import { decodeEntities } from '../text/html.js';
import type { RawStatus } from '../types.js';
import { stringProp } from './timezones.js';

export function textProp(component: ICAL.Component, name: string): string | null {
  return stringProp(component, name);
}

/**
 * The event's description: DESCRIPTION, else the HTML of X-ALT-DESC (some
 * exporters write only that). ical.js leaves an X- property's text escapes
 * (`\,` `\n`) in place; the HTML itself is read later like any description.
 */
export function readDescription(component: ICAL.Component): string | null {
  const plain = textProp(component, 'description');
  if (plain !== null) return withoutTrumbaFields(plain);
  const html = stringProp(component, 'x-alt-desc');
  return html === null ? null : html.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Trumba's bookkeeping fields, as it echoes them at the head of a description. */
const TRUMBA_LABEL = /^(?:event\s+(?:name|locator|state)|organi[sz]ation|submitter\s+name|categories|diagram\s+link)$/i;
/** Cheap first look: a description that starts with one of them. */
const TRUMBA_HEAD = /^\s*(?:event\s+(?:name|locator|state)|organi[sz]ation|submitter\s+name|categories|diagram\s+link)\s*:/i;
/** One "Label: value" line at `lastIndex`, up to its `<br>` or newline. */
const FIELD_LINE = /[ \t]*([a-z][a-z ]{0,30}?)[ \t]*:.*?(?:<br\s*\/?>|\r?\n|$)/iy;
/** Blank lines left at the head once the fields are gone. */
const LEADING_BREAKS = /^(?:\s|<br\s*\/?>)+/i;

/**
 * A Trumba description opens with some of the event's custom fields, a line
 * each: "Event Name: Yoga Tuesdays<br>Organization: CAMPUS ACTIVITIES
 * BOARD<br>Event Locator: 2023-AALAWL<br>Submitter Name: McQuarter,
 * Kelly<br>Event State: Confirmed<br><br><p>How will you …" — the
 * calendar's bookkeeping, and for some concerts the whole description.
 * Those lines are dropped when the block of "Label: value" lines at the head
 * holds at least two of them; the block's other lines ("Web Site: …") and
 * everything after it stay. A description of nothing else is none.
 */
export function withoutTrumbaFields(description: string): string | null {
  if (!TRUMBA_HEAD.test(description)) return description;
  let known = 0;
  let kept = '';
  let at = 0;
  FIELD_LINE.lastIndex = 0;
  for (let m = FIELD_LINE.exec(description); m && m[0].length > 0; m = FIELD_LINE.exec(description)) {
    if (TRUMBA_LABEL.test(m[1]!.trim())) known++;
    else kept += m[0];
    at = FIELD_LINE.lastIndex;
    if (at >= description.length) break;
  }
  if (known < 2) return description;
  const rest = (kept + description.slice(at)).replace(LEADING_BREAKS, '');
  return rest === '' ? null : rest;
}

const STATUS: Record<string, RawStatus> = {
  CONFIRMED: 'scheduled',
  TENTATIVE: 'tentative',
  CANCELLED: 'cancelled',
};

/** STATUS CONFIRMED/TENTATIVE/CANCELLED; anything else (or none) says nothing. */
export function readStatus(component: ICAL.Component): RawStatus | null {
  const value = textProp(component, 'status')?.toUpperCase();
  return value ? (STATUS[value] ?? null) : null;
}

/** A LOCATION that is a single http(s) or www. address is a link, not a place. */
const LOCATION_URL = /^(?:https?:\/\/|www\.)\S+$/i;

export function readLocation(component: ICAL.Component): { locationText: string | null; locationUrl: string | null } {
  const value = textProp(component, 'location');
  if (!value) return { locationText: null, locationUrl: null };
  if (LOCATION_URL.test(value)) {
    return { locationText: null, locationUrl: /^www\./i.test(value) ? `https://${value}` : value };
  }
  return { locationText: value, locationUrl: null };
}

/** GEO `lat;lon`; out-of-range pairs are dropped; rounded to 6 decimals (~0.1 m) to shed float noise. */
export function readGeo(component: ICAL.Component): { lat: number | null; lon: number | null } {
  const value = component.getFirstPropertyValue('geo');
  const none = { lat: null, lon: null };
  if (!Array.isArray(value) || value.length !== 2) return none;
  const [lat, lon] = value.map(Number) as [number, number];
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return none;
  return { lat: round6(lat), lon: round6(lon) };
}

// A module function, not a closure per event: under tsx (esbuild keepNames) each named closure costs ~0.4 µs to create.
function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * An absolute http(s) URL for `value`: kept as written when already absolute,
 * else resolved against `base`; null when it is not a web address.
 */
function absoluteUrl(value: string | null, base: string): string | null {
  const trimmed = value?.trim() ? decodedWholeUrl(value.trim()) : undefined;
  const url = trimmed ? httpUrl(trimmed, base) : null;
  if (!trimmed || !url) return null;
  return /^https?:\/\//i.test(trimmed) ? trimmed : url.href;
}

/** An http(s) address written whole, or null: nothing to resolve it against. */
function webAddress(value: string | null): string | null {
  return value ? absoluteUrl(value, value) : null;
}

/** A calendar-level X-ORIGINAL-URL that points at the .ics itself is the feed, not an event page. */
const CALENDAR_FILE_URL = /\.ics$|\/ical(?:\/|$)/i;

/**
 * Event page: the event's URL (relative ones resolved against the feed), else
 * the event's X-ORIGINAL-URL, else its X-TRUMBA-LINK (Trumba and 25Live give
 * the page only there), else the calendar's X-ORIGINAL-URL unless that is the
 * calendar file itself (Meetup and Lanyrd put the .ics address there).
 */
export function readUrl(component: ICAL.Component, calendarOriginalUrl: string | null, sourceUrl: string): string | null {
  const own =
    absoluteUrl(textProp(component, 'url'), sourceUrl) ??
    absoluteUrl(textProp(component, 'x-original-url'), sourceUrl) ??
    webAddress(textProp(component, 'x-trumba-link'));
  if (own) return own;
  const fromCalendar = absoluteUrl(calendarOriginalUrl, sourceUrl);
  return fromCalendar && !CALENDAR_FILE_URL.test(new URL(fromCalendar).pathname) ? fromCalendar : null;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`]+/gi;

/** http(s) URLs in free text, trailing punctuation trimmed, HTML entities decoded ("?aff&#x3D;schedule"), first occurrence order. */
export function linksIn(text: string | null): string[] {
  if (!text) return [];
  const found = new Set<string>();
  for (const match of text.match(URL_IN_TEXT) ?? []) {
    let url = (match.includes('&') ? decodeEntities(match) : match).replace(/[.,;:!?]+$/, '');
    if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1);
    if (absoluteUrl(url, url)) found.add(url);
  }
  return [...found];
}

/**
 * Organisers that are the platform's mailer, not a person or group: Meetup's
 * "Meetup Reminder <info@meetup.com>" and Luma's calendar-invite@lu.ma. For
 * those a reader expects the group, i.e. the calendar's name.
 */
const GENERIC_ORGANISER = /@(?:[a-z0-9-]+\.)*(?:meetup\.com|lu\.ma|luma\.com)$|^(?:no-?reply|calendar-invite)@/i;

/** Meetup names its calendars "Events - <group>". */
function calendarGroupName(calName: string | null): string | null {
  return calName?.replace(/^Events\s+-\s+/i, '').trim() || null;
}

export function readOrganiser(component: ICAL.Component, calName: string | null): string | null {
  const prop = component.getFirstProperty('organizer');
  if (!prop) return null;
  const cnParam = prop.getParameter('cn');
  const cn = (Array.isArray(cnParam) ? cnParam[0] : cnParam)?.replace(/^"|"$/g, '').trim() || null;
  const address = String(prop.getFirstValue() ?? '')
    .replace(/^mailto:/i, '')
    .trim();
  const generic = GENERIC_ORGANISER.test(address) || cn === 'Meetup Reminder';
  if (generic) return calendarGroupName(calName) ?? (cn === 'Meetup Reminder' ? null : cn);
  return cn;
}

/**
 * The UID, or for feeds without one (Eventbrite, Hacker Public Radio) a
 * stable id derived from what identifies the event in the source.
 */
export function readUid(component: ICAL.Component): string {
  const uid = textProp(component, 'uid');
  if (uid) return uid;
  const start = component.getFirstProperty('dtstart');
  const basis = [
    String(start?.getParameter('tzid') ?? ''),
    String(start?.getFirstValue() ?? ''),
    textProp(component, 'summary') ?? '',
    textProp(component, 'location') ?? '',
  ].join('\n');
  return `derived-${createHash('sha256').update(basis).digest('hex')}`;
}
