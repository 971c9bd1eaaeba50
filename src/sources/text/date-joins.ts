import type { ParsedComponents, ParsedResult, ParsingResult } from 'chrono-node';
import { DAY_MS } from '../../core/time.js';

/**
 * Dates whose parts chrono finds apart, joined — a day and a time in the
 * same sentence (English or continental), a weekday and a day of the month
 * without the month, a list of days and its time — and what chrono reads
 * wrongly in other languages set right (a bare number as a time, "et" as a
 * zone).
 */

export function hasDay(c: ParsedComponents): boolean {
  return (c.isCertain('day') && c.isCertain('month')) || c.isCertain('weekday');
}

/**
 * A day and month with no time, and a time near it in the same sentence that
 * chrono does not join to it ("Sunday, May 4th; meet at 11am", "start the
 * observations earlier, at 6.30pm … on the 30th January"): the two read
 * together, as the date at that time. The result spans both, so what
 * follows it (a place) is read after the later one.
 */
export function withNearbyTime(results: ParsedResult[], text: string, parse: (text: string) => ParsedResult[]): ParsedResult[] {
  const times = results.filter((r) => r.start.isCertain('hour') && !hasDay(r.start));
  const out: ParsedResult[] = [];
  for (const date of results) {
    if (!hasDay(date.start) || date.start.isCertain('hour') || times.length === 0) continue;
    const time = times.find((t) => nearInLine(text, date, t, results));
    if (!time) continue;
    const [joined] = parse(`${date.text} at ${time.text.replace(/^(?:at|from|@)\s+/i, '')}`);
    if (!joined?.start.isCertain('hour') || !hasDay(joined.start)) continue;
    const from = Math.min(date.index, time.index);
    const to = Math.max(date.index + date.text.length, time.index + time.text.length);
    out.push(Object.assign(joined, { index: from, text: text.slice(from, to) }));
  }
  return out;
}

const NEAR_CHARS = 60;
const SENTENCE_END = /\n|[!?](?:\s|$)|\.(?:\s+[\p{Lu}"“]|$)/u;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_AND_DAY =
  /\b(sun|mon|tues|wednes|thurs|fri|satur)day,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;

/**
 * "Sunday 18th at 4 pm" — a weekday and a day of the month, the month left
 * out as people do for the coming weeks: the first such day on or after the
 * reference that falls on that weekday (chrono reads only "Sunday … at 4
 * pm", the post's own Sunday).
 */
export function weekdayAndDay(text: string, reference: Date, parse: (text: string) => ParsedResult[]): ParsedResult[] {
  if (!/\d(?:st|nd|rd|th)\b/i.test(text)) return [];
  const out: ParsedResult[] = [];
  for (const m of text.matchAll(WEEKDAY_AND_DAY)) {
    const weekday = WEEKDAYS.findIndex((w) => w.startsWith(m[1]!.toLowerCase()));
    const month = monthWith(Number(m[2]), weekday, reference);
    if (month === null) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + NEAR_CHARS).split(/[.!?](?:\s|$)|\n/)[0]!;
    const [joined] = parse(`${m[0]} ${MONTHS[month]}${rest}`);
    if (!joined || !hasDay(joined.start)) continue;
    const length = m[0].length + Math.max(0, joined.text.length - m[0].length - MONTHS[month]!.length - 1);
    out.push(Object.assign(joined, { index: m.index, text: text.slice(m.index, m.index + length) }));
  }
  return out;
}

/** The month (0–11) of the first date on or after `reference` whose day is `day` and weekday `weekday`, within a year. */
function monthWith(day: number, weekday: number, reference: Date): number | null {
  for (let i = 0; i < 12; i++) {
    const d = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + i, day));
    if (d.getUTCDate() !== day || d.getTime() < reference.getTime() - DAY_MS) continue;
    if (d.getUTCDay() === weekday) return d.getUTCMonth();
  }
  return null;
}

type Span = { index: number; text: string };

/**
 * One sentence: "We met on 4 December. Next time … at 7pm" is two; "4
 * december kl. 19:00" is one; so is a date's line and the "Time:" line under
 * it ("Date: 11.11.2023\nTime: 10:30 AM"). Another date between the two
 * takes the time instead ("17 octobre, 7 et 14 novembre à 14h").
 */
function nearInLine(text: string, a: Span, b: Span, dates: ParsedResult[] = []): boolean {
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  const from = first.index + first.text.length;
  if (from > second.index) return false; // one inside the other
  const gap = text.slice(from, second.index);
  if (gap.length > NEAR_CHARS || (SENTENCE_END.test(gap) && !TIME_LINE.test(gap))) return false;
  return !dates.some((d) => d.index >= from && d.index < second.index && hasDay(d.start));
}

/** The rest of a date's line, then a line labelled with the time. */
const TIME_LINE = /^[^\n]{0,20}\n\s*(?:times?|zeit|uhrzeit|heure|horaires?|horario|hora|ora|orario|tijd|aika|kello)\s*[:：]\s*$/iu;

