import type { EventPlacement, HomeArea, PlacedBy } from '../core/placement.js';
import { placeAddress } from './address.js';
import { isPostalAddress, splitAddress } from './address-segments.js';
import { areaOfAddress, type AddressArea } from './area.js';
import { withoutCodesOfOtherTowns } from './bracket-aside.js';
import { lookupPlaces, type Place } from './gazetteer.js';
import { haversineKm, timezoneAt } from './geo.js';
import {
  farSmallTownAbroad,
  farSmallTownElsewhere,
  NEAR_HOME_KM,
  nearerNamesake,
  outOfStatedZone,
  postcodeNamesake,
  sameClock,
  statedZone,
} from './namesake.js';
import { postcodeRegionTown } from './postcode-regions.js';
import { cityStateCity } from './city-states.js';
import { shortName } from './town-forms.js';
import { knownVenue, venueOfKind } from './venues.js';
import { labelPoint } from './point-label.js';
import { townOfVenue } from './venue-town.js';
import { namesUnknownSettlement } from './settlement.js';
import { areaAgrees, homeState, namesAPlaceElsewhere, onlyACountry, regionBeyondHome, unknownTownInState } from './home-guards.js';
import { saysItIsACall } from '../core/call-location.js';
import { saysOnlyHowPeopleAttend } from '../core/mode-location.js';
import { zipHints } from './us-zip.js';
import { townNotSubdivision } from './subdivision-town.js';

/**
 * The place stage for one event: every clue the feed gives, tried in order
 * of trust; the first that places the event wins and is recorded
 * (`placedBy`). An event is only ever placed where a reader of the feed
 * would place it.
 *
 * 1. `geo` — coordinates the event states (iCal GEO, a VVENUE's GEO, JSON-LD
 *    geo); `event-page` when they came from the event's own page.
 * 2. `event-page` — the address on the event's own page (JSON-LD Place),
 *    read as in 3.
 * 3. `address` — a full address read from its end: country, UK postcode,
 *    state + ZIP, town (src/place/address.ts); a town name several
 *    countries share, with no country or state written, is the one in the
 *    home area's country when there is one (`preferHomeCountry`); one that
 *    several places in a country share is the one near the home area or in
 *    the zone the event states (namesake.ts: "…, Medford" in a Boston
 *    calendar is Medford, Massachusetts, not Oregon); a bare small town's
 *    name in another zone than the event's, with no namesake in it, is a
 *    neighbourhood or venue, not that town (`outOfStatedZone`: "Green Lake"
 *    in a Seattle calendar), and goes on to 4 and 5.
 * 4. `venue` — a venue name alone ("CubeSpace") that the same feed placed
 *    for another of its events.
 * 5. `home-area` — a venue name alone, in a feed whose home area is known
 *    (src/place/home.ts), is taken to be there, and so is an in-person or
 *    hybrid event whose location says only how people attend ("In person",
 *    "Hybrid", "In-person; Training": no venue to look up) — not a settlement we do not
 *    know ("Joida village", `namesAPlaceElsewhere`), nor an Indian PIN of
 *    another state, nor a street, postcode and town we do not know ("Musterstraße 3, 87435 Kempten": `isPostalAddress`),
 *    and not when the text names a state or country other than the home's,
 *    or is only a name and the home's state ("Nashport, Ohio": a town we
 *    do not know, see 6), or only a country ("Kenya": `onlyACountry`, see
 *    6), or
 *    the source states a town (JSON-LD addressLocality) that step 3 could
 *    not place ("Астана"), or the event is a match its title puts away
 *    (`awayGround`: "Falmouth Town vs Larkhall Athletic" in Larkhall's
 *    fixture list, at "Bickland Park"): it is not the home's, nor is a
 *    region beyond it in so many words ("Greater MN"). A venue name whose last
 *    words name a city of the home's country is in that city ("Bitcoin
 *    Park Austin" in a Nashville feed: `branchCity`, recorded as `address`).
 *    A French or Spanish postcode before a town we do not know, far from
 *    home, is in its département or province (`farPostcodeRegion`); near
 *    home it is at home, street and all ("5 Av. du Château, 76330 …").
 * 6. `calendar` — no coordinates, but the text names a country or state
 *    ("…, Germany", or "Kenya" alone): the event gets that place's zone, so
 *    an unplaceable venue abroad is never shown in the channel's zone.
 * 7. `title` — an event that states no place at all (no location, venue,
 *    coordinates, event page or described location) but whose title names
 *    one ("Pub night @ The Victoria": normalise/title-venue.ts). Trusted
 *    least, and only where the feed's own statements agree: a venue the
 *    same feed placed; else a town the title names, if it lies within
 *    TITLE_TOWN_KM of the home area (or, with no home area, in the zone the
 *    calendar declares); else, when the title names no town, the home area.
 *    A title town the feed contradicts places nothing.
 * 8. `none` — the zone of the home area or of the calendar, else nothing;
 *    the home's country only when the feed, not the channel, says where it is.
 */
