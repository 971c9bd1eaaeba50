/**
 * Month names of languages chrono has no parser for, written as the English
 * chrono reads, each in the same length (padded with spaces, or abbreviated:
 * "joulukuuta" → "December  ", "lutego" → "Feb   "), so a date found in the
 * English text is at the same place in the original: Finnish ("14.
 * joulukuuta 2024"), Polish ("14 grudnia 2024"), Czech ("14. prosince"),
 * Danish and Norwegian ("14. desember"), Hungarian ("december 14."),
 * Russian, Ukrainian and Macedonian ("14 декабря", "21ви јуни"), Romanian
 * ("7 decembrie 2021"), Turkish ("14 Aralık 2024") and Greek ("14
 * Δεκεμβρίου 2024"). Croatian is left out: its "listopada" is October, the
 * Polish one November.
 * Only a name next to a number is respelt.
 */
export function englishMonthNames(text: string): string {
  if (!CUE.test(text)) return text;
  const english = text.replace(NAME, (name) => {
    const month = MONTHS.get(name.toLowerCase());
    if (month === undefined) return name;
    const [full, short] = ENGLISH[month]!;
    const word = full.length <= name.length ? full : short;
    return word.length <= name.length ? word.padEnd(name.length) : name;
  });
  // "14. December", "21ви June": the day's full stop or ordinal ending, which English does not write, as spaces.
  return english.replace(DAY_MARK, (_m, day: string, mark: string) => day + ' '.repeat(mark.length));
}

const DAY_MARK = /(?<!\d)(\d{1,2})(\.|[\u0400-\u04FF]{1,2})(?=\s{1,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?![a-z]))/gu;

// prettier-ignore
const ENGLISH: [string, string][] = [
  ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May', 'May'], ['June', 'Jun'],
  ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sep'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec'],
];

// prettier-ignore
const BY_LANGUAGE: string[][] = [
  // Finnish (the partitive a date takes, and the plain name)
  ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
  ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'],
  // Polish (genitive, as dates write them)
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  // Czech (genitive)
  ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  // Danish and Norwegian
  ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  // Hungarian
  ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  // Russian and Ukrainian (genitive), Macedonian
  ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  // Romanian
  ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  // Turkish
  ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  ['ocak', 'subat', 'mart', 'nisan', 'mayis', 'haziran', 'temmuz', 'agustos', 'eylul', 'ekim', 'kasim', 'aralik'], // upper case, or typed without its letters
  // Greek (genitive, as dates write them)
  ['ιανουαρίου', 'φεβρουαρίου', 'μαρτίου', 'απριλίου', 'μαΐου', 'ιουνίου', 'ιουλίου', 'αυγούστου', 'σεπτεμβρίου', 'οκτωβρίου', 'νοεμβρίου', 'δεκεμβρίου'],
];

const MONTHS = new Map<string, number>();
for (const names of BY_LANGUAGE) names.forEach((n, i) => MONTHS.has(n) || MONTHS.set(n, i));

const NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A month name with a number before it ("14. joulukuuta", "21ви јуни") or after it ("december 14."). */
const NAME = new RegExp(String.raw`(?<=\d\.?(?:\p{L}{1,2})?\s{1,3})(?:${NAMES})(?!\p{L})|(?<!\p{L})(?:${NAMES})(?=\s{1,3}\d)`, 'giu');
const CUE = new RegExp(String.raw`(?<!\p{L})(?:${NAMES})(?!\p{L})`, 'iu');