interface ClockTime {
  index: number;
  text: string;
  hour: number;
  minute: number;
  end: { hour: number; minute: number } | null;
}

/** Words before a time in the languages whose times chrono leaves unread ("um", "ab", "von", "à", "às", "a las", "a les", "alle", "kl", "om"). */
const TIME_CUE =
  /(?:^|[^\p{L}])(?:um|ab|von|gegen|à|dès|às|a las|a les|alle|ore|kl\.?|klo|klockan|в|во|o godz\.?|godz\.?|om|vanaf|van)\s*$/iu;
/** An hour and its minutes as written on the continent: "19 Uhr", "19.30 Uhr", "20:00 uur", "19h", "19h30". */
const CLOCK =
  /(?<![\d:.,/])([01]?\d|2[0-3])(?!\d)(?:\s?([:.h])\s?([0-5]\d))?(?:\s*(uhr|h|uur)(?![\p{L}\d]))?(?!\s*[ap]\.?m\b|[\d:.,/]\d|\.\s*\p{L})/giu;
const RANGE_WORD = /^\s*(?:-|–|—|bis|à|a|às|tot|till?|alle|〜|~)\s*(?:ca\.|circa|etwa|gegen|env\.|environ)?\s*$/iu;

interface RawClock extends ClockTime {
  written: boolean;
}

/** One match of CLOCK: a time when its form says so (a unit, "h30", ":30", or a cue word before it). */
function rawClock(text: string, m: RegExpMatchArray): RawClock {
  const [, hour, sep, minute, unit] = m;
  const cue = TIME_CUE.test(text.slice(Math.max(0, m.index! - 12), m.index));
  const bareH = unit?.toLowerCase() === 'h' && minute === undefined && !cue && Number(hour) < 8; // "a 2h workshop" is a length
  const written = !bareH && (unit !== undefined || (minute !== undefined && sep !== '.') || cue);
  return { index: m.index!, text: m[0], hour: Number(hour), minute: Number(minute ?? 0), end: null, written };
}

/**
 * The times in `text` written the continental way, which chrono's parsers do
 * not read with a date: "ab 19 Uhr", "19h30", "om 20 uur", "às 19h", "kl.
 * 19:00", and ranges of them ("19–21 Uhr", "19h-22h").
 */
function continentalTimes(text: string): ClockTime[] {
  const raw = [...text.matchAll(CLOCK)].map((m) => rawClock(text, m));
  const out: ClockTime[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1];
    if (b && (a.written || b.written) && RANGE_WORD.test(text.slice(a.index + a.text.length, b.index))) {
      out.push({ ...a, text: text.slice(a.index, b.index + b.text.length), end: { hour: b.hour, minute: b.minute } });
      i++;
    } else if (a.written) out.push(a);
  }
  return out;
}

/**
 * A day and month with no time, and a continental time in the same sentence
 * ("4. Dezember ab 19 Uhr", "jeudi 4 décembre, 19h30"): the date at that
 * time, spanning both. A date and time whose range chrono cut short gets
 * its end (rangeEnd).
 */
export function withContinentalTime(results: ParsedResult[], text: string): ParsedResult[] {
  const open = (r: ParsedResult) => hasDay(r.start) && (!r.start.isCertain('hour') || !r.end);
  const times = results.some(open) ? continentalTimes(text) : [];
  const out: ParsedResult[] = [];
  for (const date of results) {
    if (!hasDay(date.start)) continue;
    if (date.start.isCertain('hour')) {
      if (!date.end) out.push(...rangeEnd(date, times, text));
      continue;
    }
    const time = times.find((t) => nearInLine(text, date, t, results));
    if (!time) continue;
    const joined = (date as ParsingResult).clone();
    joined.start.assign('hour', time.hour).assign('minute', time.minute).assign('second', 0);
    joined.end = time.end ? joined.start.clone().assign('hour', time.end.hour).assign('minute', time.end.minute) : undefined;
    const from = Math.min(date.index, time.index);
    const to = Math.max(date.index + date.text.length, time.index + time.text.length);
    out.push(Object.assign(joined, { index: from, text: text.slice(from, to) }));
  }
  return out;
}

/**
 * A date and time whose range chrono stopped short of ("24 de mayo de 2026,
 * de 10:00 a 13:00" read without its end, "a" taken for "am"): the range
 * that starts at its time, just where it reads it, gives the end.
 */
function rangeEnd(date: ParsedResult, times: ClockTime[], text: string): ParsedResult[] {
  const to = date.index + date.text.length;
  const range = times.find(
    (t) =>
      t.end && t.index >= date.index && t.index <= to && t.hour === date.start.get('hour') && t.minute === (date.start.get('minute') ?? 0),
  );
  if (!range?.end) return [];
  const ranged = (date as ParsingResult).clone();
  ranged.end = ranged.start.clone().assign('hour', range.end.hour).assign('minute', range.end.minute);
  ranged.end.delete('meridiem');
  return [Object.assign(ranged, { text: text.slice(date.index, Math.max(to, range.index + range.text.length)) })];
}

