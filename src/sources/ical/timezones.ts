/**
 * Which clock an iCalendar date-time is read on.
 *
 * Rules, in order, for a value with `TZID=x`:
 * 1. `x` names a UTC alias (UTC, GMT, Etc/UTC, …) → UTC.
 * 2. `x` is an IANA name, a common Windows name ("GMT Standard Time"), an
 *    IANA name behind a vendor prefix ("/mozilla.org/20050126_1/Europe/Berlin")
 *    or a Windows display name whose zone keeps the offset it writes ("(UTC-05:00)
 *    Eastern Time (US & Canada)", "(GMT+10:00) Canberra, Melbourne, Sydney")
 *    → that IANA zone, converted with the runtime's tz database. We prefer
 *    this over the calendar's own VTIMEZONE because exporters often ship
 *    truncated ones: the WordPress/iCalcreator fixture's Europe/Berlin only
 *    has transitions from 2018 on, and ical.js reads earlier dates as UTC+0.
 * 3. The calendar has a VTIMEZONE for `x` whose X-LIC-LOCATION is IANA → that zone.
 * 4. The calendar has a VTIMEZONE for `x` → ical.js converts with it.
 * 5. `x` starts with a written offset ("(GMT +01:00)", "(UTC-03:00) Somewhere")
 *    → a zone the calendar itself uses with that standard offset, else that
 *    fixed offset (Etc/GMT-1). It says when, not where: no event zone.
 * 6. Otherwise the value is treated as if it had no TZID (rule below).
 *
 * A value without TZID and without `Z` (floating) is read in the calendar's
 * zone (`calendarZone`) when it has one, else it stays floating.
 */
import type ICAL from 'ical.js';
import { isValidTimezone, offsetMs } from '../../core/time.js';

export type ZoneRule = { kind: 'utc' } | { kind: 'iana'; zone: string } | { kind: 'vtimezone'; tz: ICAL.Timezone } | { kind: 'floating' };

// "UTC+0" is The Events Calendar's (WordPress) name for a site set to UTC.
const UTC_ALIASES =
  /^(?:etc\/)?(?:utc|uct|gmt|(?:gmt|utc)[+-]0{1,2}(?::?00)?|gmt0|z|zulu|universal|greenwich|coordinated universal time)$/i;

/** Windows zone ids (as Outlook/Exchange write them) → IANA, from CLDR's windowsZones "001" territory. */
const WINDOWS_ZONES: Record<string, string> = {
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Egypt Standard Time': 'Africa/Cairo',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Kolkata',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Singapore Standard Time': 'Asia/Singapore',
  'China Standard Time': 'Asia/Shanghai',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'W. Australia Standard Time': 'Australia/Perth',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Canada Central Standard Time': 'America/Regina',
  'Eastern Standard Time': 'America/New_York',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'SA Pacific Standard Time': 'America/Bogota',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
};

function isUtcAlias(name: string): boolean {
  return UTC_ALIASES.test(name.trim());
}

function unquote(tzid: string | null | undefined): string | undefined {
  return tzid?.trim().replace(/^"|"$/g, '');
}

/*
 * Windows display names. Outlook on the web and Exchange write the name a
 * person picks from ("(UTC-05:00) Eastern Time (US & Canada)"; before Windows 7
 * "(GMT-05:00) …") as the TZID, often with no VTIMEZONE. The part after the
 * offset either names a region (DISPLAY_NAMES) or lists cities; a city is
 * believed only when its zone's standard offset is the one written, since
 * Windows lists cities loosely ("Chihuahua, La Paz, Mazatlan" is Mexico's La
 * Paz, not Bolivia's) and tz rules move on after an export.
 */

