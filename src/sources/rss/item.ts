import { emptyParsedEvent, type ParseContext, type ParsedEvent, type RawStatus, type SkippedItem } from '../types.js';
import { meetupItemPlace } from '../meetup/rss.js';
import { isMeetupUrl } from '../meetup/urls.js';
import { extractTextDate, mayStateTime, type TextDate, type TextDateOptions } from '../text/date.js';
import { absoluteHttpUrl, anchors, collapseWhitespace, stripHtml, titleFromText } from '../text/html.js';
import { allDaySpan, numericDateAsIso, numericDayFirst, resolveIsoDate, statesImpossibleOffset } from '../text/iso.js';
import { dayFirstInZone } from '../text/date-order.js';
import { derivedUid } from '../text/uid.js';
import { eventPageOfLinks } from '../text/event-link.js';
import { DAY_MS, isValidTimezone } from '../../core/time.js';
import type { FeedItem } from './feed.js';
import { ongoingSpan } from './ongoing.js';

/**
 * One feed item → an event, or the reason it is not one.
 *
 * The item's publish date (pubDate, dc:date, Atom published/updated) is
 * NEVER the event's date. The start comes from, in order:
 *  1. structured fields: RSS event module `ev:startdate`/`ev:enddate` (also
 *     numeric, "24/07/2026 21:00": structuredTexts), xCal
 *     `dtstart`/`dtend`, a custom `<startDate>`, Campus Labs Engage's
 *     `<start xmlns="events">`, Springshare LibCal's `libcal:date` with
 *     `libcal:start`/`libcal:end` (local times: rss/libcal.ts), WP Event
 *     Manager's `event_listing:start_date`, Modern Events Calendar's
 *     `mec:startDate` with `mec:startHour` (local times: rss/mec.ts);
 *  2. text: the title, then a pubDate that is no machine date ("Dv. 26/07
 *     22 h"), then each block of the description, read with extractTextDate
 *     relative to the publish date (see text/date.ts for what counts as a
 *     date);
 *  3. the day the item is listed under (its category, Trumba's "2015/11/09
 *     (Mon)") through the last day its text gives ("Ongoing through Monday,
 *     Dec. 14, 2015": rss/ongoing.ts).
 * An item with neither is skipped ("no event date in the item"), with its
 * own URL and body links: ingest turns it into an event when one of those is
 * an event page whose JSON-LD states the event (src/ingest/enrich.ts). Only
 * the feeds that write the event's date as the pubDate are read again with it
 * (rss/index.ts: a Hugo events section, WordPress event plugins:
 * rss/plugin-pubdate.ts).
 *
 * Location comes from structured fields only (`ev:location`, with SIDEARM
 * Sports' "Oxford, Ohio, Bobby Kramig Field" turned venue first by
 * rss/sidearm.ts, `xCal:location`, Engage's `<location xmlns="events">`,
 * LibCal's room and branch (a branch named alone is a venue's name),
 * item-level `geo:lat`/`geo:long` or `georss:point` — channel-level geo is
 * the publisher's place, not the event's) plus Meetup's fixed venue line.
 */
export type ItemOutcome = { kind: 'event'; event: ParsedEvent } | { kind: 'skipped'; skipped: SkippedItem };

export const NO_EVENT_DATE = 'no event date in the item';

/** The zone text and zone-less dates are read in: ctx.defaultTimezone when it is a real IANA zone. */
export function contextZone(ctx: ParseContext): string | null {
  const zone = ctx.defaultTimezone;
  return zone && isValidTimezone(zone) ? zone : null;
}

interface FoundDate {
  start: Date;
  end: Date | null;
  allDay: boolean;
  floating: boolean;
  /** Index of the description block the date was read from (−1: title or structured field). */
  block: number;
  /** A structured start written in UTC ("2026-03-12T20:00:00Z"), which may be the local clock with a "Z". */
  utc?: boolean;
}

