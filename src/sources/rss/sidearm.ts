import { isUsState } from '../../core/us-states.js';
import { decodeEntities } from '../text/html.js';

/**
 * SIDEARM Sports (the athletics sites of hundreds of US colleges) serves a
 * calendar RSS with the RSS event module beside elements of its own
 * namespace (`xmlns:s="http://sidearmsports.com/schemas/cal_rss/1.0/"`).
 * An item of Miami University's (Oxford, Ohio):
 *
 *   <title>8/8 7:00 PM Miami University Women's Soccer vs Purdue Fort Wayne (Exhibition)</title>
 *   <description>Miami University Women's Soccer vs Purdue Fort Wayne (Exhibition)\n https://miamiredhawks.com/calendar.aspx?game_id=20924&amp;amp;sport_id=16</description>
 *   <ev:location>Oxford, Ohio, Bobby Kramig Field</ev:location>
 *   <ev:startdate>2026-08-08T23:00:00.0000000Z</ev:startdate>
 *   <s:localstartdate>2026-08-08T19:00:00.0000000</s:localstartdate>
 *
 * The dates are read as any event module's; three things are SIDEARM's own:
 * - the title starts with the day and time in the US form ("8/8 7:00 PM",
 *   "9/5 TBA", "8/29" for a day): the post shows when the event is, in the
 *   reader's form, so the prefix goes — when its day is the event's;
 * - the location is the town, its state, then the venue ("Oxford, Ohio,
 *   Bobby Kramig Field"), which the place stage would read as a venue called
 *   "Oxford": it is turned venue first ("Bobby Kramig Field, Oxford, Ohio");
 * - the description ends with a literal backslash-n (two characters) and the
 *   game's page, which the post links already: that line goes, and any
 *   other "\n" is a line break.
 */
export interface SidearmFields {
  title: string | null;
  html: string;
  link: string | null;
  location: string | null;
  /** `s:localstartdate`: the wall clock where the game is ("2026-08-08T19:00:00.0000000"). */
  localStart: string | null;
  /** `ev:startdate`: UTC ("2026-08-08T23:00:00.0000000Z") or a day alone ("2026-08-29"). */
  start: string | null;
}

export interface SidearmItem {
  title: string | null;
  html: string;
  location: string | null;
}

export function sidearmItem(f: SidearmFields): SidearmItem {
  return {
    title: f.title === null ? null : sidearmTitle(f.title, f.localStart, f.start),
    html: sidearmHtml(f.html, f.link),
    location: f.location === null ? null : sidearmLocation(f.location),
  };
}

/** "8/8 7:00 PM ", "9/5 TBA ", "8/29 ": the day, month first, and a time or none. */
const PREFIX = /^(\d{1,2})\/(\d{1,2})\s+(?:(?:\d{1,2}(?::\d{2})?\s*[AP]\.?M\.?|TBA|TBD|All Day)\s+)?(?=\S)/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The title without SIDEARM's day-and-time prefix, when that day is the
 * event's: "9/12 Hall of Fame Dinner" on 19 September keeps its "9/12",
 * which is then no date of ours to drop.
 */
function sidearmTitle(title: string, localStart: string | null, start: string | null): string {
  const m = PREFIX.exec(title);
  if (!m) return title;
  const monthDay = `${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return startDays(localStart, start).includes(monthDay) ? title.slice(m[0].length) : title;
}

/**
 * The days ("08-08") the event starts on: the local start's; else the
 * start's as written, and for a time in UTC also the day before (a US
 * evening is the next day in UTC: 19:00 in Murfreesboro on 16 August is
 * "2026-08-17T00:00:00Z").
 */
function startDays(localStart: string | null, start: string | null): string[] {
  const local = ISO_DAY.exec(localStart?.trim() ?? '');
  if (local) return [`${local[2]}-${local[3]}`];
  const m = ISO_DAY.exec(start?.trim() ?? '');
  if (!m) return [];
  const days = [`${m[2]}-${m[3]}`];
  if (/T.*Z$/i.test(start!.trim())) days.push(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! - 1)).toISOString().slice(5, 10));
  return days;
}

/**
 * The description's lines, split at SIDEARM's literal "\n", without a last
 * line that is only the item's own link ("https://…?game_id=20924&amp;sport_id=16").
 */
function sidearmHtml(html: string, link: string | null): string {
  if (!html.includes('\\n')) return html;
  const lines = html.split('\\n');
  const last = decodeEntities(lines.at(-1)!).trim();
  if (link !== null && last === link.trim()) lines.pop();
  return lines.map((line) => line.trim()).join('\n');
}

/** A town's name: letters, with spaces, full stops, hyphens and apostrophes ("St. Mary's", "Winston-Salem"). */
const TOWN = /^\p{L}[\p{L} .'’-]*$/u;
/** What may follow a town and state without being a venue: a country, a ZIP code. */
const NO_VENUE = /^(?:USA?|U\.S\.A?\.?|United States(?: of America)?|\d{5}(?:-\d{4})?)$/i;

/**
 * "Oxford, Ohio, Bobby Kramig Field" → "Bobby Kramig Field, Oxford, Ohio":
 * the venue first, the order the place stage reads, when the first two
 * parts are a town and a US state ("Ohio", "OH", "Tenn."). Anything else
 * ("Oxford, Ohio", "Paul Brown Stadium, Cincinnati, Ohio", "Oxford, Ohio,
 * USA") stays as written.
 */
function sidearmLocation(location: string): string {
  const parts = location.split(',').map((p) => p.trim());
  if (parts.length < 3 || parts.some((p) => p === '')) return location;
  const [town, state, ...venue] = parts;
  if (!TOWN.test(town!) || !isUsState(state!) || venue.every((p) => NO_VENUE.test(p))) return location;
  return `${venue.join(', ')}, ${town}, ${state}`;
}