/** Display names that name no city, by their text after the offset (lower case), → CLDR's zone for their Windows id. */
const DISPLAY_NAMES: Record<string, string> = {
  'eastern time (us & canada)': 'America/New_York',
  'central time (us & canada)': 'America/Chicago',
  'mountain time (us & canada)': 'America/Denver',
  'pacific time (us & canada)': 'America/Los_Angeles',
  'pacific time (us & canada), tijuana': 'America/Los_Angeles',
  'atlantic time (canada)': 'America/Halifax',
  alaska: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
  arizona: 'America/Phoenix',
  newfoundland: 'America/St_Johns',
  saskatchewan: 'America/Regina',
  'indiana (east)': 'America/Indiana/Indianapolis',
  'central america': 'America/Guatemala',
  'baja california': 'America/Tijuana',
  'aleutian islands': 'America/Adak',
  'easter island': 'Pacific/Easter',
  'cabo verde is.': 'Atlantic/Cape_Verde',
  'cape verde is.': 'Atlantic/Cape_Verde',
  // London, as CLDR has it: read as cities, Dublin would come first.
  'greenwich mean time : dublin, edinburgh, lisbon, london': 'Europe/London',
  'dublin, edinburgh, lisbon, london': 'Europe/London',
  'west central africa': 'Africa/Lagos',
  'sri jayawardenepura': 'Asia/Colombo',
  'solomon is., new caledonia': 'Pacific/Guadalcanal',
};

/** Cities in Windows display names that are not the last part of an IANA name (Continent/City). */
const CITY_ZONES: Record<string, string> = {
  canberra: 'Australia/Sydney',
  wellington: 'Pacific/Auckland',
  edinburgh: 'Europe/London',
  bern: 'Europe/Zurich',
  'st. petersburg': 'Europe/Moscow',
  'abu dhabi': 'Asia/Dubai',
  islamabad: 'Asia/Karachi',
  'new delhi': 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata',
  beijing: 'Asia/Shanghai',
  osaka: 'Asia/Tokyo',
  sapporo: 'Asia/Tokyo',
  hanoi: 'Asia/Ho_Chi_Minh',
  pretoria: 'Africa/Johannesburg',
  brasilia: 'America/Sao_Paulo',
  'city of buenos aires': 'America/Argentina/Buenos_Aires',
  quito: 'America/Guayaquil',
  'san juan': 'America/Puerto_Rico',
  georgetown: 'America/Guyana',
  ekaterinburg: 'Asia/Yekaterinburg',
  "nuku'alofa": 'Pacific/Tongatapu',
};

const CITY_REGIONS = ['Europe', 'America', 'Asia', 'Australia', 'Africa', 'Pacific', 'Atlantic', 'Indian'];

/** Offsets of no whole hour have no Etc/GMT zone; these zones have kept theirs all year for decades. */
const FRACTIONAL_OFFSET_ZONES: Record<string, string> = {
  '270': 'Asia/Kabul',
  '330': 'Asia/Kolkata',
  '345': 'Asia/Kathmandu',
  '390': 'Asia/Yangon',
  '570': 'Australia/Darwin',
  '-570': 'Pacific/Marquesas',
};

/** The longest Windows display name is about 80 characters; longer TZIDs are not read as one. */
const MAX_DISPLAY_NAME = 200;

/** "(UTC-05:00) ", "(GMT+10:00) ", "(GMT +01:00)", "(UTC) ": the offset a display name starts with. */
const WRITTEN_OFFSET = /^\(\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)\s*(.*)$/is;

interface DisplayName {
  /** Minutes east of UTC, as written; null when the name starts with no offset. */
  offset: number | null;
  /** The text after the offset, with one space around " : " and after ", " ("Greenwich Mean Time : Dublin, …"). */
  label: string;
}

function readDisplayName(name: string): DisplayName {
  const m = WRITTEN_OFFSET.exec(name);
  const hours = Number(m?.[2] ?? 0);
  const minutes = Number(m?.[3] ?? 0);
  const valid = m && minutes < 60 && hours * 60 + minutes <= 14 * 60;
  const offset = valid ? (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) : null;
  const label = (valid ? m[4]! : name)
    .replace(/\s*[,;]\s*/g, ', ')
    .replace(/\s*:\s*/g, ' : ')
    .replace(/\s+/g, ' ')
    .trim();
  return { offset, label };
}

/** Two instants half a year apart: the smaller offset is the standard (winter) one in either hemisphere. */
const OFFSET_PROBES = [new Date(Date.UTC(2025, 0, 15)), new Date(Date.UTC(2025, 6, 15))];

function keepsOffset(zone: string, offset: number | null): boolean {
  if (offset === null) return true;
  return Math.min(...OFFSET_PROBES.map((at) => offsetMs(at, zone))) === offset * 60_000;
}

