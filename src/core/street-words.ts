/**
 * The words that open a street's name in French, Spanish, Catalan, Italian
 * and Portuguese ("Rue de la Paix", "Av. de Paris", "Via Roma", "C/ Mayor"),
 * folded to lower case with their dot, and the languages that write them.
 * One list for the stages that read addresses: the place stage finds the
 * town written after such a street with no comma (place/street-town.ts),
 * normalise ends a venue's name where its street begins
 * (normalise/venue-street.ts). The German, Dutch and Nordic streets, whose
 * street word ends the name and comes before the house number, are below
 * (`STREET_ENDINGS`).
 */
export type StreetLanguage = 'fr' | 'es' | 'it' | 'pt';

// prettier-ignore
export const STREET_WORDS: ReadonlyMap<string, readonly StreetLanguage[]> = new Map<string, readonly StreetLanguage[]>([
  ...['rue', 'bd', 'bd.', 'boulevard', 'chem.', 'chemin', 'pl.', 'place', 'all.', 'allée', 'allee', 'imp.', 'impasse', 'quai', 'cours', 'rte', 'rte.', 'route']
    .map((w) => [w, ['fr']] as const),
  ...['calle', 'c/', 'avda.', 'paseo', 'plaza', 'pza.', 'carrer'].map((w) => [w, ['es']] as const),
  ...['via', 'viale', 'piazza', 'corso'].map((w) => [w, ['it']] as const),
  ...['rua', 'praça', 'travessa'].map((w) => [w, ['pt']] as const),
  ['av.', ['fr', 'es', 'pt']],
  ['avenue', ['fr']],
  ['avenida', ['es', 'pt']],
  ['largo', ['it', 'pt']],
]);

/**
 * Street words that are also everyday words in a venue's or an event's name
 * ("Cours de danse", "Largo Bar", "Paseo Nocturno"): a street only right
 * after a house number.
 */
export const STREET_WORDS_ALSO_COMMON: ReadonlySet<string> = new Set(['cours', 'paseo', 'largo', 'travessa']);

/** Squares: unlike a street, a square is itself a place to meet at ("Place des Arts", "Piazza del Campo"). */
export const SQUARE_WORDS: ReadonlySet<string> = new Set(['place', 'pl.', 'plaza', 'pza.', 'piazza', 'praça', 'largo']);

/**
 * The street words that end a street's name, as one word with it, in
 * German, Dutch and Flemish, Danish, Norwegian, Swedish and Finnish
 * ("Hauptstraße", "Kerkstraat", "Voorhavenkaai", "Coolsingel", "Graslei",
 * "Vesterbrogade", "Sanderumvej", "Drottninggatan", "Runeberginkatu"),
 * in lower case. Many also end everyday words ("Weihnachtsmarkt",
 * "Brigade", "Renewal"): normalise reads a street only with its house
 * number right after it ("Kerkstraat 5", normalise/venue-street.ts). The
 * place stage needs no list for these: it knows such a street by its house
 * number after a word (place/address-segments.ts).
 */
// prettier-ignore
export const STREET_ENDINGS: readonly string[] = [
  'straße', 'strasse', 'str.', 'weg', 'gasse', 'platz', 'allee',
  'straat', 'laan', 'kaai', 'kade', 'gracht', 'plein', 'dijk', 'singel', 'markt', 'dreef', 'lei', 'wal', 'steeg',
  'gade', 'vej', 'stræde', 'plads', 'torv', 'gata', 'gatan', 'gaten', 'vägen', 'veien', 'vegen', 'torget',
  'katu', 'kuja',
];

/**
 * Street words written after the name as a word of their own: German
 * capitalised ("Schönhauser Allee 36"), Norwegian and Danish in lower case
 * ("Karl Johans gate 22", "Dronning Eufemias gate 16", "Ole Bulls plass 3").
 */
export const STREET_WORDS_AFTER_NAME = {
  capitalised: ['Straße', 'Strasse', 'Str.', 'Weg', 'Gasse', 'Platz', 'Allee', 'Vej', 'Allé'],
  lowerCase: ['gate', 'gata', 'gaten', 'vei', 'veien', 'veg', 'vej', 'gade', 'allé', 'plass', 'plads', 'torg', 'torv'],
} as const;

/** The words as a regex alternation (longest first), for a case-insensitive regex with the 'u' flag. */
export function streetWordPattern(words: Iterable<string> = STREET_WORDS.keys()): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.\\/]/g, (c) => `\\${c}`))
    .join('|');
}