export interface PlaceClues {
  venueName: string | null;
  locationText: string | null;
  lat: number | null;
  lon: number | null;
  locality: string | null;
  region: string | null;
  country: string | null;
  postalCode: string | null;
  /** The zone the source states for the event's times (TZID, else X-WR-TIMEZONE). */
  timezone?: string | null;
}

export interface FeedPlaceContext {
  /** The feed's home area, when known. */
  home: HomeArea | null;
  /** The zone the calendar declares for itself (X-WR-TIMEZONE). */
  feedTimezone: string | null;
  /** Venue names the feed placed for its other events (see `venueKey`). */
  venues: ReadonlyMap<string, EventPlacement>;
}

export interface PlaceOptions {
  /** The location came from the event's own page (enrichment), not the feed. */
  fromPage: boolean;
  /** Only events that may happen in person are placed at a venue name alone. */
  mayBeInPerson: boolean;
  /** The location text was read from the title (step 7): the event states no place of its own. */
  fromTitle?: boolean;
  /** The title names only a kind of venue ("Prayer @ Church"): no town of that name, but the feed's own such venue. */
  kindOfVenue?: boolean;
  /** An away match by its fixture title ("Falmouth Town vs Larkhall Athletic" in Larkhall's feed): never in the home area. */
  awayGround?: boolean;
}

export interface OwnClueOptions {
  /** The location came from the event's own page (enrichment), not the feed. */
  fromPage: boolean;
  /** The country the feed is in, or is guessed to be in (its home's): to read a US ZIP with no state, and a town named as another country's state (subdivision-town.ts). */
  homeCountry?: string | null;
}

/**
 * Places one event from its own clues (steps 1–3): what needs no knowledge
 * of the rest of the feed. `homeCountry`, the country the feed is in or is
 * guessed to be in: in the US, a ZIP ending an address that names no state
 * gives its state ("…, Manor, 78653": us-zip.ts); a town of that country
 * named as another's state or prefecture ("…, Kochi") is that town.
 */
export function placeByOwnClues(c: PlaceClues, opts: OwnClueOptions): EventPlacement | null {
  if (validPoint(c.lat, c.lon)) return fromPoint(c.lat!, c.lon!, c, placedBy('geo', opts.fromPage));
  const text = addressText(c);
  if (!text && !c.locality) return null;
  if (onlyAVenueName(c)) return null;
  const stated = { country: c.country, locality: c.locality, postalCode: c.postalCode, region: c.region };
  const placed = placeAddress(text || (c.locality ?? ''), zipHints(text, opts.homeCountry, stated) ?? stated);
  if (!placed) return null;
  const own: EventPlacement = {
    lat: placed.lat,
    lon: placed.lon,
    locality: placed.locality,
    country: placed.country,
    timezone: placed.timezone,
    placedBy: placedBy('address', opts.fromPage),
  };
  const clues = namesakeClues(c);
  const town = townNotSubdivision(own, clues, opts.homeCountry) ?? own;
  if (outOfStatedZone(town, clues)) return null;
  const coded = postcodeNamesake(town, clues) ?? town;
  return nearerNamesake(coded, clues, null) ?? coded;
}

function namesakeClues(c: PlaceClues) {
  return { ...c, text: addressText(c) || c.locality || '' };
}