function cityZone(city: string): string | null {
  if (!/^[\p{L} .'-]{2,40}$/u.test(city)) return null;
  const known = CITY_ZONES[city.toLowerCase()];
  if (known) return known;
  const tail = city.replace(/ /g, '_');
  return CITY_REGIONS.map((region) => `${region}/${tail}`).find(isValidTimezone) ?? null;
}

/** The place zone a display name names, or null (no display name, no zone keeping its offset, or UTC). */
function displayNameZone({ offset, label }: DisplayName): string | null {
  // "(US and Canada)" as some exporters spell "(US & Canada)".
  const named = DISPLAY_NAMES[label.toLowerCase()] ?? DISPLAY_NAMES[label.toLowerCase().replace(/ and /g, ' & ')];
  if (named) return keepsOffset(named, offset) ? named : null;
  // Without a written offset nothing vouches for a city read out of arbitrary text.
  if (offset === null) return null;
  // "Greenwich Mean Time : Dublin, Edinburgh, …": the cities follow the colon.
  for (const city of label.split(' : ').pop()!.split(', ')) {
    const zone = cityZone(city);
    if (zone && keepsOffset(zone, offset)) return zone;
  }
  return null;
}

/** The written offset as a zone: UTC, Etc/GMT-1 for +01:00 (POSIX signs), or null when there is none. */
function offsetZone({ offset }: DisplayName): string | null {
  if (offset === null) return null;
  if (offset === 0) return 'UTC';
  if (offset % 60 !== 0) return FRACTIONAL_OFFSET_ZONES[String(offset)] ?? null;
  const zone = `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset / 60)}`;
  return isValidTimezone(zone) ? zone : null;
}

interface DisplayZones {
  place: string | null;
  offset: string | null;
}

// A feed repeats one TZID on every DTSTART and DTEND, and Intl does not
// remember the city names it refused; the cap keeps odd feeds from growing it.
const displayZoneCache = new Map<string, DisplayZones>();
const DISPLAY_CACHE_MAX = 256;

function displayZones(name: string): DisplayZones {
  let zones = displayZoneCache.get(name);
  if (!zones) {
    const display = readDisplayName(name);
    zones = { place: displayNameZone(display), offset: offsetZone(display) };
    if (displayZoneCache.size >= DISPLAY_CACHE_MAX) displayZoneCache.clear();
    displayZoneCache.set(name, zones);
  }
  return zones;
}

/** The fixed offset a TZID writes ("(GMT +01:00)" → Etc/GMT-1), for when it names no zone we know. */
export function offsetZoneFor(tzid: string | null | undefined): string | null {
  const name = unquote(tzid);
  return name && name.length <= MAX_DISPLAY_NAME ? displayZones(name).offset : null;
}

/**
 * The IANA zone a TZID names, or null. Accepts IANA names, Windows names,
 * IANA names behind a path prefix and Windows display names; UTC aliases and
 * bare offsets ("(GMT +01:00)") are not a place, so null.
 */
export function ianaZoneFor(tzid: string | null | undefined): string | null {
  const name = unquote(tzid);
  if (!name || isUtcAlias(name)) return null;
  const windows = WINDOWS_ZONES[name];
  if (windows) return windows;
  if (name.includes('/') && isValidTimezone(name)) return name;
  // "/mozilla.org/20050126_1/Europe/Berlin", "/freeassociation.sourceforge.net/Tzfile/Europe/London"
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
  if (tail && isValidTimezone(tail)) return tail;
  return name.length <= MAX_DISPLAY_NAME ? displayZones(name).place : null;
}

/** Enough of a calendar's own zones to match an offset-only TZID against. */
const MAX_SIBLINGS = 8;
const MAX_EVENTS_LOOKED_AT = 200;

/**
 * The calendar's own zone: its X-WR-TIMEZONE when that names a place zone;
 * without X-WR-TIMEZONE (Exchange, Outlook and Teamup write none), the zone
 * of its only VTIMEZONE (one TZID, however often defined), read as a TZID
 * is ("Central Standard Time" → America/Chicago) or by its X-LIC-LOCATION.
 * UTC and bare offsets name no place: null.
 */
export function calendarZone(calendar: ICAL.Component): string | null {
  const wr = stringProp(calendar, 'x-wr-timezone');
  if (wr !== null) return ianaZoneFor(wr);
  const definitions = calendar.getAllSubcomponents('vtimezone');
  const tzids = new Set(definitions.map((c) => stringProp(c, 'tzid')));
  if (tzids.size !== 1) return null;
  return ianaZoneFor([...tzids][0]) ?? ianaZoneFor(stringProp(definitions[0]!, 'x-lic-location'));
}

/** Zone facts of one calendar, read once per parse. */
export class CalendarZones {
  /** The calendar's own zone (`calendarZone`). */
  readonly defaultZone: string | null;
  private readonly defaultIsUtc: boolean;

  constructor(private readonly calendar: ICAL.Component) {
    const wr = stringProp(calendar, 'x-wr-timezone');
    this.defaultZone = calendarZone(calendar);
    this.defaultIsUtc = wr !== null && isUtcAlias(wr);
  }

  /** Rule for values that carry neither TZID nor Z. */
  floatingRule(): ZoneRule {
    if (this.defaultZone) return { kind: 'iana', zone: this.defaultZone };
    return this.defaultIsUtc ? { kind: 'utc' } : { kind: 'floating' };
  }

  /** Rule for a value carrying TZID=`tzid` (null: no TZID). See the file comment for the order. */
  ruleFor(tzid: string | null): ZoneRule {
    if (!tzid) return this.floatingRule();
    if (isUtcAlias(tzid)) return { kind: 'utc' };
    const zone = this.placeZoneFor(tzid);
    if (zone) return { kind: 'iana', zone };
    const tz = this.vtimezone(tzid);
    if (tz) return { kind: 'vtimezone', tz };
    const fixed = offsetZoneFor(tzid);
    if (fixed === 'UTC') return { kind: 'utc' };
    if (!fixed) return this.floatingRule();
    return { kind: 'iana', zone: this.siblingZone(fixed) ?? fixed };
  }

  /**
   * "(GMT +01:00)" beside events in TZID=Europe/Berlin (an ownCloud export):
   * a zone the calendar itself uses (X-WR-TIMEZONE, or another event's
   * TZID) whose standard offset is the one written — Windows writes the
   * standard offset, so a summer 14:00 is 14:00 CEST, not 15:00.
   */
  private siblingZone(fixed: string): string | null {
    const written = Math.min(...OFFSET_PROBES.map((at) => offsetMs(at, fixed)));
    this.siblings ??= this.zonesUsed();
    return this.siblings.find((zone) => Math.min(...OFFSET_PROBES.map((at) => offsetMs(at, zone))) === written) ?? null;
  }

  private siblings: string[] | undefined;

  /** The place zones the calendar names: its own zone first, then its events' TZIDs. */
  private zonesUsed(): string[] {
    const zones = new Set<string>(this.defaultZone ? [this.defaultZone] : []);
    for (const event of this.calendar.getAllSubcomponents('vevent').slice(0, MAX_EVENTS_LOOKED_AT)) {
      const param = event.getFirstProperty('dtstart')?.getParameter('tzid');
      const tzid = Array.isArray(param) ? param[0] : param;
      const zone = typeof tzid === 'string' ? this.placeZoneFor(tzid) : null;
      if (zone) zones.add(zone);
      if (zones.size >= MAX_SIBLINGS) break;
    }
    return [...zones];
  }

  /** The IANA zone an event with this TZID happens in, falling back to the calendar's own zone. */
  eventZone(tzid: string | null): string | null {
    return (tzid ? this.placeZoneFor(tzid) : null) ?? this.defaultZone;
  }

  private placeZoneFor(tzid: string): string | null {
    const direct = ianaZoneFor(tzid);
    if (direct) return direct;
    const definition = this.vtimezoneComponent(tzid);
    return definition ? ianaZoneFor(stringProp(definition, 'x-lic-location')) : null;
  }

  private vtimezoneComponent(tzid: string): ICAL.Component | undefined {
    return this.calendar.getAllSubcomponents('vtimezone').find((c) => stringProp(c, 'tzid') === tzid);
  }

  private vtimezone(tzid: string): ICAL.Timezone | null {
    // ical.js builds (and caches) the Timezone from the first matching
    // VTIMEZONE, so a definition repeated four times (Discourse) is harmless.
    return this.calendar.getTimeZoneByID(tzid);
  }
}

export function stringProp(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
