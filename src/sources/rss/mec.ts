import { DAY_MS } from '../../core/time.js';
import { locationOf, textOf } from './xml-text.js';

/**
 * Modern Events Calendar (WordPress) writes an occurrence's facts in its own
 * namespace: `<mec:startDate>2030-06-07</mec:startDate>` with
 * `<mec:startHour>7:00 pm</mec:startHour>`, the same for the end, and
 * `<mec:location>` (the venue's address). The day and the hour are the
 * site's local wall clock, so they are given back as zone-less ISO text
 * ("2030-06-07T19:00:00"), read like any floating time. An hour that is no
 * clock ("All Day", or none) leaves a date: an all-day event.
 *
 * MEC gives a class series the end date of its last class, weeks after the
 * first: such an end is the start's day at the end hour, not a span of weeks.
 */
export interface MecFields {
  startDate: string | null;
  startHour: string | null;
  endDate: string | null;
  endHour: string | null;
}

export interface MecEvent {
  start: string;
  end: string | null;
}

/** A parsed item's `mec:` elements: the start, end and location, or null when there is no start date. */
export function mecItem(raw: Record<string, unknown>): (MecEvent & { location: string | null }) | null {
  const dates = mecEvent({
    startDate: textOf(raw['mec:startDate']),
    startHour: textOf(raw['mec:startHour']),
    endDate: textOf(raw['mec:endDate']),
    endHour: textOf(raw['mec:endHour']),
  });
  return dates && { ...dates, location: mecLocation(raw['mec:location']) };
}

/** `<mec:location>` as text: the address, or a venue's `mec:title` and `mec:address` elements inside it. */
function mecLocation(value: unknown): string | null {
  const text = locationOf(value);
  if (text !== null || !value || typeof value !== 'object') return text;
  const parts = value as Record<string, unknown>;
  const named = [textOf(parts['mec:title']), textOf(parts['mec:address'])].filter((t): t is string => t !== null);
  return named.length > 0 ? named.join(', ') : null;
}

/** An end date this many days or more after the start is a series' last class, not the event's end. */
const SERIES_DAYS = 7;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "7:00 pm", "7 PM", "7:00pm", "19:00", "19.30", "19h30". */
const HOUR = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/i;

/** "7:00 pm" → "19:00:00"; null when the text is no clock. */
export function mecClock(text: string | null): string | null {
  const m = text ? HOUR.exec(text.trim()) : null;
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  let hour = Number(m[1]);
  const meridiem = m[3]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}:00`;
}

function at(day: string, hour: string | null): string {
  const clock = mecClock(hour);
  return clock ? `${day}T${clock}` : day;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS;
}

/** The start and end as ISO text, or null when there is no start date. */
export function mecEvent(f: MecFields): MecEvent | null {
  const startDay = f.startDate?.trim() ?? '';
  if (!DAY.test(startDay)) return null;
  const start = at(startDay, f.startHour);
  const endDay = f.endDate?.trim() ?? '';
  if (!DAY.test(endDay)) return { start, end: f.endHour ? sameDayEnd(startDay, start, f.endHour) : null };
  const series = daysBetween(startDay, endDay) >= SERIES_DAYS;
  return { start, end: series ? sameDayEnd(startDay, start, f.endHour) : at(endDay, f.endHour) };
}

/** The end hour on the start's day; nothing when the start has no time or the hour is no clock. */
function sameDayEnd(day: string, start: string, hour: string | null): string | null {
  const clock = mecClock(hour);
  return clock && start.length > day.length ? `${day}T${clock}` : null;
}
