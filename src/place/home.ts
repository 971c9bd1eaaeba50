import type { EventPlacement, HomeArea } from '../core/placement.js';
import { sameClock } from '../core/time.js';
import { statedZone as placeZone } from './namesake.js';
import { lookupPlaces, type Place } from './gazetteer.js';
import { haversineKm, timezoneAt } from './geo.js';
import { distinctPlaces, homeAt, homeOfGroup, type EventPoint } from './home-point.js';
import { qualifierFor } from './qualifiers.js';

/**
 * A feed's home area: where its events usually are. Rules, first that gives
 * an answer wins:
 *
 * 1. `events` — the places of the feed's own events (placed by coordinates,
 *    their page or a full address): the largest group of them within
 *    CLUSTER_KM of one another, if it holds at least half of them. A single
 *    placed event counts only when it is the only one, and loses to rules 3
 *    and 4 when it lies within ONE_EVENT_KM of what they give: one away game
 *    is no move. Farther off, among LONE_AMONG events or more, it gives no
 *    home but the one stored from the feed's own places: a mapping group's
 *    one conference 200 km away is not where its other meetings are. On
 *    another continent (over OTHER_CONTINENT_KM), among any other events, it
 *    changes nothing (most often a namesake read wrong: "…, Manor" in an
 *    Austin feed as Manor, India): the home is rule 2's, 3's or 4's. One
 *    placed event, or placed events fewer than a quarter of the feed's, lose
 *    to rule 2 when the calendar names a town (not the one event of a feed
 *    of one). The home is where the group is, named by the town its
 *    events are placed in most (home-point.ts): a campus beside a big city
 *    is at home on the campus, in its own town. When the calendar
 *    states a zone (X-WR-TIMEZONE) and every event is written in it, a
 *    placed event in a zone with another clock is no clue to where the
 *    feed is (`statedZone`): the stated zone wins.
 * 2. `calendar` — the calendar's own statements (X-WR-CALNAME or NAME, X-WR-CALDESC or DESCRIPTION):
 *    a town named "in <Town>", "<Town>, <State or Country>" or "<Town>'s",
 *    or any capitalised name of a town — but only a town in the zone the
 *    calendar declares (X-WR-TIMEZONE), when it declares one; without a
 *    zone only the first three forms count ("Mobile Dev Meetup" is not in
 *    Mobile, Alabama).
 * 3. What was stored for the feed before (its events may all be online now).
 * 4. `region` — the region of the channel that follows the feed, when the
 *    feed declares no zone or the same zone as the region, its events are
 *    not all written in a zone with another clock (talks in Adelaide's zone
 *    for a Melbourne channel), a calendar with no zone does not name a big
 *    city far off ("SeattleHacks Events" for Birmingham), and its placed
 *    events (in no group that gives rule 1) are neither in three or more
 *    countries nor three or more spread over TRAVELLING_KM: a national
 *    team's fixtures and a conference list travel, so a venue name alone in
 *    them is not in the channel's region.
 */
const CLUSTER_KM = 50;
/** One placed event this close to the home already known does not move it. */
const ONE_EVENT_KM = 100;
const MIN_NAMED_TOWN = 20_000;
/** Enough events to see where a feed is, without comparing every pair of a huge one. */
const MAX_POINTS = 200;

interface FeedStatements {
  name: string | null;
  description: string | null;
  timezone: string | null;
}

export interface HomeInputs {
  placements: readonly EventPlacement[];
  /** How many events the feed has, placed or not (default: the placements'). */
  eventCount?: number;
  /** The zone every one of the feed's events is written in (iCal TZID), when they share one. */
  eventZone?: string | null;
  feed: FeedStatements;
  stored: HomeArea | null;
  region: HomeArea | null;
}

export function inferHomeArea(inputs: HomeInputs): HomeArea | null {
  const points = trustedPoints(inputs.placements, statedZone(inputs));
  const events = homeFromPoints(points);
  // A calendar with no X-WR-TIMEZONE whose events all share a zone ("IndieWebClub Bangalore Events", TZID=Asia/Kolkata): that zone checks the town its name holds.
  const calendar = homeFromCalendar(inputs.feed.timezone ? inputs.feed : { ...inputs.feed, timezone: inputs.eventZone ?? null });
  // A feed whose placed events are in three or more countries (a national team's fixtures), or spread over a continent
  // (a conference list), travels: the channel's region is no home of its.
  const travels = !events && travelling(points);
  const region = regionAsHome(inputs, travels);
  const stored = travels && inputs.stored?.basis === 'region' ? null : inputs.stored;
  // A few placed events among many are a weak clue: "Bristol Improv Calendar", whose only full addresses are two shows
  // in Bath among 34 at Bristol venues, is at home in Bristol.
  if (events && calendar && fewOf(points.length, inputs.eventCount ?? inputs.placements.length)) return calendar;
  if (events && points.length === 1) {
    // A volleyball club whose only full address is an away game 45 km off is at home where it was (Biesheim).
    const known = stored ?? region;
    const km = known ? haversineKm(points[0]!, known) : 0;
    if (known && km <= ONE_EVENT_KM) return known;
    // One address on another continent among other events (a namesake: "…, Manor" in an Austin feed read as Manor, India)
    // moves nothing: the home is what it would be without it.
    if (known && km > OTHER_CONTINENT_KM && (inputs.eventCount ?? 1) > 1) return calendar ?? known;
    // One far address among several events (a conference 200 km off, an away game abroad) is no home for the rest:
    // the home found before from their own places stays, a guess from the channel's region does not.
    if ((inputs.eventCount ?? inputs.placements.length) >= LONE_AMONG) return stored?.basis === 'region' ? null : stored;
  }
  return events ?? calendar ?? stored ?? region;
}

