import type { NormalisedEvent } from '../core/event.js';
import { eventDistance } from './geo.js';
import { isPlaceholderTitle, placeholderMatch } from './placeholder-title.js';
import { compact, titlesMatch, words } from './text.js';
import { DAY_MS, HOUR_MS } from '../core/time.js';
import { joinSplitSessions } from './split-session.js';

export { fuzzyKey, fuzzyKeysAround, titlesMatch, words, compact } from './text.js';
export { isPlaceholderTitle } from './placeholder-title.js';
export { distanceMetres, eventDistance } from './geo.js';
export { diffEvent, mergeForUpdate, type ChangeKind, type EventDiff } from './merge.js';

/**
 * When is an incoming event one we already store? (The caller first matches
 * by provenance — same source and same UID — which also follows an event
 * whose time or title changed. These rules find the same event reported by
 * another source, or by the same source under a new UID.)
 *
 * Never the same, whatever follows: a report placed only by the place a
 * channel set for its feed (`/events feed place`, placedBy `set`) and one
 * that names no place at all. They are the same feed followed with and
 * without a place, and one community's setting must not place the events
 * another community is shown.
 *
 * A. Same canonical URL that names ONE event — a Meetup `/events/<id>/`, an
 *    Eventbrite `/e/…-<id>`, a Luma `/event/evt-…` page → the same event, even
 *    if its time, venue or title changed.
 * B. Same canonical URL of any other kind → the same event only when the
 *    titles match and the starts are within 12 hours. Many calendars give
 *    every event the same URL (the group or calendar page, e.g. Discourse's
 *    `/c/machbar/calendar`), and occurrences of a series share theirs, so the
 *    URL alone would merge different events.
 * C. Fuzzy: titles match (text.ts: equal once normalised, or word Jaccard
 *    ≥ 0.8, or one contains the other at ≥ 80 % length) AND starts within
 *    15 minutes AND the places agree:
 *    - a different country or locality (both known) → not the same;
 *    - both online → the same (their coordinates are only the group's home);
 *      one online and the other in person → not the same;
 *    - the venue names hold the same words in any order ("O2 Academy 2
 *      Islington" and "Islington O2 Academy 2") → the same, whatever the
 *      coordinates say (a listing site may give only the city centre's);
 *    - both with coordinates → within 200 m (150 m apart: same; 5 km: not),
 *      unless both were placed only at a town (`townLevel`);
 *    - otherwise the venue names or addresses, normalised, are equal or one
 *      contains the other ("Silicon Walk" in "Silicon Walk (25 Greenside
 *      Place, …)");
 *    - if one side states no place at all, nothing contradicts → the same.
 *    A placeholder title ("AI/IA CDMX|To Be Announced/Por anunciar",
 *    placeholder-title.ts) matches the other title, after the same group
 *    name, when both state a place (or both are online) and the places
 *    agree: a copy listed before its topic was set is the talk another
 *    source names. (Across sources that needs a candidate found by URL: the
 *    store looks candidates up by title; within one source every pair is
 *    compared.)
 * Status is never compared: a cancelled copy of an event is that event,
 * changed.
 *
 * Among several matches: A, then B, then the fuzzy match closest in time.
 */

const FUZZY_START_MS = 15 * 60_000;
const SAME_URL_START_MS = 12 * HOUR_MS;
const SAME_VENUE_METRES = 200;

type Comparable = Pick<
  NormalisedEvent,
  'url' | 'title' | 'start' | 'venue' | 'address' | 'lat' | 'lon' | 'locality' | 'country' | 'attendance'
> &
  Partial<Pick<NormalisedEvent, 'placedBy'>>;

export function matchEvent<C extends Comparable>(incoming: Comparable, all: readonly C[]): C | null {
  const candidates = incoming.placedBy === 'set' || all.some(isSetPlaced) ? all.filter((c) => !setPlaceMeetsNone(incoming, c)) : all;
  const byUrl = candidates.filter((c) => incoming.url !== null && c.url === incoming.url);
  if (byUrl[0] && isSingleEventUrl(incoming.url)) return byUrl[0];
  const weak = byUrl.find((c) => titlesMatch(incoming.title, c.title) && startGap(incoming, c) <= SAME_URL_START_MS);
  if (weak) return weak;
  const fuzzy = candidates.filter((c) => isFuzzyMatch(incoming, c));
  fuzzy.sort((a, b) => startGap(incoming, a) - startGap(incoming, b));
  return fuzzy[0] ?? null;
}