/** Marks that a number is a time: "19:30", "14h", "19 Uhr", "7pm", "a las 19", "alle 19", "kl. 19". */
const TIME_MARK =
  /\d\s*(?:[:.h]\s*\d{2}|h(?!\p{L})|uhr|heures?|uur|[ap]\.?m\.?|時|시)|(?:^|[^\p{L}])(?:a las|a les|alle|ore|um|om|kl\.?|klo|klockan|godz\.?|às|à|noon|midnight|midi|minuit|mittags?)(?:\s+\d|(?!\p{L}))/iu;

/**
 * A result of another language's parser read as a date only when the text
 * marks no time: chrono's French reads "17 octobre, 7 et 14 novembre" as 17
 * October at 7.
 */
export function withoutUnmarkedTime(r: ParsedResult): ParsedResult {
  if (!r.start.isCertain('hour') || TIME_MARK.test(r.text)) return r;
  const dateOnly = (r as ParsingResult).clone();
  dateOnly.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset']); // "7 et": 7 o'clock Eastern Time
  dateOnly.end = undefined;
  dateOnly.text = r.text.replace(/[\s,;]*\d{1,2}\s*(?:et|and|y|e|und|en|i)?\s*$/iu, ''); // the number was never its time
  return dateOnly;
}

/**
 * A zone read from a lower-case word of another language: chrono takes the
 * French "et" (and) in "jeudi 4 décembre à 19h et le vendredi" for Eastern
 * Time, five hours off. Zone abbreviations are written in capitals.
 */
export function withoutWordZone(r: ParsedResult): ParsedResult {
  const word = /\s(\p{Ll}+)$/u.exec(r.text);
  if (!word || !r.start.isCertain('timezoneOffset')) return r;
  const local = (r as ParsingResult).clone();
  local.start.delete('timezoneOffset');
  local.end?.delete('timezoneOffset');
  local.text = r.text.slice(0, word.index);
  return local;
}

/** Days listed before the one chrono reads: "15 et ", "12, 19 y ", "15 and ". */
const DAY_LIST =
  /(?<![\d.:/])(\d{1,2})(?:er|st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:er|st|nd|rd|th)?)*\s*(?:,|&|\+|et|and|y|e|und|en|i|og|och)\s*$/iu;

/**
 * "Les 15 et 22 octobre à 12h30", "los días 12, 19 y 26 de marzo", "on 15
 * and 22 October at 7pm": chrono reads the last day of the list, but the
 * first comes first — the same month and time on the first day.
 */
export function firstOfDayList(results: ParsedResult[], text: string): ParsedResult[] {
  const out: ParsedResult[] = [];
  for (const r of results) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month') || !/^\d/.test(r.text)) continue;
    const before = text.slice(Math.max(0, r.index - 40), r.index);
    const m = DAY_LIST.exec(before);
    const first = Number(m?.[1]);
    if (!m || first < 1 || first >= (r.start.get('day') ?? 0)) continue;
    const listed = (r as ParsingResult).clone();
    listed.start.assign('day', first).delete('weekday');
    listed.end?.assign('day', first).delete('weekday');
    const index = r.index - (before.length - m.index);
    out.push(Object.assign(listed, { index, text: text.slice(index, r.index + r.text.length) }));
  }
  return out;
}

/**
 * A date with no time listed just before a timed one ("17 octobre, 7 et 14
 * novembre à 14h", "Saturday 4 December, Sunday 5 December at 2pm"): the
 * first date of the list, at the list's time.
 */
export function listedBefore(results: ParsedResult[], text: string): ParsedResult[] {
  const out: ParsedResult[] = [];
  for (const timed of results) {
    if (!hasDay(timed.start) || !timed.start.isCertain('hour')) continue;
    const date = results.find(
      (d) =>
        hasDay(d.start) &&
        !d.start.isCertain('hour') &&
        d.index + d.text.length <= timed.index &&
        LIST_GAP.test(text.slice(d.index + d.text.length, timed.index)),
    );
    if (!date) continue;
    const joined = (date as ParsingResult).clone();
    joined.start.assign('hour', timed.start.get('hour')!).assign('minute', timed.start.get('minute') ?? 0);
    if (timed.start.isCertain('meridiem')) joined.start.assign('meridiem', timed.start.get('meridiem')!);
    joined.end = undefined;
    out.push(Object.assign(joined, { text: text.slice(date.index, timed.index + timed.text.length) }));
  }
  return out;
}

const LIST_GAP = /^\s*(?:,|;|&|et|and|y|e|und|en|i)\s*$/iu;