/** Rule 4: the channel's region, unless the feed travels, keeps another clock, or names a big city elsewhere. */
function regionAsHome(inputs: HomeInputs, travels: boolean): HomeArea | null {
  const region = inputs.region;
  if (!region || travels || !zonesAgree(inputs, region.timezone)) return null;
  return namesCityElsewhere(inputs.feed, region) ? null : region;
}

/** A lone placed event this far from the home already known is on another continent: no home for the feed's other events. */
const OTHER_CONTINENT_KM = 5_000;
/** A lone placed event among this many events or more is no home of theirs unless it is near the home already known. */
const LONE_AMONG = 3;
const TRAVELLING_COUNTRIES = 3;
const TRAVELLING_KM = 1_000;

function travelling(points: EventPoint[]): boolean {
  if (points.length < 2) return false;
  if (new Set(points.map((p) => p.country).filter(Boolean)).size >= TRAVELLING_COUNTRIES) return true;
  if (points.length < 3) return false;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const southWest = { lat: Math.min(...lats), lon: Math.min(...lons) };
  const northEast = { lat: Math.max(...lats), lon: Math.max(...lons) };
  return haversineKm(southWest, northEast) > TRAVELLING_KM;
}

/**
 * One placed event among others, or placed events under a quarter of the
 * feed's. A feed of one event is where that event is: a course page titled
 * "Data Analytics Course Training in Dubai" whose one event has coordinates
 * in Bengaluru is at home in Bengaluru.
 */
function fewOf(placed: number, all: number): boolean {
  return (placed === 1 && all > 1) || placed * 4 < all;
}

const TRUSTED = new Set(['geo', 'event-page', 'address']);

/**
 * The points to find the home from: events placed by their own clues, and,
 * when the calendar states a zone, only those that keep its clock.
 */
function trustedPoints(placements: readonly EventPlacement[], zone: string | null = null): EventPoint[] {
  return placements
    .filter((p) => TRUSTED.has(p.placedBy) && p.lat !== null && p.lon !== null)
    .filter((p) => !zone || !p.timezone || sameClock(p.timezone, zone))
    .map((p) => ({ lat: p.lat!, lon: p.lon!, country: p.country, locality: p.locality }))
    .slice(0, MAX_POINTS);
}

export function homeFromEvents(placements: readonly EventPlacement[]): HomeArea | null {
  return homeFromPoints(trustedPoints(placements));
}

function homeFromPoints(points: EventPoint[]): HomeArea | null {
  if (points.length === 0) return null;
  const best = largestGroup(points);
  if (best.length * 2 < points.length || (best.length === 1 && points.length > 1)) return null;
  return homeOfGroup(best);
}

/**
 * The points within CLUSTER_KM of one point, for the first point that has the
 * most. Points at the very same place are counted once with their number
 * (`distinctPlaces`), and only one group is built.
 */
function largestGroup(points: EventPoint[]): EventPoint[] {
  const places = distinctPlaces(points);
  let best = points[0]!;
  let bestCount = 0;
  for (const { at } of places) {
    let count = 0;
    for (const q of places) if (near(at, q.at)) count += q.points;
    if (count > bestCount) [best, bestCount] = [at, count];
  }
  return points.filter((q) => near(best, q));
}

function near(p: EventPoint, q: EventPoint): boolean {
  return (q.lat === p.lat && q.lon === p.lon) || haversineKm(p, q) <= CLUSTER_KM;
}

export function homeFromCalendar(feed: FeedStatements): HomeArea | null {
  const text = [feed.name, feed.description].filter(Boolean).join('\n');
  if (!text) return null;
  const inZone = (p: Place) => !feed.timezone || timezoneAt(p.lat, p.lon) === feed.timezone;
  for (const { name, qualifier } of namedTowns(text)) {
    const constraints = qualifier ? [qualifier] : [];
    const town = lookupPlaces(name, constraints).find((p) => p.population >= MIN_NAMED_TOWN && inZone(p));
    if (town) return homeAt(town, 'calendar');
  }
  if (!feed.timezone) return null;
  for (const name of capitalisedNames(text)) {
    const town = lookupPlaces(name).find((p) => p.population >= MIN_NAMED_TOWN && inZone(p));
    if (town) return homeAt(town, 'calendar');
  }
  return null;
}