function isSetPlaced(e: Comparable): boolean {
  return e.placedBy === 'set';
}

/** One report placed only by the place a channel set for its feed, the other naming no place at all (never the same). */
function setPlaceMeetsNone(a: Comparable, b: Comparable): boolean {
  const namesNone = (e: Comparable) => e.attendance === 'unknown' && !hasPlace(e);
  return (isSetPlaced(a) && namesNone(b)) || (isSetPlaced(b) && namesNone(a));
}

function isFuzzyMatch(a: Comparable, b: Comparable): boolean {
  return (
    startGap(a, b) <= FUZZY_START_MS &&
    (titlesMatch(a.title, b.title) || placeholderFor(a, b)) &&
    placesAgree(a, b) &&
    !twoPagesOfOneSite(a.url, b.url)
  );
}

/**
 * Two different pages of one event site, each naming one event (two Meetup
 * `/events/<id>/` of a group's generic "ironhack-madrid - Evento" at one
 * hour): two events, however alike their titles. The same event listed on
 * Meetup and on Eventbrite is still one.
 */
function twoPagesOfOneSite(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b || !isSingleEventUrl(a) || !isSingleEventUrl(b)) return false;
  return siteOf(a) === siteOf(b);
}

function siteOf(url: string): string {
  return url.slice(0, url.indexOf('/', url.indexOf('//') + 2));
}

/** One title a placeholder for the other, both saying where (a placeholder with no place could be any event of that hour). */
function placeholderFor(a: Comparable, b: Comparable): boolean {
  const placed = (hasPlace(a) && hasPlace(b)) || (a.attendance === 'online' && b.attendance === 'online');
  return placed && placeholderMatch(a.title, b.title);
}

/** URLs that identify a single event (see rule A). Expects canonicalUrl output. */
export function isSingleEventUrl(url: string | null): boolean {
  if (!url) return false;
  return (
    /^https:\/\/www\.meetup\.com\/[^/]+\/events\/[a-z0-9]+\/$/.test(url) ||
    /^https?:\/\/[^/]*eventbrite\.[a-z.]+\/e\/[^/?#]*-\d{6,}$/.test(url) ||
    /^https:\/\/luma\.com\/event\/evt-[A-Za-z0-9]+$/.test(url)
  );
}

function startGap(a: { start: Date }, b: { start: Date }): number {
  return Math.abs(a.start.getTime() - b.start.getTime());
}

function placesAgree(a: Comparable, b: Comparable): boolean {
  if (differ(a.country, b.country) || differ(a.locality, b.locality)) return false;
  const online = [a.attendance, b.attendance].filter((x) => x === 'online').length;
  if (online === 2) return true;
  if (online === 1 && (a.attendance === 'in_person' || b.attendance === 'in_person')) return false;
  if (sameVenueWords(a.venue, b.venue)) return true;
  const metres = townLevel(a) && townLevel(b) ? null : eventDistance(a, b);
  if (metres !== null) return metres <= SAME_VENUE_METRES;
  const placesA = placeTexts(a);
  const placesB = placeTexts(b);
  if (placesA.length === 0 || placesB.length === 0) return !hasPlace(a) || !hasPlace(b);
  return placesA.some((x) => placesB.some((y) => x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)))));
}

/**
 * Coordinates that say only which town (an address's town, the feed's home
 * area, a venue name's earlier placement): two events placed so are not at
 * one venue because their points agree — "Storytime" at two branches of one
 * library, or a campus fair at "The Commons" and at "Stingers", are two
 * events. Stored events do not keep how they were placed, so this compares
 * two events of one poll.
 */
function townLevel(e: Comparable): boolean {
  return e.placedBy !== undefined && TOWN_LEVEL.has(e.placedBy);
}

const TOWN_LEVEL: ReadonlySet<string> = new Set(['address', 'venue', 'home-area', 'calendar', 'title', 'set', 'none']);

function sameVenueWords(x: string | null, y: string | null): boolean {
  if (!x || !y) return false;
  const [a, b] = [new Set(words(x)), new Set(words(y))];
  return a.size >= 2 && a.size === b.size && [...a].every((w) => b.has(w));
}

