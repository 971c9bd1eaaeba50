import Parser from 'rss-parser';
import { stripHtml } from '../text/html.js';
import { discourseEvent } from './discourse.js';
import { libCalEvent, type LibCalEvent } from './libcal.js';
import { mecItem } from './mec.js';
import { sidearmItem, type SidearmItem } from './sidearm.js';
import { resolveIsoDate, statesImpossibleOffset } from '../text/iso.js';
import { locationOf, textOf } from './xml-text.js';
import { repairAmpersands, wrapRawBodies } from './xml-repair.js';
import { dayOfCategories } from './ongoing.js';

/**
 * Reads RSS 2.0, RSS 0.9x, RSS 1.0 (RDF), Atom 0.3 and Atom 1.0 into one
 * plain item shape with rss-parser, plus the extension fields that carry
 * event facts. The text must already be decoded (the fetch layer decodes
 * ISO-8859-1 and other charsets).
 */
export interface FeedItem {
  title: string | null;
  /** The item's link (RSS <link>, Atom alternate/first link, FeedBurner origLink). */
  link: string | null;
  /** RSS <guid>, Atom <id> or RDF rdf:about. */
  guid: string | null;
  /** When the item was published/updated — never the event's date. */
  published: Date | null;
  /** The pubDate as written (Hugo's events sections write the event's date there). */
  publishedText: string | null;
  /** Body HTML as found (content:encoded, description, Atom content or summary). */
  html: string;
  /** Structured event fields (RSS event module, xCal), raw text. */
  eventStart: string | null;
  eventEnd: string | null;
  eventLocation: string | null;
  /** A venue named by its name alone (LibCal's branch with no room), raw text. */
  eventVenue: string | null;
  eventOrganizer: string | null;
  /** A plain `<when>` element's text ("February 29th, 2016, 9:15 am - 12:25pm"), read like the body's first line. */
  eventWhen: string | null;
  /** The event's status as written (Campus Labs Engage `<status xmlns="events">confirmed</status>`), raw text. */
  eventStatus: string | null;
  /** The day the calendar lists the item under, written as its category (Trumba's "2015/11/09 (Mon)"), as an ISO date. */
  dayListed: string | null;
  /** Descriptions of the item's attached media (Media RSS `media:description`): a Mastodon post's image alt text, often its flyer's words. */
  mediaText: string[];
  /** Item-level W3C geo / GeoRSS point. */
  lat: number | null;
  lon: number | null;
}

export interface Feed {
  title: string | null;
  /** Channel description (RSS) or subtitle (Atom), as plain text. */
  description: string | null;
  link: string | null;
  generator: string | null;
  /** The language the feed declares (RSS `<language>`, Atom `xml:lang`): "de", "en-US". */
  language: string | null;
  /** When the feed was built (RSS `<lastBuildDate>`): no item was published after it. */
  built: Date | null;
  items: FeedItem[];
}

export type ReadFeedResult = { ok: true; feed: Feed } | { ok: false; reason: string };

/** Namespace URIs whose elements we read, and the prefixes assumed when a feed does not declare them. */
const NAMESPACES = {
  ev: { uri: ['http://purl.org/rss/1.0/modules/event/'], defaults: ['ev'] },
  xcal: { uri: ['urn:ietf:params:xml:ns:xcal', 'urn:ietf:params:xml:ns:icalendar-2.0'], defaults: ['xCal', 'xcal'] },
  geo: { uri: ['http://www.w3.org/2003/01/geo/wgs84_pos#'], defaults: ['geo'] },
  georss: { uri: ['http://www.georss.org/georss'], defaults: ['georss'] },
  dc: { uri: ['http://purl.org/dc/elements/1.1/'], defaults: ['dc'] },
  feedburner: { uri: ['http://rssnamespace.org/feedburner/ext/1.0'], defaults: ['feedburner'] },
  livewhale: { uri: ['http://www.livewhale.com/'], defaults: ['livewhale'] },
  libcal: { uri: ['https://libcal.com/rss_xmlns.php', 'https://www.springshare.com/libcal/'], defaults: ['libcal'] },
  // No assumed prefix: a feed is SIDEARM's only when it declares the namespace (sidearm.ts).
  sidearm: { uri: ['http://sidearmsports.com/schemas/cal_rss/1.0/'], defaults: [] },
  mec: { uri: ['http://webnus.net/rss/mec/'], defaults: ['mec'] },
  // WP Event Manager binds `event_listing` to the site's own URL: known by its prefix alone.
  eventListing: { uri: [], defaults: ['event_listing'] },
} as const;

