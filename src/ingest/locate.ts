import type { NormalisedEvent } from '../core/event.js';
import { classifyAttendance, classifyStatus } from '../classify/index.js';
import { normaliseEvent, type Placement } from '../normalise/index.js';
import { nearestPlace, placeAddress, timezoneAt } from '../place/index.js';
import type { ParsedEvent } from '../sources/types.js';

export interface LocateOptions {
  sourceUrl: string;
  defaultTimezone: string;
  /** Luma marks every event TENTATIVE; for its calendars that means scheduled. */
  tentativeMeansScheduled: boolean;
}

/**
 * classify → place → normalise for one parsed event.
 *
 * Placement: coordinates from the source win (their locality and zone come
 * from the nearest gazetteer place); otherwise the address is read from its
 * end (postcode, town, country) — never by matching place names anywhere in
 * the text.
 */
export function locate(parsed: ParsedEvent, opts: LocateOptions): NormalisedEvent {
  const attendance = classifyAttendance(parsed);
  const status = classifyStatus(parsed, parsed.title, { tentativeMeansScheduled: opts.tentativeMeansScheduled });
  return normaliseEvent(parsed, {
    sourceUrl: opts.sourceUrl,
    attendance,
    status,
    placement: placementOf(parsed),
    defaultTimezone: opts.defaultTimezone,
  });
}

function placementOf(p: ParsedEvent): Placement | null {
  if (p.lat !== null && p.lon !== null) {
    const near = nearestPlace(p.lat, p.lon);
    return {
      lat: p.lat,
      lon: p.lon,
      locality: p.locality ?? near?.name ?? null,
      country: p.country ?? near?.country ?? null,
      timezone: timezoneAt(p.lat, p.lon),
    };
  }
  const text = [p.locationText, p.postalCode && !p.locationText?.includes(p.postalCode) ? p.postalCode : null].filter(Boolean).join(', ');
  if (!text) return null;
  const placed = placeAddress(text, { country: p.country, locality: p.locality, postalCode: p.postalCode });
  return placed
    ? { lat: placed.lat, lon: placed.lon, locality: placed.locality, country: placed.country, timezone: placed.timezone }
    : null;
}
