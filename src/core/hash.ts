import { hash } from 'node:crypto';
import type { NormalisedEvent } from './event.js';

/** The fields a reader would notice changing; the content hash covers exactly these. */
export type HashedFields = Pick<
  NormalisedEvent,
  'title' | 'start' | 'end' | 'allDay' | 'venue' | 'address' | 'lat' | 'lon' | 'attendance' | 'status'
>;

/**
 * sha256 hex over title, start/end (ISO), allDay, venue, address, lat/lon
 * rounded to 4 decimal places (~11 m, so float noise such as
 * -1.2920658999999999 does not count as a change), attendance and status.
 * Serialised as a JSON array so field boundaries are unambiguous.
 */
export function contentHash(e: HashedFields): string {
  const fields = [
    e.title,
    e.start.toISOString(),
    e.end ? e.end.toISOString() : null,
    e.allDay,
    e.venue,
    e.address,
    round4(e.lat),
    round4(e.lon),
    e.attendance,
    e.status,
  ];
  // crypto.hash: one call, no Hash object (Node ≥ 20.12), about twice as quick per event
  return hash('sha256', JSON.stringify(fields), 'hex');
}

function round4(n: number | null): string | null {
  return n === null ? null : n.toFixed(4);
}
