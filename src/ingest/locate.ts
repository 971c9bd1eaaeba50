import type { Attendance, NormalisedEvent } from '../core/event.js';
import { saysOnlyHowPeopleAttend } from '../core/mode-location.js';
import { feedPlaceLabel, homeOfPlace, type EventPlacement, type FeedPlace, type HomeArea } from '../core/placement.js';
import { classifyAttendance, classifyStatus, hidesItsAddress, sharedLocation, type FeedAttendanceFacts } from '../classify/index.js';
import {
  awayByFixture,
  fixtureClub,
  flagAsCountry,
  isAwayLocation,
  isFormLabel,
  isPlaceholderLocation,
  isVideoPage,
  feedWritesLocalClock,
  describedLocation,
  mayBeLocal,
  namesOnlyACompetition,
  namesOnlyAKindOfVenue,
  normaliseEvent,
  placeNamesBeforeDate,
  placeNamesOfTitle,
  saysAwayGame,
  townAtEndOfTitle,
  townTagOfTitle,
  undecidedPrefixRead,
  venueFromTitle,
  withoutLocationDebris,
  withoutMojibake,
  type Normalised,
  type NormaliseContext,
} from '../normalise/index.js';
import {
  cityOfTitle,
  haversineKm,
  inferHomeArea,
  lookupPlaces,
  namesPlacedTown,
  nativeTownName,
  placeByOwnClues,
  placeByVenueName,
  placeEvent,
  preferHomeCountry,
  venueKey,
  type PlaceOptions,
} from '../place/index.js';
import type { FeedFacts, ParsedEvent } from '../sources/types.js';
import { mapYielding } from './bounded.js';
import { roomsAtMainVenue } from './room-location.js';

export interface LocateOptions {
  sourceUrl: string;
  defaultTimezone: string;
  /** Luma marks every event TENTATIVE; for its calendars that means scheduled. */
  tentativeMeansScheduled: boolean;
  /** What the feed says about itself (calendar name, description, zone). */
  feed: FeedFacts | null;
  /** The home area stored for this source by an earlier poll. */
  storedHome: HomeArea | null;
  /** The region of the channel adding or previewing the source: the last clue to a silent feed's home. */
  regionHome: HomeArea | null;
  /** Events whose location came from their own event page (enrichment). */
  fromPage: ReadonlySet<ParsedEvent>;
  /** The place an admin set for the feed (`/events feed place`), or null. */
  place?: FeedPlace | null;
}

export interface Located {
  events: NormalisedEvent[];
  home: HomeArea | null;
}

/**
 * One source's parsed events → normalised events, in the pipeline's order:
 * normalise the location text (placeholders such as "TBC" are no location),
 * classify attendance and status, put a room named alone ("Level 3") in the
 * feed's main venue (room-location.ts), then place (src/place/event.ts) in two
 * passes — first every event by its own clues, then, knowing where the feed
 * is (its home area, src/place/home.ts) and which venues it placed, the
 * events that name only a venue, and those whose title alone names one;
 * then normalise, reading a feed's UTC times as its local clock when its
 * events' texts agree that they are (withFeedClock).
 */
export async function locateAll(parsed: ParsedEvent[], opts: LocateOptions): Promise<Located> {
  const club = fixtureClub(parsed.map((p) => p.title));
  const facts = { sharedLocation: sharedLocation(parsed), club };
  const first = await mapYielding(parsed, (p) => firstPass(p, facts, opts));
  const rows = roomsAtMainVenue(first, (p) => firstPass(p, facts, opts));
  const home = homeOf(rows, opts);
  const venues = rememberVenues(rows);
  const context = { home, feedTimezone: opts.feed?.timezone ?? null, venues };
  const normalised = await mapYielding(rows, ({ event, attendance, own, fromTitle, atSet, source }) => {
    const found = own
      ? preferHomeCountry(own, event, home)
      : placeEvent(event, context, placeOptions(event, attendance, { fromTitle, fromPage: opts.fromPage.has(source), club }));
    const placement = atSet && found.lat !== null ? { ...found, placedBy: 'set' as const } : found;
    const status = classifyStatus(event, event.title, { tentativeMeansScheduled: opts.tentativeMeansScheduled });
    const ctx = {
      sourceUrl: opts.sourceUrl,
      attendance,
      status,
      placement,
      defaultTimezone: opts.defaultTimezone,
      namesTown: namesPlacedTown,
    };
    return { parsed: event, ctx, event: normaliseEvent(event, ctx) };
  });
  return { events: await withFeedClock(normalised), home };
}

