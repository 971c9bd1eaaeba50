import { createRequire } from 'node:module';
import * as en from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { DAY_MS, instantAt, offsetMs, type WallClock, wallClockAsUtc } from '../../core/time.js';
import {
  firstOfDayList,
  hasDay,
  listedBefore,
  withContinentalTime,
  withNearbyTime,
  withoutUnmarkedTime,
  withoutWordZone,
  weekdayAndDay,
} from './date-joins.js';
import { atSigns, dotTimes, plainWords, swapDayMonth, withoutLinks } from './date-repairs.js';
import { dayFirstInZone } from './date-order.js';
import { weekdayBefore } from './weekdays.js';
import { englishMonthNames } from './month-names.js';
import { CATALAN_CUE, catalanAsSpanish, spanishDaySpans } from './catalan.js';
import { KOREAN_CUE, koreanAsJapanese } from './korean.js';

/**
 * Finds the date an announcement states in free text ("Thursday, April 21 at
 * 5:00 PM", "Join us Thu 4 Dec 18:30–21:00", "on 12 March 2026").
 *
 * What counts as an event date (anything else is ignored, so news items and
 * chatty posts do not become events):
 * - a day AND a time: the day is a weekday ("Thursday") or a month and day
 *   ("April 21", "21/04"); the time is an hour ("5 PM", "18:30"); or
 * - an explicit full date with a year ("12 March 2026"), which without a
 *   time is an all-day date.
 * Rejected:
 * - a lone time ("at 5pm") or a lone weekday;
 * - relative words ("now", "today", "tonight", "tomorrow", "in 3 days",
 *   "2 hours ago"): they depend on when the text was written, which a feed's
 *   timestamps do not reliably say;
 * - a time equal (to the minute) to `reference` itself: the item's own
 *   publish timestamp repeated in its text. Only the same minute: an event
 *   at 18:00 published at 17:59:51 is an event. A date without a time is
 *   kept even on the publish day: a feed whose publish dates are the events'
 *   days ("11 May 2025") repeats them in every title;
 * - a year more than one year before or two years after `reference` (a
 *   history note, or "Dec 18" misread as the year 2018).
 *
 * Dates without a year are the next such date on or after `reference`
 * (chrono's forwardDate). Wall-clock times are read in `timezone`; with no
 * zone the result is floating (the wall-clock fields stored as UTC). A zone
 * written in the text ("18:30 CET", "5pm GMT") wins over both.
 *
 * English is read in full, other languages in their written-out forms (see
 * OTHER_LANGUAGES). Numeric dates are month-first ("10/12" = 12 Oct)
 * for zones in the Americas and when no zone is known, day-first elsewhere
 * ("10/12" = 10 Dec).
 * "18.30" after a day and month is read as 18:30. Each text is read by
 * chrono's casual parser (weekday-only dates such as "Tuesday at 7pm") and
 * its strict one (which does not swallow words like "night" into a range).
 */
export interface TextDateOptions {
  /** When the text was written (the item's publish date). */
  reference: Date;
  /** IANA zone the text's wall-clock times are in, or null when unknown. */
  timezone: string | null;
  /** Numeric dates are day first ("25/09"), or month first; absent: as the zone writes them (date-order.ts). */
  dayFirst?: boolean | null;
  /**
   * The text is an event's own page (a Hugo events section): a day and a
   * written month alone ("Il 22 ottobre", "dia 22 de Outubro") within
   * DAY_MONTH_DAYS after `reference` is the event's day.
   */
  dayMonthAlone?: boolean;
}

export interface TextDate {
  start: Date;
  end: Date | null;
  floating: boolean;
  /** An explicit date with no time (start is local midnight). */
  allDay: boolean;
  /** The words that were read as the date, and where they start in the text. */
  matchText: string;
  index: number;
}

const RELATIVE_WORDS = /\b(?:now|today|tonight|tomorrow|yesterday|ago|from now|later)\b|\bin\s+(?:a|an|\d+)\s+\w+/i;

