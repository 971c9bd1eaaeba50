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
 *   (read from its end by the place stage); a label after the pin ("📍 Lloc:
 *   …") is dropped and a sentence after the place ("…, 08010 Barcelona.
 *   Espereu al portal…") cut off (core/place-label.ts). `📍 Online event`, `Online event` or `📍 Online` lines
 *   mean the event is online.
 */
import type ICAL from 'ical.js';
import { PLACE_LABELS, beforeSentence } from '../../core/place-label.js';
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
/** A label after the pin ("📍 Lloc: MOB Barcelona - …", "📍 Venue: …"): not part of the place. */
const PIN_LABEL = new RegExp(String.raw`^${PLACE_LABELS}\s*[:：]\s*`, 'i');
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
    // "📍 Lloc: Bar - Carrer Major, 5, 08201 Sabadell. Truqueu al timbre…": the place, without its label and the sentence after it.
    const value = pin ? beforeSentence(pin[1]!.replace(PIN_LABEL, '')) : labelled?.[1];
    if (!value) {
      if (ONLINE.test(line.trim()) && /event/i.test(line)) return { attendanceMode: 'online' };
      continue;
    }
    if (ONLINE.test(value)) return { attendanceMode: 'online' };
    if (/^https?:\/\/\S+$/i.test(value)) return { locationUrl: value };
    const parts = (pin ? pinParts(value) : value.split(/\s*,\s*/)).map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length === 0) continue;
    return { venueName: parts[0] ?? null, locationText: parts.join(', ') };
  }
  return null;
}

/**
 * A pin line's parts: "MOB · C/ Bailèn 11 · Barcelona", or a venue and its
 * address after a dash ("MOB Barcelona - Carrer Bailèn, 11, 08010
 * Barcelona"), when a number follows it ("Café Zwei - Drei" is one name).
 */
function pinParts(value: string): string[] {
  if (value.includes('·')) return value.split(/\s*·\s*/u);
  const dash = /\s[-–—]\s/u.exec(value);
  return dash && /\d/.test(value.slice(dash.index)) ? [value.slice(0, dash.index), value.slice(dash.index + 3)] : [value];
}

/** The first Meetup event page linked from the description, canonical; null when none. */
export function meetupEventLink(links: string[]): string | null {
  for (const link of links) {
    const canonical = canonicalMeetupEventUrl(link);
    if (canonical) return canonical;
  }
  return null;
}
