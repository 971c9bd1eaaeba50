import type { EventPlacement, HomeArea } from '../core/placement.js';
import { splitAddress } from './address-segments.js';
import { lookupPlaces, type Place } from './gazetteer.js';
import { haversineKm, timezoneAt } from './geo.js';

type TownPlacement = Omit<EventPlacement, 'placedBy'>;

/**
 * The town a venue's name alone says it is in, in the home's country:
 * - a venue named after the city its branch is in — "Bitcoin Park Austin" in
 *   a feed at home in Nashville, "Impact Hub Berlin": its last one or two
 *   words name a city of at least CITY_POPULATION people (a word like "Park"
 *   or "Green" names only villages). Another country's city ("Café Paris" in
 *   Birmingham) is a name, not a place;
 * - a venue whose name says its town in so many words, near home: "Indian
 *   Creek Park in Morrisville", "City of Raleigh Museum", "Southeast Raleigh
 *   YMCA", "Downtown Cary Park", "Apex Town Hall", "Islamic Center of Cary"
 *   in a feed at home in Durham — a town of at least TOWN_POPULATION within
 *   NEAR_KM of home.
 * Null when the name says neither (the venue is then at home).
 */
export function townOfVenue(text: string, home: HomeArea): TownPlacement | null {
  const segments = splitAddress(text);
  if (segments.length !== 1 || !home.country) return null;
  const name = segments[0]!;
  const city = branchCity(name, home.country) ?? namedTown(name, home) ?? adjectiveCity(name, home.country);
  return city && { lat: city.lat, lon: city.lon, locality: city.name, country: city.country, timezone: timezoneAt(city.lat, city.lon) };
}

const CITY_POPULATION = 100_000;
const TOWN_POPULATION = 15_000;
const NEAR_KM = 100;

function branchCity(name: string, country: string): Place | null {
  const words = name.split(' ');
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const city = largest(words.slice(-n).join(' '), country);
    if (city && city.population >= CITY_POPULATION) return city;
  }
  return null;
}

/** A town's own society, church or university: "Gurdwara Sahib Sikh Society of Niagara Falls", "Islamic Center of Cary". */
const BODIES = 'Society|Association|Club|Church|Center|Centre|Library|University|College|Museum|Temple|Mosque|Synagogue|Gurdwara';

/** One or two capitalised words: a town's name as a venue's name writes it. */
const TOWN = String.raw`(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)?)`;
const TOWN_CUES = [
  new RegExp(String.raw`\bin ${TOWN}$`, 'u'),
  new RegExp(String.raw`\b(?:City|Town|Village|Borough) of ${TOWN}`, 'u'),
  new RegExp(String.raw`\b(?:Downtown|Uptown|North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central) ${TOWN}`, 'u'),
  new RegExp(String.raw`${TOWN} (?:Town|City) Hall\b`, 'u'),
  new RegExp(String.raw`\b(?:${BODIES}) of ${TOWN}$`, 'u'),
];

function namedTown(name: string, home: HomeArea): Place | null {
  for (const cue of TOWN_CUES) {
    const written = cue.exec(name)?.[1];
    if (!written) continue;
    // "Raleigh YMCA" after "Southeast": the town is one word or two.
    for (const candidate of [written, written.split(' ')[0]!]) {
      const town = largest(candidate, home.country!);
      if (town && town.population >= TOWN_POPULATION && haversineKm(town, home) <= NEAR_KM) return town;
    }
  }
  return null;
}

/**
 * Polish, Czech and Slovak name an institution's city by its adjective:
 * "Wydział Elektroniki Politechniki Warszawskiej" (Warsaw University of
 * Technology's faculty), "Uniwersytet Łódzki", "Pražské Pyvo". The last word
 * that is a big city's adjective, in any case or gender, in the home's
 * country: a meetup of a national group at "Politechnika Wrocławska" had
 * been put in a Kraków channel's own town.
 */
function adjectiveCity(name: string, country: string): Place | null {
  const stems = ADJECTIVES[country];
  // Every Polish town has its "ul. Warszawska": a street named after a city is not in it.
  if (!stems || STREET_BEFORE_LAST.test(name)) return null;
  const last = name.split(/\s+/).at(-1)!.toLowerCase();
  const m = /^(\p{L}+?)(?:i|a|ie|iej|iego|im|ą|ich|ej|ý|á|é|ého|ém|ou|ých)$/u.exec(last);
  const city = m ? stems[m[1]!] : undefined;
  return city ? largest(city, country) : null;
}

const STREET_BEFORE_LAST = /(?:^|\s)(?:ul|al|pl|ulica|aleja|plac|ulice|nám|náměstí|třída|ulica|námestie)\.?\s+\S+$/iu;

// prettier-ignore
const ADJECTIVES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  PL: {
    warszawsk: 'Warsaw', krakowsk: 'Kraków', wrocławsk: 'Wrocław', poznańsk: 'Poznań', gdańsk: 'Gdańsk', łódzk: 'Łódź',
    lubelsk: 'Lublin', szczecińsk: 'Szczecin', białostock: 'Białystok', rzeszowsk: 'Rzeszów', katowick: 'Katowice',
    toruńsk: 'Toruń', bydgosk: 'Bydgoszcz', gdyńsk: 'Gdynia', opolsk: 'Opole',
  },
  CZ: { pražsk: 'Prague', brněnsk: 'Brno', ostravsk: 'Ostrava', olomouck: 'Olomouc', libereck: 'Liberec' },
  SK: { bratislavsk: 'Bratislava', košick: 'Košice', žilinsk: 'Žilina' },
};

function largest(name: string, country: string): Place | null {
  return lookupPlaces(name, [[{ country, admin1: null }]])[0] ?? null;
}
