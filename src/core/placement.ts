/**
 * Where an event is, as the place stage decided it, and which clue decided.
 * Platform-neutral: the place stage produces these, normalise and the store
 * consume them, `preview` shows them.
 */

/**
 * The clue that placed an event, in the order of trust the place stage
 * tries them (src/place/event.ts):
 * - `geo`: coordinates the event states (iCal GEO, JSON-LD geo, a VVENUE's GEO);
 * - `event-page`: the structured location of the event's own page (JSON-LD);
 * - `address`: a full address (country, postcode, state + ZIP, town) read from its end;
 * - `venue`: a venue name the same feed placed for another of its events;
 * - `home-area`: a venue name alone, taken to be in the feed's home area;
 * - `calendar`: only the zone (and country) the text or the calendar states — no coordinates;
 * - `title`: a venue or town named only in the title ("Pub night @ The Victoria"), for an
 *   event that states no place anywhere else;
 * - `set`: the place an admin set for the feed (`/events feed place`), for an event that
 *   states nothing about where it is;
 * - `none`: nothing to go on (unknown place).
 */
export type PlacedBy = 'geo' | 'event-page' | 'address' | 'venue' | 'home-area' | 'calendar' | 'title' | 'set' | 'none';

export interface EventPlacement {
  lat: number | null;
  lon: number | null;
  locality: string | null;
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  /** IANA zone of the place, or null when nothing says. */
  timezone: string | null;
  placedBy: PlacedBy;
}

/** How a feed's home area was worked out (`set`: the place an admin gave the feed). */
export type HomeBasis = 'events' | 'calendar' | 'region' | 'set';

/**
 * A feed's home area: where its events usually are. Inferred from the places
 * of its other events and its calendar headers (or, for a feed that says
 * nothing, the region of the channel that added it); stored per source and
 * used for venue-only locations and floating times.
 */
export interface HomeArea {
  lat: number;
  lon: number;
  /** "Portland, Oregon, US". */
  label: string;
  country: string | null;
  timezone: string;
  basis: HomeBasis;
}

/**
 * The place an admin gave a feed (`/events feed place`): its events that say
 * nothing about where they are count as in person there, and it is the feed's
 * home area. A single venue's or town's own agenda often names no place.
 */
export interface FeedPlace {
  /** The venue's name, when one was given before the town ("De Hallen"). */
  venue: string | null;
  /** The town, as labelled by the gazetteer: "Amsterdam, North Holland, NL". */
  town: string;
  lat: number;
  lon: number;
  country: string | null;
  timezone: string;
}

/** "De Hallen, Amsterdam, North Holland, NL": a set place as shown, and as its events' location. */
export function feedPlaceLabel(p: FeedPlace): string {
  return p.venue ? `${p.venue}, ${p.town}` : p.town;
}

/**
 * What tells one set place from another for the same feed (stored with the
 * source; "" for none): its point to about 10 m, and its venue.
 */
export function feedPlaceKey(p: FeedPlace | null): string {
  return p ? `${p.lat.toFixed(4)},${p.lon.toFixed(4)}|${(p.venue ?? '').toLowerCase()}` : '';
}

/** The feed's home area a set place gives: its town. */
export function homeOfPlace(p: FeedPlace): HomeArea {
  return { lat: p.lat, lon: p.lon, label: p.town, country: p.country, timezone: p.timezone, basis: 'set' };
}

export const NO_PLACEMENT: EventPlacement = {
  lat: null,
  lon: null,
  locality: null,
  country: null,
  timezone: null,
  placedBy: 'none',
};
