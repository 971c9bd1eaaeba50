import { userError, ok, type Result, type UserError } from '../core/result.js';
import { countryName } from './countries.js';
import { getGazetteer, lookupPlaces, matchesConstraints, placeLabel, type Place, type PlaceFilter } from './gazetteer.js';
import { haversineKm, type LatLon } from './geo.js';
import { qualifierFor } from './qualifiers.js';
import { orList } from './text.js';

/** A namesake this big elsewhere is what a name means even when it is a country's or state's: "Victoria" is Victoria, BC. */
const NAMESAKE_CITY = 100_000;

/**
 * A region typed as a country or state alone ("Italy", "Oregon", "New
 * South Wales") names no town: the towns of that name (Italy, Texas;
 * Oregon, Ohio) are not what was meant, so the reply asks for a town in it
 * and suggests its largest city. Except:
 * - a town of that name in that country or state is it (city-states:
 *   "Singapore", "Monaco", "San Marino"; "New York", "Hamburg", "Tokyo");
 * - a namesake of NAMESAKE_CITY people elsewhere ("Victoria", "Washington");
 * - a namesake within `nearKm` of where the region already is (a feed's
 *   place in a channel near Italy, Texas).
 * Codes ("LA", "UK") are left to the place names: "LA" is Los Angeles.
 *
 * Returns null when the text is no country or state, else the candidates
 * to choose from or the reply.
 */
export function areaAlone(text: string, near: LatLon | null, nearKm: number): Result<Place[], UserError> | null {
  if (/^[A-Za-z]{2,3}\.?$/.test(text)) return null;
  const areas = qualifierFor(text);
  if (!areas) return null;
  const namesakes = lookupPlaces(text);
  const inside = namesakes.filter((p) => matchesConstraints(p, [areas]));
  if (inside.length > 0) return ok(inside);
  const meant = namesakes.some((p) => p.population >= NAMESAKE_CITY || (near !== null && haversineKm(p, near) <= nearKm));
  if (meant) return ok(namesakes);
  return userError('region_is_area', areaReply(text, areas, namesakes[0]));
}

/** "Italy is a country: name a town or city in it, such as "Rome, Italy" (for the town, write "Italy, Texas, US")." */
function areaReply(text: string, areas: readonly PlaceFilter[], namesake: Place | undefined): string {
  const kinds = orList([...new Set(areas.map(areaKind))]);
  const examples = orList(
    areas
      .map(largestIn)
      .filter((p): p is Place => p !== null)
      .map((p) => `"${p.name}, ${text}"`),
  );
  const such = examples ? `, such as ${examples}` : '';
  const town = namesake ? ` (for the town, write "${placeLabel(namesake)}")` : '';
  return `${text} is ${kinds}: name a town or city in it${such}${town}.`;
}

const KINDS: Readonly<Record<string, string>> = {
  AU: 'state',
  BR: 'state',
  CA: 'province',
  CH: 'canton',
  DE: 'state',
  FR: 'region',
  IN: 'state',
  JP: 'prefecture',
  MX: 'state',
};

function areaKind(f: PlaceFilter): string {
  if (f.admin1 == null) return 'a country';
  if (f.country === 'US') return 'a US state';
  if (f.country === 'GB') return 'a nation of the UK';
  return `a ${KINDS[f.country] ?? 'region'} of ${countryName(f.country)}`;
}

/** The most populous place of the gazetteer in a country or state: a scan, only when a reply is written. */
function largestIn(f: PlaceFilter): Place | null {
  const g = getGazetteer();
  const d = g.data;
  const regions = new Set(
    d.regions.flatMap((r, i) => (r.slice(0, 2) === f.country && (f.admin1 == null || r.slice(3) === f.admin1) ? [i] : [])),
  );
  let best = -1;
  for (let row = 0; row < d.count; row++) {
    if (regions.has(d.region[row] ?? -1) && (best < 0 || (d.population[row] ?? 0) > (d.population[best] ?? 0))) best = row;
  }
  return best < 0 ? null : g.place(best);
}