/**
 * A feed whose events' texts show that it writes its local clock with a "Z"
 * (normalise/utc-feed.ts): each of its UTC starts is read as that clock,
 * not only those whose own text states it.
 */
async function withFeedClock(rows: (Normalised & { ctx: NormaliseContext })[]): Promise<NormalisedEvent[]> {
  if (!feedWritesLocalClock(rows)) return rows.map((r) => r.event);
  return mapYielding(rows, (r) => (mayBeLocal(r.parsed) ? normaliseEvent(r.parsed, { ...r.ctx, utcIsLocal: true }) : r.event));
}

/** How close to a set place a place read from an event's description must be to count (a room or a park in the same town). */
const NEAR_SET_PLACE_KM = 50;

/**
 * One event by its own clues: its location read, attendance classified, and
 * placed — except a place read from its title, which is trusted least and
 * placed only once the feed's home and venues are known. With a place set
 * for the feed, a place its description names counts only when it lies near
 * that place: a cinema's blurb that "the festival takes place at Western
 * Springs" does not move the screening there (nor to Western Springs,
 * Illinois); nor does a venue its title names that is no town or address
 * ("Summer at MAP" of a museum's feed). An away game is never at the set
 * place (a club's ground).
 */
function firstPass(p: ParsedEvent, facts: FirstPassFacts, opts: LocateOptions): Row & { source: ParsedEvent } {
  const fromPage = opts.fromPage.has(p);
  const away = opts.place && (saysAwayGame(p.title, p.description) || awayByFixture(p.title, p.description, facts.club));
  const place = away ? null : (opts.place ?? null);
  let read = readLocation(withoutMojibake(p));
  const clueOpts = { fromPage, homeCountry: guessedCountry(opts) };
  if (place && read.described) {
    const own = placeByOwnClues(read.event, clueOpts);
    if (own?.lat != null && own.lon !== null && haversineKm({ lat: own.lat, lon: own.lon }, place) <= NEAR_SET_PLACE_KM) {
      return { event: read.event, attendance: classifyAttendance(read.event, facts), own, fromTitle: false, atSet: false, source: p };
    }
    // Nor its map link's point: an event read from its description had none of its own (statesAPlace).
    read = { event: { ...read.event, locationText: null, lat: null, lon: null }, fromTitle: false, described: false };
  }
  if (place && read.fromTitle && !namesATownOrAddress(read.event, fromPage))
    read = { event: { ...read.event, locationText: null }, fromTitle: false };
  const { event, attendance, atSet } = atSetPlace(p, read.event, classifyAttendance(read.event, facts), place);
  const own = read.fromTitle ? null : placeByOwnClues(event, clueOpts);
  return { event, attendance, own, fromTitle: read.fromTitle, atSet, source: p };
}

/**
 * The country a feed is in before its events are placed: its set place's,
 * else the home stored for it, else the channel's region's. Only a guess, to
 * read a US ZIP with no state ("…, Manor, 78653"); an event whose stated
 * zone is another's keeps its own town (place/namesake.ts `outOfStatedZone`).
 */
function guessedCountry(opts: LocateOptions): string | null {
  return (opts.place ?? opts.storedHome ?? opts.regionHome)?.country ?? null;
}

/**
 * Whether the place read from an event's title ("Summer at MAP", "… in
 * Mysore") is a town the gazetteer knows or an address. With a place set for
 * the feed, a title's venue that is neither is taken as the set place itself
 * (its short name, or a room there), not as another venue in its town; a
 * title's town still counts as the title's (placed only near the set place).
 */
function namesATownOrAddress(e: ParsedEvent, fromPage: boolean): boolean {
  const text = e.locationText ?? '';
  return lookupPlaces(text).length > 0 || placeByOwnClues(e, { fromPage }) !== null;
}

/**
 * An away game ("Partido fuera de casa.") at a ground the feed names but does
 * not place is not at the club's home; nor is a match its title puts away
 * ("Falmouth Town vs Larkhall Athletic" in the fixture list of `club`,
 * Larkhall Athletic), though its ground's own words may still place it. A
 * title that names only a kind of venue ("Prayer @ Church") names no town.
 */
function placeOptions(event: ParsedEvent, attendance: Attendance, from: PlaceFrom): PlaceOptions {
  const { fromTitle, fromPage, club } = from;
  const away = saysAwayGame(event.title, event.description);
  return {
    fromTitle,
    fromPage,
    mayBeInPerson: mayBeInPerson(attendance) && !away,
    awayGround: awayByFixture(event.title, event.description, club),
    kindOfVenue: fromTitle && namesOnlyAKindOfVenue(event.locationText),
  };
}