// A module function, not a closure per event: under tsx (esbuild keepNames) each named closure costs ~0.4 µs to create.
function placedBy(clue: PlacedBy, fromPage: boolean): PlacedBy {
  return fromPage ? 'event-page' : clue;
}

/**
 * The town a venue's name alone gives ("Olympiapark München", "Indian Creek
 * Park in Morrisville"), read as if the feed were at `home`: a clue to where
 * the feed is when its home is only the channel's region.
 */
export function placeByVenueName(c: PlaceClues, home: HomeArea): EventPlacement | null {
  const text = addressText(c);
  const town = text ? townOfVenue(text, home) : null;
  return town && { ...town, placedBy: 'address' };
}

/** Places one event with everything known: its own clues, then the feed's venues, home area and calendar (steps 1–8). */
export function placeEvent(c: PlaceClues, feed: FeedPlaceContext, opts: PlaceOptions): EventPlacement {
  if (opts.fromTitle) return (opts.mayBeInPerson && !opts.awayGround && placeByTitle(c, feed, opts.kindOfVenue ?? false)) || nothing(feed);
  const own = placeByOwnClues(c, { fromPage: opts.fromPage, homeCountry: feed.home?.country });
  if (own) return preferHomeCountry(own, c, feed.home);
  const known = knownVenue(c, feed.venues);
  if (known && opts.mayBeInPerson) return { ...known, placedBy: 'venue' };
  const text = addressText(c);
  const home = feed.home;
  if (!text && home && saysOnlyItIsInPerson(c, opts)) return { ...atHome(home), placedBy: 'home-area' };
  const area = text ? statedArea(text, c, home) : null;
  const branch = home && opts.mayBeInPerson ? placeByVenueName(c, home) : null;
  if (branch) return branch;
  const coded = home && opts.mayBeInPerson && text ? postcodeRegionTown(text, home.country) : null;
  const far = coded && farPostcodeRegion(coded, home!);
  if (far) return { ...far, placedBy: 'address' };
  if (
    home &&
    opts.mayBeInPerson &&
    !opts.awayGround &&
    text &&
    !c.locality?.trim() &&
    !regionBeyondHome(text) &&
    !onlyACountry(text) &&
    !namesAPlaceElsewhere(text, home) &&
    (coded !== null || !isPostalAddress(text)) &&
    (!area || (areaAgrees(area, home) && !unknownTownInState(text, area)))
  ) {
    return { ...atHome(home), placedBy: 'home-area' };
  }
  const city = area && opts.mayBeInPerson ? cityStateCity(area) : null;
  if (city) return { ...city, placedBy: 'address' };
  if (area) return { lat: null, lon: null, locality: null, country: area.country, timezone: area.timezone, placedBy: 'calendar' };
  return nothing(feed);
}

/**
 * The country or state the text names, unless it is named only by a code in
 * brackets that is no country or state of the town before it, in another
 * clock than the event's zone (else the home's): "Gardner (GP)", a circuit's
 * track in an Australia/Sydney calendar, names no Guadeloupe (bracket-aside.ts).
 */
function statedArea(text: string, c: PlaceClues, home: HomeArea | null): AddressArea | null {
  const hints = { country: c.country, region: c.region };
  const area = areaOfAddress(text, hints);
  const zone = statedZone(c.timezone) ?? home?.timezone ?? null;
  if (!area || !zone || sameClock(area.timezone, zone)) return area;
  const left = withoutCodesOfOtherTowns(text);
  return left === text ? area : areaOfAddress(left, hints);
}

/**
 * A town we do not know after a postcode of the home's country that
 * belongs to a département or province far from home ("Salle des fêtes,
 * 76330 Port-Jérôme-sur-Seine" in a Paris feed: Seine-Maritime) is in that
 * département, at its prefecture — not at home. A code whose capital is
 * within REGION_KM of home may be the home's own or its neighbour's, where
 * the home is the better guess (Port-Jérôme is 30 km from Le Havre, 80 km
 * from Rouen): null, and the caller places it at home even when it is a
 * street address ("5 Av. du Château, 76330 …"), which `isPostalAddress`
 * otherwise keeps from the home area as a town we cannot tell is near.
 */
