/**
 * Country as a source writes it ("GB", "gb", "United Kingdom", "Deutschland",
 * "UK", "USA") → ISO 3166-1 alpha-2 upper case, or null when it cannot be told.
 *
 * Names are matched against the region names Intl knows in a few languages
 * common in event feeds (accents and case ignored), plus a short list of
 * everyday aliases Intl does not produce. A two-letter input is accepted only
 * when it is a real region code (so "XX" is null).
 */

import { CITY_STATES } from '../core/city-states.js';
import { foldedWords } from '../core/fold.js';

const NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv'];

const ALIASES: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  'u s a': 'US',
  'u s': 'US',
  'u k': 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  'czech republic': 'CZ',
  'republic of ireland': 'IE',
  'south korea': 'KR',
  'korea republic of': 'KR',
  russia: 'RU',
  'russian federation': 'RU',
};

let byName: Map<string, string> | null = null;

const key = foldedWords;

function allCodes(): string[] {
  const codes: string[] = [];
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (names.of(code) !== code && isCanonicalCountry(code)) codes.push(code);
    }
  }
  return codes;
}

/** Drops user-assigned/grouping codes and deprecated ones Intl aliases (DD → DE, UK → GB). */
function isCanonicalCountry(code: string): boolean {
  if (/^(?:Q[M-Z]|X[A-Z]|ZZ|AA|EU|EZ|UN)$/.test(code)) return false;
  return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  const codes = allCodes();
  for (const lang of NAME_LANGUAGES) {
    const display = new Intl.DisplayNames([lang], { type: 'region' });
    for (const code of codes) {
      const name = display.of(code);
      if (name && !byName.has(key(name))) byName.set(key(name), code);
    }
  }
  for (const code of codes) if (!byName.has(code.toLowerCase())) byName.set(code.toLowerCase(), code);
  return byName;
}

/** Answers by the text as written: every event asks (twice), and feeds repeat a handful of spellings. */
const answers = new Map<string, string | null>();
const ANSWERS_MAX = 4096;

export function countryCode(text: string | null | undefined): string | null {
  if (!text) return null;
  let code = answers.get(text);
  if (code === undefined) {
    const k = key(text);
    code = k ? (names().get(k) ?? null) : null;
    if (answers.size >= ANSWERS_MAX) answers.clear();
    answers.set(text, code);
  }
  return code;
}

/**
 * "Kenya", "UK", "Deutschland": a location that is only a country says where
 * in the world, not where people meet (a Luma host types the country to keep
 * the venue for guests). A country that is one city ("Singapore":
 * core/city-states.ts) names that city, as a town's name would; a venue
 * named after its country ("Kenya National Theatre", "Holland Park") is a
 * venue. A code counts only in capitals ("UK", "DE"; not the words "in", "de").
 */
export function namesOnlyACountry(text: string | null): boolean {
  const code = text ? countryCode(text) : null;
  if (code === null || code in CITY_STATES) return false;
  const letters = text!.replace(/\P{L}/gu, '');
  return letters.length > 3 || letters === letters.toUpperCase();
}
