import type { EventPlacement, HomeArea } from '../core/placement.js';
import { isPostalAddress, readSegment, splitAddress, streetBeforeTown } from './address-segments.js';
import { lookupPlaces, type Place } from './gazetteer.js';
import { haversineKm, timezoneAt } from './geo.js';
import { postcodeRegionTown } from './postcode-regions.js';
import { fold } from './text.js';
import { offsetMs } from '../core/time.js';

/**
 * A town name that several places in ONE country share, written bare
 * ("Chevalier Theatre, Medford" in a Boston calendar): the gazetteer's most
 * populous namesake (Medford, Oregon) is only a guess, so a namesake that
 * agrees with what the feed says wins instead:
 *
 * 1. Near home: once the feed's home area is known, a place more than
 *    NEAR_HOME_KM from it moves to the nearest namesake within NEAR_HOME_KM
 *    ("Spire Center, Plymouth" in a Boston feed is Plymouth, Massachusetts,
 *    not Plymouth, Minnesota).
 * 2. In the zone the source states for the event (its TZID, else the
 *    calendar's X-WR-TIMEZONE): a place in another zone moves to the most
 *    populous namesake in exactly that zone (America/New_York: Medford,
 *    Massachusetts). This needs no home, so the home is then inferred from
 *    the right towns.
 *
 * A namesake near home must also be in the stated zone, when there is one.
 * Only a bare name moves: never one written with its state or country
 * ("Medford, OR"), a postcode, or a structured region or country; and only
 * within the country it was placed in (`preferHomeCountry` swaps countries).
 */
export const NEAR_HOME_KM = 150;

export interface NamesakeClues {
  /** The text the town was read from. */
  text: string;
  region: string | null;
  country: string | null;
  postalCode: string | null;
  /** The zone the source states for the event's times, or null. */
  timezone?: string | null;
}

export function nearerNamesake(own: EventPlacement, c: NamesakeClues, home: HomeArea | null): EventPlacement | null {
  const { lat, lon, locality, country } = own;
  if (lat === null || lon === null || !locality || !country || c.region || c.country || c.postalCode) return null;
  const zone = statedZone(c.timezone);
  const farFromHome = home !== null && haversineKm({ lat, lon }, home) > NEAR_HOME_KM;
  if (!farFromHome && (!zone || sameClock(own.timezone, zone))) return null;
  const namesakes = namesakesIn(locality, country);
  if (namesakes.length < 2 || namesQualifier(c.text, country)) return null;
  const fits = zone ? namesakes.filter((p) => sameClock(timezoneAt(p.lat, p.lon), zone)) : namesakes;
  const near = farFromHome ? nearestWithin(fits, home) : null;
  const pick = near ?? (zone && !sameClock(own.timezone, zone) ? fits[0] : undefined);
  if (!pick || (pick.lat === lat && pick.lon === lon)) return null;
  return { lat: pick.lat, lon: pick.lon, locality: pick.name, country, timezone: timezoneAt(pick.lat, pick.lon), placedBy: own.placedBy };
}

/**
 * A bare name of a small town in another zone than the one the event states,
 * with no namesake in that zone: a neighbourhood or a venue the gazetteer
 * does not know, not that town ("Green Lake", "Magnolia", "Columbia City" in
 * a Seattle running club's America/Los_Angeles calendar are Seattle's, not
 * towns in Wisconsin, Arkansas and Oregon). A code after it that is no
 * state or country of that town leaves the name bare ("Gardner (GP)" in an
 * Australia/Sydney calendar is no Gardner, Kansas). A city of SMALL_TOWN
 * people or more is taken at its word: a tour calendar in one zone lists
 * gigs in others.
 */
export function outOfStatedZone(own: EventPlacement, c: NamesakeClues): boolean {
  const zone = statedZone(c.timezone);
  const { locality, country } = own;
  if (!zone || !locality || !country || c.region || c.country || c.postalCode || sameClock(own.timezone, zone)) return false;
  const namesakes = namesakesIn(locality, country);
  if (namesakes.some((p) => p.population >= SMALL_TOWN || sameClock(timezoneAt(p.lat, p.lon), zone))) return false;
  return !namesQualifier(c.text, country);
}

const SMALL_TOWN = 50_000;

/**
 * A town after a postcode of another length than the placed country's:
 * "Haus Beispiel, Weg 1, 29303 Bergen" placed in a country of four-digit
 * postcodes (Bergen, Norway), or abroad in a Europe/Berlin calendar, is its
 * German namesake (Bergen, Lower Saxony); "Zaal, Kerkstraat 1, 1500 Halle"
 * placed in Germany (Halle (Saale), the larger), or in a country of
 * five-digit ones in a calendar of a four-digit country's zone, is the
 * largest namesake in a country of four-digit postcodes (Halle, Belgium),
 * or a commune of Brussels (see brusselsCommune).
 */
