/**
 * Large calendars, read in bounded chunks so one 5 MB file (65,000 VEVENTs)
 * neither holds the event loop nor memory:
 *
 * 1. The text is split into the calendar without its events (properties,
 *    VTIMEZONEs and VVENUEs, which every event may need) and the top-level
 *    VEVENT blocks (read.ts `splitEvents`, after unfolding).
 * 2. A cheap pre-scan reads each block's UID, DTSTART digits and whether it
 *    repeats (RRULE/RDATE), without ical.js. Blocks sharing a UID (a series
 *    and its RECURRENCE-ID overrides, or a reused UID) stay together.
 * 3. With a per-source cap (`ParseContext.maxEvents`), only the UID groups
 *    that can hold one of the soonest `maxEvents` events are parsed. The
 *    pre-scan reads DTSTART as if it were UTC, which is off by at most a
 *    zone's offset (< 1 day), so a group is parsed when its earliest DTSTART
 *    is within MARGIN of the `maxEvents`-th earliest single event; the exact
 *    cut is made afterwards on the parsed events (ingest `capEvents`). A
 *    series starts no earlier than its DTSTART (or an override's), so the
 *    same bound holds for it. Blocks whose DTSTART cannot be pre-read are
 *    always parsed.
 * 4. The chosen blocks are parsed one at a time, giving the event loop its
 *    turn whenever the time slice is used up (core/turns.ts).
 */
import ICAL from 'ical.js';
import { due, yieldIfDue } from '../../core/turns.js';
import type { SkippedItem } from '../types.js';
import { calendarShell, message, summaryOf } from './read.js';
import { DAY_MS } from '../../core/time.js';

/** Calendars with more VEVENTs than this are read in chunks; smaller ones in one ical.js parse. */
export const CHUNKED_FROM = 500;
const MARGIN_MS = 3 * DAY_MS;

export type ChunkedRead = { ok: true; calendar: ICAL.Component; skipped: SkippedItem[]; omitted: number } | { ok: false; reason: string };

interface Scan {
  group: string;
  /** DTSTART read as UTC wall-clock digits; -Infinity when it cannot be read so. */
  start: number;
  series: boolean;
  /** Would become an event of its own if it parses (has a start and a title). */
  countable: boolean;
}

const PROPERTY = /^(UID|DTSTART|RRULE|RDATE|SUMMARY|LOCATION)(?:;[^:]*)?:(.*)$/i;
const DIGITS = /^\s*(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?/;

export function approximateStart(value: string): number {
  const m = DIGITS.exec(value);
  if (!m) return -Infinity;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(t) ? -Infinity : t;
}

/** The VEVENT's own properties (not those of a VALARM inside it). */
function scan(block: string[]): Scan {
  const found: Record<string, string> = {};
  let depth = 0;
  for (const line of block) {
    const upper = line.slice(0, 6).toUpperCase();
    if (upper === 'BEGIN:') depth++;
    else if (upper.startsWith('END:')) depth--;
    else if (depth === 1) {
      const m = PROPERTY.exec(line);
      if (m) found[m[1]!.toUpperCase()] ??= m[2]!;
    }
  }
  const uid = found.UID?.replace(/\\([,;\\])/g, '$1').trim();
  const start = found.DTSTART === undefined ? -Infinity : approximateStart(found.DTSTART);
  return {
    group: uid ? `uid:${uid}` : `none:${found.DTSTART ?? ''}\n${found.SUMMARY ?? ''}\n${found.LOCATION ?? ''}`,
    start,
    series: found.RRULE !== undefined || found.RDATE !== undefined,
    countable: start !== -Infinity && Boolean(found.SUMMARY?.trim()),
  };
}

/** The k-th smallest value (1-based), or +Infinity when there are fewer. */
function kthSmallest(values: number[], k: number): number {
  if (values.length < k) return Infinity;
  return Float64Array.from(values).sort()[k - 1]!;
}

/** Which blocks to parse (in file order), and how many are left out. */
export function chooseBlocks(blocks: string[][], maxEvents: number | undefined): { chosen: string[][]; omitted: number } {
  if (maxEvents === undefined || blocks.length <= maxEvents) return { chosen: blocks, omitted: 0 };
  const scans = blocks.map(scan);
  const groups = new Map<string, { earliest: number; series: boolean }>();
  for (const s of scans) {
    const g = groups.get(s.group) ?? { earliest: Infinity, series: false };
    g.earliest = Math.min(g.earliest, s.start);
    g.series ||= s.series;
    groups.set(s.group, g);
  }
  const singles = scans.filter((s) => s.countable && !groups.get(s.group)!.series).map((s) => s.start);
  const limit = kthSmallest(singles, maxEvents) + MARGIN_MS;
  const chosen = blocks.filter((_, i) => groups.get(scans[i]!.group)!.earliest <= limit);
  return { chosen, omitted: blocks.length - chosen.length };
}

/**
 * The calendar with the chosen VEVENTs added to it, parsed block by block in
 * time slices; a block ical.js cannot read is skipped on its own, as in read.ts.
 */
export async function readInChunks(lines: string[], maxEvents: number | undefined): Promise<ChunkedRead> {
  const shell = calendarShell(lines);
  if (!shell.ok) return shell;
  const { calendar, blocks, skipped } = shell;
  if (due()) await yieldIfDue();
  const { chosen, omitted } = chooseBlocks(blocks, maxEvents);
  for (const block of chosen) {
    if (due()) await yieldIfDue();
    try {
      calendar.addSubcomponent(new ICAL.Component(ICAL.parse(block.join('\r\n')) as unknown[]));
    } catch (error) {
      skipped.push({ title: summaryOf(block), reason: `the event could not be read: ${message(error)}` });
    }
  }
  return { ok: true, calendar, skipped, omitted };
}

/** True when the lines hold one VCALENDAR with more than CHUNKED_FROM VEVENTs. */
export function worthChunking(lines: string[]): boolean {
  let calendars = 0;
  let events = 0;
  for (const line of lines) {
    if (line.length > 15 || line.length < 11) continue;
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCALENDAR') calendars++;
    else if (upper === 'BEGIN:VEVENT') events++;
  }
  return calendars === 1 && events > CHUNKED_FROM;
}
