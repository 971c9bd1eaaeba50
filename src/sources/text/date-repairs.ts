/**
 * Repairs made to a text before chrono reads it: the forms people write that
 * chrono misreads or does not read, respelt. Each keeps the text's length, so
 * a match's position in the repaired text is its position in the original.
 */

/**
 * "10/12" → "12/10" where dates are written day first, so the (month-first)
 * parsers read 10 December. Same length, so match positions stay valid.
 * (chrono's own GB mode is not used: it reads "April 21" as April 2021.)
 */
export function swapDayMonth(text: string): string {
  const swap = (whole: string, d: string, m: string, rest = '') =>
    Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12 ? `${m}/${d}${rest}` : whole;
  // "05.06.2018", "5.12.2026" and "05-06-2018" too (German, Dutch): the English parsers read them month first.
  return (
    text
      .replace(/\b(\d{1,2})\/(\d{1,2})\b/g, (whole, d: string, m: string) => swap(whole, d, m))
      .replace(/\b(\d{1,2})[.-](\d{1,2})([.-]\d{4})\b/g, (whole, d: string, m: string, year: string) =>
        swap(whole, d, m, `/${year.slice(1)}`),
      )
      // "4.12." with no year (German): "12/4 ".
      .replace(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?=[\s,;)]|$)/g, (whole, d: string, m: string) => swap(whole, d, m, ' '))
  );
}

/** "4 Dec 18.30" → "4 Dec 18:30" (same length, so match positions stay valid). */
export function dotTimes(text: string): string {
  return text
    .replace(
      /(\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:at\s+)?)([01]?\d|2[0-3])\.([0-5]\d)\b/gi,
      '$1$2:$3',
    )
    .replace(/\b(1[0-2]|0?[1-9])\.([0-5]\d)(?=\s*[ap]\.?m\b)/gi, '$1:$2'); // "7.30pm"
}

/**
 * Words people put round a date that chrono does not read, respelt in the
 * same length: Markdown emphasis ("*Monday October 16th*"), an agenda
 * item's length in brackets ("(00:10)"), "between
 * 10am and 4pm" after a date, which it does not join to the date ("from 10am
 * to 4pm" it does), "October the 14th", and a day glued to its time once
 * markup is stripped ("Thursday, March 5th<abbr>4:00 pm</abbr>", the UNL
 * Event Publisher's RSS, is "March 5th4:00 pm"; "6 March4:00 pm" likewise: chrono reads neither).
 */
export function plainWords(text: string): string {
  return text
    .replace(DURATION, (m) => ' '.repeat(m.length))
    .replace(/(^|[\s(])([*_]{1,2})(?=\S)|(?<=\S)([*_]{1,2})(?=[\s,.;:!?)]|$)/g, (m) => m.replace(/[*_]/g, ' '))
    .replace(
      /\bbetween(\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+)(?:and|to)\b/gi,
      (m, time: string) => `   from${time}${m.endsWith('and') || m.endsWith('AND') ? 'to ' : 'to'}`,
    )
    .replace(MONTH_THE_DAY, (m, month: string, the: string, day: string) => `${month}${' '.repeat(the.length)}${day}`)
    .replace(ORDINAL_THEN_TIME, (m, day: string) => `${day}  `)
    .replace(MONTH_THEN_TIME, (month: string) => month.slice(0, 3).padEnd(month.length))
    .replace(MONTH_DAY_AND_DAY, (m, head: string, and: string) => `${head}${'-'.padStart(Math.ceil(and.length / 2)).padEnd(and.length)}`);
}

/** "Kickstarting Rust Delhi (00:10)": the length of an agenda's item, in brackets, is no time of day. */
const DURATION = /\(\s*0?0:[0-5]\d\s*\)/g;

/** "October 19 and 20, 2021" → "October 19  -  20, 2021": two days of one month, which chrono reads as a span. */
const MONTH_DAY_AND_DAY =
  /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(\s+(?:and|&)\s+)(?=\d{1,2}(?:st|nd|rd|th)?\b)/gi;

/** "5th4:00 pm" → "5  4:00 pm": an ordinal day directly followed by a clock ("4:00 pm", "19:30", "4pm"). */
const ORDINAL_THEN_TIME = /(?<![\d.])(\d{1,2})(?:st|nd|rd|th)(?=(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|\s?[ap]\.?m\b))/gi;

/**
 * "5 March4:00 pm" → "5 Mar  4:00 pm": a month's name directly followed by a clock, shortened to make room
 * for a space (a three-letter name such as "May4:00" has none to give and stays as it is).
 */
const MONTH_THEN_TIME =
  /(?<=\d\s*)(?:january|february|march|april|june|july|august|september|october|november|december|sept)(?=(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|\s?[ap]\.?m\b))/gi;

/** "October the 14th" → "October     14th", which chrono reads. */
const MONTH_THE_DAY =
  /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)(\s+the\s+)(\d{1,2}(?:st|nd|rd|th)(?:\b|(?=\d)))/gi;

/**
 * "December 4 @ 6:30 pm" (WordPress' The Events Calendar and others) → "December 4 , 6:30 pm":
 * an @ between a date and a time reads as a separator (same length, so match positions stay valid).
 */
export function atSigns(text: string): string {
  return text.replace(/([\p{L}\d],?\s+)@(\s+\d)/giu, '$1,$2');
}

/** Links, with or without a scheme: "https://techcrunch.com/2017/04/05/…" is an article's address, not an event's date. */
const LINK = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/gi;

/** The text with its links blanked out (same length, so match positions stay valid). */
export function withoutLinks(text: string): string {
  return text.includes('/') ? text.replace(LINK, (link) => ' '.repeat(link.length)) : text;
}
