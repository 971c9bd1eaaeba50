import {
  SQUARE_WORDS,
  STREET_ENDINGS,
  STREET_WORDS,
  STREET_WORDS_AFTER_NAME,
  STREET_WORDS_ALSO_COMMON,
  streetWordPattern,
} from '../core/street-words.js';

/**
 * Where a venue's name ends and its street begins, in the first part of a
 * location (normalise/location.ts `leadingVenue`).
 *
 * - `startsWithStreet`: "Rte de Brest", "Av. de Paris", "Rue Saint-Jacques",
 *   "Hauptstraße 5", "Kerkstraat 5", "Voorhavenkaai 51", "Drottninggatan 5",
 *   "Karl Johans gate 22" is a street, not a venue — unless the next part
 *   is a numbered street of its own ("Avenue Theatre, 12 Main St": a place
 *   with an address). A square is a place to meet: "Place des Arts" stays.
 *   A street whose name ends in its street word (core/street-words.ts
 *   `STREET_ENDINGS`) counts only with its house number after it: "De
 *   Markt", "Paleis Het Loo" stay venues.
 * - `beforeStreet`: "Le Tigre 2 Rue Jean Mermoz" → "Le Tigre", "Parc des
 *   Expositions de Limoges Boulevard Robert Schuman" → "Parc des Expositions
 *   de Limoges", "Kulturhaus Mitte Hauptstraße 5" → "Kulturhaus Mitte",
 *   "The Hub 12 High Street" → "The Hub". A Romance street word with no
 *   house number before it counts only capitalised and not after "de",
 *   "la", "of"… ("Café de la Place Rouge" stays); an English street word
 *   only after a house number ("The Old Road Tavern" stays).
 */
export function startsWithStreet(head: string, rest: string): boolean {
  if (!LEADING_STREET.test(head) && !LEADING_NAME_FIRST.test(head)) return false;
  return !NUMBERED_STREET.test(rest) || !STREET_IN_LINE.test(rest);
}

/** The venue's name before a street glued to it, or the text unchanged when none is (see above). */
export function beforeStreet(head: string): string {
  const space = head.indexOf(' ');
  if (space < 0 || head.indexOf(' ', space + 1) < 0) return head;
  const at = Math.min(romanceStreetAt(head), /\d/.test(head) ? numberedStreetAt(head) : Infinity);
  if (at === Infinity) return head;
  const venue = head.slice(0, at).replace(/[\s,:;–—-]+$/u, '');
  return venue.length >= 2 ? venue : head;
}

const ALL_WORDS = streetWordPattern();
const PLAIN = [...STREET_WORDS.keys()].filter((w) => !STREET_WORDS_ALSO_COMMON.has(w));
const PLAIN_WORDS = streetWordPattern(PLAIN);
const STREETS_NOT_SQUARES = streetWordPattern(PLAIN.filter((w) => !SQUARE_WORDS.has(w)));
const HOUSE_NUMBER = String.raw`\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s+`;
const LETTER_AFTER = String.raw`\s+(?=[\p{L}\d'’])`;

/** "Rue Saint-Jacques", "Av. de Paris", "C/ Mayor": a street word (not "Cours de danse", nor a square) and a name. */
const LEADING_STREET = new RegExp(String.raw`^(?:${STREETS_NOT_SQUARES})${LETTER_AFTER}`, 'iu');
/** Words before a street's name that belong to it: "Nieuwe Binnenweg", "Oudezijds Voorburgwal", "Prins Hendrikkade", "Alte Jakobstraße", "Store Kongensgade". */
// prettier-ignore
const NAME_OPENERS = [
  'Oude', 'Nieuwe', 'Korte', 'Lange', 'Hoge', 'Lage', 'Grote', 'Kleine', 'Oudezijds', 'Nieuwezijds', 'Sint', 'Prins', 'Prinses',
  'Koning', 'Koningin', 'Alte', 'Neue', 'Große', 'Grosse', 'Obere', 'Untere', 'Hohe', 'Sankt', 'Store', 'Lille', 'Nørre', 'Søndre',
  'Vester', 'Øster', 'Gamle', 'Nye', 'Gamla', 'Nya', 'Stora', 'Lilla',
].join('|');
/**
 * A street whose name ends in its street word: one word ("Hauptstraße", "Kerkstraat", "Drottninggatan"), a name and a
 * capitalised word ("Schönhauser Allee"), or a Nordic word in lower case after a name in the genitive ("Karl Johans
 * gate", "Ole Bulls plass").
 */
