import { beyondRoom } from './venue-cue.js';

/**
 * 2b. A venue and its street address written in prose the continental way —
 *     the street word first, its number after — in Italian, Portuguese,
 *     Dutch, German or English:
 *     - "presso Officina Esempio, Via Roma 5, Catania" → "Officina Esempio, Via Roma 5, Catania";
 *     - "presso la sede dell'Associazione Esempio di Borgo, Via Marconi 19, dalle 9"
 *       → "la sede dell'Associazione Esempio di Borgo, Via Marconi 19";
 *     - "presso la sede di Esempio in via Verdi 7" → "la sede di Esempio, via Verdi 7";
 *     - "Vai ser na Empresa Exemplo, que fica na Rua das Flores, 68, 3º andar."
 *       → "Empresa Exemplo, Rua das Flores 68";
 *     - "às 19:00, na Empresa Exemplo (Av. Sete de Setembro, 2451 - 4º andar)"
 *       → "Empresa Exemplo, Av. Sete de Setembro 2451";
 *     - "bij Bedrijf Voorbeeld, Kerkstraat 5, Utrecht", "im Café Mitte, Hauptstraße 4",
 *       "at Café Mitte, Hauptstraße 4, Dresden".
 *     And a street alone after "in" or "na": "in via Roma 5, Catania", "in
 *     piazza Duomo 1 a Catania", "na Rua Augusta 100, Lisboa".
 *
 * The street must start with a street word (Via, Piazza, Corso, Rua, Av.,
 * Travessa, …) or be one word ending in one ("Hauptstraße", "Kerkstraat"),
 * and have a house number; a town is taken after it only when it is
 * written with a capital right after a comma or "a"/"em"/"in" ("…, dalle ore
 * 9" is no town). After "presso" (Italian "at the premises of") or "que
 * fica" ("which is on") any venue text counts; after the common words "na",
 * "no", "bij", "im", "at" only a name written with a capital. "presso" in a
 * sentence about tickets or sign-up ("biglietti presso …") names a shop,
 * not the venue.
 */
export function venueWithStreet(text: string): string | null {
  for (const m of text.matchAll(CUE)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 240).split('\n')[0]!;
    const strong = /^presso$/i.test(m[1]!);
    const street = STREET_ALONE.exec(rest);
    if (street && /^(?:in|na|no)$/i.test(m[1]!)) return address(null, street.groups!);
    const found = VENUE_STREET.exec(rest);
    if (!found) continue;
    // "im Raum "Newton" der TechBase Regensburg statt (Franz-Meyer-Str. 1, 93053 Regensburg)": the house, not its room.
    const venue = beyondRoom(found.groups!.venue!.replace(/\s+statt$/, '').trim());
    if (venue !== null && !strong && !found.groups!.relative && !CAPITALISED.test(venue)) continue;
    return address(venue, found.groups!);
  }
  return null;
}

function address(venue: string | null, g: Record<string, string | undefined>): string {
  const street = `${g.street!.trim()} ${g.number!}`;
  return [venue, street, g.town?.trim()].filter(Boolean).join(', ');
}

/** Words that put a venue or a street after them. "presso" is not read after words about tickets or sign-up. */
const CUE = new RegExp(
  String.raw`(?<![\p{L}'’])(${anyInitial(['presso', 'na', 'no', 'nas', 'nos', 'in', 'bij', 'im', String.raw`in\s+der`, 'at'])})\s+` +
    String.raw`(?<!${anyInitial(['bigliett', 'iscri', 'prenot', 'informazion', 'acquist', 'disponibil', 'rivolgers', 'vendit'])}[^.!?\n]{0,60}presso\s+)`,
  'gu',
);

/** Words matched with a capital or without one ("Via Roma", "in via Roma"); the regexes have no 'i' flag, under which \p{Lu} matches any letter. */
function anyInitial(words: string[]): string {
  return `(?:${words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;
}

// prettier-ignore
const STREET_WORDS = anyInitial([
  'via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'contrada', 'rua', 'avenida', String.raw`av\.`, 'travessa',
  'alameda', 'pra[cç]a', 'rodovia', 'estrada', 'calle', 'avenue', 'rue', 'street', 'road',
]);
const STREET_SUFFIXES = String.raw`(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|weg|gasse|platz|allee|ring|damm|straat|laan|plein|gracht|kade|singel|dijk)`;
/** "Via Roma", "Av. Sete de Setembro", "Rua das Flores", "Hauptstraße", "Kerkstraat". */
const STREET = String.raw`(?<street>${STREET_WORDS}\s+(?:(?:d[aeiou]s?|del|della|dei|degli)\s+)?\p{Lu}[^,()\n\d.;:!?]{1,50}?|\p{L}[\p{L}-]{1,40}${STREET_SUFFIXES})`;
/** "5", "19", "8/C", "12a", or ", 68" as Brazilian addresses write it. */
const NUMBER = String.raw`(?:\s+|\s*,\s*)(?<number>\d{1,5}(?:[a-zA-Z]\b|\/[\dA-Za-z]{1,3})?)(?!\d|[:º°ª.,]\d|[º°ª])`;
const TOWN = String.raw`(?:\s*,\s*|\s+(?:a|em|in)\s+)(?<town>(?:\d{4,5}\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:sul|sull['’]|di|de|da|do|dos|das|del|della|an\s+der|am|aan\s+de|aan\s+den)\s+)?\p{Lu}[\p{L}'’-]+){0,3})(?=\s*(?:[.;!?)]|,\s|-\s|$))`;
const ADDRESS = String.raw`${STREET}${NUMBER}(?:${TOWN})?`;

/** A street written right after "in"/"na": "in via Roma 5, Catania". */
const STREET_ALONE = new RegExp(`^${ADDRESS}`, 'u');
/** The venue, what joins it to its street (a comma, "que fica na", "in", a bracket), then the street. */
const VENUE_STREET = new RegExp(
  String.raw`^(?<venue>(?:[^,.;:()\n]|\.(?=[\p{L}\d])|\([^()\n]{1,40}\)){2,90}?)` +
    String.raw`(?:\s*,\s*(?<relative>(?:que|che|die|which)\s+(?:fica|si\s+trova|ligt|liegt|is)\s+(?:na|no|em|in|a|at|aan\s+de|an\s+der)\s+(?:o\s+)?(?:endere[cç]o\s+)?)?|\s+(?:in|na|no|em)\s+|\s*\(\s*)` +
    ADDRESS,
  'u',
);

const CAPITALISED = /^(?:(?:the|la|il|lo|l['’]|de|het|der|die|das|dem|den|a|o)\s+)?[\p{Lu}\d]/u;