/**
 * A calendar with no zone whose name holds a city of BIG_CITY people or more
 * far from the channel's region ("SeattleHacks Events" for a Birmingham
 * channel): it says it is elsewhere, so the region is no home of its. A name
 * the region's own town shares ("London Tech" in London, Ontario) says nothing.
 */
function namesCityElsewhere(feed: FeedStatements, region: HomeArea): boolean {
  if (feed.timezone || !feed.name) return false;
  const regionTown = region.label.split(',')[0]!.trim().toLowerCase();
  const words = feed.name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return capitalisedNames(words).some((name) => {
    if (name.toLowerCase() === regionTown) return false;
    const city = lookupPlaces(name)[0];
    return city !== undefined && city.population >= BIG_CITY && haversineKm(city, region) > ONE_EVENT_KM;
  });
}

const BIG_CITY = 500_000;

/** "in Portland", "Portland, OR", "Portland's": towns the text clearly names, with a state/country when given. */
function namedTowns(text: string): { name: string; qualifier: ReturnType<typeof qualifierFor> }[] {
  const found: { name: string; qualifier: ReturnType<typeof qualifierFor> }[] = [];
  for (const m of text.matchAll(TOWN_COMMA_QUALIFIER)) {
    const qualifier = qualifierFor(m[2]!.trim());
    if (qualifier) found.push({ name: m[1]!, qualifier });
  }
  for (const m of text.matchAll(IN_TOWN)) found.push({ name: m[1]!, qualifier: null });
  for (const m of text.matchAll(TOWN_S)) found.push({ name: m[1]!, qualifier: null });
  return found;
}

// Built once (matchAll works on a copy, so sharing them is safe).
/** Small words inside a town's name: "Póvoa de Varzim", "Frankfurt am Main", "Castellón de la Plana". */
const JOINER = String.raw`(?:de|da|do|dos|das|del|de la|di|du|des|la|le|am|an|der|im|upon|on|sur|en|y|i)`;
const TOWN = String.raw`(\p{Lu}[\p{L}.'-]+(?:\s(?:${JOINER}\s)?\p{Lu}[\p{L}.'-]+){0,2})`;
const TOWN_COMMA_QUALIFIER = new RegExp(String.raw`${TOWN},\s*(\p{Lu}[\p{L}. ]{1,30}?)(?=[\s.,;:!)]|$)`, 'gu');
const IN_TOWN = new RegExp(String.raw`\b(?:in|around|near)\s+${TOWN}`, 'gu');
const TOWN_S = new RegExp(String.raw`${TOWN}['’]s\b`, 'gu');

const CAPITALISED = new RegExp(String.raw`\p{Lu}[\p{L}'-]+(?:\s(?:${JOINER}\s)?\p{Lu}[\p{L}'-]+){0,3}`, 'gu');

/** Every run of one to three capitalised words (small words such as "de" may join them), longest first at each position. */
function capitalisedNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const words = m[0].split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const run = words.slice(i, i + n);
        if (/^\p{Lu}/u.test(run[0]!) && /^\p{Lu}/u.test(run[n - 1]!)) names.push(run.join(' '));
      }
    }
  }
  return names;
}

/**
 * The feed's zone keeps the region's clock, or it declares none
 * (X-WR-TIMEZONE); and its events, when all written in one zone, keep the
 * region's clock: talks in Perth's zone are not in a Sydney channel's
 * region. A clock, not a name: Toronto and Detroit keep New York's, and
 * their colleges' calendars are written in America/New_York.
 */
function zonesAgree(inputs: Pick<HomeInputs, 'feed' | 'eventZone'>, regionZone: string): boolean {
  const feedZone = inputs.feed.timezone;
  if (feedZone && !sameClock(feedZone, regionZone)) return false;
  return !inputs.eventZone || sameClock(inputs.eventZone, regionZone);
}

/**
 * The zone a calendar states for itself and for every one of its events:
 * its X-WR-TIMEZONE, when each event is written in a zone that keeps the
 * same clock. A placed event in a zone with another clock is not where the
 * feed is but a name read wrong ("Gardner (GP)", a circuit's track, read as
 * Gardner, Kansas, in "Sydney Motorsport Park", Australia/Sydney), so it is
 * no clue to the home.
 */
function statedZone(inputs: Pick<HomeInputs, 'feed' | 'eventZone'>): string | null {
  const { timezone } = inputs.feed;
  const zone = inputs.eventZone;
  if (!timezone || !zone || !placeZone(timezone) || !placeZone(zone)) return null;
  return sameClock(timezone, zone) ? zone : null;
}