function farPostcodeRegion(town: Place, home: HomeArea): Omit<EventPlacement, 'placedBy'> | null {
  if (haversineKm(town, home) <= REGION_KM) return null;
  return { lat: town.lat, lon: town.lon, locality: town.name, country: town.country, timezone: timezoneAt(town.lat, town.lon) };
}

const REGION_KM = 100;

/** A town named in a title counts only this close to the feed's home area ("The Red Lion, Moseley" in a Birmingham feed). */
export const TITLE_TOWN_KM = 50;

/** Step 7: the venue or town a title names, where the feed agrees; null when the feed does not. */
function placeByTitle(c: PlaceClues, feed: FeedPlaceContext, kindOfVenue: boolean): EventPlacement | null {
  const known = kindOfVenue ? venueOfKind(withoutArticle(c), feed.venues) : knownVenue(c, feed.venues);
  if (known) return { ...known, placedBy: 'title' };
  const home = feed.home;
  if (kindOfVenue) return home ? { ...atHome(home), placedBy: 'title' } : null;
  if (namesUnknownSettlement(addressText(c), home?.country ?? null)) return null;
  const town = placeAddress(addressText(c), { country: home?.country ?? null });
  if (town) {
    const agrees = home ? haversineKm(town, home) <= TITLE_TOWN_KM : feed.feedTimezone !== null && town.timezone === feed.feedTimezone;
    return agrees
      ? { lat: town.lat, lon: town.lon, locality: town.locality, country: town.country, timezone: town.timezone, placedBy: 'title' }
      : null;
  }
  return home ? { ...atHome(home), placedBy: 'title' } : null;
}

/** "the Great Hall", "the Pub": the kind a title names, to find among the feed's venues ("Ripon Great Hall"). */
function withoutArticle(c: PlaceClues): PlaceClues {
  return { ...c, locationText: c.locationText?.replace(/^the\s+/i, '') ?? null };
}

/**
 * Step 3 once the home area is known (the caller's second pass): a town
 * whose name several countries share, in an address that names no
 * country or state ("La Hune, 1 Avenue du Champ de la Caille, 86280
 * Saint-Benoît" in a Poitiers agenda): the one in the home area's country,
 * as the feed's reader takes it, rather than the most populous (Réunion's),
 * if it is within NEAR_HOME_KM of home. Then a town whose name several
 * places in that country share, the one near home ("Spire Center,
 * Plymouth" in a Boston feed: namesake.ts). A bare small town far off in
 * another state of the home's country, or a bare name known only as small
 * towns far abroad ("Pimlico" in a London feed, not Queensland's), is a
 * neighbourhood or venue at home.
 * Only the same town name is swapped; coordinates are never second-guessed.
 */
export function preferHomeCountry(own: EventPlacement, c: PlaceClues, home: HomeArea | null): EventPlacement {
  if (validPoint(c.lat, c.lon)) return own;
  const swapped = (home && sameTownAtHome(own, c, home)) || own;
  const clues = namesakeClues(c);
  const placed = nearerNamesake(swapped, clues, home) ?? swapped;
  if (!home) return placed;
  const neighbourhood = farSmallTownElsewhere(placed, clues, home, homeState(home)) || farSmallTownAbroad(placed, clues, home);
  return neighbourhood ? { ...atHome(home), placedBy: 'home-area' } : placed;
}

function sameTownAtHome(own: EventPlacement, c: PlaceClues, home: HomeArea): EventPlacement | null {
  if (!home.country || own.country === home.country || own.locality === null) return null;
  if (validPoint(c.lat, c.lon) || c.country || c.region) return null;
  const text = addressText(c) || c.locality || '';
  const again = placeAddress(text, { country: home.country, locality: c.locality, postalCode: c.postalCode });
  // "1500 Halle" in a Brussels feed: Belgium's Halle, though the gazetteer first read it as Halle (Saale).
  if (!again || again.country !== home.country || shortName(again.locality, again.country) !== shortName(own.locality, own.country)) {
    return null;
  }
  const { lat, lon, locality, country, timezone } = again;
  const swapped = { lat, lon, locality, country, timezone, placedBy: own.placedBy };
  // "Example Bank, 33 Old Broad St · London" in a New York feed is London, England, not London, Kentucky (800 km away).
  const near = nearerNamesake(swapped, namesakeClues(c), home) ?? swapped;
  return within(near, home, NEAR_HOME_KM) ? near : null;
}

