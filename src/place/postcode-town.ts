import { isCodeAndTown, readSegment } from './address-segments.js';
import type { PlaceFilter } from './gazetteer.js';
import { POSTCODE_AREAS } from './postcode-areas.js';
import { qualifierFor } from './qualifiers.js';

/**
 * A place a person types as its postcode and town, the way most of Europe
 * writes an address ("9000 Gent", "Gent 9000", "D-53111 Bonn", "1011 AB
 * Amsterdam", "1000-001 Lisboa", "00-950 Warszawa", "120 00 Praha",
 * "Birmingham B5 4BU"): the town, read as the address reader reads a
 * segment (address-segments.ts), and the country or state the code's own
 * form tells, if it tells one. Four or five digits alone tell none: Belgium,
 * Switzerland, Austria and Denmark all write "9000"; Germany, France, Spain,
 * Italy and the US all write five digits.
 */
export interface PostcodeTown {
  town: string;
  /** The countries (or state) the code is written for, one of which the town should be in; null when the form is common to many. */
  where: PlaceFilter[] | null;
}

/** A country's letter(s) before the code, the old European way: "D-53111", "A-1010", "CH-8001", "CZ-602 00". */
const PREFIX = /^([A-Z]{1,2})-\s?\d/;
/** The one-letter codes (vehicle registration letters) written so; two-letter ones are ISO codes ("CH", "NL", "CZ"). */
const ONE_LETTER: Readonly<Record<string, string>> = {
  A: 'AT',
  B: 'BE',
  D: 'DE',
  E: 'ES',
  F: 'FR',
  H: 'HU',
  I: 'IT',
  L: 'LU',
  N: 'NO',
  P: 'PT',
  S: 'SE',
};
const WRITTEN_SO: readonly (readonly [RegExp, readonly string[]])[] = [
  [/(?:^|\s)[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?=\s|$)/, ['NL']],
  [/(?:^|\s)\d{4}-\d{3}(?=\s|$)/, ['PT']],
  [/(?:^|\s)\d{2}-\d{3}(?=\s|$)/, ['PL']],
  [/(?:^|\s)\d{3} \d{2}(?=\s|$)/, ['CZ', 'SK', 'SE', 'GR']],
];

/** "53111 Bonn" → Bonn, with no country told; "D-53111 Bonn" → Bonn in DE; null when the text is not a postcode and a town. */
export function postcodeTown(segment: string): PostcodeTown | null {
  const seg = segment.replace(/\s+/g, ' ').trim();
  const r = readSegment(seg);
  if (!r.town || r.town === seg || (!r.ukArea && !isCodeAndTown(seg))) return null;
  const area = r.ukArea ? POSTCODE_AREAS.get(r.ukArea) : undefined;
  const uk = r.ukArea ? [{ country: area?.country ?? 'GB', admin1: null }] : null;
  return { town: r.town, where: r.qualifier ?? uk ?? codeCountries(seg) };
}

function codeCountries(seg: string): PlaceFilter[] | null {
  const prefix = PREFIX.exec(seg)?.[1];
  const countries = prefix ? prefixCountry(prefix) : WRITTEN_SO.find(([form]) => form.test(seg))?.[1];
  return countries && countries.length > 0 ? countries.map((country) => ({ country, admin1: null })) : null;
}

function prefixCountry(prefix: string): string[] {
  const one = ONE_LETTER[prefix];
  if (one) return [one];
  return (qualifierFor(prefix, { codes: 'upper' }) ?? []).filter((f) => f.admin1 == null && f.country === prefix).map((f) => f.country);
}