const ONE_WORD = String.raw`(?:(?:${NAME_OPENERS})\s+)?\p{Lu}[\p{L}-]*(?:${streetWordPattern(STREET_ENDINGS)})`;
const CAPITALISED_AFTER = String.raw`\p{Lu}[\p{L}-]*\s+(?:${streetWordPattern(STREET_WORDS_AFTER_NAME.capitalised)})`;
const LOWER_CASE_AFTER = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+)?\p{Lu}[\p{L}.'’-]*s\s+(?:${streetWordPattern(STREET_WORDS_AFTER_NAME.lowerCase)})`;
const NAME_FIRST = `${ONE_WORD}|${CAPITALISED_AFTER}|${LOWER_CASE_AFTER}`;
/** …and its house number: "Kerkstraat 5", "Voorhavenkaai 51", "Sanderumvej 16B". */
const NAME_FIRST_NUMBERED = String.raw`(?:${NAME_FIRST})\s+\d{1,4}[a-z]?(?!\d)`;
const LEADING_NAME_FIRST = new RegExp(`^${NAME_FIRST_NUMBERED}`, 'u');

/** "175 Rue Sainte-Catherine", "12 High Street": a house number opens the part… */
const NUMBERED_STREET = /^\d{1,4}[a-z]?(?:\s?(?:bis|ter))?,?\s+\p{L}/iu;
/** …and a street word is in it ("76110 Goderville" is a postcode and its town). */
const STREET_IN_LINE = new RegExp(
  String.raw`(?<!\p{L})(?:${ALL_WORDS}|street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|way)(?![\p{L}])|\p{L}(?:straße|strasse|str\.|weg|gasse|platz|allee)(?!\p{L})`,
  'iu',
);

/** A Romance street in a venue's name: after its house number, or capitalised after a name word. */
const ROMANCE_STREET = new RegExp(
  String.raw`(?<=\s)(?:(?<num>${HOUSE_NUMBER})(?:${ALL_WORDS})|(?<word>${PLAIN_WORDS}))${LETTER_AFTER}`,
  'giu',
);
/** Words after which a street word is still the venue's name: "Café de la Place Rouge", "Hôtel du Quai Vert". */
const NAME_GOES_ON = /(?:^|\s)(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux|sur|of|the|at|on|del|della|di|da|do|dos|das|el|en|y|et|and|&)$/iu;

function romanceStreetAt(head: string): number {
  ROMANCE_STREET.lastIndex = 0;
  for (let m = ROMANCE_STREET.exec(head); m; m = ROMANCE_STREET.exec(head)) {
    if (m.groups!.num) return m.index;
    const word = m.groups!.word!;
    if (word[0] !== word[0]!.toLowerCase() && !NAME_GOES_ON.test(head.slice(0, m.index).trimEnd())) return m.index;
  }
  return Infinity;
}

/** "The Hub 12 High Street", "Kulturhaus Mitte Hauptstraße 5": an English street after its number, a German, Dutch or Nordic one before it. */
const ENGLISH_STREET =
  /(?<=\s)\d{1,5}[A-Za-z]?\s+(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr)\.?(?=\s|$)/u;
const NAME_FIRST_STREET = new RegExp(`(?<=\\s)${NAME_FIRST_NUMBERED}`, 'u');
/** A number that names a room or a pier, not a house: "Studio 54 West Street". */
const NUMBERED_NAME = /(?:^|\s)(?:studio|room|suite|unit|level|floor|hall|gate|pier|stage|building|block|no\.?|nr\.?|#)$/i;

function numberedStreetAt(head: string): number {
  const english = ENGLISH_STREET.exec(head);
  const e = english && !NUMBERED_NAME.test(head.slice(0, english.index).trimEnd()) ? english.index : Infinity;
  const nameFirst = NAME_FIRST_STREET.exec(head);
  return Math.min(e, nameFirst ? nameFirst.index : Infinity);
}
