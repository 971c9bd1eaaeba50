import { z } from 'zod';

/**
 * The one event model every source is turned into. Platform-neutral: no chat,
 * storage or parser types appear here.
 *
 * - `start`/`end` are instants; `timezone` is the IANA zone the event happens
 *   in (used to show local time and to group digests by day).
 * - `allDay` events start at local midnight of their first day in `timezone`;
 *   `end` is exclusive (the day after the last day), as in iCalendar.
 */
export const Attendance = z.enum(['in_person', 'online', 'hybrid', 'unknown']);
export type Attendance = z.infer<typeof Attendance>;

export const EventStatus = z.enum(['scheduled', 'tentative', 'cancelled', 'postponed']);
export type EventStatus = z.infer<typeof EventStatus>;

export const DESCRIPTION_MAX = 1500;

export const NormalisedEvent = z.object({
  /** URL of the source (feed or page) this record came from. */
  sourceUrl: z.string(),
  /** Stable id of the event within its source (iCal UID, RSS guid, …). Recurring occurrences get `uid#<start ISO>`. */
  sourceUid: z.string().min(1),
  /** Canonical event page URL (tracking parameters stripped), or null. */
  url: z.string().url().nullable(),
  title: z.string().min(1),
  /** Plain text, HTML stripped, at most DESCRIPTION_MAX characters. */
  description: z.string().max(DESCRIPTION_MAX),
  start: z.date(),
  end: z.date().nullable(),
  timezone: z.string().min(1),
  allDay: z.boolean(),
  venue: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  locality: z.string().nullable(),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.string().length(2).nullable(),
  attendance: Attendance,
  status: EventStatus,
  organiser: z.string().nullable(),
  /** sha256 hex over the fields a reader would notice changing (title, times, venue, status, attendance). */
  contentHash: z.string().length(64),
  /** Which clue placed the event (src/core/placement.ts); known while ingesting, not stored. */
  placedBy: z.enum(['geo', 'event-page', 'address', 'venue', 'home-area', 'calendar', 'title', 'set', 'none']).optional(),
});
export type NormalisedEvent = z.infer<typeof NormalisedEvent>;
