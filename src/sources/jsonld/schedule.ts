import { DAY_MS, instantAt, isValidTimezone, type WallClock, wallClockAsUtc } from '../../core/time.js';
import type { ParsedEvent } from '../types.js';
import type { JsonObject } from './extract.js';
import { dateText } from './map.js';

/**
 * An Event with an `eventSchedule` — "Tequila Thursdays", `"startDate":
 * "2024-01-04T19:00"`, `{"@type": "Schedule", "byDay": "Thursday",
 * "repeatFrequency": "P1W"}` — is a series: its dates are listed like an
 * iCal series' (the occurrences that have not ended, up to the horizon; with
 * none there, the next one after it), each at the startDate's wall clock.
 * Supported: daily and weekly repeats (P1D, P1W, P2W…) on the days `byDay`
 * names (the startDate's own weekday when it names none), until the
 * schedule's `endDate`. The times are read in `scheduleTimezone` when it is
 * given, else floating (for the place stage to anchor), so 19:00 stays 19:00
 * across a change of clocks.
 */
export function scheduledOccurrences(node: JsonObject, event: ParsedEvent, ctx: { now: Date; horizonEnd: Date }): ParsedEvent[] | null {
  const schedule = firstObject(node.eventSchedule);
  const first = writtenWall(dateText(node.startDate));
  if (!schedule || !first || event.allDay) return null;
  const stepDays = repeatDays(schedule.repeatFrequency, schedule.byDay);
  if (stepDays === null) return null;
  const days = weekdays(schedule.byDay) ?? new Set(stepDays % 7 === 0 ? [weekdayOf(first)] : [0, 1, 2, 3, 4, 5, 6]);
  const zone =
    typeof schedule.scheduleTimezone === 'string' && isValidTimezone(schedule.scheduleTimezone) ? schedule.scheduleTimezone : null;
  const until = writtenWall(dateText(schedule.endDate));
  const lengthMs = event.end ? event.end.getTime() - event.start.getTime() : 0;
  const out: ParsedEvent[] = [];
  for (let i = 0; i < MAX_DAYS && out.length < MAX_OCCURRENCES; i++) {
    const wall = addDays(first, i);
    if (until && wallClockAsUtc(wall) > wallClockAsUtc({ ...until, hour: 23, minute: 59 })) break;
    if (!onSchedule(i, weekdayOf(wall), stepDays, days)) continue;
    const start = zone ? instantAt(wall, zone) : new Date(wallClockAsUtc(wall));
    if (start.getTime() + lengthMs < ctx.now.getTime()) continue;
    out.push(occurrence(event, start, lengthMs, zone));
    if (start.getTime() > ctx.horizonEnd.getTime()) break; // the next one after the horizon stands for the series
  }
  return out.length > 0 ? out : null;
}

const MAX_OCCURRENCES = 500;
/** How far a schedule is walked: three years of days. */
const MAX_DAYS = 3 * 366;
const WEEKDAY: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/**
 * Whether day `i` of the series (0 is the first date) is one of its dates:
 * every `stepDays`th day, or for a weekly repeat (P1W, P2W) the named
 * weekdays of every first, second… week.
 */
function onSchedule(i: number, weekday: number, stepDays: number, days: ReadonlySet<number>): boolean {
  if (!days.has(weekday)) return false;
  return stepDays % 7 === 0 ? Math.floor(i / 7) % (stepDays / 7) === 0 : i % stepDays === 0;
}

function occurrence(event: ParsedEvent, start: Date, lengthMs: number, zone: string | null): ParsedEvent {
  return {
    ...event,
    uid: `${event.uid}#${start.toISOString()}`,
    start,
    end: lengthMs > 0 ? new Date(start.getTime() + lengthMs) : null,
    floating: zone === null,
    utcMayBeLocal: false, // the wall clock as written, in the schedule's zone or floating
    timezone: zone ?? event.timezone,
    links: [...event.links],
  };
}

function firstObject(value: unknown): JsonObject | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v && typeof v === 'object' ? (v as JsonObject) : null;
}

/** "2024-01-04T19:00" or "2024-01-04T19:00:00+00:00" → its wall clock as written (the offset set aside). */
function writtenWall(text: string | null): WallClock | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text?.trim() ?? '');
  if (!m) return null;
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: 0 };
}

/** P1D → 1, P1W → 7, P2W → 14; no frequency but named days → weekly; a month or year → null (not read). */
function repeatDays(frequency: unknown, byDay: unknown): number | null {
  const f = typeof frequency === 'string' ? frequency.trim().toUpperCase() : '';
  const m = /^P(\d+)([DW])$/.exec(f);
  if (m) return Number(m[1]) * (m[2] === 'W' ? 7 : 1) || null;
  if (/^(?:DAILY)$/.test(f)) return 1;
  if (/^(?:WEEKLY)$/.test(f) || (!f && byDay !== undefined)) return 7;
  return null;
}

function weekdays(byDay: unknown): Set<number> | null {
  const names = (Array.isArray(byDay) ? byDay : [byDay]).filter((d): d is string => typeof d === 'string');
  const days = names
    .map(
      (d) =>
        WEEKDAY[
          d
            .replace(/^.*[/:]/, '')
            .trim()
            .toLowerCase()
        ],
    )
    .filter((d): d is number => d !== undefined);
  return days.length > 0 ? new Set(days) : null;
}

function addDays(w: WallClock, days: number): WallClock {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day) + days * DAY_MS);
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function weekdayOf(w: WallClock): number {
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
}
