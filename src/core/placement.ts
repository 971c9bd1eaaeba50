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
 * - `none`: nothing to go on (unknown place).
 */
export type PlacedBy = 'geo' | 'event-page' | 'address' | 'venue' | 'home-area' | 'calendar' | 'title' | 'none';

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

/** How a feed's home area was worked out. */
export type HomeBasis = 'events' | 'calendar' | 'region';

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

export const NO_PLACEMENT: EventPlacement = {
  lat: null,
  lon: null,
  locality: null,
  country: null,
  timezone: null,
  placedBy: 'none',
};
