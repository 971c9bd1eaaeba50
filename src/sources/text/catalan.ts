/**
 * Catalan dates ("Dissabte 14 de desembre de 2024 a les 20 h", "dijous 3
 * d'abril a les 19.30 h") written as the Spanish that chrono reads: month
 * and weekday names, "d'" before a month, "del" before a year, "a les". Every word keeps its
 * length (a shorter Spanish word is padded with spaces; a longer one is
 * abbreviated, "desembre" → "dic"), so a date found in the Spanish text is
 * at the same place in the Catalan.
 */
export function catalanAsSpanish(text: string): string {
  return text
    .replace(MONTH, (whole, name: string) => {
      const prefix = whole.length > name.length ? 'de ' : '';
      const [full, short] = MONTHS[name.toLowerCase()]!;
      // Padded before the month, so a date ends where the Catalan month does (and a time after it is joined).
      const month = fitEnd(full, whole.length - prefix.length) ?? fitEnd(short, whole.length - prefix.length);
      return month ? prefix + month : whole;
    })
    .replace(WEEKDAY, (name: string) => fitStart(WEEKDAYS[name.toLowerCase()]!, name.length) ?? name)
    .replace(/(?<!\p{L})del(?=\s+\d{4}(?!\d))/giu, 'de ')
    .replace(/(?<!\p{L})a les(?!\p{L})/giu, 'a las');
}

/**
 * "del 15 al 28 de julio" (Spanish and Catalan), which chrono reads as the
 * 28th only, written "    15 -  28 de julio", a span it reads: same length.
 */
export function spanishDaySpans(text: string): string {
  return text.includes('al') ? text.replace(DAY_SPAN, (_m, from: string, to: string) => `    ${from} -  ${to}`) : text;
}

const DAY_SPAN = /(?<!\p{L})del (\d{1,2}) al (\d{1,2})(?= de )/giu;

/** A number before a Catalan month (the one not spelt as in Spanish), or a Catalan weekday. */
export const CATALAN_CUE =
  /\d.*(?<![\p{L}'’])(?:d['’])?(?:gener|febrer|març|maig|juny|juliol|setembre|desembre|d['’](?:abril|agost|octubre))(?!\p{L})|(?<!\p{L})(?:dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge)(?!\p{L}).*\d/isu;

function fitStart(word: string, length: number): string | null {
  return word.length <= length ? word + ' '.repeat(length - word.length) : null;
}

function fitEnd(word: string, length: number): string | null {
  return word.length <= length ? ' '.repeat(length - word.length) + word : null;
}

// prettier-ignore
const MONTHS: Record<string, [full: string, short: string]> = {
  gener: ['enero', 'ene'], febrer: ['febrero', 'feb'], 'març': ['marzo', 'mar'], abril: ['abril', 'abr'], maig: ['mayo', 'may'],
  juny: ['junio', 'jun'], juliol: ['julio', 'jul'], agost: ['agosto', 'ago'], setembre: ['setiembre', 'sep'],
  octubre: ['octubre', 'oct'], novembre: ['noviembre', 'nov'], desembre: ['diciembre', 'dic'],
};

// prettier-ignore
const WEEKDAYS: Record<string, string> = {
  dilluns: 'lunes', dimarts: 'martes', dimecres: 'mie', dijous: 'jueves', divendres: 'viernes', dissabte: 'sabado', diumenge: 'domingo',
};

const MONTH = /(?<![\p{L}'’])(?:d['’])?(gener|febrer|març|abril|maig|juny|juliol|agost|setembre|octubre|novembre|desembre)(?!\p{L})/giu;
const WEEKDAY = /(?<!\p{L})(?:dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge)(?!\p{L})/giu;