export function postcodeNamesake(own: EventPlacement, c: NamesakeClues): EventPlacement | null {
  if (!own.locality || !own.country || c.region || c.country || !c.text.includes(' ')) return null;
  const [, code, town] = CODE_THEN_TOWN.exec(c.text) ?? [];
  if (!code || !town) return null;
  const zone = statedZone(c.timezone);
  const inGermany = code.length === 5 && own.country !== 'DE';
  if (inGermany && !FOUR_DIGIT_POSTCODES.includes(own.country) && zone !== 'Europe/Berlin') return null;
  if (!inGermany && (code.length !== 4 || !(own.country === 'DE' || (zone !== null && FOUR_DIGIT_ZONES.has(zone))))) return null;
  const pick = lookupPlaces(town, [inGermany ? GERMANY : FOUR_DIGIT_FILTERS])[0] ?? (inGermany ? null : brusselsCommune(code, zone));
  if (!pick) return null;
  return {
    lat: pick.lat,
    lon: pick.lon,
    locality: pick.name,
    country: pick.country,
    timezone: timezoneAt(pick.lat, pick.lon),
    placedBy: own.placedBy,
  };
}

/**
 * A commune of Brussels whose name is a town's elsewhere ("Rue d'Écosse 30,
 * 1060 Saint-Gilles" in a Europe/Brussels calendar had been in Saint-Gilles,
 * France): GeoNames' city list has
 * none of the nineteen communes, so their postcodes (1000–1299) place them
 * in Brussels.
 */
function brusselsCommune(code: string, zone: string | null): Place | null {
  if (zone !== 'Europe/Brussels' || Number(code) < 1000 || Number(code) > 1299) return null;
  return lookupPlaces('Brussels', [[{ country: 'BE', admin1: null }]])[0] ?? null;
}

/** Zones of countries whose postcodes have four digits: a calendar in one writes "1060 Saint-Gilles" of its own. */
const FOUR_DIGIT_ZONES = new Set([
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/Copenhagen',
  'Europe/Oslo',
  'Europe/Luxembourg',
  'Europe/Budapest',
  'Europe/Ljubljana',
  'Europe/Vaduz',
]);

/** The last part of an address is a postcode and a town: "…, 29303 Bergen", "D-29303 Bergen", "1500 Halle". */
const CODE_THEN_TOWN = /(?:^|,)\s*(?:[A-Z]{1,2}-\s?)?(\d{4,5})\s+(\p{Lu}[^\d,()]*?)\s*$/u;

/** Countries near Germany whose postcodes have four digits, so a five-digit one is not theirs. */
const FOUR_DIGIT_POSTCODES = ['AT', 'BE', 'CH', 'DK', 'LI', 'LU', 'NL', 'NO', 'HU', 'SI'];
const FOUR_DIGIT_FILTERS = FOUR_DIGIT_POSTCODES.map((country) => ({ country, admin1: null }));
const GERMANY = [{ country: 'DE', admin1: null }];

/**
 * Once the home is known: a bare small town's name that is far from home
 * and in another state of the home's country, with no namesake near home —
 * "Flying Lion Brewing, Columbia City" in a Seattle feed, which is Seattle's
 * neighbourhood, not Columbia City, Oregon (194 km, same zone). The feed
 * would have written the state. `homeState` is the home's GeoNames admin1.
 * A town after its street and house number is that town, postcode or not
 * ("Hauptstraße 11, 76829 Landau" in a Berlin feed is Landau in der Pfalz;
 * "Gasthaus Linde, Hauptstraße 5, Crailsheim" in a Munich feed is
 * Crailsheim, 156 km off): a neighbourhood has no street of its own there.
 * Not where an address writes its state: "5720 Rainier Ave S, Columbia City"
 * in a Seattle feed is Seattle's neighbourhood, as the feed would have
 * written "OR" after a town in Oregon.
 */
/** Countries whose addresses write the state after the town, so a town in another state would have it. */
const WRITES_STATE = new Set(['US', 'CA', 'AU', 'BR', 'MX', 'IN']);

export function farSmallTownElsewhere(own: EventPlacement, c: NamesakeClues, home: HomeArea, homeState: string | null): boolean {
  const { lat, lon, locality, country } = own;
  if (lat === null || lon === null || !locality || !country || country !== home.country || homeState === null) return false;
  if (c.region || c.country || c.postalCode || haversineKm({ lat, lon }, home) <= NEAR_HOME_KM || namesQualifier(c.text, country))
    return false;
  if (postcodeConfirms(c.text, { lat, lon, country }) || isPostalAddress(c.text)) return false;
  if (!WRITES_STATE.has(country) && streetBeforeTown(c.text)) return false;
  const town = namesakesIn(locality, country).find((p) => p.lat === lat && p.lon === lon);
  return town !== undefined && town.population < SMALL_TOWN && town.admin1 !== null && town.admin1 !== homeState;
}