function hasFullDate(c: ParsedComponents): boolean {
  return c.isCertain('year') && c.isCertain('month') && c.isCertain('day');
}

function qualifies(result: ParsedResult, reference: Date): boolean {
  // A span from "now" is no event date: chrono reads "19h" (French for 19:00) as 19 hours on, "1 d'Octubre" as a day on.
  if (RELATIVE_WORDS.test(result.text) || result.start.tags().has('result/relativeDate')) return false;
  const c = result.start;
  const year = c.get('year') ?? 0;
  const refYear = reference.getUTCFullYear();
  if (c.isCertain('year') && (year < refYear - 1 || year > refYear + 2)) return false;
  return (hasDay(c) && c.isCertain('hour')) || hasFullDate(c) || weekdayConfirms(c) || yearAtEnd(result);
}

/**
 * "Saturday, October 14th": a weekday written beside a day and month that
 * falls on it, in the year chrono took (the next such date). A past date's
 * weekday rarely matches next year's, so a recap is not read as an event.
 */
function weekdayConfirms(c: ParsedComponents): boolean {
  if (!c.isCertain('weekday') || !c.isCertain('day') || !c.isCertain('month')) return false;
  const { year, month, day } = wallOf(c, false);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() === c.get('weekday');
}

/** "am Do 27.08.", "jeu. 4/12": a day and month after a weekday in another language that falls on it. */
function weekdayWritten(text: string, r: ParsedResult): boolean {
  const c = r.start;
  if (!c.isCertain('day') || !c.isCertain('month')) return false;
  const weekday = weekdayBefore(text, r.index);
  const { year, month, day } = wallOf(c, false);
  return weekday !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday;
}

/** "1 Mar – 10 May 2025": a span of days whose year is written once, at its end. */
function yearAtEnd(r: ParsedResult): boolean {
  return r.end != null && hasFullDate(r.end) && r.start.isCertain('day') && r.start.isCertain('month');
}

/**
 * English, read casually too ("Tuesday at 7pm"); German, French, Dutch,
 * Spanish, Catalan, Italian, Portuguese, Swedish, Japanese and Korean only in their strict
 * forms ("Donnerstag, 12. März 2026, 19 Uhr", "jeudi 12 mars à 19h",
 * "dinsdag 5 mei om 20:00", "jueves 12 de marzo a las 19:00", "12月4日
 * 19:00", "5월 18일 오후 7시"), which write a day and a month. Their numeric dates are day first
 * already, so they read the text as written. A time chrono does not join to
 * such a date ("4. Dezember ab 19 Uhr", "às 19h") is joined by
 * withContinentalTime.
 */
const ENGLISH = [en.casual, en.strict];
type Parser = (typeof ENGLISH)[number];

/**
 * Each other language's parser runs only on text with a number before one of
 * its own month or weekday names (not those English shares) or a numeric
 * date — it costs as much as English — and is loaded the first time it is
 * needed, not at start-up (each locale is about a megabyte).
 */
