import { withoutTrailingDate } from './title-date.js';
import { EVENT_WORDS, namesNoPlace, NOT_TOWNS, ONLINE } from './title-venue.js';

/**
 * The names of places a title may hold, for an event known to be in person
 * whose venue its calendar hides: Luma writes "Address: Check event page for
 * more details." and its own page as the location, so "Cafe Cursor Salt Lake
 * City" and "Cursor Kathmandu Buildathon" say where they are only in the
 * title. Only candidates: the place stage (place/title-city.ts) takes one
 * only if the gazetteer knows a city of that name (a big one, unless it ends
 * the title).
 *
 * A candidate is one to three capitalised words in a row ("Salt Lake City",
 * "Rio de Janeiro", "NYC"), not:
 * - a word that is a big city's name but in a title is a common word or a
 *   person's first name (`COMMON_WORDS`: "Reading group", "Mobile dev
 *   night", "Sound Bath", "Tyler"), a month, weekday or language
 *   (`namesNoPlace`), a programming language (`NOT_TOWNS`: "Rust");
 * - a name that says the event ("Summit", a year: `EVENT_WORDS`);
 * - a name after "with", "by", "feat." or "featuring": a speaker's.
 * A title that says online or streamed names no place it is held at.
 * Longest first, those that end the title before the rest.
 */
export interface TitlePlaceName {
  name: string;
  /** The name ends the title (a number, "#3" or punctuation may follow): "Build Club Palo Alto". */
  atEnd: boolean;
}

export function placeNamesOfTitle(title: string | null): TitlePlaceName[] {
  const text = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text || ONLINE.test(text)) return [];
  const atEnd: TitlePlaceName[] = [];
  const inside: TitlePlaceName[] = [];
  for (const m of text.matchAll(CAPITAL_RUN)) {
    if (PERSON_CUE.test(text.slice(0, m.index))) continue;
    const words = m[0].split(' ');
    const endsTitle = TRAILER.test(text.slice(m.index + m[0].length));
    for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const part = words.slice(i, i + n);
        if (!mayNamePlace(part)) continue;
        (endsTitle && i + n === words.length ? atEnd : inside).push({ name: part.join(' '), atEnd: endsTitle && i + n === words.length });
      }
    }
  }
  return [...atEnd, ...inside];
}

const MAX_WORDS = 3;

/**
 * The names that end a title before the date that ends it ("Jazz Night
 * Leeds 12/05", "Concierto de jazz Salamanca 24 de mayo de 2022", "Meetup
 * Lyon 3 juin": title-date.ts), by the same rules, longest first: a name
 * and then the day is how a listing says where and when. None when no date
 * ends the title ("Poetry Night Leeds" is left alone: a last word is most
 * often no town).
 */
export function placeNamesBeforeDate(title: string | null): TitlePlaceName[] {
  const before = title ? withoutTrailingDate(title.replace(/\s+/g, ' ').trim()) : null;
  return before ? placeNamesOfTitle(before).filter((n) => n.atEnd) : [];
}

/** Capitalised words, with the particles of a place's name between them ("Rio de Janeiro", "Frankfurt am Main"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const CAPITAL_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}(?: (?:(?:de|da|do|dos|das|del|di|la|am|upon) )?${WORD})*`, 'gu');

/** What may follow a name that ends the title: a number, "#3", a year, punctuation. */
const TRAILER = /^[\s\d#.,:;!?()[\]|–—-]*$/;

/** A speaker's name follows: "Fireside with Tyler Cowen", "Talk by Charlotte Lee". */
const PERSON_CUE = /\b(?:with|by|feat\.?|ft\.?|featuring)\s+$/i;

const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'di', 'la', 'am', 'upon']);

function mayNamePlace(words: string[]): boolean {
  if (PARTICLES.has(words[0]!) || PARTICLES.has(words.at(-1)!)) return false;
  const name = words.join(' ');
  if (EVENT_WORDS.test(name)) return false;
  if (words.length > 1) return true;
  const word = name.toLowerCase().replace(/[.’']+$/, '');
  return !COMMON_WORDS.has(word) && !NOT_TOWNS.has(word) && !namesNoPlace(word);
}

/**
 * Cities of 15,000 people or more whose name, in a title, is far more often
 * an English word ("Reading group", "Sound Bath", "Summit"), a Spanish or
 * Portuguese one ("Tema", "Natal"), a brand ("Toyota"), or a person's first
 * name ("Tyler", "Gilbert") — and a name more than one city is known by
 * ("Soho": London's and New York's).
 */
// prettier-ignore
const COMMON_WORDS = new Set([
  // English words
  'reading', 'mobile', 'nice', 'split', 'orange', 'surprise', 'independence', 'enterprise', 'paradise', 'temple',
  'delta', 'mission', 'bath', 'sale', 'metro', 'van', 'batman', 'tours', 'summit', 'retreat', 'bar', 'terrace',
  'springs', 'spring', 'grove', 'union', 'alliance', 'sunrise', 'jupiter', 'holiday', 'liberty', 'pop', 'golden',
  'crystal', 'pearl', 'cove', 'mesa', 'uptown', 'central', 'green', 'derby', 'aurora', 'meridian', 'concord',
  'providence', 'deal', 'university', 'eden', 'zion', 'goshen', 'sparta', 'troy', 'hue', 'erode', 'hub', 'bay',
  'hollywood', 'soho',
  // other languages' words and brands
  'essen', 'franca', 'americana', 'natal', 'tema', 'tamale', 'bello', 'latina', 'serra', 'sari', 'arak', 'ota',
  'fuji', 'toyota', 'hitachi', 'nokia', 'santander', 'mercedes', 'diadema', 'canoas', 'contagem', 'patos', 'palmas',
  'formosa', 'dourados', 'paulista', 'pasto', 'soledad', 'batu', 'palu', 'okara', 'mandi', 'aba', 'ede', 'jos',
  // first names
  'tyler', 'eugene', 'irving', 'norman', 'allen', 'chandler', 'gilbert', 'richardson', 'kent', 'everett', 'warren',
  'santos', 'leon', 'nancy', 'regina', 'salem', 'columbia', 'lancaster', 'chester', 'hamilton', 'lincoln', 'jackson',
  'victoria', 'florence', 'elizabeth', 'mary', 'anna', 'david', 'isabela', 'guadalupe', 'rosario', 'anand',
  'marshall', 'lafayette', 'lawrence', 'bryan', 'franklin', 'clinton', 'marion', 'monroe', 'chelsea', 'carolina',
]);