function differ(x: string | null, y: string | null): boolean {
  return x !== null && y !== null && compact(x) !== compact(y);
}

function placeTexts(e: Comparable): string[] {
  return [e.venue, e.address].map((t) => compact(t)).filter((t) => t.length > 0);
}

function hasPlace(e: Comparable): boolean {
  return placeTexts(e).length > 0 || (e.lat !== null && e.lon !== null);
}

/**
 * One source listing one event twice — under two ids, e.g. a festival day
 * and the concert it is, or a calendar that exports an event once per
 * organiser — is kept once, by the same rules as across sources (above),
 * when the two start within 15 minutes of each other (or one is all-day).
 * Two occurrences of one recurring series (ids `uid#<start>`) are never the
 * same event. An all-day entry is compared with the timed entries of its day
 * as if it started with them. Of two copies the timed one is kept, else the
 * one with a real title (not "To be announced"), else the one that says
 * more: placed on the map, then with a venue, then with the longer
 * description; otherwise the first listed. One session listed in two parts
 * around a break ("DjangoGirls" 10:30–12:00 and 12:30–16:00) is one event
 * spanning both (split-session.ts).
 */
export function dedupeWithinSource(events: readonly NormalisedEvent[]): NormalisedEvent[] {
  const order = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.start.getTime() - b.e.start.getTime());
  const dropped = new Set<number>();
  for (let a = 0; a < order.length; a++) {
    if (dropped.has(order[a]!.i)) continue;
    for (let b = a + 1; b < order.length && withinReach(order[a]!.e, order[b]!.e); b++) {
      const [x, y] = [order[a]!, order[b]!];
      if (dropped.has(y.i) || sameSeries(x.e, y.e) || !atOneTime(x.e, y.e) || !matchEvent(comparedAt(x.e, y.e), [y.e])) continue;
      dropped.add(keepsSecond(x.e, y.e) ? x.i : y.i);
      if (dropped.has(x.i)) break;
    }
  }
  return joinSplitSessions(events.filter((_e, i) => !dropped.has(i)));
}

/**
 * Within one listing, two entries at different hours are two events even when
 * their title and URL are the same (a church's 10:00 and 19:00 services, a
 * matinée and an evening show, on a site that gives every event its home
 * page): a source re-timing an event changes that entry, it does not list it
 * twice. An all-day entry may be the day of a timed one.
 */
export function atOneTime(a: Pick<NormalisedEvent, 'start' | 'allDay'>, b: Pick<NormalisedEvent, 'start' | 'allDay'>): boolean {
  return a.allDay || b.allDay || startGap(a, b) <= FUZZY_START_MS;
}

/** Far enough apart in time to be two events: 12 hours, or past the day of an all-day entry listed first. */
function withinReach(first: NormalisedEvent, later: NormalisedEvent): boolean {
  return startGap(later, first) <= SAME_URL_START_MS || (first.allDay && later.start.getTime() < first.start.getTime() + DAY_MS);
}

/**
 * An all-day entry compared as if it started when the timed entry of its day
 * does: Songkick lists a festival day ("2015-10-31") and the concert it is
 * (18:00, same venue, same line-up) as two events.
 */
function comparedAt(first: NormalisedEvent, later: NormalisedEvent): NormalisedEvent {
  return first.allDay && !later.allDay ? { ...first, start: later.start } : first;
}

/** Of two copies, the second is kept when it says more, or gives the hour the other (all-day) does not. */
function keepsSecond(first: NormalisedEvent, second: NormalisedEvent): boolean {
  if (first.allDay !== second.allDay) return first.allDay;
  const [undecided1, undecided2] = [isPlaceholderTitle(first.title), isPlaceholderTitle(second.title)];
  if (undecided1 !== undecided2) return undecided1;
  return richness(second) > richness(first);
}

function sameSeries(a: Pick<NormalisedEvent, 'sourceUid'>, b: Pick<NormalisedEvent, 'sourceUid'>): boolean {
  const base = (uid: string) => uid.split('#')[0];
  return a.sourceUid.includes('#') && base(a.sourceUid) === base(b.sourceUid);
}

function richness(e: NormalisedEvent): number {
  return (e.lat !== null ? 4 : 0) + (e.venue || e.address ? 2 : 0) + Math.min(1, e.description.length / 10_000);
}
