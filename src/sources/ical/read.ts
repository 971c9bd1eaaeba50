/**
 * Text → ical.js VCALENDAR components, with the few repairs real feeds need
 * and a per-VEVENT fallback so one broken event does not sink a whole feed.
 */
import ICAL from 'ical.js';
import type { SkippedItem } from '../types.js';

export type ReadResult = { ok: true; calendars: ICAL.Component[]; skipped: SkippedItem[] } | { ok: false; reason: string };

/** Why the bytes are not a calendar at all, in words a person can act on; null when they look like one. */
function notACalendar(text: string): string | null {
  const head = text.trimStart().slice(0, 512);
  if (head === '') return 'The file is empty; expected an iCalendar (.ics) file.';
  if (/^BEGIN:VCALENDAR\s*$/im.test(head.split(/\r?\n/, 1)[0] ?? '') || calendarAfterNoise(text.trimStart())) return null;
  if (/^<(?:!doctype html|html|head|body)\b/i.test(head) || /<html[\s>]/i.test(head)) {
    return 'This address returned a web page (HTML), not an iCalendar file. Use the calendar\'s ".ics" or "webcal://" export link.';
  }
  if (head.startsWith('<')) return 'This is an XML document (perhaps an RSS/Atom feed), not an iCalendar file.';
  if (head.startsWith('{') || head.startsWith('[')) return 'This is JSON, not an iCalendar file.';
  return 'This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.';
}

/**
 * A calendar after a few lines of noise — a PHP warning ("<br />\n<b>Warning</b>:
 * …"), a debug line — which withinCalendars drops. Not a web page that
 * quotes a calendar: the noise is short and names no HTML document. (Format
 * detection asks the same question: src/sources/index.ts.)
 */
export function calendarAfterNoise(text: string): boolean {
  const at = text.slice(0, NOISE_MAX + 20).search(/^BEGIN:VCALENDAR[ \t]*\r?$/im);
  return at > 0 && at <= NOISE_MAX && !/<(?:!doctype\s+html|html|head|body)\b/i.test(text.slice(0, at));
}

const NOISE_MAX = 2_000;

/**
 * Minimal repairs before ical.js sees the text:
 * - drop a UTF-8 byte-order mark;
 * - unfold continuation lines ourselves (CRLF or LF followed by a space/tab),
 *   so GEO lines can be checked below; ical.js unfolds the same way, so
 *   folds that split an escape (`\` / ` n`) still become a newline;
 * - GEO: ical.js turns an unreadable number into 0, which would put the
 *   event at 0°N 0°E. Keep only `lat;lon` pairs (also written with `,` or
 *   `\;`), rewritten as `GEO:lat;lon`, and drop any other GEO line.
 */
/** Properties whose value is free text, where a stray raw line break is the text going on. */
const TEXT_VALUE = /^(?:DESCRIPTION|SUMMARY|LOCATION|COMMENT|X-ALT-DESC|X-WR-CALDESC|X-WR-CALNAME)[;:]/i;

function repairedLines(text: string): string[] {
  const unfolded = text.replace(/^\uFEFF/, '').replace(/\r?\n[ \t]/g, '');
  const lines: string[] = [];
  for (const written of unfolded.split(/\r?\n|\r/)) {
    const line = written.replace(EQUALS_FOR_COLON, '$1:');
    const geo = /^GEO(?:;[^:]*)?:(.*)$/i.exec(line);
    if (!geo) {
      if (line.trim() === '') continue;
      // A raw line break inside a text value (X-WR-CALDESC written with real newlines): the text goes on
      // (as an escaped line break; a space in X- properties, whose values ical.js does not unescape).
      if (!CONTENT_LINE.test(line) && TEXT_VALUE.test(lines.at(-1) ?? ''))
        lines[lines.length - 1] += `${/^X-/i.test(lines.at(-1)!) ? ' ' : '\\n'}${line}`;
      else lines.push(datesMarked(line));
      continue;
    }
    const pair = /^\s*([+-]?\d+(?:\.\d+)?)\s*\\?[;,]\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(geo[1] ?? '');
    if (pair) lines.push(`GEO:${pair[1]};${pair[2]}`);
  }
  return withinCalendars(lines);
}

/**
 * "DESCRIPTION=Culto de Adoración en la Iglesia…" (a hand-written church
 * calendar): a text property written with "=" for ":". ical.js refused the
 * line, and with it the whole weekly service.
 */
const EQUALS_FOR_COLON = /^(DESCRIPTION|SUMMARY|LOCATION|URL|CATEGORIES|COMMENT)=/i;

/** A date property whose value is only dates (8 digits each) and that does not say which value type it is. */
const BARE_DATES = /^(DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE)((?:;(?!VALUE=)[^:;]*)*):(\d{8}(?:,\d{8})*)\s*$/i;