type NsKey = keyof typeof NAMESPACES;

/** The prefixes a document binds to each namespace we know (plus the usual ones). */
function prefixesIn(xml: string): Record<NsKey, string[]> {
  const declared = [...xml.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g)];
  const out = {} as Record<NsKey, string[]>;
  for (const key of Object.keys(NAMESPACES) as NsKey[]) {
    const ns = NAMESPACES[key];
    const found = declared.filter((m) => (ns.uri as readonly string[]).includes(m[2] ?? '')).map((m) => m[1] ?? '');
    out[key] = [...new Set([...ns.defaults, ...found])];
  }
  return out;
}

/** rss-parser custom fields: [element name as written, key on the parsed item (, options)]. */
function customItemFields(p: Record<NsKey, string[]>): ([string, string] | [string, string, { keepArray: boolean }])[] {
  const f: ([string, string] | [string, string, { keepArray: boolean }])[] = [['media:content', 'mediaContent', { keepArray: true }]];
  const add = (prefixes: string[], local: string, key: string): void => {
    for (const prefix of prefixes) f.push([`${prefix}:${local}`, key]);
  };
  add(p.ev, 'startdate', 'evStart');
  add(p.ev, 'enddate', 'evEnd');
  add(p.ev, 'location', 'evLocation');
  add(p.ev, 'organizer', 'evOrganizer');
  add(p.xcal, 'dtstart', 'evStart');
  add(p.xcal, 'dtend', 'evEnd');
  add(p.xcal, 'location', 'evLocation');
  // Custom, un-namespaced event feeds: <startDate>, and <venue>/<where>/<when> written as plain elements.
  f.push(['startDate', 'evStart'], ['endDate', 'evEnd'], ['venue', 'plainVenue'], ['where', 'plainWhere'], ['when', 'plainWhen']);
  // Campus Labs Engage: <start xmlns="events">, read only with that namespace (engageText); as arrays, which keep the attribute.
  for (const local of ['start', 'end', 'location', 'status']) f.push([local, `engage:${local}`, { keepArray: true }]);
  add(p.geo, 'lat', 'geoLat');
  add(p.geo, 'long', 'geoLong');
  add(p.geo, 'Point', 'geoPoint');
  add(p.georss, 'point', 'georssPoint');
  add(p.dc, 'date', 'dcDate');
  add(p.feedburner, 'origLink', 'origLink');
  add(p.livewhale, 'type', 'lwType');
  add(p.livewhale, 'ends', 'lwEnds');
  for (const local of ['date', 'start', 'end', 'campus', 'location', 'description']) add(p.libcal, local, `libcal:${local}`);
  add(p.sidearm, 'localstartdate', 'sidearm:localstartdate');
  add(p.eventListing, 'start_date', 'evStart');
  add(p.eventListing, 'end_date', 'evEnd');
  add(p.eventListing, 'location', 'evLocation');
  add(p.eventListing, 'organizer', 'evOrganizer');
  for (const local of ['startDate', 'startHour', 'endDate', 'endHour', 'location']) add(p.mec, local, `mec:${local}`);
  // Atom 0.3 dates; Atom 1.0's as written (rss-parser's own copies have been through Date.parse).
  f.push(['issued', 'issued'], ['modified', 'modified'], ['published', 'atomPublished'], ['updated', 'atomUpdated']);
  return f;
}

/**
 * Campus Labs Engage (many universities' event feeds) writes an event's
 * facts as bare elements in a default namespace of its own:
 * `<start xmlns="events">Fri, 04 Apr 2025 23:00:00 GMT</start>`,
 * `<location xmlns="events">Club House</location>`. xml2js leaves the
 * namespace as an attribute; an element of the same name without it is
 * someone else's and says nothing.
 */
function engageText(value: unknown): string | null {
  const element = Array.isArray(value) ? value[0] : value;
  const ns = element && typeof element === 'object' ? (element as { $?: Record<string, unknown> }).$?.xmlns : undefined;
  return ns === 'events' ? textOf(element) : null;
}

