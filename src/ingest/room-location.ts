import type { Attendance } from '../core/event.js';
import { namesOnlyAPartOfABuilding, venueAndAddress } from '../normalise/index.js';
import { venueKey } from '../place/index.js';
import type { ParsedEvent } from '../sources/types.js';

/** What this step needs of a first-pass row (locate.ts). */
export interface RoomRow {
  event: ParsedEvent;
  attendance: Attendance;
  source: ParsedEvent;
}

/**
 * A museum's calendar writes most events at "Harbour Museum, 12 Quay St,
 * Los Angeles" and a few only at "Level 3" or "West Foyer": a part of a
 * building (normalise/part-of-building.ts), not a venue of its own at the
 * feed's home. Such an event is in the venue the feed's other in-person
 * events are mostly at (more than half of them): it reads as "Level 3,
 * Harbour Museum, 12 Quay St, Los Angeles", with the venue "Level 3, Harbour
 * Museum", and is placed again by that text (and that venue's coordinates,
 * when its events give them and it does not). A feed with no such main
 * venue keeps the room as written. `again` is the first pass to rerun.
 */
export function roomsAtMainVenue<R extends RoomRow>(rows: R[], again: (p: ParsedEvent) => R): R[] {
  const rooms = rows.map((r) => roomOf(r.event));
  if (!rooms.some((room) => room !== null)) return rows;
  const main = mainVenue(rows.filter((r, i) => rooms[i] === null));
  if (!main) return rows;
  return rows.map((r, i) => (rooms[i] ? { ...again(inVenue(r.event, rooms[i], main)), source: r.source } : r));
}

/** The room an event's location names alone, or null. */
function roomOf(e: ParsedEvent): string | null {
  if (e.venueName && e.locationText && e.venueName !== e.locationText) return null;
  const text = e.venueName ?? e.locationText;
  return text && namesOnlyAPartOfABuilding(text) ? text.trim() : null;
}

/** The event of the feed's main venue that says most about where it is (its longest location). */
function mainVenue(rows: RoomRow[]): ParsedEvent | null {
  const groups = new Map<string, ParsedEvent[]>();
  let total = 0;
  for (const { event, attendance } of rows) {
    const key = attendance === 'in_person' || attendance === 'hybrid' ? venueKey(event) : null;
    if (!key) continue;
    total++;
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  const top = [...groups.values()].find((events) => events.length * 2 > total);
  if (!top) return null;
  return top.reduce((a, b) => ((b.locationText?.length ?? 0) > (a.locationText?.length ?? 0) ? b : a));
}

function inVenue(e: ParsedEvent, room: string, main: ParsedEvent): ParsedEvent {
  const { venue, address } = venueAndAddress(main.venueName, main.locationText);
  const label = venue ?? address!;
  const text = address && !address.startsWith(label) ? `${label}, ${address}` : (address ?? label);
  const at = e.lat === null || e.lon === null ? main : e;
  return {
    ...e,
    venueName: `${room}, ${label}`,
    locationText: `${room}, ${text}`,
    lat: at.lat,
    lon: at.lon,
    locality: e.locality ?? main.locality,
    region: e.region ?? main.region,
    country: e.country ?? main.country,
    postalCode: e.postalCode ?? main.postalCode,
  };
}
