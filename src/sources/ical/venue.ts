/**
 * Where an iCal event is when LOCATION alone does not say:
 *
 * - VVENUE (non-standard, Upcoming and others): `LOCATION;VENUE-UID=<uid>:Name`
 *   points at a `BEGIN:VVENUE` component of the calendar with NAME,
 *   STREET-ADDRESS, EXTENDED-ADDRESS, LOCALITY or CITY, REGION, POSTAL-CODE,
 *   COUNTRY and GEO. Its facts fill the event's location fields.
 * - A description venue line, used by current Meetup group feeds, which have
 *   no LOCATION at all: `📍 Venue · 12 Street · Town` or
 *   `Location: Venue, 12 Street, Town` (LOCATION_LINE). The first part is
 *   the venue name and the whole line, joined with ", ", is the address
 *   (read from its end by the place stage). `📍 Online event`, `Online event` or `📍 Online` lines
 *   mean the event is online.
 */
import type ICAL from 'ical.js';
import { canonicalMeetupEventUrl } from '../meetup/urls.js';
import type { AttendanceMode, LocationFields } from '../types.js';
import { readGeo, textProp } from './fields.js';

export type VenueFacts = Partial<LocationFields> & { attendanceMode?: AttendanceMode };

function venueUidOf(component: ICAL.Component): string | null {
  const prop = component.getFirstProperty('location');
  const param = prop?.getParameter('venue-uid');
  const uid = (Array.isArray(param) ? param[0] : param)?.trim();
  return uid || null;
}

/** The VVENUE the event's LOCATION points at, read into location fields; null when there is none. */
export function vvenueFacts(component: ICAL.Component, calendar: ICAL.Component | null): VenueFacts | null {
  const uid = venueUidOf(component);
  if (!uid || !calendar) return null;
  const venue = calendar.getAllSubcomponents('vvenue').find((v) => textProp(v, 'uid') === uid);
  if (!venue) return null;
  const get = (name: string) => textProp(venue, name);
  const name = get('name') ?? textProp(component, 'location');
  const locality = get('locality') ?? get('city');
  const parts = [name, get('extended-address'), get('street-address'), locality, get('region'), get('postal-code'), get('country')];
  const address = parts.filter((p): p is string => p !== null && p.trim() !== '');
  const geo = readGeo(venue);
  return {
    venueName: name,
    locationText: address.filter((p, i) => address.indexOf(p) === i).join(', ') || null,
    locality,
    region: get('region'),
    postalCode: get('postal-code'),
    country: get('country'),
    ...(geo.lat !== null ? geo : {}),
  };
}

const PIN_LINE = /^\s*📍\s*(.+?)\s*$/u;
/**
 * A labelled venue line, after a list bullet or not: "• Location: Coredge,
 * Noida", Finnish "Paikka: Kirjasto Oodi" or "Osoite:", Japanese
 * "会場：六本木ヒルズ" (full-width colon) — the labels for a place that the
 * normalise stage also reads in any description (normalise/described-location.ts).
 */
const LOCATION_LINE = /^\s*(?:[•*·–-]\s*)?(?:Location|Venue|Where|Paikka|Osoite|開催場所|会場|場所)\s*[:：]\s*(.+?)\s*$/i;
const ONLINE = /^(?:online(?:\s+event)?|virtual(?:\s+event)?)$/i;

/** The venue line of a description (see the file comment); null when it has none. */
export function descriptionVenue(description: string | null): VenueFacts | null {
  if (!description) return null;
  for (const line of description.split(/\r?\n/)) {
    const pin = PIN_LINE.exec(line);
    const labelled = pin ? null : LOCATION_LINE.exec(line);
    const value = pin?.[1] ?? labelled?.[1];
    if (!value) {
      if (ONLINE.test(line.trim()) && /event/i.test(line)) return { attendanceMode: 'online' };
      continue;
    }
    if (ONLINE.test(value)) return { attendanceMode: 'online' };
    if (/^https?:\/\/\S+$/i.test(value)) return { locationUrl: value };
    const parts = value
      .split(pin ? /\s+·\s+|\s*·\s*/u : /\s*,\s*/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (parts.length === 0) continue;
    return { venueName: parts[0] ?? null, locationText: parts.join(', ') };
  }
  return null;
}

/** The first Meetup event page linked from the description, canonical; null when none. */
export function meetupEventLink(links: string[]): string | null {
  for (const link of links) {
    const canonical = canonicalMeetupEventUrl(link);
    if (canonical) return canonical;
  }
  return null;
}
