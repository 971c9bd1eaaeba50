import { isValid, parse as parsePostcode, validOutcode } from 'postcode';
import type { PlaceFilter } from './gazetteer.js';
import { isSubdivision, qualifierFor } from './qualifiers.js';
import { readStateTail } from './state-tail.js';
import { startsWithStreetWord } from './street-town.js';

/**
 * Reading one address segment (the text between commas, " - ", " @ ",
 * brackets or newlines). A segment can carry:
 *
 * - a qualifier: the WHOLE segment is a country or subdivision ("Kenya",
 *   "USA", "England", "AL" in capitals) → `qualifier`, `wholeQualifier`;
 * - a postcode, which is removed and may tell the country or state:
 *   UK full postcode at the start or end ("G12 8QQ Glasgow", "EH8 9AB")
 *   → `ukArea`;
 * - a North American / Australian tail (state-tail.ts): "[town] STATE
 *   [code] [country]" ("Portland, OR 97214 US", "Portland, Oregon 97214",
 *   "Sydney NSW 2000 Australia", "Toronto ON M5V 2T6"), or a code that only
 *   one country uses ("97214-1234" ZIP+4, "M5V 2T6") → `qualifier` (the
 *   state, narrowed by the country when both are written); a trailing
 *   country word or code is read as a qualifier there, never as a town;
 * - a Dutch postcode as the whole segment ("3062 PA") → `qualifier` NL, never
 *   a US state; after the town ("Voorhout 2215KZ") → the town, in NL;
 * - otherwise a bare 4–5 digit code before or after the town ("03044
 *   Cottbus", "Townsville 4810", "Lisboa 2720-123": a name before the code
 *   is `beforeCode`, as US-style forms write a district there); a 5-digit
 *   code followed by the last words of the segment ("Walther-Pauer-Straße
 *   5 03044 Cottbus": the town is what follows the postcode); a UK outward
 *   code after the town ("Glasgow City G1") → `outward`, trusted only by
 *   the caller's rules; a province's code in capitals after the town a
 *   postcode leads is dropped ("00153 Roma RM": Rome); a Czech, Slovak or
 *   Swedish "NNN NN" code before the town ("120 00 Praha", "114 51
 *   Stockholm"), and a numbered district after its city ("Praha 2":
 *   Prague; `numberedDistrict`);
 * - a street and house number followed by the town, with no comma ("Park
 *   de Wezelanden 1 Zwolle") → the town is what follows the number; a US
 *   street and its suffix, then the town ("2603 Tahuaya Dr Belton") → the
 *   town is what follows the suffix;
 * - `town`: what is left, to be compared as a WHOLE with town names. Text
 *   containing digits is never a town (streets, plus codes, house numbers),
 *   nor is a country code ("97214 US" is not the French village of Us);
 * - `inTown`: the words after a final " in " or Spanish " en " ("PNCA
 *   room 205 in Portland" → "Portland"), a town cue the caller trusts only
 *   when a state or country qualifier follows the segment (French "Sortie
 *   en Mer" is at sea, not in Mer); or after a final French "à" or
 *   Portuguese "em" ("Maison des sports à Huningue"), which no English
 *   venue name ends with, so `inTownAlone`: the caller trusts it without a
 *   qualifier if it is a known town.
 */
export interface SegmentReading {
  qualifier: PlaceFilter[] | null;
  wholeQualifier: boolean;
  ukArea: string | null;
  outward: string | null;
  town: string | null;
  inTown: string | null;
  inTownAlone: boolean;
  /** The state as written inside a longer segment ("DC" of "DC 20500"). */
  stateText: string | null;
  /** `town` was written before its postcode ("Lisboa 2720"), where a district may stand for the town before it. */
  beforeCode: boolean;
}

