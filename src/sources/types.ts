/**
 * What every format parser (src/sources/<format>/) produces: the facts the
 * source states, as close to the source as possible. Later stages turn it into
 * a NormalisedEvent: normalise (text, URLs, hash) → classify (attendance,
 * status) → place (coordinates, locality, timezone).
 */
export type SourceFormat = 'ical' | 'rss' | 'jsonld' | 'mastodon';

export type AttendanceMode = 'offline' | 'online' | 'mixed';
export type RawStatus = 'scheduled' | 'tentative' | 'cancelled' | 'postponed' | 'moved-online' | 'rescheduled';

export interface ParsedEvent {
  /** Stable id within the source; parsers derive one (hash of fields) when the feed has none. */
  uid: string;
  /** Event page URL as written in the source (absolute; relative ones are resolved against the feed URL). */
  url: string | null;
  title: string;
  /** Description as found; may contain HTML. */
  description: string | null;
  start: Date;
  end: Date | null;
  /** IANA zone stated by the source (TZID, X-WR-TIMEZONE, …) or null when it says nothing. */
  timezone: string | null;
  /** True when the source gave a date without a time. */
  allDay: boolean;
  /**
   * True when the source gave a wall-clock time with no zone at all (iCal
   * floating time without X-WR-TIMEZONE, JSON-LD date-time without offset).
   * `start`/`end` were then read as UTC wall-clock fields and the place stage
   * re-anchors them in the zone of the event's coordinates.
   */
  floating: boolean;
  /**
   * True when the start was written in UTC ("Z") and the source states no
   * zone of its own to check it against: some CMSs write the local wall
   * clock with a "Z". Normalise compares it with the clock the event's text
   * states, in the zone of its place (core/false-utc.ts), and reads all of a
   * feed's such starts as local when its texts agree that they are
   * (normalise/utc-feed.ts). Absent: false.
   */
  utcMayBeLocal?: boolean;
  /** Venue name when the source separates it (JSON-LD Place.name). */
  venueName: string | null;
  /** Location/address text as written (iCal LOCATION, JSON-LD address, RSS text). */
  locationText: string | null;
  /** A location that is itself a URL (meeting link, ticketing page). */
  locationUrl: string | null;
  lat: number | null;
  lon: number | null;
  locality: string | null;
  /** State, province or region as written (iCal VVENUE REGION, JSON-LD addressRegion): "OR", "Oregon", "NSW". */
  region: string | null;
  /** Country as written: ISO code or name. */
  country: string | null;
  postalCode: string | null;
  /** Explicit attendance mode from structured data (JSON-LD eventAttendanceMode / VirtualLocation). */
  attendanceMode: AttendanceMode | null;
  status: RawStatus | null;
  organiser: string | null;
  /** Other URLs the item links to (event pages worth enriching from). */
  links: string[];
}

export type ParseOutcome =
  | {
      ok: true;
      format: SourceFormat;
      title: string | null;
      events: ParsedEvent[];
      skipped: SkippedItem[];
      feed?: FeedFacts;
      /** Events left unread because they cannot be among the soonest `ParseContext.maxEvents` (large iCal feeds). */
      omitted?: number;
    }
  | { ok: false; reason: string };

/**
 * What a feed says about itself, as written: clues to where its events are
 * when an event names only a venue (iCal X-WR-CALNAME or NAME / X-WR-CALDESC or DESCRIPTION /
 * X-WR-TIMEZONE, an RSS channel's title and description).
 */
export interface FeedFacts {
  name: string | null;
  description: string | null;
  /** IANA zone the feed declares for itself (X-WR-TIMEZONE), or null. */
  timezone: string | null;
}

/** An item in a feed that is not an event, and why (shown by `preview`). */
export interface SkippedItem {
  title: string;
  reason: string;
  /** The item's own page (RSS link, Mastodon post URL), when it has one. */
  url?: string | null;
  /**
   * Outside pages the item links to. An item that states no date of its own
   * may still announce an event through a linked event page: ingest fetches
   * such pages and reads their JSON-LD (src/ingest/enrich.ts).
   */
  links?: string[];
}

export interface ParseContext {
  /** The URL the bytes came from (resolves relative links, names the source). */
  sourceUrl: string;
  /** Expand recurrences up to this instant. */
  horizonEnd: Date;
  /** Drop occurrences that ended before this instant (recurrence expansion starts here). */
  now: Date;
  /** Zone to read text dates in when the source states none (RSS text extraction). */
  defaultTimezone?: string;
  /** Numeric dates in the source's text are day first ("25/09"), or month first; absent: as the zone writes them. */
  dayFirst?: boolean | null;
  /** Each item is an event's own page (a Hugo events section): a day and month alone in its text is the event's day. */
  eventPages?: boolean;
  /** Only the soonest this many events will be kept (MAX_EVENTS_PER_SOURCE): a parser may leave out later ones unread. */
  maxEvents?: number;
}

/** Where an event is, as a source can state it. */
export type LocationFields = Pick<
  ParsedEvent,
  'venueName' | 'locationText' | 'locationUrl' | 'lat' | 'lon' | 'locality' | 'region' | 'country' | 'postalCode'
>;

/** A location nobody has stated yet (a fresh object each time). */
export function noLocation(): LocationFields {
  return {
    venueName: null,
    locationText: null,
    locationUrl: null,
    lat: null,
    lon: null,
    locality: null,
    region: null,
    country: null,
    postalCode: null,
  };
}

export function emptyParsedEvent(partial: Pick<ParsedEvent, 'uid' | 'title' | 'start'> & Partial<ParsedEvent>): ParsedEvent {
  return {
    url: null,
    description: null,
    end: null,
    timezone: null,
    allDay: false,
    floating: false,
    ...noLocation(),
    attendanceMode: null,
    status: null,
    organiser: null,
    links: [],
    ...partial,
  };
}