const loadLocale = createRequire(import.meta.url);
const OTHER_LANGUAGES: { locale: string; cue: RegExp; prepare?: (text: string) => string; parser?: Parser }[] = [
  {
    locale: 'chrono-node/de',
    cue: /\d.*\b(?:januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|uhr)\b|\d\.\d{1,2}\.\d|\d\.\s*(?:april|august|september|november)\b/is,
  },
  {
    locale: 'chrono-node/fr',
    cue: /\d.*\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b.*\d/is,
  },
  {
    locale: 'chrono-node/nl',
    cue: /\d.*\b(?:januari|februari|maart|mei|juni|juli|augustus|oktober|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|\d[.-]\d{1,2}[.-]\d/is,
  },
  {
    locale: 'chrono-node/es',
    cue: /\d.*\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre)\b/is,
    prepare: spanishDaySpans,
  },
  // Catalan, written as the Spanish chrono reads (word lengths kept: text/catalan.ts).
  { locale: 'chrono-node/es', cue: CATALAN_CUE, prepare: (text) => spanishDaySpans(catalanAsSpanish(text)) },
  {
    locale: 'chrono-node/it',
    cue: /\d.*\b(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b/is,
  },
  {
    locale: 'chrono-node/pt',
    cue: /\d.*\b(?:janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b/is,
  },
  {
    locale: 'chrono-node/sv',
    cue: /\d.*\b(?:januari|februari|mars|maj|juni|juli|augusti|oktober)\b|(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag).*\d/is,
  },
  // Japanese and Chinese write "12月4日" and "2025年12月4日 19:00".
  { locale: 'chrono-node/ja', cue: /\d\s*月\s*\d{1,2}\s*日/ },
  // Korean, written as the Japanese chrono reads ("5월 18일 오후 2시" → "5月 18日 午後 2時": text/korean.ts).
  { locale: 'chrono-node/ja', cue: KOREAN_CUE, prepare: koreanAsJapanese },
];

function strictParser(language: (typeof OTHER_LANGUAGES)[number]): Parser {
  return (language.parser ??= (loadLocale(language.locale) as typeof en).strict);
}

/**
 * What the words just before a date make of it: "Every Tuesday evening at
 * 5.30-7pm" is a weekly habit, not one date (chrono would pick the next
 * Tuesday); "apply by Friday 13 March at 5pm", "applications close on 12
 * March", "Registration opens on Friday 22.11" is a deadline, not an event;
 * so is an exhibition's last day ("- bis 17.01.2027", "jusqu'au 4 janvier",
 * "hasta el 4 de enero"), though not the end of a span ("vom 1.12. bis …").
 */
function habitOrDeadline(text: string, r: ParsedResult): boolean {
  const before = text.slice(Math.max(0, r.index - 30), r.index);
  return /\b(?:every|each)\s+(?:other\s+|second\s+)?$/i.test(before) || DEADLINE.test(before);
}

const DEADLINE =
  /(?:\b(?:by|until|till|before|deadline(?: is)?|closes?|closing|due)\s*(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:day|business)\s*,?\s*)?(?:on\s+)?(?:the\s+)?|(?<![\d.]\s*)(?<!\p{L})(?:bis(?:\s+(?:zum|am))?|jusqu['’](?:au|à)|fino\s+al|hasta\s+el|fins\s+(?:al|a)|até(?:\s+(?:ao|dia))?|t\/m|tot\s+en\s+met|registration\s+(?:opens|starts|closes)(?:\s+on)?|(?:anmeldung|inscriptions?|inscripciones)\s+(?:ab|bis|jusqu['’]au|hasta)?)\s*(?:\p{L}{2,10}\.?,?\s*)?)[:,]?\s*$/iu;

/**
 * "Join us on November 28th", "see you on the 4th of December": a day and
 * month with no time and no year is an all-day date when the words before it
 * invite people to it (without them, "released on November 28th" would be an
 * event).
 */
function invited(text: string, r: ParsedResult): boolean {
  const c = r.start;
  if (!c.isCertain('day') || !c.isCertain('month') || c.isCertain('hour')) return false;
  return INVITATION.test(text.slice(Math.max(0, r.index - 40), r.index));
}

const INVITATION =
  /\b(?:join us|see you(?: all)?|come (?:along|and join us)|we(?:'ll| will) (?:meet|be back)|we(?:'re| are) meeting|takes? place|will be held|is being held|(?:next|our) (?:meetup|meeting|event|session) is)\s+(?:again\s+)?(?:on\s+|this\s+)?(?:the\s+)?(?:\w+day,?\s+)?(?:the\s+)?$/i;

const DAY_MONTH_DAYS = 120;

/** "Il 22 ottobre" on an event's own page: a day and a month in words, no year, soon after the page's date. */
function dayMonthSoon(r: ParsedResult, reference: Date): boolean {
  const c = r.start;
  if (!c.isCertain('day') || !c.isCertain('month') || c.isCertain('year') || !/\p{L}{3}/u.test(r.text)) return false;
  const { year, month, day } = wallOf(c, false);
  const days = (Date.UTC(year, month - 1, day) - reference.getTime()) / DAY_MS;
  return days > -1 && days <= DAY_MONTH_DAYS;
}

