/**
 * Entries that are no public event, whatever format lists them: private
 * entries, placeholders, tests, someone's leave, closures, opening hours,
 * dates to keep, term and session marks, staff meetings, servicing and
 * schedule slots. Each reader skips them, saying why: the iCal reader for
 * each VEVENT (ical/not-public.ts reads its properties into an Entry),
 * every other format for each event it read (`withoutNonEvents`, called by
 * sources/index.ts). The rules read only the entry's text and whether it
 * takes the whole day, so an RSS item or a JSON-LD event titled "Library
 * Closed" is skipped as the VEVENT is.
 */
import { isValidTimezone, wallClock } from '../../core/time.js';
import type { ParsedEvent, SkippedItem } from '../types.js';
import { stripHtml } from '../text/html.js';
import { backOfficeReason } from './back-office.js';
import { isBooking } from './bookings.js';
import { isBreakSlot } from './break-slots.js';
import { forClosedAudience } from './closed-audience.js';
import { closureReason } from './closures.js';
import { isReserveDate, namesDateToKeep, NOTICE_MAX, notesRegistrarDate, saysNoEvents } from './dates-to-keep.js';
import { namesDayMarker, namesObservance, namesTimeOfDay, notesHoliday } from './observances.js';
import { opensHours } from './opening-hours.js';
import { isPlaceholderTitle, isTestTitle } from './placeholder-titles.js';
import { namesSchoolDay, namesSession } from './school-days.js';
import { namesStaffLeave } from './staff-leave.js';
import { isWasteCollection } from './waste.js';

/** What the rules read of one entry. Functions are read only when a title asks for them. */
export interface Entry {
  title: string;
  /** The description as plain text, or null. */
  description: string | null;
  /** Where the entry says it is, as written, or null. */
  location: string | null;
  /** The entry takes a whole day: a date, or a start at midnight (a day written as midnight to midnight). */
  wholeDay: () => boolean;
  /** Its categories (iCal CATEGORIES). */
  categories?: () => Iterable<string>;
  /** The format marks it private or confidential (iCal CLASS). */
  private?: boolean;
  /** The format marks its owner away (Outlook's busy status OOF). */
  outOfOffice?: boolean;
  /** The calendar's own type field calls it a holiday (Trumba's Event Type). */
  typedHoliday?: () => boolean;
}

/**
 * Why an entry is no public event, or null: "CLASS:PRIVATE" blocks (a
 * personal calendar's "Work", 08:00–16:00 every weekday) and Outlook's
 * out-of-office entries, a room-booking calendar's "Private Event: David
 * L.", "Private hire", "Makercast (closed event)" or "geschlossene
 * Gesellschaft", and entries whose title is only a placeholder ("no event
 * title", "Busy", "New Event": placeholder-titles.ts) or a test ("Test",
 * "Newyear test two", "TEST Syd"), names someone's leave ("Vacaciones
 * Fernando Aguirre", "Annual leave": staff-leave.ts), says it is for a
 * closed group ("(By invitation only)", "(… staff and students only)":
 * closed-audience.ts), names a slot of a schedule ("Spare Slot", "Room
 * Setup"), a staff meeting or servicing ("Weekly Ops Mtg 2020", "Summer
 * Servicing 2020": back-office.ts) or a break ("Coffee Break", "Teaching
 * Track Lunch": break-slots.ts), a waste collection day ("Odvoz: Bio",
 * "Gelbe Tonne"), a holiday, a term break or a time of day (observances.ts:
 * "Tutti i Santi" all day, "Spring Break", "fajr"), the start of classes or
 * a term's name (school-days.ts: "Rentrée", "Início das aulas", "Printemps
 * 2026" all day), a date to keep ("Payment Date", "CFP deadline", "Last Day
 * to Withdraw") or a fixture list's reserve date ("Cup Reserve Date"), a
 * closure or an early closing ("SCHOOL CLOSES AT 2.25pm"), opening hours
 * ("Recreation Center Building Hours", or a description that is a week of
 * them: opening-hours.ts), and entries whose description is a short notice
 * that there are no events ("Calendario sincronizado. Sin eventos
 * planificados."). Title cues come first; a short description of an entry
 * with no location is read last (a registrar's reminder, a holiday named
 * only there).
 */
