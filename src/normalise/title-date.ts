/**
 * A date at the end of a title, after the town it is in: "Concierto de jazz
 * Salamanca 24 de mayo de 2022", "Jazz Night Leeds 12/05", "Meetup Lyon 3
 * juin", "Stammtisch Köln 14.03.2025", "Quiz in Leeds — Sat 12 May". The
 * title without it is where a town at the end is looked for
 * (title-venue.ts `townAtEndOfTitle`, title-places.ts `placeNamesBeforeDate`).
 *
 * A date is numeric (day and month with "/", "." or "-", a year optional:
 * "12/05", "14.03.", "14.03.2025", "2025-03-14") or has a month's name or
 * short name in English, Spanish, French, German, Italian, Portuguese or
 * Dutch, before or after its day ("24 de mayo de 2022", "14. März", "May 12,
 * 2025"); a weekday, "on", "le", "am"… and a time may go with it ("sábado 24
 * de mayo", "le 3 juin à 19h", "am 14.03. 19:00"). Version numbers are no
 * dates: "Python 3.12" (a day of one digit needs a year or a closing dot).
 */
export function withoutTrailingDate(title: string): string | null {
  // Every date has a digit near the end: a title without one is passed over at once.
  if (!digitNearEnd(title)) return null;
  const tail = title.length > TAIL ? title.slice(-TAIL) : title;
  const m = DATE_AT_END.exec(tail);
  if (!m) return null;
  const rest = title.slice(0, title.length - tail.length + m.index).replace(SEPARATORS_AT_END, '');
  return rest === '' ? null : rest;
}

/** The longest date with its weekday and time (about 45 characters) and the separator before it. */
const TAIL = 64;
/** A date's last digit is at most this far from the title's end: "24 de septiembre)." */
const DIGIT_REACH = 20;

function digitNearEnd(title: string): boolean {
  for (let i = title.length - 1; i >= 0 && i >= title.length - DIGIT_REACH; i--) {
    const c = title.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Month names and their short forms, by language; a short form may end in ".". */
// prettier-ignore
const MONTHS = [
  // English
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Spanish
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic',
  // French
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre',
  'novembre', 'décembre', 'decembre', 'janv', 'févr', 'fevr', 'avr', 'juil', 'déc',
  // German
  'januar', 'jänner', 'februar', 'märz', 'maerz', 'juni', 'juli', 'oktober', 'dezember', 'mär', 'okt', 'dez',
  // Italian
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'gen', 'mag',
  'giu', 'lug', 'set', 'ott',
  // Portuguese
  'janeiro', 'fevereiro', 'março', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'fev', 'out',
  // Dutch
  'januari', 'februari', 'maart', 'mei', 'augustus', 'mrt',
];

// prettier-ignore
const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thurs', 'fri', 'sat', 'sun', 'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado',
  'domingo', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'montag', 'dienstag', 'mittwoch',
  'donnerstag', 'freitag', 'samstag', 'sonntag', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato',
  'domenica', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'maandag', 'dinsdag', 'woensdag', 'donderdag',
  'vrijdag', 'zaterdag', 'zondag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
];

/** Words that may lead a date: "on", "le", "el", "am", "il", "op", "em", "no", "dia", "the". */
const LEADS = ['on', 'the', 'le', 'el', 'am', 'il', 'op', 'em', 'no', 'dia', 'den', 'du'];

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const MONTH = String.raw`(?:${alternation(MONTHS)})\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|°|ª|\.)?`;
const YEAR = String.raw`(?:\d{4}|['’]\d{2})`;
/** "12/05", "12/05/2025", "14.03.", "14.03.2025", "14-03-2025", "2025-03-14"; one-digit days with "." need a year or a closing dot. */
const NUMERIC = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d{2}))?|\d{2}\.\d{2}\.?(?:\d{4}|\d{2})?|\d\.\d{1,2}\.(?:\d{4}|\d{2})?|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2}))`;
const DAY_MONTH = String.raw`${DAY}\s*(?:de\s+|-)?${MONTH}(?:,?\s*(?:de\s+|del\s+)?${YEAR})?`;
const MONTH_DAY = String.raw`${MONTH}\s+${DAY}(?:,?\s+${YEAR})?`;
const WEEKDAY = String.raw`(?:(?:${alternation(WEEKDAYS)})\.?,?\s+)?`;
const LEAD = String.raw`(?:(?:${LEADS.join('|')})\s+)?`;
/** "19:00", "7pm", "à 19h", ", 20.30 Uhr". */
const TIME = String.raw`(?:,?\s*(?:at\s+|à\s+|a\s+las\s+|um\s+|alle\s+|om\s+|às\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?)?`;

const DATE_AT_END = new RegExp(
  String.raw`(?:^|[\s,(|–—-])[(\[]?${LEAD}${WEEKDAY}(?:${NUMERIC}|${DAY_MONTH}|${MONTH_DAY})${TIME}[)\]]?[\s.!]*$`,
  'iu',
);

/** What separates the date from the rest: spaces, commas, dashes, pipes, colons, an opening bracket. */
const SEPARATORS_AT_END = /[\s,|:;([–—-]+$/;