const UK_POSTCODE = /([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})/i;
const UK_AT_START = new RegExp(`^${UK_POSTCODE.source}(?:\\s+(.*))?$`, 'i');
const UK_AT_END = new RegExp(`^(?:(.*?)\\s+)?${UK_POSTCODE.source}$`, 'i');
/** "03044 Cottbus", "D-79588 Efringen", "3062 PA Rotterdam", and Portugal's "2830-302 Barreiro", Poland's "00-950 Warszawa". */
const LEADING_CODE = /^(?:[A-Z]{1,2}-)?(?:\d{4,5}(?:-\d{3})?|\d{2}-\d{3})(?:\s?[A-Z]{2}(?=\s))?\s+(\D+)$/;
/** A five-digit postcode, the town, then a province's code in capitals: "00153 Roma RM", "20121 Milano MI". */
const CAP_TOWN_PROVINCE = /^\d{5}\s+(\p{Lu}[^\d]*?\p{L})\s[A-Z]{2}$/u;
const TRAILING_CODE = /^(\D+?)\s+\d{4,5}(?:-\d{3})?$/;
const CODE_THEN_TOWN = /(?:^|\s)\d{5}\s+(\D+)$/;
const DUTCH_POSTCODE = /^[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}$/;
const TOWN_THEN_DUTCH_POSTCODE = /^(\p{Lu}[\p{L}' -]*?)\s+[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}$/u;
const OUTWARD_AT_END = /^(\D+?)\s+([A-Z]{1,2}\d[A-Z\d]?)$/;
/** "Park de Wezelanden 1 Zwolle": a street, its house number, then the town (no comma, no postcode). */
const NUMBER_THEN_TOWN = /^\D+?\s\d{1,4}[a-z]?\s+(\p{Lu}[\p{L}'’. -]*)$/u;

/** "2603 Tahuaya Dr Belton": a US-style street (number, name, suffix), then the town, with no comma between. */
const STREET_THEN_TOWN =
  /\b\d{1,6}\s+[\p{L}\d .'’-]*?\b(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Cir|Circle|Trl|Trail|Ter|Terrace|Loop)\.?\s+(\p{Lu}[\p{L} .'’-]*)$/u;
/** "120 00 Praha", "CZ-602 00 Brno", "114 51 Stockholm": a Czech, Slovak or Swedish postcode, then the town. */
const SPACED_CODE = /^(?:[A-Z]{2}-\s?)?\d{3} \d{2}\s+(\p{Lu}.*)$/u;
const IN_TOWN = /(?:^|\s)(?:in|en)\s+(\p{Lu}[^\d]*)$/u;
const AT_TOWN = /(?:^|\s)(?:à|em)\s+(\p{Lu}[^\d]*)$/u;

const empty = (): SegmentReading => ({
  qualifier: null,
  wholeQualifier: false,
  ukArea: null,
  outward: null,
  town: null,
  inTown: null,
  inTownAlone: false,
  stateText: null,
  beforeCode: false,
});

/** "Cottbus Cottbus" (a venue feed repeating the town) → "Cottbus". */
function undouble(text: string): string {
  const words = text.split(/\s+/);
  const half = words.length / 2;
  if (Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' ')) {
    return words.slice(0, half).join(' ');
  }
  return text;
}

function town(text: string | undefined): string | null {
  const t = text?.trim();
  if (!t || isCountryCode(t)) return null;
  return /\d/.test(t) ? numberedDistrict(t) : undouble(t);
}

/** "Praha 2", "Praha 10": Prague's numbered districts (1–22) are Prague; other text with digits is no town. */
function numberedDistrict(text: string): string | null {
  const m = NUMBERED_DISTRICT.exec(text);
  return m && NUMBERED_DISTRICT_CITIES.has(m[1]!.toLowerCase()) && Number(m[2]) <= 22 ? m[1]! : null;
}

const NUMBERED_DISTRICT = /^(\p{Lu}\p{Ll}+) ([1-9]\d?)$/u;
/** Cities written with the number of their district after them, as their own people write them. */
const NUMBERED_DISTRICT_CITIES = new Set(['praha', 'prague']);

/** "US", "AU", "DE" written as a code: a country, never a town called "Us". */
function isCountryCode(text: string): boolean {
  if (!/^[A-Z]{2,3}$/.test(text)) return false;
  return (qualifierFor(text, { codes: 'upper' }) ?? []).some((f) => f.admin1 == null);
}

function withInTown(reading: SegmentReading, seg: string): SegmentReading {
  const cue = IN_TOWN.exec(seg);
  if (cue) return { ...reading, inTown: cue[1]?.trim() ?? null };
  const at = AT_TOWN.exec(seg);
  return at ? { ...reading, inTown: at[1]?.trim() ?? null, inTownAlone: true } : reading;
}

export function readSegment(segment: string): SegmentReading {
  const seg = segment.replace(/\s+/g, ' ').trim();
  return withInTown(readCodes(seg), seg);
}

function readCodes(seg: string): SegmentReading {
  const whole = qualifierFor(seg, { codes: 'upper' });
  if (whole) return { ...empty(), qualifier: whole, wholeQualifier: true };

  const start = UK_AT_START.exec(seg);
  const end = start ? null : UK_AT_END.exec(seg);
  const ukCode = start?.[1] ?? end?.[2];
  if (ukCode && isValid(ukCode)) {
    const parsed = parsePostcode(ukCode);
    return { ...empty(), ukArea: parsed.valid ? parsed.area : null, town: town(start ? start[2] : end?.[1]) };
  }

  // "3062 PA" alone: a Dutch postcode (four digits, two letters), not Pennsylvania.
  if (DUTCH_POSTCODE.test(seg)) return { ...empty(), qualifier: [{ country: 'NL', admin1: null }] };
  // "Voorhout 2215KZ": a Dutch town, then its postcode.
  const dutch = TOWN_THEN_DUTCH_POSTCODE.exec(seg);
  if (dutch) return { ...empty(), qualifier: [{ country: 'NL', admin1: null }], town: town(dutch[1]) };

  // "20121 Milano MI": Italy's postcode, town and province code, not Milano, Michigan.
  const province = CAP_TOWN_PROVINCE.exec(seg);
  if (province) return { ...empty(), town: town(province[1]) };
  const tail = readStateTail(seg);
  if (tail) return { ...empty(), qualifier: tail.qualifier, town: town(tail.rest), stateText: tail.stateText };

  const trailing = TRAILING_CODE.exec(seg);
  if (trailing) return { ...empty(), town: town(trailing[1]), beforeCode: true };
  const coded = LEADING_CODE.exec(seg) ?? CODE_THEN_TOWN.exec(seg) ?? spacedCode(seg);
  if (coded) return { ...empty(), town: town(coded[1]) };

  const outward = OUTWARD_AT_END.exec(seg);
  if (outward && validOutcode(outward[2] ?? '')) {
    return { ...empty(), outward: (outward[2] ?? '').toUpperCase(), town: town(outward[1]) };
  }
  // "12 Boulevard Saint-Germain": a French street word first is no US suffix; its town is street-town.ts's to find.
  const numbered = startsWithStreetWord(seg) ? null : (STREET_THEN_TOWN.exec(seg) ?? NUMBER_THEN_TOWN.exec(seg));
  if (numbered) return { ...empty(), town: town(numbered[1]) };
  return { ...empty(), town: town(seg) };
}

/** "120 00 Praha-Vinohrady"; not a US street that starts so ("123 12 Mile Rd Troy": its town is after the suffix). */
function spacedCode(seg: string): RegExpExecArray | null {
  const m = SPACED_CODE.exec(seg);
  return m && !STREET_THEN_TOWN.test(seg) ? m : null;
}

export function agrees(a: PlaceFilter, b: PlaceFilter): boolean {
  return a.country === b.country && (a.admin1 == null || b.admin1 == null || a.admin1 === b.admin1);
}

/**
 * A whole-segment state name that contradicts the qualifiers written after
 * it is a town, not a qualifier: "Washington, DC", "Victoria, BC".
 */
export function contradicting(r: SegmentReading, seg: string, groups: readonly PlaceFilter[][]): SegmentReading {
  if (!r.wholeQualifier || !r.qualifier || groups.length === 0 || !isSubdivision(r.qualifier)) return r;
  const fits = r.qualifier.some((f) => groups.every((g) => g.some((h) => agrees(f, h))));
  return fits ? r : { ...r, qualifier: null, wholeQualifier: false, town: seg };
}

/**
 * A code in capitals is not a country other than the one written after it,
 * nor a country at all when it is the source's own addressRegion: it is a
 * subdivision code (ISO 3166-2) of that country. Eventbrite's "…, Berlin,
 * 10787, BE, DE" is Berlin (DE-BE), not Belgium; "BY" is Bavaria, not
 * Belarus; "Málaga, MA, Spain" is the province, not Morocco or
 * Massachusetts. The alternatives that fit are kept ("WA, Australia" is
 * Western Australia); with none left the code narrows nothing (we do not
 * keep every country's subdivision codes).
 */
export function subdivisionCode(
  r: SegmentReading,
  seg: string,
  groups: readonly PlaceFilter[][],
  region: string | null | undefined,
): SegmentReading {
  if (!r.wholeQualifier || !r.qualifier || !/^[A-Z]{2,3}$/.test(seg)) return r;
  const isRegion = seg === region?.trim();
  const kept = r.qualifier.filter((f) => (!isRegion || f.admin1 != null) && groups.every((g) => g.some((h) => h.country === f.country)));
  if (kept.length === r.qualifier.length) return r;
  return kept.length > 0 ? { ...r, qualifier: kept } : { ...r, qualifier: null, wholeQualifier: false };
}

/** "79588 Efringen - Kirchen": a double-barrelled town after its postcode, written with a spaced hyphen. */
const POSTCODE_TOWN_SPACED_HYPHEN = /(\b\d{4,5}\s+\p{Lu}\p{Ll}+)\s+-\s+(\p{Lu}\p{Ll}+)(?=\s*(?:$|[,;\n]))/gu;

/** "Berlin and online", "CodeBase & Zoom": the remote half of a hybrid location says nothing of where the room is. */
const ONLINE_TOO = /\s*(?:and|&|\+|\/|or|plus)\s*(?:online|zoom|livestream(?:ed)?|virtual(?:ly)?|remote(?:ly)?)\s*$/i;

/**
 * Splits an address into segments: commas, semicolons, newlines, brackets,
 * "|", and " - " / " – " / " @ " / " · " WITH spaces around them (so
 * "Stoke-on-Trent" and "Walther-Pauer-Straße" stay whole; Meetup writes
 * "33 Old Broad St · London"). iCalendar escapes (\, \; \n) are
 * undone first; URLs are dropped (an online location is not an address); a
 * country's code in title case at the end of a street address is written
 * in capitals (`withCountryCode`: "…, Lisboa 2720, Pt").
 */
export function splitAddress(text: string): string[] {
  const segments = text
    .replace(POSTCODE_TOWN_SPACED_HYPHEN, '$1-$2')
    .replace(/\\([,;\\])/g, '$1')
    .replace(/\\n/gi, '\n')
    .replace(ONLINE_TOO, '')
    .split(/[,;\n()|[\]]|\s[-–—@·]\s/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !/^www\./i.test(s));
  return TITLE_CASE_CODE_LAST.test(text) ? withCountryCode(segments) : segments;
}

/**
 * The index of the last part that can name a town: a postcode written alone
 * after the town ("…, Zapopan, 45050") is passed over, so the town before it
 * is read as the last part.
 */
export function lastNamedSegment(segments: readonly string[]): number {
  let last = segments.length - 1;
  while (last > 0 && BARE_POSTCODE.test(segments[last]!)) last--;
  return last;
}

const BARE_POSTCODE = /^(?:\d{4,6}(?:-\d{3,4})?|\d{3} \d{2})$/;

/** A part that is a postcode alone: "45050", "1000-001", "120 00". */
export function isBarePostcode(segment: string): boolean {
  return BARE_POSTCODE.test(segment);
}

/** ", Pt" at the very end, after a comma. */
const TITLE_CASE_CODE_LAST = /,\s*[A-Z][a-z]\s*$/;

/**
 * "18 Av. Conde Castro De Guimarães, Amadora, Lisboa 2720, Pt": store
 * locators and form-fed feeds write the country's code in title case. A
 * final part after a comma that is exactly a country's two-letter code is
 * that country when a street with its number or a postcode comes before it,
 * in a part of its own; an ordinary word elsewhere is never a country ("Meet
 * in Rome", a venue "Bar In").
 */
function withCountryCode(segments: string[]): string[] {
  const code = segments[segments.length - 1]!.toUpperCase();
  const before = segments.slice(0, -1);
  if (before.length < 2 || !isCountryCode(code) || !before.some((s) => HOUSE_NUMBER.test(s) || POSTCODE.test(s))) return segments;
  return [...before, code];
}

/** A postcode somewhere in a part: "Lisboa 2720", "Setúbal 2830-298", "87435 Kempten", "120 00 Praha". */
const POSTCODE = /(?:^|\s)(?:\d{4,5}(?:-\d{3})?|\d{3} \d{2})(?:\s|$)/;

/**
 * A postal address, not a venue's name alone: a street with its house
 * number, then a postcode and a town in a part of their own after a comma
 * ("Haus Beispiel, Musterstraße 3, 87435 Kempten"; "Voorstraat 1, 2225 AB
 * Katwijk"; Portugal's "Largo Do Comércio 3B, 2350-213 Parceiros De
 * Igreja"), before any country or state written after it (", Portugal",
 * ", PT"). "Room 2.04", "Hall 3" and "Studio 54" are names.
 */
export function isPostalAddress(text: string): boolean {
  if (!text.includes(',') || !/\d/.test(text)) return false;
  const segments = withoutQualifiers(splitAddress(text));
  if (segments.length < 2 || !CODE_AND_TOWN.test(segments[segments.length - 1]!)) return false;
  return segments.slice(0, -1).some((s) => HOUSE_NUMBER.test(s));
}

/** The segments before the country and state written last: "…, 2350-213 Parceiros De Igreja, Portugal" ends with the town. */
function withoutQualifiers(segments: string[]): string[] {
  let end = segments.length;
  while (end > 1 && segments.length - end < 2 && readSegment(segments[end - 1]!).wholeQualifier) end--;
  return segments.slice(0, end);
}

/** A part that is a postcode and a town, in either order: `CODE_AND_TOWN`, or a town before a Dutch postcode ("Amsterdam 1011 AB"). */
export function isCodeAndTown(segment: string): boolean {
  return CODE_AND_TOWN.test(segment) || TOWN_THEN_DUTCH_POSTCODE.test(segment);
}

/**
 * "87435 Kempten", "D-87435 Kempten", "2225 AB Katwijk", "Kempten 87435",
 * Portugal's "2350-213 Parceiros De Igreja", Poland's "00-950 Warszawa" and
 * Czechia's "120 00 Praha-Vinohrady" (not a state and ZIP: "MN 55406").
 */
const CODE_AND_TOWN =
  /^(?:(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3} \d{2})(?:\s?[A-Z]{2})?\s+\p{Lu}[\p{L}'’. -]*|\p{Lu}\p{Ll}[\p{L}'’. -]*\s+\d{4,5}(?:-\d{3})?)$/u;
/**
 * "Musterstraße 3", "Voorstraat 12a", "Largo Do Comércio 3B", "3 Rue de la
 * Paix", and Czech and Slovak "Anglická 658/23" (the land-registry number,
 * then the number in the street).
 */
const HOUSE_NUMBER = /\p{L}{3,}\.?\s+\d{1,4}(?:\/\d{1,4})?\s?[a-zA-Z]?$|^\d{1,4}[a-z]?,?\s+\p{L}/u;

/**
 * A street with its house number in a part before the last one (the town),
 * postcode or not: "Gasthaus Beispiel, Hauptstraße 5, Crailsheim", "Bistro,
 * Polní 41/7, Vratimov". A room or hall with its number is a name ("Hall 3,
 * Columbia City", "Studio 54, …"), and so is a part with no word before the
 * number.
 */
export function streetBeforeTown(text: string): boolean {
  if (!text.includes(',') || !/\d/.test(text)) return false;
  const segments = withoutQualifiers(splitAddress(text));
  return segments.slice(0, -1).some((s) => HOUSE_NUMBER.test(s) && !ROOM_NUMBER.test(s));
}

/** "Hall 3", "Room 2.04", "Studio 54", "Stage 2": a numbered room, stage or building, not a street. */
const ROOM_NUMBER = /^(?:room|hall|studio|stage|floor|level|suite|unit|building|gate|pier|platform|saal|raum|halle|sala|salle|zaal)\s+\d/i;

/** Words a venue's name ends with that are never its town ("Convention Center, TX" is not Center, Texas). */
const VENUE_WORD =
  /^(?:center|centre|hall|park|station|library|church|theat(?:re|er)|arena|stadium|gardens?|club|hotel|inn|house|school|college|university|campus|building|room|museum|gallery|bar|pub|caf[eé]|restaurant|market|square|plaza|fields?|lodge|auditorium|chapel|temple|mall|offices?|tower|court|works|studios?|shop|store|brewery|winery|hub|space|lab|academy|institute)$/i;
/** A word after which the next is part of a name, not a town ("University of Oregon", "Rue de Paris"). */
const LINKING_WORD = /^(?:of|the|at|on|de|du|des|d[’']|la|le|les|l[’']|van|von|der|di|del)$/i;

/**
 * The last one or two words of a venue's name that may be its town, written
 * with no comma before the state: "The Morristown Hyatt & Conference Center
 * Morristown, New Jersey", "Hyatt Regency Long Beach, CA". Longest first;
 * never a venue word or the object of "of"/"de"; never with digits.
 */
export function tailTowns(segment: string): string[] {
  const words = segment.split(' ');
  const out: string[] = [];
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const candidate = words.slice(-n);
    const before = words[words.length - n - 1]!;
    if (!/^\p{Lu}/u.test(candidate[0]!) || /\d/.test(candidate.join('')) || LINKING_WORD.test(before)) continue;
    if (VENUE_WORD.test(candidate[candidate.length - 1]!) || candidate.some((w) => LINKING_WORD.test(w))) continue;
    out.push(candidate.join(' '));
  }
  return out;
}
