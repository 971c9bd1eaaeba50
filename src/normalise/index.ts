import { DESCRIPTION_MAX, type NormalisedEvent } from '../core/event.js';
import type { Attendance, EventStatus } from '../core/event.js';
import type { EventPlacement, PlacedBy } from '../core/placement.js';
import type { ParsedEvent } from '../sources/types.js';
import { countryCode } from './country.js';
import { contentHash } from '../core/hash.js';
import { venueAndAddress } from './location.js';
import type { NamesPlacedTown } from './town-first.js';
import { htmlToText, inlineText, truncate } from './text.js';
import { canonicalUrl } from './url.js';
import { instantAt, isValidTimezone, offsetMs, wallClock } from '../core/time.js';
import { utcIsLocalClock } from '../core/false-utc.js';
import { dayHours, titleTime } from './day-hours.js';
import { utcWholeDays } from './utc-days.js';
import { withoutBareReferences } from './entities.js';

export { htmlToText, inlineText, truncate, collapseWhitespace } from './text.js';
export { decodeEntities } from './entities.js';
export { canonicalUrl } from './url.js';
export { contentHash, type HashedFields } from '../core/hash.js';
export { countryCode } from './country.js';
export { flagAsCountry, venueAndAddress, type VenueAddress } from './location.js';
export { withoutLocationDebris } from './location-debris.js';
export { isAwayLocation, isFormLabel, isPlaceholderLocation, undecidedPrefixRead } from './placeholder.js';
export { awayByFixture, saysAwayGame } from './away-game.js';
export { namesOnlyAPartOfABuilding } from './part-of-building.js';
export { fixtureClub } from './fixture-title.js';
export { namesOnlyACompetition } from './competition.js';
export { repairMojibake, withoutMojibake } from './mojibake.js';
export { describedLocation, locationFromDescription, type DescribedLocation } from './described-location.js';
export { isVideoPage } from './video-page.js';
export type { NamesPlacedTown } from './town-first.js';
export { namesOnlyAKindOfVenue, townAtEndOfTitle, townTagOfTitle, venueFromTitle } from './title-venue.js';
export { placeNamesBeforeDate, placeNamesOfTitle, type TitlePlaceName } from './title-places.js';
export { feedWritesLocalClock, mayBeLocal, type Normalised } from './utc-feed.js';

const TITLE_MAX = 200;

export interface NormaliseContext {
  sourceUrl: string;
  attendance: Attendance;
  status: EventStatus;
  /** What the place stage decided (src/place/event.ts). */
  placement: EventPlacement;
  /** Whether a part of the location is the placed town, by the place stage (town-first.ts); without it, never. */
  namesTown?: NamesPlacedTown;
  /** Zone used when neither the source nor the placement names one (the channel's or the service's). */
  defaultTimezone: string;
  /**
   * The feed writes its local clock with a "Z" (utc-feed.ts): a start that
   * may be local (ParsedEvent.utcMayBeLocal) is, whatever its own text says.
   */
  utcIsLocal?: boolean;
}

/**
 * ParsedEvent → NormalisedEvent. Every field is built to fit the zod schema
 * (the tests check it with `NormalisedEvent.parse`); it is not re-validated
 * per event at run time, which cost a quarter of this function's time.
 *
 * - timezone: the source's zone if it is a real IANA zone, else the
 *   placement's (its place, its country, or the feed's home area), else
 *   the default, else UTC.
 * - floating times (wall clock with no zone, stored as UTC fields) are
 *   re-anchored in that timezone, so the time shown equals the time written;
 *   so is a time written in UTC that is really that zone's wall clock (its
 *   text states the UTC clock, not the local one: core/false-utc.ts), or
 *   its feed writes all its times so (ctx.utcIsLocal).
 * - coordinates: the placement's when it has them, else the source's (in range, not "0,0").
 * - an all-day entry for one day whose description gives its hours once
 *   ("15:00–18:00") is those hours, else one whose title starts with its
 *   time ("6:30pm La Vieille Chéchette Choir") starts then (day-hours.ts).
 * - a timed entry from local midnight to 23:59 (or to a later midnight) in
 *   its zone, often written in UTC ("04:00Z"–"03:59Z" in New York), is
 *   those whole days (utc-days.ts).
 * - an end before the start is dropped (null) rather than shown.
 */
