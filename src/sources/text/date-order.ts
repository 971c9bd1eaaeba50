/**
 * Which comes first in a numeric date, the day ("25/09/2025", most of the
 * world) or the month ("9/25/2025", the United States and Canada; "12/4" in
 * Japanese, Chinese and Korean text). Chrono's English parsers read month
 * first; where dates are written day first, date.ts swaps them first.
 *
 * Decided, first that knows:
 * 1. the dates of the feed itself: a number over 12 says which it is
 *    ("25/09/2025" is day first; "9/25" month first), when all such dates
 *    agree;
 * 2. the language the feed declares (RSS `<language>`, Atom `xml:lang`):
 *    "en-US", "en-CA", "ja", "zh", "ko" month first; any other language,
 *    and English elsewhere ("en-GB", "en-IN"), day first; "en" alone says
 *    nothing;
 * 3. the language the feed's text is written in, when it has numeric dates
 *    and no declared language: mostly words of other languages than English
 *    ("O evento será em 08/10/2033, às 19:00") is day first;
 * 4. the zone the text is read in (`dayFirstInZone`), else the zone of the
 *    channel's region (ParseContext.dayFirst): a feed that says nothing is
 *    read as its readers write dates.
 */
export function dayFirstInZone(timezone: string | null): boolean {
  return timezone !== null && !MONTH_FIRST_ZONES.has(timezone) && !NORTH_AMERICAN.test(timezone);
}

/** Zones of the US and Canada (month first), by the names their cities give them. */
const NORTH_AMERICAN =
  /^(?:US\/|Canada\/|America\/(?:New_York|Detroit|(?:Kentucky|Indiana|North_Dakota)\/\w+|Indianapolis|Louisville|Fort_Wayne|Knox_IN|Chicago|Menominee|Denver|Boise|Phoenix|Los_Angeles|Anchorage|Juneau|Sitka|Metlakatla|Yakutat|Nome|Adak|Shiprock|St_Johns|Halifax|Glace_Bay|Moncton|Goose_Bay|Toronto|Montreal|Nipigon|Thunder_Bay|Iqaluit|Pangnirtung|Winnipeg|Rainy_River|Resolute|Rankin_Inlet|Regina|Swift_Current|Edmonton|Cambridge_Bay|Yellowknife|Inuvik|Creston|Dawson_Creek|Fort_Nelson|Whitehorse|Dawson|Vancouver|Atikokan|Blanc-Sablon)$)/;

/** Outside North America, the places that write "12/4" for 4 December. */
const MONTH_FIRST_ZONES = new Set([
  'Pacific/Honolulu',
  'Pacific/Guam',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Urumqi',
  'Asia/Taipei',
  'Asia/Manila',
]);

/** Day first (true), month first (false), or not known from the feed (null): rules 1 to 3 above. */
export function feedDayFirst(texts: readonly string[], language: string | null): boolean | null {
  return dayFirstByDates(texts) ?? dayFirstByLanguage(language) ?? (language ? null : dayFirstByWords(texts));
}

/**
 * Text with numeric dates that is mostly in another language than English:
 * day first (every such language but Japanese, Chinese and Korean, whose
 * dates are written "12月4日"). English says nothing: the US and the UK
 * differ. Reads the first WORDS_READ characters.
 */
function dayFirstByWords(texts: readonly string[]): boolean | null {
  if (!texts.some((t) => HAS_NUMERIC_DATE.test(t))) return null;
  const sample = texts.join('\n').slice(0, WORDS_READ).toLowerCase();
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  const other = sample.match(OTHER_WORDS)?.length ?? 0;
  return other >= 5 && other > english * 2 ? true : null;
}

const WORDS_READ = 20_000;
const HAS_NUMERIC_DATE = /(?<![\d./])\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/])/;
const ENGLISH_WORDS = /\b(?:the|and|with|for|from|this|will|our|you|are|join|of|to|is|at|on)\b/g;
const OTHER_WORDS =
  /(?<![\p{L}])(?:de|la|le|les|des|du|et|une?|au|aux|sur|und|der|die|das|mit|für|ist|ein|eine|im|zum|zur|bei|het|een|van|op|voor|bij|el|los|las|del|al|con|para|por|em|na|da|do|dos|um|uma|com|às|ao|il|della|alle|nel|per|che|och|med|för|og|til|się|jest|oraz)(?![\p{L}])/gu;

/** "25/09", "25.09.2025" (a day over 12 first) or "9/25/2025" (a month first): what the feed's own dates show. */
function dayFirstByDates(texts: readonly string[]): boolean | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of texts) {
    for (const m of text.matchAll(NUMERIC_DATE)) {
      const [a, b] = [Number(m[1]), Number(m[2] ?? m[3])];
      if (a > 12 && a <= 31 && b >= 1 && b <= 12 && m[0] !== '24/7') dayFirst += 1;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst += 1;
    }
  }
  if (dayFirst > 0 && monthFirst === 0) return true;
  if (monthFirst > 0 && dayFirst === 0) return false;
  return null;
}

/** "25/09", "9/25/2025", "25.09.2025" (a dotted one only with its year: "18.30" is a time). */
const NUMERIC_DATE = /(?<![\d./])(\d{1,2})(?:\/(\d{1,2})(?:\/\d{2,4})?|\.(\d{1,2})\.\d{2,4})(?![\d/]|\.\d)/g;

function dayFirstByLanguage(language: string | null): boolean | null {
  const tag = language?.trim().toLowerCase().replace('_', '-');
  if (!tag) return null;
  const [lang, region] = tag.split('-');
  if (lang === 'ja' || lang === 'zh' || lang === 'ko') return false;
  if (lang !== 'en') return true;
  if (!region) return null;
  return !['us', 'ca', 'ph'].includes(region);
}
