import type { ParsedEvent } from '../types.js';

/**
 * An RSS or hashtag item that links to an event page, merged with the Event
 * that page's JSON-LD describes (the caller fetched the page and ran
 * extractJsonLdEvents on it).
 *
 * Rules:
 * - the item's uid is kept (it identifies the item within its source);
 * - the page's structured facts win: start/end/allDay/floating/utcMayBeLocal/timezone
 *   together, title, url, description, status, attendance, organiser;
 *   each falls back to the item's value when the page has none;
 * - location moves as one block: if the page states any location field, all
 *   location fields come from the page (mixing the item's address text with
 *   the page's coordinates could describe two different places); otherwise
 *   the item's location is kept;
 * - links are the union of both, page's first.
 */
const LOCATION_KEYS = [
  'venueName',
  'locationText',
  'locationUrl',
  'lat',
  'lon',
  'locality',
  'country',
  'postalCode',
] as const satisfies readonly (keyof ParsedEvent)[];

function hasLocation(e: ParsedEvent): boolean {
  return LOCATION_KEYS.some((k) => e[k] !== null);
}

export function mergeEnrichment(item: ParsedEvent, pageEvent: ParsedEvent): ParsedEvent {
  const location = hasLocation(pageEvent) ? pageEvent : item;
  return {
    ...item,
    uid: item.uid,
    title: pageEvent.title || item.title,
    url: pageEvent.url ?? item.url,
    description: pageEvent.description ?? item.description,
    start: pageEvent.start,
    end: pageEvent.end,
    timezone: pageEvent.timezone ?? item.timezone,
    allDay: pageEvent.allDay,
    floating: pageEvent.floating,
    utcMayBeLocal: pageEvent.utcMayBeLocal,
    venueName: location.venueName,
    locationText: location.locationText,
    locationUrl: location.locationUrl,
    lat: location.lat,
    lon: location.lon,
    locality: location.locality,
    country: location.country,
    postalCode: location.postalCode,
    attendanceMode: pageEvent.attendanceMode ?? item.attendanceMode,
    status: pageEvent.status ?? item.status,
    organiser: pageEvent.organiser ?? item.organiser,
    links: [...new Set([...pageEvent.links, ...item.links])],
  };
}