/** A pubDate written the way machines write them (RFC 822, ISO 8601), even one that is no date ("Mon, 01 Jan 0001", Hugo's none). */
const MACHINE_DATE = /^\s*(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b|^\s*\d{4}-\d{2}-\d{2}/;

const WRITTEN_IN_UTC = /(?:\dZ|[+-]00:?00|\b(?:GMT|UTC|UT))$/i;

/**
 * A location a calendar script URL-encoded ("LeineLab%2C+Glocksee", PHP
 * iCalendar's RSS), as the words it stands for. Only text with no spaces
 * and an escape in it, which no one types by hand; a link stays as it is.
 */
function formDecoded(text: string): string {
  const t = text.trim();
  if (!/%[0-9a-f]{2}/i.test(t) || /\s/.test(t) || /^[a-z][a-z0-9+.-]*:/i.test(t)) return text;
  try {
    return decodeURIComponent(t.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Engage's `<status xmlns="events">`: "confirmed", "cancelled" (or "canceled"), "tentative"; anything else says nothing. */
function statusOf(text: string | null): RawStatus | null {
  const t = text?.trim().toLowerCase() ?? '';
  if (t === 'confirmed') return 'scheduled';
  if (t === 'tentative') return 'tentative';
  return /^cancel+ed$/.test(t) ? 'cancelled' : null;
}

/** RFC 822-style dates with a stated zone are read by Date.parse; zone-less ones are not guessed, impossible zones ("-1800") not read. */
function structuredDate(text: string, zone: string | null, isEnd: boolean): ReturnType<typeof resolveIsoDate> {
  const iso = resolveIsoDate(text, zone, { dateOnlyIsLastDay: isEnd });
  if (iso) return iso;
  if (!/(?:GMT|UTC|UT|Z|[+-]\d{2}:?\d{2}|\b[ECMP][SD]T)\s*$/i.test(text.trim()) || statesImpossibleOffset(text)) return null;
  const t = Date.parse(text.trim());
  return Number.isNaN(t) ? null : { date: new Date(t), allDay: false, floating: false };
}

/**
 * The structured start and end as ISO text when written as numeric dates
 * ("24/07/2026 21:00" in `ev:startdate`): day first when a part over 12
 * says so in either, else as the feed's dates are read (ParseContext.dayFirst,
 * else the zone's way); not read when nothing says which ("05/08/2026" in a
 * feed of no known language or zone). Other texts as they are.
 */
function structuredTexts(item: FeedItem, dayFirst: boolean | null): { start: string; end: string | null } | null {
  const { eventStart, eventEnd } = item;
  if (!eventStart) return null;
  // Cheap pre-check: ISO and RFC 822 dates have no separator in their first three characters.
  if (!/^\s*\d{1,2}[/.-]/.test(eventStart)) return { start: eventStart, end: eventEnd };
  const order = numericDayFirst([eventStart, eventEnd]) ?? dayFirst;
  const start = numericDateAsIso(eventStart, order) ?? eventStart;
  return { start, end: eventEnd ? (numericDateAsIso(eventEnd, order) ?? eventEnd) : null };
}

function fromStructured(item: FeedItem, zone: string | null, dayFirst: boolean | null): FoundDate | null {
  const texts = structuredTexts(item, dayFirst);
  if (!texts) return null;
  const days = texts.end ? allDaySpan(texts.start, texts.end, zone) : null;
  if (days) return { start: days.start.date, end: days.end.date, allDay: true, floating: days.start.floating, block: -1 };
  const start = structuredDate(texts.start, zone, false);
  if (!start) return null;
  const end = texts.end ? structuredDate(texts.end, zone, true) : null;
  return {
    start: start.date,
    end: end && end.date.getTime() > start.date.getTime() ? end.date : null,
    allDay: start.allDay,
    floating: start.floating,
    block: -1,
    utc: !start.allDay && !start.floating && WRITTEN_IN_UTC.test(texts.start.trim()),
  };
}

/** Something under way since the day the item is listed under, "Ongoing through Monday, Dec. 14, 2015" (rss/ongoing.ts). */
function ongoing(item: FeedItem, blocks: string[], options: TextDateOptions, zone: string | null): FoundDate | null {
  const span = ongoingSpan(item.dayListed, blocks, options);
  return span ? fromStructured({ ...item, eventStart: span.start, eventEnd: span.end }, zone, null) : null;
}

function fromText(title: string | null, blocks: string[], options: TextDateOptions, dateBlocks = 0): FoundDate | null {
  const found = (d: TextDate, block: number): FoundDate => ({ ...withBodyTime(d, blocks, options), block });
  const inTitle = title ? extractTextDate(title, options) : null;
  if (inTitle) return found(inTitle, -1);
  // A field that holds only the date ("Del 22 al 26 de juliol" as a scraper's pubDate) says the event's day without a year.
  const dated = { ...options, dayMonthAlone: true };
  for (const [i, block] of blocks.entries()) {
    const d = extractTextDate(block, i < dateBlocks ? dated : options);
    if (d) return found(d, i);
  }
  return null;
}

/**
 * A timed start and end weeks apart is the window an agenda lists a show in
 * ("2022-02-11T20:00" to "2022-06-11T22:30"), when the text gives the one
 * show's day and time inside it, on another day ("Samedi 11 juin à 20h"):
 * that day, until the end's clock time.
 */
function showInWindow(found: FoundDate, title: string | null, blocks: string[], options: TextDateOptions): FoundDate | null {
  if (found.allDay || !found.end || found.end.getTime() - found.start.getTime() < WINDOW_MS) return null;
  const shown = fromText(title, blocks, options);
  if (!shown || shown.allDay || shown.start <= found.start || shown.start >= found.end) return null;
  if (shown.start.getTime() - found.start.getTime() < DAY_MS) return null;
  const end = new Date(shown.start.getTime() + ((found.end.getTime() - found.start.getTime()) % DAY_MS));
  return { ...shown, end: shown.end ?? (end > shown.start ? end : null) };
}

const WINDOW_MS = 2 * DAY_MS;

/**
 * A date with no time, and a sentence of the body that gives the time
 * ("Jornada de Donación … 24 de mayo de 2022" as the title, "De 10:00 a
 * 13:00 y de 15:30 a 21:15." below it): that day at that time. A sentence
 * whose time comes with another day says nothing of this one.
 */
function withBodyTime(d: TextDate, blocks: string[], options: TextDateOptions): TextDate {
  if (!d.allDay) return d;
  let tried = 0;
  for (const sentence of blocks.flatMap((b) => b.split(/\n|(?<=[.!?])\s+/))) {
    if (!mayStateTime(sentence) || sentence.length > 200) continue;
    if (++tried > 8) break;
    // The sentence may name the day itself ("on 9 October … from 9 am till noon"), or only the time ("De 10:00 a 13:00").
    for (const text of [sentence, `${d.matchText}, ${sentence}`]) {
      const t = extractTextDate(text, options);
      const offset = t ? t.start.getTime() - d.start.getTime() : -1;
      if (t && !t.allDay && offset >= 0 && offset < DAY_MS) return { ...t, matchText: d.matchText, index: d.index };
    }
  }
  return d;
}

/** Absolute http(s) links in the body, without the item's own URL, in order, once each. */
function bodyLinks(html: string, base: string | null, exclude: string | null): string[] {
  const out: string[] = [];
  for (const a of anchors(html)) {
    const url = absoluteHttpUrl(a.href, base);
    if (url && url !== exclude && !out.includes(url)) out.push(url);
  }
  return out;
}

/** The item's page: its link, else a guid that is a URL (Meetup items have only `<guid isPermaLink>`). */
export function itemUrl(item: FeedItem, base: string | null): string | null {
  const link = item.link ? absoluteHttpUrl(item.link, base) : null;
  // A guid is an opaque id unless it is itself an absolute URL ("club-1" is not a page).
  return link ?? (item.guid ? absoluteHttpUrl(item.guid, null) : null);
}

/**
 * A skipped item, with its own page and the pages it links to when it has
 * any: ingest may still find the event on one of them (JSON-LD enrichment).
 */
export function skippedItem(title: string, reason: string, url: string | null, links: string[]): SkippedItem {
  return { title, reason, ...(url ? { url } : {}), ...(links.length > 0 ? { links } : {}) };
}

export function itemTitle(item: FeedItem, text: string): string {
  const title = item.title ? collapseWhitespace(stripHtml(item.title)) : '';
  return title || titleFromText(text) || '(untitled item)';
}

export function itemToEvent(item: FeedItem, ctx: ParseContext): ItemOutcome {
  const text = stripHtml(item.html);
  // A pubDate that is no machine date ("Dv. 26/07 22 h", a scraper's) is the event's date as people write it.
  const writtenDate = !item.published && item.publishedText && !MACHINE_DATE.test(item.publishedText) ? [item.publishedText] : [];
  const blocks = [...writtenDate, ...(item.eventWhen ? [item.eventWhen] : []), ...(text.length > 0 ? text.split('\n') : [])];
  const title = itemTitle(item, text);
  const zone = contextZone(ctx);
  const reference = item.published ?? ctx.now;
  const options = { reference, timezone: zone, dayFirst: ctx.dayFirst, dayMonthAlone: ctx.eventPages };
  const structured = fromStructured(item, zone, ctx.dayFirst ?? (zone ? dayFirstInZone(zone) : null));
  const date = structured
    ? (showInWindow(structured, item.title, blocks, options) ?? structured)
    : (fromText(item.title, blocks, options, writtenDate.length) ?? ongoing(item, blocks, options, zone));
  const url = itemUrl(item, ctx.sourceUrl);
  const links = bodyLinks(item.html, url ?? ctx.sourceUrl, url);
  if (!date) return { kind: 'skipped', skipped: skippedItem(title, NO_EVENT_DATE, url, links) };

  const meetup = isMeetupUrl(url) && date.block >= 0 ? meetupItemPlace(title, blocks, date.block) : null;
  const locationText = item.eventLocation ? collapseWhitespace(stripHtml(formDecoded(item.eventLocation))) : (meetup?.venue ?? null);
  const event = emptyParsedEvent({
    uid: item.guid ?? url ?? derivedUid(title, date.start.toISOString(), locationText),
    title,
    start: date.start,
    end: date.end,
    // An item with no link of its own: the event page its body links to (sources/text/event-link.ts).
    url: url ?? eventPageOfLinks(links),
    description: item.html || null,
    // The zone the wall-clock times were read in (the source's configured zone), when one was used.
    timezone: date.floating ? null : zone,
    allDay: date.allDay,
    floating: date.floating,
    utcMayBeLocal: date.utc === true,
    locationText: locationText || null,
    venueName: item.eventVenue ? collapseWhitespace(stripHtml(item.eventVenue)) || null : null,
    lat: item.lat,
    lon: item.lon,
    organiser: item.eventOrganizer,
    attendanceMode: meetup?.online ? 'online' : null,
    status: statusOf(item.eventStatus),
    links,
  });
  return { kind: 'event', event };
}