export function normaliseEvent(parsed: ParsedEvent, ctx: NormaliseContext): NormalisedEvent {
  const timezone = shownZone(parsed, ctx.placement, ctx.defaultTimezone);
  const description = truncate(parsed.description ? htmlToText(parsed.description) : '', DESCRIPTION_MAX);
  // An all-day entry whose description gives its hours once is those hours.
  const titled = titleTime(parsed, timezone);
  const hours = dayHours(parsed, timezone, description) ?? titled;
  const anchoredTimes = hours ?? anchorTimes(parsed, timezone, description, ctx.utcIsLocal === true);
  // Whole days written in UTC ("04:00Z" to "03:59Z" the next day in New York) are all day once the zone is known.
  const days = hours === null ? instantDays(parsed, anchoredTimes, timezone, ctx.placement) : null;
  const { start, end } = days ?? anchoredTimes;
  const { venue, address } = venueAndAddress(parsed.venueName, parsed.locationText, ctx);
  const [lat, lon] = pickCoordinates(ctx.placement, parsed);
  const event: NormalisedEvent = {
    sourceUrl: ctx.sourceUrl,
    sourceUid: parsed.uid,
    url: canonicalUrl(parsed.url, ctx.sourceUrl),
    title: cleanTitle(titled && hours === titled ? titled.title : parsed.title, description),
    description,
    start,
    end,
    timezone,
    allDay: (parsed.allDay && hours === null) || days !== null,
    venue,
    address,
    lat,
    lon,
    locality: textOrNull(ctx.placement.locality ?? parsed.locality),
    country: countryCode(ctx.placement.country) ?? countryCode(parsed.country),
    attendance: ctx.attendance,
    status: ctx.status,
    organiser: textOrNull(parsed.organiser),
    contentHash: '',
    placedBy: ctx.placement.placedBy,
  };
  // Set afterwards rather than spreading the fields into a new object (the spread was most of this function's own time).
  event.contentHash = contentHash(event);
  return event;
}

/**
 * The zone an event is shown in. A time fixed to an instant (UTC, or in a
 * zone the source names) is shown where the event is, when its own location
 * placed it: a London-zoned personal calendar's Bozeman meetup, given in
 * UTC, is Thursday 19:00 in Denver, not Friday 02:00 in London. A zone
 * with the same clock there keeps the source's name for it. A floating
 * time or an all-day date is read in the zone, so that one is the source's,
 * else the place's.
 */
function shownZone(parsed: ParsedEvent, placement: EventPlacement, fallback: string | null | undefined): string {
  const stated = pickTimezone(parsed.timezone, placement.timezone, fallback);
  const there = placement.timezone;
  if (there === stated || parsed.floating || parsed.allDay || !OWN_PLACE.has(placement.placedBy) || !isValidTimezone(there)) {
    return stated;
  }
  // A zone that keeps the same clock there (America/New_York for Detroit) is the source's to name.
  return offsetMs(parsed.start, there) === offsetMs(parsed.start, stated) ? stated : there;
}

const OWN_PLACE: ReadonlySet<PlacedBy> = new Set<PlacedBy>(['geo', 'event-page', 'address', 'venue', 'set']);

/** utc-days.ts for a timed event in a zone the source or its place gives (not the channel's guess). */
function instantDays(parsed: ParsedEvent, times: { start: Date; end: Date | null }, zone: string, placement: EventPlacement) {
  if (parsed.allDay || parsed.floating || times.end === null) return null;
  if (zone !== parsed.timezone && zone !== placement.timezone) return null;
  return utcWholeDays(times.start, times.end, zone);
}

function pickTimezone(...zones: (string | null | undefined)[]): string {
  return zones.find((z) => isValidTimezone(z)) ?? 'UTC';
}

function anchorTimes(parsed: ParsedEvent, zone: string, description: string, utcIsLocal: boolean): { start: Date; end: Date | null } {
  const floating =
    parsed.floating ||
    (parsed.utcMayBeLocal === true && (utcIsLocal || utcIsLocalClock(parsed.start, zone, `${parsed.title}\n${description}`)));
  const start = anchored(parsed.start, floating, zone);
  const end = parsed.end ? anchored(parsed.end, floating, zone) : null;
  return { start, end: end && end.getTime() >= start.getTime() ? end : null };
}

// A module function, not a closure per event: under tsx (esbuild keepNames) each named closure costs ~0.4 µs to create.
function anchored(d: Date, floating: boolean, zone: string): Date {
  return floating ? instantAt(wallClock(d, 'UTC'), zone) : d;
}

function pickCoordinates(placement: EventPlacement, parsed: ParsedEvent): [number, number] | [null, null] {
  for (const p of [placement, parsed]) {
    if (p.lat !== null && p.lon !== null && validLatLon(p.lat, p.lon)) return [p.lat, p.lon];
  }
  return [null, null];
}

/** In range, and not "0,0" (a missing value, not the Gulf of Guinea). */
function validLatLon(lat: number, lon: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return false;
  return !(Math.abs(lat) < 0.01 && Math.abs(lon) < 0.01);
}

/**
 * One line, at most TITLE_MAX characters, with a reference that lost its "&#"
 * repaired ("Mayor039;s"); an empty title falls back to the description's first line.
 */
function cleanTitle(title: string, description: string): string {
  const clean = withoutBareReferences(inlineText(firstPart(title))) || description.split('\n')[0]?.trim() || 'Untitled event';
  return truncate(clean, TITLE_MAX);
}

/**
 * A title that holds a whole block of details ("Gudstjeneste G.2\n\nSted:
 * Hundvåg kirke\nKirketjener: …", a scraper's SUMMARY): its first paragraph,
 * or its first line when it has three or more. A title wrapped once stays whole.
 */
function firstPart(title: string): string {
  if (!title.includes('\n')) return title;
  const lines = title.trim().split(/\r?\n/);
  const paragraph = /\n\s*\n/.test(title.trim()) ? title.trim().split(/\n\s*\n/)[0]! : null;
  if (paragraph?.trim()) return paragraph;
  return lines.length >= 3 && lines[0]!.trim() ? lines[0]! : title;
}

function textOrNull(text: string | null | undefined): string | null {
  return text ? inlineText(text) || null : null;
}