/**
 * The end of a span whose start was not read with it ("De l'11 de juny al 27
 * de juliol", "del 22 de junio al 31 de julio de 2024": an exhibition's
 * weeks; Trumba's "Ongoing through Monday, Dec. 14, 2015") is no day of its
 * own. Read alone, a Girona agenda's exhibitions became one-day events on
 * their closing days (rss/ongoing.ts reads such a span with its start).
 */
function endOfRange(text: string, r: ParsedResult): boolean {
  return r.index > 0 && RANGE_END_CUE.test(text.slice(Math.max(0, r.index - 12), r.index));
}

const RANGE_END_CUE = /(?:\b(?:al|until|till|through|thru|bis|au|hasta|tot)|\d\s*[–—-])\s*$/i;

/** "Flamingo | 2022.2.1 Canary 9", "yt-dlp 2024.12.23": a version written like a date. */
function isVersion(r: ParsedResult): boolean {
  return /^\d{4}\.\d{1,2}\.\d{1,2}$/.test(r.text.trim());
}

/**
 * English results whose hours are read in the afternoon: "Sunday 21st
 * November, 1:30-3:30" — an hour from 1 to 6 with no am/pm and no leading
 * zero is when people meet, not the small hours ("01:30" is kept as written);
 * so is any hour up to 11 after "doors".
 */
const afternoon = new WeakSet<ParsedResult>();

function afternoonGuess(r: ParsedResult): boolean {
  const c = r.start;
  const hour = c.get('hour') ?? 0;
  if (!c.isCertain('hour') || c.isCertain('meridiem') || c.isCertain('timezoneOffset') || hour < 1) return false;
  // "doors 7:30", "doors open 8": a gig's doors open in the evening.
  const last = hour <= 11 && /\bdoors\b(?:\s+open)?(?:\s+at|:)?\s*\d{1,2}(?:[:.]\d\d)?\s*$/i.test(r.text) ? 11 : 6;
  return hour <= last && !new RegExp(`(?:^|\\D)0${hour}[:.]`).test(r.text);
}

/**
 * A time chrono read from the minutes of a clock glued to the word before it:
 * "5 March4:00 pm" gives "00 pm", which it takes for noon (and joins to the
 * weekday before it, "Thursday, … 12:00"). The clock is unreadable, not noon.
 */
function minutesAlone(text: string, r: ParsedResult): boolean {
  return r.index >= 2 && /\d[:.]$/.test(text.slice(r.index - 2, r.index));
}

/** Qualifying results of all parsers, in text order, without overlaps (the earlier/longer one is kept, unless only the other has a time). */
function candidates(text: string, options: TextDateOptions): ParsedResult[] {
  const offsetMinutes = options.timezone ? Math.round(offsetMs(options.reference, options.timezone) / 60_000) : 0;
  const reference = { instant: options.reference, timezone: offsetMinutes };
  const bare = withoutLinks(text);
  const dayFirst = options.dayFirst ?? dayFirstInZone(options.timezone);
  const inEnglishMonths = englishMonthNames(bare);
  const english = atSigns(dotTimes(plainWords(dayFirst ? swapDayMonth(inEnglishMonths) : inEnglishMonths)));
  const parse = (parser: Parser, input: string) => parser.parse(input, reference, { forwardDate: true });
  const others = OTHER_LANGUAGES.filter((l) => l.cue.test(bare))
    .flatMap((l) => parse(strictParser(l), l.prepare ? l.prepare(bare) : bare))
    .map((r) => withoutUnmarkedTime(withoutWordZone(r)));
  const found = ENGLISH.flatMap((p) => parse(p, english)).filter((r) => !minutesAlone(english, r));
  const casual = (t: string) => parse(en.casual, t);
  const inEnglish = [...weekdayAndDay(english, options.reference, casual), ...found, ...withNearbyTime(found, english, casual)];
  for (const r of inEnglish) if (afternoonGuess(r)) afternoon.add(r);
  const joined = [...inEnglish, ...others, ...withContinentalTime([...found, ...others], english)];
  const listed = [...joined, ...firstOfDayList(joined, english)];
  const all = [...listed, ...listedBefore(listed, english)]
    .filter(
      (r) =>
        (qualifies(r, options.reference) ||
          invited(bare, r) ||
          weekdayWritten(bare, r) ||
          (options.dayMonthAlone === true && dayMonthSoon(r, options.reference))) &&
        !endOfRange(bare, r) &&
        !habitOrDeadline(bare, r) &&
        !isVersion(r),
    )
    .sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: ParsedResult[] = [];
  for (const r of all) {
    const last = kept[kept.length - 1];
    if (!last || r.index >= last.index + last.text.length) kept.push(r);
    // Two readings of one date: the one with a time wins ("Do. 04.12.2025 ab 19:00" is not all-day).
    else if (!last.start.isCertain('hour') && r.start.isCertain('hour')) kept[kept.length - 1] = r;
  }
  return kept;
}

