import type { ParsedComponents, ParsedResult, ParsingResult } from 'chrono-node';

/**
 * Dates whose parts chrono finds apart, joined: a day and a time in the same
 * sentence, a weekday and a day of the month without the month.
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
    const time = times.find((t) => nearInLine(text, date, t));
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
    if (d.getUTCDate() !== day || d.getTime() < reference.getTime() - 86_400_000) continue;
    if (d.getUTCDay() === weekday) return d.getUTCMonth();
  }
  return null;
}

type Span = { index: number; text: string };

function nearInLine(text: string, a: Span, b: Span): boolean {
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  if (first.index + first.text.length > second.index) return false; // one inside the other
  const gap = text.slice(first.index + first.text.length, second.index);
  // One sentence: "We met on 4 December. Next time … at 7pm" is two; "4 december kl. 19:00" is one.
  return gap.length <= NEAR_CHARS && !SENTENCE_END.test(gap);
}

interface ClockTime {
  index: number;
  text: string;
  hour: number;
  minute: number;
  end: { hour: number; minute: number } | null;
}

/** Words before a time in the languages whose times chrono leaves unread ("um", "ab", "à", "às", "a las", "alle", "kl", "om"). */
const TIME_CUE = /(?:^|[^\p{L}])(?:um|ab|gegen|à|dès|às|a las|alle|ore|kl\.?|klockan|om|vanaf|van)\s*$/iu;
/** An hour and its minutes as written on the continent: "19 Uhr", "19.30 Uhr", "20:00 uur", "19h", "19h30". */
const CLOCK =
  /(?<![\d:.,/])([01]?\d|2[0-3])(?!\d)(?:\s?([:.h])\s?([0-5]\d))?(?:\s*(uhr|h|uur)(?![\p{L}\d]))?(?!\s*[ap]\.?m\b|[\d:.,/]\d|\.\s*\p{L})/giu;
const RANGE_WORD = /^\s*(?:-|–|—|bis|à|a|às|tot|till?|alle|〜|~)\s*$/iu;

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
export function continentalTimes(text: string): ClockTime[] {
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
 * time, spanning both.
 */
export function withContinentalTime(results: ParsedResult[], text: string): ParsedResult[] {
  const times = results.some((r) => hasDay(r.start) && !r.start.isCertain('hour')) ? continentalTimes(text) : [];
  const out: ParsedResult[] = [];
  for (const date of results) {
    if (!hasDay(date.start) || date.start.isCertain('hour')) continue;
    const time = times.find((t) => nearInLine(text, date, t));
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