function coordinate(value: unknown, limit: number): number | null {
  const text = textOf(value);
  if (text === null) return null;
  const n = Number(text);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

function geoOf(raw: Record<string, unknown>): { lat: number | null; lon: number | null } {
  const point = raw.geoPoint as Record<string, unknown> | undefined;
  let lat = coordinate(raw.geoLat ?? point?.['geo:lat'], 90);
  let lon = coordinate(raw.geoLong ?? point?.['geo:long'], 180);
  const georss = textOf(raw.georssPoint);
  if ((lat === null || lon === null) && georss) {
    const [a, b] = georss.split(/[\s,]+/);
    lat = coordinate(a, 90);
    lon = coordinate(b, 180);
  }
  return lat !== null && lon !== null ? { lat, lon } : { lat: null, lon: null };
}

function dateOf(value: string | null): Date | null {
  if (!value || statesImpossibleOffset(value)) return null;
  const iso = resolveIsoDate(value, 'UTC');
  const t = iso ? iso.date.getTime() : Date.parse(value.trim());
  return Number.isNaN(t) || t < EARLIEST_FEED_DATE ? null : new Date(t);
}

function possibleOffset(value: unknown): boolean {
  const text = textOf(value);
  return text === null || !statesImpossibleOffset(text);
}

/**
 * When the item was published. rss-parser's isoDate — and an Atom entry's
 * pubDate — is the date as written read by Date.parse, which takes any
 * offset ("… 15:30:00 -1800" is 09:30 UTC the next day to it): they count
 * only when the date they come from states a possible one.
 */
function publishedOf(raw: Record<string, unknown>): Date | null {
  if (placeholderDate(raw)) return null;
  const derived = possibleOffset(raw.pubDate) && possibleOffset(raw.atomPublished) && possibleOffset(raw.atomUpdated);
  return (
    (derived ? (dateOf(textOf(raw.isoDate)) ?? dateOf(textOf(raw.pubDate))) : null) ??
    dateOf(textOf(raw.dcDate)) ??
    dateOf(textOf(raw.issued)) ??
    dateOf(textOf(raw.modified))
  );
}

/** Hugo writes "Mon, 01 Jan 0001 00:00:00 +0000" for "no date"; Date.parse (and so rss-parser's isoDate) reads it as 2001. */
function placeholderDate(raw: Record<string, unknown>): boolean {
  return /\b0001\b/.test(textOf(raw.pubDate) ?? '');
}

const EARLIEST_FEED_DATE = Date.UTC(1995, 0, 1);

/** Atom 0.3 `mode="escaped"` content arrives as an escaped CDATA section: unwrap it. */
function unwrapCdata(html: string): string {
  const m = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(html);
  return m ? (m[1] ?? '') : html;
}

/**
 * LiveWhale (many universities' event calendars) writes an event's start as
 * the item's pubDate, marking it `<livewhale:type>events</livewhale:type>`
 * with the end in `<livewhale:ends>`: there, and only there, pubDate is the
 * event's date.
 */
function liveWhaleStart(raw: Record<string, unknown>): string | null {
  const isEvent = textOf(raw.lwType) === 'events' || textOf(raw.lwEnds) !== null;
  return isEvent ? textOf(raw.pubDate) : null;
}

function toFeedItem(raw: Record<string, unknown>, sidearmFeed: boolean): FeedItem {
  // No closure over raw (under tsx each named closure costs ~0.4 µs to create), and no spread of geoOf's pair.
  const published = publishedOf(raw);
  const html = textOf(raw['content:encoded']) ?? textOf(raw.content) ?? textOf(raw.summary) ?? '';
  const { lat, lon } = geoOf(raw);
  const discourse = discourseEvent(html);
  const libcal = raw['libcal:date'] === undefined ? null : libCalOf(raw);
  const sidearm = sidearmFeed ? sidearmOf(raw, unwrapCdata(html)) : null;
  const mec = raw['mec:startDate'] === undefined ? null : mecItem(raw);
  return {
    title: sidearm?.title ?? textOf(raw.title),
    link: textOf(raw.origLink) ?? textOf(raw.link),
    guid: textOf(raw.guid) ?? textOf(raw.id) ?? textOf(raw['rdf:about']),
    published,
    publishedText: textOf(raw.pubDate),
    html: sidearm?.html ?? (libcal ? withLibCalText(unwrapCdata(html), raw) : unwrapCdata(html)),
    eventStart:
      textOf(raw.evStart) ??
      engageText(raw['engage:start']) ??
      libcal?.start ??
      mec?.start ??
      liveWhaleStart(raw) ??
      discourse?.start ??
      null,
    eventEnd: textOf(raw.evEnd) ?? engageText(raw['engage:end']) ?? libcal?.end ?? mec?.end ?? textOf(raw.lwEnds) ?? discourse?.end ?? null,
    eventLocation:
      sidearm?.location ??
      locationOf(raw.evLocation) ??
      mec?.location ??
      engageText(raw['engage:location']) ??
      libcal?.location ??
      discourse?.location ??
      textOf(raw.plainVenue) ??
      textOf(raw.plainWhere) ??
      null,
    eventVenue: libcal?.venue ?? null,
    eventWhen: textOf(raw.plainWhen),
    eventOrganizer: textOf(raw.evOrganizer),
    eventStatus: engageText(raw['engage:status']),
    dayListed: dayOfCategories(raw.categories),
    mediaText: mediaText(raw.mediaContent),
    lat,
    lon,
  };
}

function libCalOf(raw: Record<string, unknown>): LibCalEvent | null {
  return libCalEvent({
    date: textOf(raw['libcal:date']),
    start: textOf(raw['libcal:start']),
    end: textOf(raw['libcal:end']),
    campus: textOf(raw['libcal:campus']),
    location: textOf(raw['libcal:location']),
  });
}

/** A SIDEARM Sports item's title, body and location as SIDEARM means them (sidearm.ts). */
function sidearmOf(raw: Record<string, unknown>, html: string): SidearmItem {
  return sidearmItem({
    title: textOf(raw.title),
    html,
    link: textOf(raw.link),
    location: textOf(raw.evLocation),
    localStart: textOf(raw['sidearm:localstartdate']),
    start: textOf(raw.evStart),
  });
}

/** LibCal's item description is only "Date: …"; its `libcal:description` is what the event is, and follows it. */
function withLibCalText(html: string, raw: Record<string, unknown>): string {
  const text = textOf(raw['libcal:description']);
  if (!text || html.includes(text)) return html;
  return html ? `${html}<br>${text}` : text;
}

function mediaText(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((m) => textOf((m as Record<string, unknown> | null)?.['media:description'])).filter((t): t is string => t !== null);
}

function plainText(text: string | null): string | null {
  return text === null ? null : stripHtml(text) || null;
}

async function parseWith(
  xml: string,
  prefixes: Record<NsKey, string[]>,
): Promise<Parser.Output<Record<string, unknown>> & Record<string, unknown>> {
  const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
    defaultRSS: 2,
    customFields: { item: customItemFields(prefixes) as never, feed: ['generator', 'subtitle', 'language'] },
  });
  return parser.parseString(xml);
}