/**
 * `DTSTART:20021028` (Apple iCal 1.0) is a date written without VALUE=DATE;
 * ical.js reads it as a date-time and fails ("2002-10-28T::"), so say what it is.
 */
function datesMarked(line: string): string {
  const m = BARE_DATES.exec(line);
  return m ? `${m[1]}${m[2]};VALUE=DATE:${m[3]}` : line;
}

const isLine = (line: string, what: string) => line.length < 20 && line.trim().toUpperCase() === what;

/**
 * Only what lies between BEGIN:VCALENDAR and END:VCALENDAR is calendar: a
 * line outside it (Podio's "X-COMMENT:Cached from …" after the end, a
 * server's warning before the start) makes ical.js reject the whole file.
 * Such lines are dropped. An END:VCALENDAR that more components follow
 * before any BEGIN:VCALENDAR came too early: it is dropped instead, and the
 * calendar goes on (as the event-by-event reader would read it).
 */
function withinCalendars(lines: string[]): string[] {
  const kept: string[] = [];
  let inside = false;
  let outside: string[] = [];
  for (const line of lines) {
    if (inside) {
      kept.push(line);
      inside = !isLine(line, 'END:VCALENDAR');
    } else if (isLine(line, 'BEGIN:VCALENDAR')) {
      kept.push(line);
      [inside, outside] = [true, []];
    } else if (kept.length > 0 && /^BEGIN:/i.test(line)) {
      kept.pop(); // the early END:VCALENDAR
      kept.push(...outside, line);
      [inside, outside] = [true, []];
    } else outside.push(line);
  }
  return kept;
}

export function calendarsIn(jcal: unknown): ICAL.Component[] {
  // ICAL.parse returns one jCal component, or an array of them when the text
  // holds several top-level components (concatenated VCALENDARs).
  const list = Array.isArray(jcal) && typeof jcal[0] === 'string' ? [jcal] : (jcal as unknown[]);
  const calendars = list.map((j) => new ICAL.Component(j as unknown[])).filter((c) => c.name === 'vcalendar');
  // ical.js crashes on every TZID lookup when one VTIMEZONE has no TZID; such a block defines nothing.
  for (const calendar of calendars) {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      if (!zone.hasProperty('tzid')) calendar.removeSubcomponent(zone);
    }
  }
  return calendars;
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function readCalendars(text: string): ReadResult {
  const prepared = prepareLines(text);
  return prepared.ok ? readLines(prepared.lines, text) : prepared;
}

/** The repaired, unfolded content lines of a calendar, or why the text is not one. */
export function prepareLines(text: string): { ok: true; lines: string[] } | { ok: false; reason: string } {
  const whole = withCalendarHeader(text.replace(/^\uFEFF/, ''));
  const reason = notACalendar(whole);
  return reason ? { ok: false, reason } : { ok: true, lines: repairedLines(whole) };
}

