/** Reading DTSTART/DTEND/RECURRENCE-ID values as instants. */
import ICAL from 'ical.js';
import type { CalendarZones, ZoneRule } from './timezones.js';
import { instantAt, wallClockAsUtc, type WallClock } from '../../core/time.js';

export interface TimeValue {
  time: ICAL.Time;
  /** How the value's wall clock becomes an instant. */
  rule: ZoneRule;
  /** The TZID parameter as written, or null. */
  tzid: string | null;
}

function isUtcTime(time: ICAL.Time): boolean {
  return time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC';
}

/** The date-time property `name` of `component`, or null when absent or unreadable as a time. */
export function readTime(component: ICAL.Component, name: string, zones: CalendarZones): TimeValue | null {
  const prop = component.getFirstProperty(name);
  if (!prop) return null;
  const time = prop.getFirstValue();
  if (!(time instanceof ICAL.Time)) return null;
  if (!validTime(time)) throw new Error(`${name.toUpperCase()} is not a valid date`);
  const tzid = tzidOf(prop);
  return { time, rule: ruleOf(time, tzid, zones), tzid };
}

/** Every value of every `name` property (EXDATE, which may list several), each on its own clock; unreadable values left out. */
export function readTimes(component: ICAL.Component, name: string, zones: CalendarZones): TimeValue[] {
  return component.getAllProperties(name).flatMap((prop) => {
    const tzid = tzidOf(prop);
    return (prop.getValues() as unknown[])
      .filter((time): time is ICAL.Time => time instanceof ICAL.Time && validTime(time))
      .map((time) => ({ time, rule: ruleOf(time, tzid, zones), tzid }));
  });
}

function tzidOf(prop: ICAL.Property): string | null {
  const param = prop.getParameter('tzid');
  return (Array.isArray(param) ? param[0] : param)?.trim() || null;
}

/**
 * A date (all-day value) in a calendar whose zone is UTC (Google's holiday
 * calendars write X-WR-TIMEZONE:UTC) is a day, not UTC midnight: floating,
 * so 19 April is 19 April where the event is, not 18 April in Los Angeles.
 */
function ruleOf(time: ICAL.Time, tzid: string | null, zones: CalendarZones): ZoneRule {
  if (isUtcTime(time)) return { kind: 'utc' };
  const rule = zones.ruleFor(tzid);
  return time.isDate && rule.kind === 'utc' ? { kind: 'floating' } : rule;
}

/** ical.js accepts "DTSTART:2013" as year 2013 and NaN for the rest; reject that. */
function validTime(t: ICAL.Time): boolean {
  const fields = [t.year, t.month, t.day, t.hour, t.minute, t.second];
  return (
    fields.every(Number.isInteger) &&
    t.month >= 1 &&
    t.month <= 12 &&
    t.day >= 1 &&
    t.day <= 31 &&
    t.hour <= 24 &&
    t.minute <= 59 &&
    t.second <= 60
  );
}

function wallClock(time: ICAL.Time): WallClock {
  const dateOnly = time.isDate;
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: dateOnly ? 0 : time.hour,
    minute: dateOnly ? 0 : time.minute,
    second: dateOnly ? 0 : time.second,
  };
}

/**
 * The instant of `time` read on `rule`'s clock. A date (all-day value) means
 * midnight on that clock. Floating values are read as if they were UTC (see
 * ParsedEvent.floating).
 */
export function toInstant(time: ICAL.Time, rule: ZoneRule): Date {
  const w = wallClock(time);
  if (isUtcTime(time)) return new Date(wallClockAsUtc(w));
  switch (rule.kind) {
    case 'iana':
      return instantAt(w, rule.zone);
    case 'vtimezone': {
      const local = ICAL.Time.fromData({ ...w, isDate: false }, rule.tz);
      return new Date(local.toUnixTime() * 1000);
    }
    case 'utc':
    case 'floating':
      return new Date(wallClockAsUtc(w));
  }
}