function wallOf(c: ParsedComponents, withTime: boolean): WallClock {
  const get = (k: Parameters<ParsedComponents['get']>[0]): number => c.get(k) ?? 0;
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: withTime ? get('hour') : 0,
    minute: withTime ? get('minute') : 0,
    second: withTime ? get('second') : 0,
  };
}

function toInstant(c: ParsedComponents, withTime: boolean, timezone: string | null, pm = false): Date {
  // A zone written in the text ("CET", "+01:00") fixes the instant by itself.
  if (withTime && c.isCertain('timezoneOffset')) return c.date();
  const wall = wallOf(c, withTime);
  if (pm && !c.isCertain('meridiem') && wall.hour < 12) wall.hour += 12;
  return timezone ? instantAt(wall, timezone) : new Date(wallClockAsUtc(wall));
}

function toTextDate(result: ParsedResult, timezone: string | null): TextDate {
  const withTime = result.start.isCertain('hour');
  const pm = afternoon.has(result);
  const start = toInstant(result.start, withTime, timezone, pm);
  let end: Date | null = null;
  if (result.end && (withTime ? result.end.isCertain('hour') : hasDay(result.end))) {
    // An all-day range names its last day; all-day ends are exclusive.
    end = withTime ? toInstant(result.end, true, timezone, pm) : new Date(toInstantNextDay(result.end, timezone));
    if (end.getTime() <= start.getTime()) end = null;
  }
  const floating = timezone === null && !(withTime && result.start.isCertain('timezoneOffset'));
  return { start, end, floating, allDay: !withTime, matchText: result.text, index: result.index };
}

function toInstantNextDay(c: ParsedComponents, timezone: string | null): number {
  const wall = wallOf(c, false);
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
  const next = { ...wall, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  return timezone ? instantAt(next, timezone).getTime() : wallClockAsUtc(next);
}

/** Every date in `text` that qualifies as an event date (see the rules above), in text order. */
function extractTextDates(text: string, options: TextDateOptions): TextDate[] {
  return candidates(text, options)
    .map((r) => ({ ...toTextDate(r, options.timezone), matchText: text.slice(r.index, r.index + r.text.length) }))
    .filter((d) => d.allDay || d.start.getTime() !== Math.floor(options.reference.getTime() / 60_000) * 60_000);
}

/** "19:00", "7.30", "19h", "7pm", "19 Uhr", "19時", "7시": whether a text may state a time at all (a cheap check before reading it). */
export function mayStateTime(text: string): boolean {
  return TIME_TOKEN.test(text);
}

const TIME_TOKEN = /\d\s*(?:[:.h]\s*\d{2}|[ap]\.?m\b|uhr\b|h\b|時|시)/i;

/** The first event date stated in `text`, or null when it states none. */
export function extractTextDate(text: string, options: TextDateOptions): TextDate | null {
  return extractTextDates(text, options)[0] ?? null;
}
