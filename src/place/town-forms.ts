import { ADMIN1 } from './admin1.js';
import type { PlaceFilter } from './gazetteer.js';
import { fold } from './text.js';

/**
 * A town's name with and without the river or region that tells it from its
 * namesakes, as German and Dutch towns are written: GeoNames stores
 * "Frankfurt am Main", "Kempten (Allgäu)", "Landau in der Pfalz",
 * "Noordwijk-Binnen", "Katwijk aan Zee", while feeds write "60311
 * Frankfurt", "87435 Kempten", "Noordwijk"; and it stores "Offenbach",
 * "Mülheim", "Freiburg" while feeds write "Offenbach am Main", "Mülheim an
 * der Ruhr", "Freiburg im Breisgau".
 *
 * `qualifiedForm` splits a name into its base and the qualifier's last word
 * (folded: "frankfurt" + "main", "halle" + "saale"), for the countries that
 * write names so. A qualifier holding a digit is a district, not a river or
 * region ("Zürich (Kreis 3)").
 */
export interface QualifiedForm {
  /** The folded name without its qualifier: "frankfurt". */
  base: string;
  /** The folded last word of the qualifier: "main", "oder", "binnen". */
  qualifier: string;
}

const GERMAN = /^(\p{L}[\p{L}'’. -]*?)\s+(?:am|an der|an den|im|in der|in|ob der|bei|vor der)\s+(\p{L}[\p{L}'’. -]*)$/u;
const BRACKETED = /^(\p{L}[\p{L}'’. -]*?)\s*\(([\p{L}'’. -]+)\)$/u;
const DUTCH = /^(\p{L}[\p{L}'’. -]*?)(?:\s+aan\s+(?:de\s+|den\s+|het\s+)?(\p{L}[\p{L}'’. -]*)|-(Binnen))$/u;

const GERMAN_COUNTRIES = new Set(['DE', 'AT', 'CH']);

/**
 * Japan's municipal suffixes, which GeoNames keeps on some names and people
 * leave off: "Nara-shi" (city), "Fuchūchō", "Tochio-honchō" (town),
 * "Yoshino-machi". Read only on the gazetteer's Japanese names.
 */
const JAPANESE = /^(\p{L}[\p{L}'’ -]*?\p{L}{2})(?:-(shi)|(?:-hon|-)?(ch[oō])|-?(machi))$/u;

/** The countries whose towns are written with such qualifiers. */
export function writesQualifiedForms(country: string): boolean {
  return GERMAN_COUNTRIES.has(country) || country === 'NL' || country === 'JP';
}

/** "Frankfurt am Main" → frankfurt + main, for a German-speaking country's town; null when the name has no qualifier. */
export function qualifiedForm(name: string, country: string | null): QualifiedForm | null {
  const german = country === null || GERMAN_COUNTRIES.has(country);
  const m =
    (german && (GERMAN.exec(name) ?? BRACKETED.exec(name))) ||
    ((country === null || country === 'NL') && DUTCH.exec(name)) ||
    (country === 'JP' && JAPANESE.exec(name));
  if (!m) return null;
  const qualifier = fold(m[2] ?? m[3] ?? m[4] ?? '')
    .split(' ')
    .pop();
  return qualifier ? { base: fold(m[1]!), qualifier } : null;
}

/** The folded name without its qualifier, to compare towns by: "Halle (Saale)" and Belgium's "Halle" are both "halle". */
export function shortName(name: string, country: string | null): string {
  return (mayBeQualified(name, country) && qualifiedForm(name, country)?.base) || fold(name);
}

/** Which countries a written form's qualifier belongs to: "am Main" German, "aan Zee" and "-Binnen" Dutch. */
export function formCountries(name: string): readonly string[] {
  return DUTCH.test(name) ? ['NL'] : [...GERMAN_COUNTRIES];
}

/**
 * The short form indexed only for a town of SHORT_FORM_POPULATION or more
 * (the ones written so in everyday use) whose short name has five letters
 * or more: a shorter one is too often a word ("Hall in Tirol").
 */
export const SHORT_FORM_POPULATION = 10_000;
export const SHORT_FORM_MIN_LENGTH = 5;

/** A cheap pre-check before the patterns: only a name with a space or a hyphen can carry a qualifier (or, in Japan, a suffix). */
export function mayBeQualified(name: string, country: string | null = null): boolean {
  return name.includes(' ') || name.includes('-') || country === 'JP';
}

/** Codes written after the town with no comma: Switzerland's cantons ("AG" → CH.AG). */
const CODES_AFTER_TOWN = new Map(
  ADMIN1.filter((a) => a.codeAfterTown && a.abbr).map((a) => [a.abbr!, { country: a.country, admin1: a.code }]),
);

/** "Muri AG", "Muri (AG)": a town, then its canton's code in capitals. */
const TOWN_THEN_CODE = /^(\p{L}[\p{L}'’. -]*?)\s+(?:([A-Z]{2})|\(([A-Z]{2})\))$/u;

/**
 * "Muri AG", "Buchs SG", "Muri (AG)": the Swiss way to tell a town from its
 * namesakes is its canton's code after it, which GeoNames' names lack.
 * Returns the town's name and the canton it must be in (the caller looks it
 * up there, so a firm's "Beispiel AG" names no town), or null.
 */
export function townWithCode(name: string): { town: string; filter: PlaceFilter } | null {
  const m = TOWN_THEN_CODE.exec(name.trim());
  const filter = m ? CODES_AFTER_TOWN.get(m[2] ?? m[3]!) : undefined;
  return m && filter ? { town: m[1]!, filter } : null;
}
