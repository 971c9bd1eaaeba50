/**
 * Text folding for place-name matching. Every name in the gazetteer and every
 * query is folded the same way, so matching is a plain string comparison:
 *
 * - lower case; accents removed (NFD, combining marks dropped), plus the few
 *   letters NFD does not decompose (ß→ss, æ→ae, ø→o, ł→l, đ→d, œ→oe, þ→th, ı→i);
 * - apostrophes and full stops dropped ("St. John's" → "st johns", "U.K." → "uk");
 * - hyphens, dashes, slashes, commas and brackets become spaces
 *   ("Stoke-on-Trent" → "stoke on trent", "Washington, D.C." → "washington dc");
 * - the abbreviations "st"/"ste"/"mt" become "saint"/"sainte"/"mount", so
 *   "St Helier" finds GeoNames' "Saint Helier" and "Saint Albans" finds "St Albans";
 * - runs of spaces collapse to one.
 */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ð: 'd',
};
const WORD_EXPANSIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount' };

/** Words of letters and digits between single spaces: the punctuation and space steps leave them as they are. */
const SIMPLE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
/** A word to expand ("st", "ste", "mt"), between spaces or at an end. */
const ABBREVIATION = /(?:^| )(?:st|ste|mt)(?= |$)/;

export function fold(text: string): string {
  const letters = plainLetters(text);
  const base = SIMPLE.test(letters)
    ? letters
    : letters
        .replace(/['’‘`´.]/g, '')
        .replace(/[-‐‑‒–—_/\\,()[\]]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
  if (!ABBREVIATION.test(base)) return base;
  return base
    .split(' ')
    .map((w) => WORD_EXPANSIONS[w] ?? w)
    .join(' ');
}

/** Plain ASCII: NFD leaves it as it is, and it has no combining marks or special letters. */
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/** Lower case, accents removed, special letters spelt out; plain ASCII (most names) only needs lower-casing. */
function plainLetters(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæøłđœþıð]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

/**
 * Optimal-string-alignment edit distance (insert, delete, substitute, swap of
 * two neighbours), giving up early once every cell exceeds `max`.
 * Returns `max + 1` when the distance is larger than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      }
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  const d = prev[b.length] ?? max + 1;
  return d > max ? max + 1 : d;
}

/** "a", "a or b", "a, b or c" */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