export function notPublicEntry(entry: Entry): string | null {
  const { title, description } = entry;
  if (entry.private) return 'it is marked private (CLASS:PRIVATE or CONFIDENTIAL): someone’s own calendar entry, not a public event';
  if (entry.outOfOffice) return 'it is marked out of office (Outlook’s busy status OOF): someone’s absence, not an event';
  if (isBooking(title)) return 'its title says it is private (a booking, not a public event)';
  if (isPlaceholderTitle(title)) return 'it has no title of its own (a placeholder entry, not an event)';
  if (isTestTitle(title)) return 'its title says it is a test entry, not an event';
  if (namesStaffLeave(title, entry.wholeDay)) return 'its title says someone is on leave or away (a staff calendar’s entry), not an event';
  if (forClosedAudience(title, description))
    return 'it says it is for a closed group (by invitation only, or staff or students only), not the public';
  return (
    opensHours(title, description) ??
    (saysNoEvents(description) ? 'its description says there are no events (a calendar’s notice), not an event' : null) ??
    dateReason(title) ??
    closureReason(title) ??
    dayReason(entry) ??
    (isWasteCollection(title, entry.categories ?? none) ? 'it is a waste collection day (a bin pickup), not an event' : null) ??
    backOfficeReason(title) ??
    (isBreakSlot(title) ? 'its title says it is a break in the schedule (a lunch, a coffee break or registration), not an event' : null) ??
    noticeInDescription(entry)
  );
}

const none = (): string[] => [];

function dateReason(title: string): string | null {
  if (namesDateToKeep(title)) return 'its title names a date to keep (a payment date, a deadline or a registrar’s reminder), not an event';
  if (isReserveDate(title)) return 'its title says it is a reserve date (kept free in case a fixture is moved), not a match';
  return null;
}

/** A time of day, and (for a whole day) a holiday, a day mark or a term's name. */
function dayReason(entry: Entry): string | null {
  const { title, wholeDay } = entry;
  if (namesTimeOfDay(title)) return 'its title is a time of day (a prayer time, sunrise or sunset), not an event';
  if (namesObservance(title) && wholeDay())
    return 'its title is a holiday, a term break or a day of the church year (an observance, not an event)';
  if ((namesDayMarker(title) || namesSchoolDay(title)) && wholeDay())
    return 'its title marks a day off or a school day (a calendar’s note, not an event)';
  if (namesSession(title) && wholeDay()) return 'its title names a term or a course’s session (a calendar’s label), not an event';
  if (entry.typedHoliday?.()) return 'its Trumba event type is Holiday and it takes the whole day (a day off, not an event)';
  return null;
}

/**
 * A short description that says the entry is a date to keep or a public
 * holiday ("Official Public Holiday - NSW Wide" under "Labour Day", all
 * day). Only for entries without a location of their own: a workshop at a
 * hall whose description says "Last day to register: 3 March" is the
 * workshop.
 */
function noticeInDescription(entry: Entry): string | null {
  const { description } = entry;
  if (description === null || description.length > NOTICE_MAX || (entry.location ?? '').trim() !== '') return null;
  if (notesRegistrarDate(description)) return 'its description names a date to keep (a deadline or a registrar’s reminder), not an event';
  if (notesHoliday(description) && entry.wholeDay()) return 'its description says the day is a public holiday (a day off, not an event)';
  return null;
}

/** An event a format other than iCal read, as the rules read it: its text, its place, and whether it takes the whole day. */
export function entryOf(event: ParsedEvent): Entry {
  return {
    title: event.title,
    description: event.description === null ? null : stripHtml(event.description),
    location: event.locationText ?? event.venueName,
    wholeDay: () => event.allDay || startsAtMidnight(event),
  };
}

/** A start at 00:00 where it is written: a floating time's own fields, else in the zone the source states. */
function startsAtMidnight(event: ParsedEvent): boolean {
  const zone = event.floating ? 'UTC' : event.timezone;
  if (!isValidTimezone(zone)) return false;
  const clock = wallClock(event.start, zone);
  return clock.hour + clock.minute + clock.second === 0;
}

/**
 * The events that are public, and the rest as skipped items with the reason.
 * A skipped item keeps no link: it must not become its linked page's event
 * (ingest reads the pages of items that state no date).
 */
export function withoutNonEvents(events: ParsedEvent[]): { events: ParsedEvent[]; skipped: SkippedItem[] } {
  const kept: ParsedEvent[] = [];
  const skipped: SkippedItem[] = [];
  for (const event of events) {
    const reason = notPublicEntry(entryOf(event));
    if (reason) skipped.push({ title: event.title, reason });
    else kept.push(event);
  }
  return { events: kept, skipped };
}
