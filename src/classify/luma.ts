/**
 * Luma's calendar export, as attendance reads it (rule 4 of attendance.ts).
 *
 * - Luma writes its own event page as the LOCATION of an online event, and
 *   a street address as that of an event in person.
 * - It writes GEO only for a place people go to: on a Luma event, coordinates
 *   are where it happens. So an event a Luma calendar lists from elsewhere
 *   (UID "calev-…@events.lu.ma"), whose LOCATION is that event's website or
 *   ticket page, is in person at its GEO.
 * - An event in person whose venue only guests see has Luma's "Address:"
 *   block in its description ("Check event page for more details."), with or
 *   without coordinates.
 */
import type { Attendance } from '../core/event.js';
import type { ParsedEvent } from '../sources/types.js';
import { isLumaUrl } from './meeting.js';

/** The UIDs of Luma's export: "evt-…@events.lu.ma" (its own events), "calev-…@events.lu.ma" (listed from elsewhere). */
const LUMA_UID = /@events\.lu\.ma(?:#|$)/i;

/** An event of Luma's export: its UID says so, or its location is its Luma page. */
export function isLumaEvent(p: ParsedEvent, locationUrl: string): boolean {
  return LUMA_UID.test(p.uid) || isLumaUrl(locationUrl);
}

/**
 * A Luma event whose location is a link (not a meeting room's): in person at
 * its coordinates or by its "Address:" block; else online when the link is its
 * Luma page, and unclear when it is another site's.
 */
export function lumaAttendance(p: ParsedEvent, locationUrl: string): Attendance {
  if ((p.lat !== null && p.lon !== null) || hasAddressBlock(p.description)) return 'in_person';
  return isLumaUrl(locationUrl) ? 'online' : 'unknown';
}

/**
 * A Luma event in person whose venue only guests see: Luma's own page as its
 * location, its "Address:" block, and no coordinates or address text — so
 * nothing but its title ("Cursor Kathmandu Buildathon") says where it is.
 */
export function hidesItsAddress(p: ParsedEvent): boolean {
  if (p.lat !== null || p.venueName?.trim()) return false;
  const text = p.locationText?.trim() ?? '';
  const url = p.locationUrl ?? (/^https?:\/\/\S+$/i.test(text) ? text : null);
  if (url === null || (text !== '' && text !== url) || !isLumaUrl(url)) return false;
  return hasAddressBlock(p.description);
}

/** Luma's "Address:" block: an in-person event whose venue it shows only to guests ("Check event page for more details."). */
function hasAddressBlock(description: string | null): boolean {
  return description !== null && /(?:^|\n)\s*Address:\s*(?:\n|$)/i.test(description);
}