/** Atom's language, on its root element: `<feed xmlns="…" xml:lang="de">`. */
const ATOM_LANG = /<feed\b[^>]*\sxml:lang\s*=\s*["']([\w-]+)["']/;

export async function readFeed(text: string): Promise<ReadFeedResult> {
  const xml = wrapRawBodies(text.replace(/^\uFEFF/, '').trimStart());
  const prefixes = prefixesIn(xml);
  let parsed;
  try {
    parsed = await parseWith(xml, prefixes);
  } catch (first) {
    try {
      parsed = await parseWith(repairAmpersands(xml), prefixes);
    } catch {
      const message = first instanceof Error ? first.message.split('\n')[0] : String(first);
      return { ok: false, reason: `the feed could not be read as RSS or Atom XML (${message})` };
    }
  }
  const sidearm = prefixes.sidearm.length > 0;
  return {
    ok: true,
    feed: {
      title: textOf(parsed.title),
      // Plain text even when the channel's description was raw HTML (wrapRawBodies).
      description: plainText(textOf(parsed.description) ?? textOf(parsed.subtitle)),
      link: textOf(parsed.link),
      generator: textOf(parsed.generator),
      language: textOf(parsed.language) ?? ATOM_LANG.exec(xml.slice(0, 2000))?.[1] ?? null,
      built: dateOf(textOf(parsed.lastBuildDate)),
      items: parsed.items.map((item) => toFeedItem(item as Record<string, unknown>, sidearm)),
    },
  };
}