/**
 * Once the home is known (its events, its calendar, or only the channel's
 * region): a bare single name — no qualifier, postcode or street — that the
 * gazetteer knows only as small towns, read as one in another country more
 * than FAR_ABROAD_KM from home, is a neighbourhood or venue at home ("Pimlico"
 * in a London chess league's calendar is not Pimlico, Queensland; nor is
 * "Hampstead" Hampstead, New Hampshire). It is what `outOfStatedZone` does
 * when the feed states a zone, for feeds whose times are floating or UTC.
 * Kept: a city of SMALL_TOWN people or more ("Paris" in a London feed is a
 * trip), a town of the home's own country (`farSmallTownElsewhere`), a town
 * nearer home (a cross-border neighbour), and a town in the clock the event
 * states.
 */
export function farSmallTownAbroad(own: EventPlacement, c: NamesakeClues, home: HomeArea): boolean {
  const { lat, lon, locality, country } = own;
  if (lat === null || lon === null || !locality || !country || !home.country || country === home.country) return false;
  if (c.region || c.country || c.postalCode || !isBareName(c.text)) return false;
  const zone = statedZone(c.timezone);
  if ((zone && sameClock(own.timezone, zone)) || haversineKm({ lat, lon }, home) <= FAR_ABROAD_KM) return false;
  const namesakes = lookupPlaces(locality).filter((p) => fold(p.name) === fold(locality));
  return namesakes.length > 0 && namesakes.every((p) => p.population < SMALL_TOWN);
}

/** A small town abroad this close to home may be the one meant: a cross-border neighbour, a club's outing. */
const FAR_ABROAD_KM = 1000;

/** One name and nothing else: no second part (a qualifier or street) and no digits (a postcode or house number). */
function isBareName(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !/\d/.test(trimmed) && splitAddress(trimmed).length === 1;
}

/** "Salle des fêtes, 76170 Lillebonne": a postcode of the town's own département or province says which town it is. */
function postcodeConfirms(text: string, own: { lat: number; lon: number; country: string }): boolean {
  const region = postcodeRegionTown(text, own.country);
  return region !== null && haversineKm(region, own) <= REGION_TOWN_KM;
}

const REGION_TOWN_KM = 150;

/**
 * Whether the address writes a state or country after its first part that
 * the town read can be in, even one that could be two ("Bozeman, MT":
 * Montana or Malta), so the town is not bare. A code that is no qualifier
 * of that town leaves it bare: "Gardner (GP)" read as Gardner, Kansas
 * names no state or country of it (GP is a circuit's Grand Prix layout, not
 * Guadeloupe).
 */
function namesQualifier(text: string, country: string): boolean {
  return splitAddress(text)
    .slice(1)
    .some((segment) => readSegment(segment).qualifier?.some((f) => f.country === country) ?? false);
}

/** Two zones that keep the same clock in winter and in summer (America/Detroit and America/New_York). */
export function sameClock(a: string | null, b: string): boolean {
  if (a === b) return true;
  if (!a) return false;
  const key = `${a}|${b}`;
  let same = SAME_CLOCK.get(key);
  if (same === undefined) {
    const year = new Date().getUTCFullYear();
    same = [0, 6].every((month) => {
      const at = new Date(Date.UTC(year, month, 15));
      return offsetMs(at, a) === offsetMs(at, b);
    });
    SAME_CLOCK.set(key, same);
  }
  return same;
}

const SAME_CLOCK = new Map<string, boolean>();

/** The places of `country` whose name is `name`, most populous first. */
function namesakesIn(name: string, country: string): Place[] {
  return lookupPlaces(name, [[{ country, admin1: null }]]).filter((p) => fold(p.name) === fold(name));
}

function nearestWithin(places: readonly Place[], home: HomeArea): Place | null {
  let best: Place | null = null;
  let bestKm = NEAR_HOME_KM;
  for (const p of places) {
    const km = haversineKm(p, home);
    if (km <= bestKm) [best, bestKm] = [p, km];
  }
  return best;
}

/** A zone that says where on the map: "America/New_York", not "UTC" or "Etc/GMT+5". */
export function statedZone(zone: string | null | undefined): string | null {
  return zone && zone.includes('/') && !zone.startsWith('Etc/') ? zone : null;
}
