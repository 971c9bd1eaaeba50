/**
 * VEVENTs that are no public event: readCalendar skips them, saying why.
 * The rules are every format's (../not-public/): this file reads a VEVENT's
 * properties into what they read, the iCal marks included — CLASS:PRIVATE
 * or CONFIDENTIAL, Outlook's `X-MICROSOFT-CDO-BUSYSTATUS:OOF` (someone out
 * of office), Trumba's Event Type "Holiday" and CATEGORIES.
 */
import ICAL from 'ical.js';
import { notPublicEntry } from '../not-public/index.js';

/** Why the VEVENT is no public event, or null. */
export function notPublic(component: ICAL.Component): string | null {
  const title = component.getFirstPropertyValue('summary');
  const value = component.getFirstPropertyValue('class');
  const marked = typeof value === 'string' && /^(?:private|confidential)$/i.test(value.trim());
  if (typeof title !== 'string') return marked ? notPublicEntry({ ...NO_TEXT, private: true }) : null;
  const description = component.getFirstPropertyValue('description');
  const location = component.getFirstPropertyValue('location');
  return notPublicEntry({
    title,
    description: typeof description === 'string' ? description : null,
    location: typeof location === 'string' ? location : null,
    wholeDay: () => isDay(component),
    categories: () => categoriesOf(component),
    private: marked,
    outOfOffice: isOutOfOffice(component),
    typedHoliday: () => isTrumbaHoliday(component),
  });
}

const NO_TEXT = { title: '', description: null, location: null, wholeDay: () => false };

/**
 * Outlook's and Exchange's status for the entry's time: OOF is "out of
 * office", someone's leave ("Vacaciones …", "Annual leave"), whatever its
 * title says. A public calendar's events are BUSY or FREE.
 */
function isOutOfOffice(component: ICAL.Component): boolean {
  // Most feeds are not Outlook's: a scan of the property names first, no allocation.
  for (const name of OUTLOOK_STATUS) {
    if (!component.hasProperty(name)) continue;
    const value = component.getFirstPropertyValue(name);
    if (typeof value === 'string' && /^\s*oof\s*$/i.test(value)) return true;
  }
  return false;
}

const OUTLOOK_STATUS = ['x-microsoft-cdo-busystatus', 'x-microsoft-cdo-intendedstatus'];

function* categoriesOf(component: ICAL.Component): Iterable<string> {
  for (const prop of component.getAllProperties('categories')) {
    for (const value of prop.getValues() as unknown[]) if (typeof value === 'string') yield value;
  }
}

/**
 * A Trumba or 25Live calendar's day off: its "Event Type" custom field
 * (`X-TRUMBA-CUSTOMFIELD;NAME="Event Type";…:Holiday`) on an entry for the
 * whole day. A "Holiday concert" at 19:00 typed so is still the concert.
 */
function isTrumbaHoliday(component: ICAL.Component): boolean {
  // Most feeds are not Trumba's: a scan of the property names, no allocation.
  if (!component.hasProperty('x-trumba-customfield')) return false;
  for (const prop of component.getAllProperties('x-trumba-customfield')) {
    if (prop.getParameter('name') !== 'Event Type') continue;
    const value = prop.getFirstValue();
    return typeof value === 'string' && /^\s*holidays?\s*$/i.test(value) && isDay(component);
  }
  return false;
}

/**
 * An entry for a whole day: a date, or a start at midnight (a day written as
 * midnight to midnight). "Christmas Day" at 10:00 is a service on that day.
 */
function isDay(component: ICAL.Component): boolean {
  try {
    const start = component.getFirstPropertyValue('dtstart');
    return start instanceof ICAL.Time && (start.isDate || start.hour + start.minute + start.second === 0);
  } catch {
    return false; // An unreadable DTSTART: the event's own reading skips it, saying so.
  }
}
