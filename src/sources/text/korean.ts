/**
 * Korean dates ("일시: 2024년 5월 18일(토) 오후 2시 ~ 5시", "2024.05.18 (토)
 * 14:00", "5월 18일 토요일 오후 7시 30분", "오후 2시부터 5시까지") written as
 * the Japanese that chrono reads ("2024年 5月 18日(土) 午後 2時 ~ 5時"): one
 * Hangul syllable for one kanji, so every word keeps its length and a date
 * found in the Japanese text is at the same place in the Korean. A dotted
 * date before a weekday or a time is written with slashes ("2024/05/18").
 */
export function koreanAsJapanese(text: string): string {
  return text
    .replace(UNIT, (unit: string) => UNITS[unit]!)
    .replace(WEEKDAY, (day: string) => WEEKDAYS[day]!)
    .replace(WORD, (word: string) => WORDS[word]!)
    .replace(DOTTED, (whole, y: string, m: string, d: string) => `${y}/${m}/${d}`.padEnd(whole.length));
}

/** A number before a Korean year, month or day ("5월", "18 일"), or a weekday in brackets after a number ("2024.05.18 (토)"). */
export const KOREAN_CUE = /\d\s?[년월일]|\d\.?\s*\([월화수목금토일]\)/u;

// prettier-ignore
const UNITS: Record<string, string> = { 년: '年', 월: '月', 일: '日', 시: '時', 분: '分' };
// prettier-ignore
const WEEKDAYS: Record<string, string> = { 월: '月', 화: '火', 수: '水', 목: '木', 금: '金', 토: '土', 일: '日' };
// prettier-ignore
const WORDS: Record<string, string> = { 오전: '午前', 오후: '午後', 요일: '曜日', 부터: 'から', 까지: 'まで' };

/** A unit after a number: not "2시간" (two hours) or "30분간" (for thirty minutes), which are lengths. */
const UNIT = /(?<=\d\s?)(?:[년월일]|[시분](?!간))/gu;
/** A weekday in brackets ("(토)") or before 요일 ("토요일"). */
const WEEKDAY = /(?<=\()[월화수목금토일](?=\))|[월화수목금토일](?=요일)/gu;
/** AM, PM, "day of the week", "from" and "until" after a time ("2시부터", "5시까지"). */
const WORD = /오전|오후|요일|(?<=[時分\d]\s?)(?:부터|까지)/gu;
/** "2024.05.18", "2024. 5. 18." before a weekday in brackets or a time. */
const DOTTED = /(?<!\d)(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?=\s*(?:\([月火水木金土日]\)|\d{1,2}:\d\d))/gu;