function atHome(home: HomeArea): Omit<EventPlacement, 'placedBy'> {
  return { lat: home.lat, lon: home.lon, locality: home.label.split(',')[0]!.trim(), country: home.country, timezone: home.timezone };
}

/**
 * No place: the zone of the home area, else the calendar's zone; the home's
 * country only when the feed itself says where it is (its events or its
 * calendar) — a home that is only the channel's region is a guess, and an
 * event with no place is never said to be in the channel's country.
 */
function nothing(feed: FeedPlaceContext): EventPlacement {
  const home = feed.home;
  const country = home && home.basis !== 'region' ? home.country : null;
  return { lat: null, lon: null, locality: null, country, timezone: home?.timezone ?? feed.feedTimezone, placedBy: 'none' };
}

/**
 * The text to read a place from: the location, else (a JSON-LD Place with a name and an empty address) the venue's name;
 * none when it says only how people attend ("In person") or that the event is a phone call ("+1 480-616-3816").
 */
function addressText(c: PlaceClues): string {
  const written = writtenPlace(c);
  const text = saysOnlyHowPeopleAttend(written) || saysItIsACall(written) ? '' : written;
  if (c.postalCode && !text.includes(c.postalCode)) return [text, c.postalCode].filter(Boolean).join(', ');
  return text;
}

/**
 * A venue's name and nothing else — a JSON-LD Place with a name and no
 * address ("Castillo": the castle, not Castillo in the Dominican Republic) —
 * is a venue to place at the feed's home (step 5), not a town to look up,
 * unless it names a city of NAMED_CITY people ("College Station"). A name
 * with parts ("Buin, Región Metropolitana, Chile") is read as an address.
 */
function onlyAVenueName(c: PlaceClues): boolean {
  if (c.locationText?.trim() || c.locality || c.region || c.country || c.postalCode || !c.venueName) return false;
  if (splitAddress(c.venueName).length !== 1) return false;
  // A city's name given as the place ("College Station") is that city.
  return (lookupPlaces(c.venueName)[0]?.population ?? 0) < NAMED_CITY;
}

/** A place name alone this big is taken as the city it names, whatever else a venue might be called. */
const NAMED_CITY = 50_000;

function writtenPlace(c: PlaceClues): string {
  return c.locationText?.trim() || c.venueName?.trim() || '';
}

/**
 * "In person", "Hybrid", "In-person; Training": the location says only how
 * people attend (core/mode-location.ts), so it names no venue to look up; an
 * event that may be in person so written is in the feed's home area, as a
 * venue named alone is: a data week's "In-person; Training" sessions are in
 * the Bristol channel's town. A feed whose other events are elsewhere has
 * its home there (a Rotterdam university's "Hybrid" sessions are in
 * Rotterdam, not at a Groningen channel's town).
 */
function saysOnlyItIsInPerson(c: PlaceClues, opts: PlaceOptions): boolean {
  return opts.mayBeInPerson && !opts.awayGround && !c.locality?.trim() && saysOnlyHowPeopleAttend(writtenPlace(c));
}

function validPoint(lat: number | null, lon: number | null): boolean {
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return false;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return false;
  return !(Math.abs(lat) < 0.01 && Math.abs(lon) < 0.01); // "0,0" is a missing value, not the Gulf of Guinea
}

function fromPoint(lat: number, lon: number, c: PlaceClues, placedBy: PlacedBy): EventPlacement {
  const { locality, country } = labelPoint(lat, lon, addressText(c), c);
  return { lat, lon, locality, country, timezone: timezoneAt(lat, lon), placedBy };
}

/** Whether two placements are within `km` of each other (both with coordinates). */
export function within(a: Pick<EventPlacement, 'lat' | 'lon'>, b: Pick<EventPlacement, 'lat' | 'lon'>, km: number): boolean {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  return haversineKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) <= km;
}
