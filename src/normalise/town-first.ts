import type { EventPlacement } from '../core/placement.js';
import { isUsState } from '../core/us-states.js';
import { countryCode } from './country.js';
import { namesOnlyAPartOfABuilding } from './part-of-building.js';
import { startsWithStreet } from './venue-street.js';

/**
 * Whether one part of a location is the town the event was placed in, in
 * any script ("Москва" for Moscow). The place stage's answer
 * (place/placed-town.ts), passed in by ingest: normalise reads no gazetteer.
 */
export type NamesPlacedTown = (part: string, placement: EventPlacement) => boolean;

export interface TownClues {
  placement: EventPlacement;
  namesTown?: NamesPlacedTown;
}

/**
 * A location written town first, as Russian and Ukrainian addresses are
 * ("Москва, Покровский б-р, 11, Строение 6, вход 4, Центр Культур"), or a
 * town with only its state or country ("Livingston, LA", "Paris, France"):
 * the town is no venue. The venue is then the last part when that names a
 * place ("Центр Культур", "Актовый Зал") — not a building, entrance, floor
 * or room note ("корпус 2", "подъезд 3", "этаж 4", "вход с улицы", "Level
 * 3"), a number, a street, a state or the town — else there is none.
 * `undefined` when the location is not so written: the caller reads it as
 * before. The first part counts as a town only when it is the town the event
 * was placed in, so "Library, 5 High St, Leeds" keeps its venue.
 */
export function townFirstVenue(address: string, clues: TownClues | undefined): string | null | undefined {
  const comma = address.indexOf(',');
  if (!clues?.namesTown || comma < 2 || comma > 40) return undefined;
  // A town's name has no digit ("Hall 12, 3 Market St, Leeds" is a venue first): no gazetteer lookup for it.
  if (/\d/.test(address.slice(0, comma))) return undefined;
  const parts = address.split(',').map((p) => p.trim());
  const head = parts[0]!;
  if (head.includes('(') || head.includes(' @ ')) return undefined;
  const onlyRegions = parts.length <= 3 && parts.slice(1).every(isRegion);
  if (!onlyRegions && !isStreetPart(parts[1]!, parts[2] ?? '')) return undefined;
  if (!clues.namesTown(head, clues.placement)) return undefined;
  const last = parts[parts.length - 1]!;
  return !onlyRegions && parts.length > 2 && namesAPlace(last, clues) ? last : null;
}

/** "LA", "Louisiana", "France", "101000": a state, a country or a postcode, after a town. */
function isRegion(part: string): boolean {
  if (/\d/.test(part)) return /^\d{4,6}$/.test(part);
  return isUsState(part) || countryCode(part) !== null;
}

/** "ул. Примерная 5", "Покровский б-р", "12 Main St", "Rue de Paris", "Hauptstraße 5": a street. */
function isStreetPart(part: string, next: string): boolean {
  return /^\d/.test(part) || (CYRILLIC.test(part) && CYRILLIC_STREET.test(part)) || startsWithStreet(part, next);
}

function namesAPlace(part: string, clues: TownClues): boolean {
  if (part.length < 3 || /^\d/.test(part) || /\d{4,}/.test(part) || !/\p{L}/u.test(part)) return false;
  if (BUILDING_NOTE.test(part) || namesOnlyAPartOfABuilding(part) || isRegion(part)) return false;
  return !isStreetPart(part, '') && !clues.namesTown!(part, clues.placement);
}

const CYRILLIC = /[\u0400-\u04ff]/;

// prettier-ignore
const STREET_ABBREVIATIONS = ['ул', 'бул', 'бульв', 'пр', 'просп', 'пер', 'наб', 'ш', 'пл', 'туп', 'вул', 'пров', 'мкр'];
// prettier-ignore
const STREET_WORDS = [
  'улица', 'б-р', 'бульвар', 'пр-т', 'пр-кт', 'проспект', 'переулок', 'набережная', 'шоссе', 'площадь', 'проезд', 'пр-д',
  'тупик', 'аллея', 'вулиця', 'провулок', 'майдан', 'микрорайон',
];
/** A Russian or Ukrainian street word, before or after the street's name ("ул. Тверская", "Покровский б-р"). */
const CYRILLIC_STREET = new RegExp(
  String.raw`(?<!\p{L})(?:(?:${STREET_ABBREVIATIONS.join('|')})\.|(?:${STREET_WORDS.join('|')})(?!\p{L}))`,
  'iu',
);

// prettier-ignore
const NOTE_WORDS = [
  'корпус', 'корп\\.', 'строение', 'стр\\.', 'подъезд', 'этаж', 'эт\\.', 'вход', 'офис', 'оф\\.', 'кабинет', 'каб\\.',
  'аудитория', 'ауд\\.', 'помещение', 'пом\\.', 'литера', 'лит\\.', 'дом(?=\\s*№?\\s*\\d)', 'д\\.', 'кв\\.', 'під\'їзд', 'поверх',
  'будинок', 'building', 'bldg\\.?', 'block', 'entrance', 'gate', 'bâtiment', 'bat\\.', 'edificio', 'piso', 'planta',
  'eingang', 'stock',
];
/** "корпус 2", "Строение 6 (Корпус Z)", "вход 4", "вход с улицы", "дом 5" (not "Дом культуры"), "Building B": no venue. */
const BUILDING_NOTE = new RegExp(String.raw`^(?:${NOTE_WORDS.join('|')})(?![\p{L}])`, 'iu');