/** What the feed as a whole says that bears on each event's first pass: its shared location, and the club of a fixture list. */
type FirstPassFacts = FeedAttendanceFacts & { club: string | null };

type PlaceFrom = { fromTitle: boolean; fromPage: boolean; club: string | null };

/**
 * "TBC", "see website": the feed does not say where, so the event states no
 * location; nor does a sports calendar's "Premier Division" or "Cup Round 3"
 * (normalise/competition.ts). An event with no location, venue or coordinates takes the place
 * its description plainly names ("Venue: …", "at The Hub, 12 High St, Leeds"),
 * else the venue its title names ("Pub night @ The Victoria"; `fromTitle`),
 * else the town an aggregator tags it with ("[Bern] [Vortrag] …"), else the
 * town its title ends with, if the gazetteer knows it ("… op 8 oktober in
 * Arnhem", "Installation Party a Valverde"; `fromTitle`, so placed only near
 * the feed's home: place/event.ts step 7), else the town just before a date
 * that ends the title ("Jazz Night Leeds 12/05"), as little trusted.
 */
function readLocation(p: ParsedEvent): { event: ParsedEvent; fromTitle: boolean; described?: boolean } {
  // "Berlin :de:": a flag's shortcode after the place is its country; "TBD (Reserved: <address>)" is at that address;
  // "BAR LA OLA. Paseo Marítimo 3€ socios" is the bar on its street, without the price.
  const written = undecidedPrefixRead(flagAsCountry(withoutLocationDebris(p.locationText)));
  const located = written === p.locationText ? p : { ...p, locationText: written };
  const namesNoPlace = isPlaceholderLocation(written) || namesOnlyACompetition(written);
  const event = namesNoPlace && p.venueName === null ? { ...p, locationText: null } : located;
  if (hidesItsAddress(event)) return { event: atTitleCity(event), fromTitle: false };
  if (statesAPlace(event)) return { event, fromTitle: false };
  // An away game is somewhere else: the opponent its title names ("Bay FC @ Courage") is no venue at home.
  if (isAwayLocation(p.locationText)) return { event, fromTitle: false };
  const described = describedLocation(event.description);
  if (described && !isPlaceholderLocation(described.text)) {
    // A map link on the place that writes coordinates ("maps?q=47.24,-122.43") is where it is.
    return { event: { ...event, locationText: described.text, ...described.point }, fromTitle: false, described: true };
  }
  // A stream whose own link is its video page ("… at the Concert Hall", a YouTube link) is not where its title's venue is.
  if (isVideoPage(event.url)) return { event, fromTitle: false };
  const titled = venueFromTitle(event.title);
  if (titled && !isPlaceholderLocation(titled)) return { event: { ...event, locationText: titled }, fromTitle: true };
  // "[Bern] [Vortrag] …": the town an aggregator tags, given as the event's locality, so that a tag that is no town places nothing.
  const tag = townTagOfTitle(event.title);
  if (tag) return { event: { ...event, locationText: tag, locality: tag }, fromTitle: false };
  // "Introduzione a Python" names no town: only one the gazetteer knows counts, trusted as little as a title's venue;
  // "Встреча в Казани": a town in Cyrillic in a case form, as its nominative ("Казань").
  const town = townAtEndOfTitle(event.title);
  const known = town && (lookupPlaces(town).length > 0 ? town : nativeTownName(town));
  if (known) return { event: { ...event, locationText: known }, fromTitle: true };
  // "Jazz Night Leeds 12/05": a town of 15,000 or more just before the date that ends the title, as trusted.
  const beforeDate = cityOfTitle(placeNamesBeforeDate(event.title));
  if (beforeDate) return { event: { ...event, locationText: beforeDate.name }, fromTitle: true };
  return { event, fromTitle: false };
}

/**
 * A Luma event in person whose venue only guests see ("Address: Check event
 * page for more details.", classify's `hidesItsAddress`) is in the city its
 * title names ("Cafe Cursor Salt Lake City", "Cursor Kathmandu Buildathon":
 * place/title-city.ts), as if that were its address: placed there wherever
 * the feed is, and shown in that city's zone. With none, it stays unplaced
 * (its page's link is no venue name to put at the feed's home).
 */
function atTitleCity(e: ParsedEvent): ParsedEvent {
  const city = cityOfTitle(placeNamesOfTitle(e.title));
  if (city) return { ...e, locationText: city.name, country: city.country };
  return e.locationText ? { ...e, locationText: null, locationUrl: e.locationUrl ?? e.locationText.trim() } : e;
}