/** A feed that starts at its first BEGIN:VEVENT, its calendar header lost (a hand-rolled export), gets one. */
function withCalendarHeader(text: string): string {
  if (!/^\s*BEGIN:VEVENT\b/i.test(text)) return text;
  const end = /^END:VCALENDAR[ \t]*\r?$/im.test(text) ? '' : '\r\nEND:VCALENDAR\r\n';
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${text.trimStart()}${end}`;
}

/** The whole calendar in one ical.js parse; event by event when that fails. */
export function readLines(lines: string[], text: string): ReadResult {
  try {
    const calendars = calendarsIn(ICAL.parse(lines.join('\r\n')));
    if (calendars.length === 0) return { ok: false, reason: 'The file holds no VCALENDAR.' };
    const unglued = calendars.every((c) => !c.getFirstSubcomponent('vevent')) ? ungluedLines(lines) : null;
    return unglued ? readLines(unglued, text) : { ok: true, calendars, skipped: [] };
  } catch (error) {
    const unglued = ungluedLines(lines);
    if (unglued) return readLines(unglued, text);
    const read = readEventByEvent(lines);
    // Nothing readable at all: a broken file, not a calendar with no events.
    if (!read.ok) return { ok: false, reason: brokenReason(text, error) };
    if (read.calendars.every((c) => c.getAllSubcomponents('vevent').length === 0) && read.skipped.length === 0) {
      return { ok: false, reason: brokenReason(text, error) };
    }
    return read;
  }
}

const CONTENT_LINE = /^[A-Za-z0-9-]+(?:;[^\r\n]*)?:/;

/** "not a valid iCalendar file: … line N", naming the first line that is not an iCalendar content line. */
function brokenReason(text: string, error: unknown): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const bad = lines.findIndex((l) => l.trim() !== '' && !/^[ \t]/.test(l) && !CONTENT_LINE.test(l));
  if (bad >= 0) return `This is not a valid iCalendar file: line ${bad + 1} is not an iCalendar line ("${lines[bad]?.slice(0, 60)}").`;
  if (!/^END:VCALENDAR\s*$/im.test(text))
    return `This is not a valid iCalendar file: it ends at line ${lines.length} without END:VCALENDAR.`;
  // ical.js's own slip ("Cannot read properties of undefined (reading 'push')") means an END with no BEGIN.
  if (error instanceof TypeError) return 'This is not a valid iCalendar file: its BEGIN: and END: lines do not pair up.';
  return `This is not a valid iCalendar file: ${message(error)}.`;
}

/**
 * A generator that wrote some lines without their line break glues a
 * component's start or end to the line before: "X-WR-CALDESC:Upcoming
 * events worldwideBEGIN:VEVENT", "END:VEVENTBEGIN:VEVENT" (a real calendar;
 * ical.js then failed with "Cannot read properties of undefined"). Split so;
 * null when no line is glued. Only tried once a whole parse has failed or
 * found no event, so a description that quotes "BEGIN:VEVENT" in a readable
 * file is left alone.
 */
function ungluedLines(lines: string[]): string[] | null {
  if (!lines.some((l) => GLUED.test(l))) return null;
  return lines.flatMap((l) => l.split(GLUED_SPLIT).filter((part) => part !== ''));
}

const GLUED = /\S(?:BEGIN|END):V(?:EVENT|CALENDAR|TIMEZONE|ALARM)\s*$/i;
const GLUED_SPLIT = /(?<=\S)(?=(?:BEGIN|END):V(?:EVENT|CALENDAR|TIMEZONE|ALARM)\s*$)|(?<=^END:V(?:EVENT|TIMEZONE|ALARM))(?=BEGIN:V)/i;

export interface Split {
  header: string[];
  blocks: string[][];
  unclosed: string[][];
}

/** Top-level VEVENT blocks apart from everything else (calendar properties, VTIMEZONEs). */
export function splitEvents(lines: string[]): Split {
  const split: Split = { header: [], blocks: [], unclosed: [] };
  let block: string[] | null = null;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (block === null) {
      if (upper === 'BEGIN:VEVENT') block = [line];
      else split.header.push(line);
      continue;
    }
    if (upper === 'END:VCALENDAR' || upper === 'BEGIN:VEVENT') {
      // The previous VEVENT never ended.
      split.unclosed.push(block);
      block = upper === 'BEGIN:VEVENT' ? [line] : null;
      if (block === null) split.header.push(line);
      continue;
    }
    block.push(line);
    if (upper === 'END:VEVENT') {
      split.blocks.push(block);
      block = null;
    }
  }
  if (block) split.unclosed.push(block);
  if (!split.header.some((l) => l.trim().toUpperCase() === 'END:VCALENDAR')) split.header.push('END:VCALENDAR');
  return split;
}

export function summaryOf(block: string[]): string {
  for (const line of block) {
    const m = /^SUMMARY(?:;[^:]*)?:(.*)$/i.exec(line);
    if (m?.[1]) return m[1].replace(/\\([,;\\])/g, '$1').trim();
  }
  return '(untitled event)';
}

/**
 * The calendar without its events (parsed from the lines outside VEVENTs),
 * its VEVENT blocks still as lines, and the cut-off events already skipped:
 * where both event-by-event readers (here and chunked.ts) start.
 */
export function calendarShell(
  lines: string[],
): { ok: true; calendar: ICAL.Component; blocks: string[][]; skipped: SkippedItem[] } | { ok: false; reason: string } {
  const { header, blocks, unclosed } = splitEvents(lines);
  let calendar: ICAL.Component | undefined;
  try {
    calendar = calendarsIn(ICAL.parse(header.join('\r\n')))[0];
  } catch (error) {
    return { ok: false, reason: `The calendar could not be read: ${message(error)}.` };
  }
  if (!calendar) return { ok: false, reason: 'The file holds no VCALENDAR.' };
  const skipped: SkippedItem[] = unclosed.map((b) => ({ title: summaryOf(b), reason: 'the event is cut off (no END:VEVENT)' }));
  return { ok: true, calendar, blocks, skipped };
}

/**
 * ical.js rejects a whole file for one malformed line. Parse the calendar
 * without its events, then each VEVENT on its own; the ones that fail are
 * reported as skipped.
 */
function readEventByEvent(lines: string[]): ReadResult {
  const shell = calendarShell(lines);
  if (!shell.ok) return shell;
  const { calendar, blocks, skipped } = shell;
  for (const block of blocks) {
    try {
      calendar.addSubcomponent(new ICAL.Component(ICAL.parse(block.join('\r\n')) as unknown[]));
    } catch (error) {
      skipped.push({ title: summaryOf(block), reason: `the event could not be read: ${message(error)}` });
    }
  }
  return { ok: true, calendars: [calendar], skipped };
}
