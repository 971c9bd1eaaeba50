import { lookupPlaces, type PlaceFilter } from './gazetteer.js';
import { qualifierFor } from './qualifiers.js';

/**
 * An aside in brackets at the end of a location, which address.ts reads
 * again without when the whole text placed nothing:
 *
 * - a note hides the town before it ("Smallepad 28, Amersfoort
 *   (burgemeester brouwerplantsoen)", "Druitt (North)"): the town read
 *   without it is the place;
 * - an aside that reads as a country or state ("(GP)", "(NSW)", "(WA)")
 *   says where the town is, and the town is not there: read without it, the
 *   name is only a namesake elsewhere. A racing circuit writes its tracks
 *   "Gardner (GP)" (a straight and the Grand Prix layout, not Guadeloupe),
 *   which had been placed at Gardner, Kansas. Such a name is taken only in
 *   the country the caller's hints name, or as a city of ASIDE_CITY people,
 *   whose name a track or a room does not borrow ("Stuttgart (BW)").
 */
export interface Aside {
  /** The location before the brackets. */
  before: string;
  /** What the brackets hold. */
  aside: string;
}

export function readAside(text: string): Aside | null {
  const m = ASIDE.exec(text);
  return m ? { before: m[1]!, aside: m[2]!.trim() } : null;
}

const ASIDE = /^(.*\S)\s*\(([^()]*)\)\s*$/s;

/** A town this big, named before an aside it is not in, is still that town. */
const ASIDE_CITY = 50_000;

interface Placed {
  lat: number;
  lon: number;
  locality: string;
  country: string;
}

/** Whether `placed`, read from the text before `aside`, is a place the aside leaves standing (see the top of this file). */
export function keepsBeforeAside(placed: Placed, aside: string, hinted: readonly PlaceFilter[][]): boolean {
  if (!qualifierFor(aside, { codes: 'upper' })) return true;
  if (hinted.some((group) => group.some((f) => f.country === placed.country))) return true;
  return populationAt(placed) >= ASIDE_CITY;
}

function populationAt(placed: Placed): number {
  const towns = lookupPlaces(placed.locality, [[{ country: placed.country, admin1: null }]]);
  return towns.find((p) => p.lat === placed.lat && p.lon === placed.lon)?.population ?? 0;
}

/**
 * The text without each code in brackets that is no country or state of
 * the name before it: "Gardner (GP), Skid Pan" is "Gardner, Skid Pan", as
 * the towns called Gardner are in the US, none in Guadeloupe. A code after
 * a name that is no town anywhere ("Rock am Ring (DE)") or a town in it
 * ("Weiden (DE)") stays. The place stage reads an area from what is left
 * when the code's area keeps another clock than the event's zone (event.ts).
 */
export function withoutCodesOfOtherTowns(text: string): string {
  return text.replace(NAME_THEN_CODE, (whole: string, name: string, code: string) => (codeOfOtherTown(name, code) ? name : whole));
}

/** A name (the words since the last comma, semicolon, newline or bracket), then a code of 2–3 capitals in brackets. */
const NAME_THEN_CODE = /([^,;\n()]*[^\s,;\n()])\s*\(([A-Z]{2,3})\)/gu;

function codeOfOtherTown(name: string, code: string): boolean {
  const area = qualifierFor(code, { codes: 'upper' });
  const town = name.trim();
  if (!area || !town) return false;
  return lookupPlaces(town).length > 0 && lookupPlaces(town, [area]).length === 0;
}
