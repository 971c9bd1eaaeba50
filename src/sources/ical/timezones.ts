/**
 * Which clock an iCalendar date-time is read on.
 *
 * Rules, in order, for a value with `TZID=x`:
 * 1. `x` names a UTC alias (UTC, GMT, Etc/UTC, …) → UTC.
 * 2. `x` is an IANA name, a common Windows name ("GMT Standard Time") or an
 *    IANA name behind a vendor prefix ("/mozilla.org/20050126_1/Europe/Berlin")
 *    → that IANA zone, converted with the runtime's tz database. We prefer
 *    this over the calendar's own VTIMEZONE because exporters often ship
 *    truncated ones: the WordPress/iCalcreator fixture's Europe/Berlin only
 *    has transitions from 2018 on, and ical.js reads earlier dates as UTC+0.
 * 3. The calendar has a VTIMEZONE for `x` whose X-LIC-LOCATION is IANA → that zone.
 * 4. The calendar has a VTIMEZONE for `x` → ical.js converts with it.
 * 5. Otherwise the value is treated as if it had no TZID (rule below).
 *
 * A value without TZID and without `Z` (floating) is read in the calendar's
 * X-WR-TIMEZONE when that is a zone we know, else it stays floating.
 */
import type ICAL from 'ical.js';
import { isValidTimezone } from '../../core/time.js';

export type ZoneRule = { kind: 'utc' } | { kind: 'iana'; zone: string } | { kind: 'vtimezone'; tz: ICAL.Timezone } | { kind: 'floating' };

const UTC_ALIASES = /^(?:etc\/)?(?:utc|uct|gmt|gmt[+-]0|gmt0|z|zulu|universal|greenwich|coordinated universal time)$/i;

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

/**
 * The IANA zone a TZID names, or null. Accepts IANA names, Windows names and
 * IANA names behind a path prefix; UTC aliases are not a place, so null.
 */
export function ianaZoneFor(tzid: string | null | undefined): string | null {
  const name = tzid?.trim().replace(/^"|"$/g, '');
  if (!name || isUtcAlias(name)) return null;
  const windows = WINDOWS_ZONES[name];
  if (windows) return windows;
  if (name.includes('/') && isValidTimezone(name)) return name;
  // "/mozilla.org/20050126_1/Europe/Berlin", "/freeassociation.sourceforge.net/Tzfile/Europe/London"
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
  return tail && isValidTimezone(tail) ? tail : null;
}

/** Zone facts of one calendar, read once per parse. */
export class CalendarZones {
  /** The calendar's X-WR-TIMEZONE when it names a place zone. */
  readonly defaultZone: string | null;
  private readonly defaultIsUtc: boolean;

  constructor(private readonly calendar: ICAL.Component) {
    const wr = stringProp(calendar, 'x-wr-timezone');
    this.defaultZone = ianaZoneFor(wr);
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
    return tz ? { kind: 'vtimezone', tz } : this.floatingRule();
  }

  /** The IANA zone an event with this TZID happens in, falling back to X-WR-TIMEZONE. */
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