/**
 * An event that says nothing at all about where it is (no location, venue,
 * coordinates or link, none in its description or title, and nothing that
 * says online) is in person at the place an admin set for the feed: its
 * venue and point are the event's own, as if the calendar had written them
 * (so a place set as "41.26,-75.47" is at that point, named by the town
 * nearest it, not by its label read back as an address), and its label is
 * the event's location. The description may still make it hybrid. "TBA" is
 * not nothing: it says the place is not known yet. A competition's name
 * ("Premier Division") is: a club's fixture at no named ground is at the
 * club's. So is a form's label left as the location ("Location", "地点":
 * nothing was written in the field). So is a location that says only that the event is in person or
 * hybrid ("In person", "In-person; Training"), which keeps that attendance.
 */
function atSetPlace(raw: ParsedEvent, event: ParsedEvent, attendance: Attendance, place: FeedPlace | null) {
  if (!place) return { event, attendance, atSet: false };
  const modeOnly = modeOnlyLocation(event) && mayBeInPerson(attendance);
  const written = raw.locationText?.trim() && !namesOnlyACompetition(raw.locationText) && !isFormLabel(raw.locationText) && !modeOnly;
  if ((attendance !== 'unknown' && !modeOnly) || written || statesAPlace(event, modeOnly)) return { event, attendance, atSet: false };
  const placed = { ...event, locationText: feedPlaceLabel(place), venueName: place.venue, lat: place.lat, lon: place.lon };
  if (modeOnly) return { event: placed, attendance, atSet: true };
  const read = classifyAttendance(placed);
  return { event: placed, attendance: read === 'unknown' ? ('in_person' as const) : read, atSet: true };
}

/** "In person", "Hybrid", "In-person; Training", and no other clue to where (core/mode-location.ts). */
function modeOnlyLocation(e: ParsedEvent): boolean {
  const text = e.venueName === null ? e.locationText?.trim() : null;
  return Boolean(text) && saysOnlyHowPeopleAttend(text!);
}

function statesAPlace(e: ParsedEvent, modeOnly = false): boolean {
  return Boolean((e.locationText && !modeOnly) || e.venueName || e.locationUrl) || e.lat !== null;
}

type Row = { event: ParsedEvent; attendance: Attendance; own: EventPlacement | null; fromTitle: boolean; atSet: boolean };

/**
 * The feed's home area: the place an admin set for it, else from its
 * events' own places (place/home.ts). A home
 * that is only the channel's region is checked against the towns its venues'
 * names give ("Olympiapark München" in a feed that places nothing else is
 * at home in Munich, not in a Hamburg channel's region).
 */
function homeOf(rows: Row[], opts: LocateOptions): HomeArea | null {
  if (opts.place) return homeOfPlace(opts.place);
  const placements = rows.map((r) => r.own).filter((p): p is EventPlacement => p !== null);
  const inputs = {
    placements,
    eventCount: rows.length,
    eventZone: sharedZone(rows),
    feed: feedStatements(opts.feed),
    stored: opts.storedHome,
    region: opts.regionHome,
  };
  const home = inferHomeArea(inputs);
  if (home?.basis !== 'region') return home;
  const named = rows
    .filter((r) => !r.own && !r.fromTitle && mayBeInPerson(r.attendance))
    .map((r) => placeByVenueName(r.event, home))
    .filter((p): p is EventPlacement => p !== null);
  return named.length > 0 ? inferHomeArea({ ...inputs, placements: [...placements, ...named] }) : home;
}

/** The place zone all of a feed's events are written in, when they state one and share it (UTC is no place). */
function sharedZone(rows: Row[]): string | null {
  const zone = rows[0]?.event.timezone ?? null;
  if (!zone || zone === 'UTC' || zone.startsWith('Etc/')) return null;
  return rows.every((r) => r.event.timezone === zone) ? zone : null;
}

function mayBeInPerson(a: Attendance): boolean {
  return a === 'in_person' || a === 'hybrid';
}

/** Venue name → where the feed placed it, from in-person events placed by their own clues (first one wins). */
function rememberVenues(rows: { event: ParsedEvent; attendance: Attendance; own: EventPlacement | null }[]): Map<string, EventPlacement> {
  const venues = new Map<string, EventPlacement>();
  for (const { event, attendance, own } of rows) {
    if (!own || own.lat === null || !mayBeInPerson(attendance)) continue;
    const key = venueKey(event);
    if (key && !venues.has(key)) venues.set(key, own);
  }
  return venues;
}

function feedStatements(feed: FeedFacts | null) {
  return { name: feed?.name ?? null, description: feed?.description ?? null, timezone: feed?.timezone ?? null };
}
