import { wallClock } from './time.js';

/**
 * A time written in UTC ("DTSTART:20261119T190000Z") that is really the local
 * wall clock: some CMSs (a TYPO3 agenda, some Hugo sites) put a "Z" after
 * the local time. The text gives it away: it states the UTC clock ("Beginn:
 * 19:00 Uhr") and not the clock in the calendar's own zone (20:00 in Berlin).
 * Such a time is read as floating, so the place stage anchors it in the
 * event's zone. Nothing is concluded without a calendar zone to compare
 * with, nor when the text names UTC or GMT itself.
 */
export function utcIsLocalClock(start: Date, zone: string | null, text: string): boolean {
  if (!zone || !/\d/.test(text) || /\b(?:UTC|GMT)\b/.test(text)) return false;
  const utc = utcMinutes(start);
  // Most texts state no clock, or not the UTC one: settled before reading clocks, or working out the local one.
  if (utc === 0 || !mayStateHour(text, utc)) return false;
  const stated = statedClocks(text);
  if (!stated.has(utc)) return false;
  const local = localMinutes(start, zone);
  return local !== utc && !stated.has(local);
}

/**
 * The opposite finding: a UTC time whose text states the clock in the
 * event's zone, and not the UTC one ("6:30 pm" beside 22:30Z in Ann Arbor),
 * so its "Z" is true UTC. A text that reckons in UTC or GMT itself counts as
 * well. Only a feed's vote asks (normalise/utc-feed.ts), for the few feeds
 * where some event's text shows the "Z" to be the local clock.
 */
export function utcIsTrueUtc(start: Date, zone: string | null, text: string): boolean {
  if (!zone || !/\d/.test(text)) return false;
  if (/\b(?:UTC|GMT)\b/.test(text)) return true;
  const utc = utcMinutes(start);
  const local = localMinutes(start, zone);
  if (local === utc || !mayStateHour(text, local)) return false;
  const stated = statedClocks(text);
  return stated.has(local) && !stated.has(utc);
}

const utcMinutes = (start: Date) => start.getUTCHours() * 60 + start.getUTCMinutes();

function localMinutes(start: Date, zone: string): number {
  const local = wallClock(start, zone);
  return local.hour * 60 + local.minute;
}

/** A cheap test before reading clocks: the text holds the hour of `minutes`, on a 24- or 12-hour clock. */
function mayStateHour(text: string, minutes: number): boolean {
  const hour = Math.floor(minutes / 60);
  return text.includes(String(hour)) || text.includes(String(hour % 12 || 12));
}

/** "19:00", "19.30 Uhr", "7pm", "7:30 p.m.", "19h30", "19 Uhr": minutes after midnight. */
const CLOCK = /(?<![\d:.,/])(2[0-3]|[01]?\d)(?:\s?([:.h])\s?([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?|uhr\b|h\b)?/gi;

function statedClocks(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(CLOCK)) {
    const [, h, sep, min, mark] = m;
    if (min === undefined && !mark) continue;
    if (sep === '.' && !mark) continue; // "4.12" is a date
    let hour = Number(h);
    const meridiem = mark?.[0]?.toLowerCase();
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    out.add(hour * 60 + Number(min ?? 0));
  }
  return out;
}
