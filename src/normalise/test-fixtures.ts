/**
 * Test support: reads the captured feeds in ../shared/fixtures/feeds/ and gives
 * the raw iCalendar properties of each VEVENT (unfolded and unescaped as
 * RFC 5545 says), so normalise/classify tests can use the real text without
 * depending on the iCal parser. Not used by production code.
 */
import { readFileSync } from 'node:fs';
import { CAPTURED_DIR } from '../../test/helpers/captured.js';
import { emptyParsedEvent, type ParsedEvent, type RawStatus } from '../sources/types.js';

const FEEDS = CAPTURED_DIR;

export function readFixture(name: string, encoding: BufferEncoding = 'utf8'): string {
  return readFileSync(FEEDS + name, encoding);
}

export type IcalProps = Record<string, string>;

/** One record per VEVENT: property name (without parameters) → unescaped value (first occurrence). */
export function icalEvents(name: string): IcalProps[] {
  const lines = readFixture(name)
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/);
  const events: IcalProps[] = [];
  let current: IcalProps | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) addProperty(current, line);
  }
  return events;
}

function addProperty(target: IcalProps, line: string): void {
  const colon = nameEnd(line);
  if (colon < 0) return;
  const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
  if (!(name in target)) target[name] = unescapeText(line.slice(colon + 1));
}

/** Index of the colon that ends "NAME;PARAM=...": the first one outside a quoted parameter value. */
function nameEnd(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Item descriptions of an RSS file, as an XML parser would hand them over (CDATA unwrapped, entities decoded once). */
export function rssDescriptions(name: string, decode: (s: string) => string): string[] {
  const xml = readFixture(name);
  return [...xml.matchAll(/<item>[\s\S]*?<description>([\s\S]*?)<\/description>/g)].map((m) => {
    const raw = m[1]!;
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(raw.trim());
    return cdata ? cdata[1]! : decode(raw);
  });
}

/** The facts an iCal VEVENT states, as a ParsedEvent (location, GEO, status, text); times are not read. */
export function parsedFromIcal(p: IcalProps): ParsedEvent {
  const [lat, lon] = (p.GEO ?? '').split(';').map((n) => (n ? Number(n) : null));
  const location = p.LOCATION?.trim() || null;
  return emptyParsedEvent({
    uid: p.UID ?? 'no-uid',
    title: p.SUMMARY ?? '',
    start: new Date('2024-01-01T00:00:00Z'),
    description: p.DESCRIPTION ?? null,
    url: p.URL ?? null,
    locationText: location,
    lat: lat ?? null,
    lon: lon ?? null,
    status: ICAL_STATUS[p.STATUS ?? ''] ?? null,
  });
}

const ICAL_STATUS: Record<string, RawStatus> = { CONFIRMED: 'scheduled', TENTATIVE: 'tentative', CANCELLED: 'cancelled' };
