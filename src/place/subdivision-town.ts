import type { EventPlacement } from '../core/placement.js';
import { lastNamedSegment, readSegment, splitAddress } from './address-segments.js';
import { lookupPlaces } from './gazetteer.js';
import { timezoneAt } from './geo.js';
import { sameClock, statedZone, type NamesakeClues } from './namesake.js';
import { isSubdivision } from './qualifiers.js';

/**
 * "Infopark, Kakkanad, Kochi": a last part that names a state or prefecture
 * of one country (Kōchi Prefecture, Japan, read as its capital) and a town of
 * another (Kochi, Kerala: GeoNames' "Cochin"). With no country or state
 * written, the town is meant when it is in the country the feed is in or
 * guessed to be in (its set place's, its stored home's or the channel
 * region's: `homeCountry`), or keeps the clock of the zone the event states
 * (Asia/Kolkata); the prefecture stays where neither says otherwise. Costs
 * nothing for an event placed in the home country or its stated zone.
 */
export function townNotSubdivision(own: EventPlacement, c: NamesakeClues, homeCountry: string | null | undefined): EventPlacement | null {
  if (c.country || c.region || c.postalCode || !own.country) return null;
  const zone = statedZone(c.timezone);
  const elsewhere = (homeCountry && own.country !== homeCountry) || (zone && !sameClock(own.timezone, zone));
  if (!elsewhere) return null;
  const segments = splitAddress(c.text);
  const last = segments[lastNamedSegment(segments)];
  if (!last || segments.length === 0) return null;
  const read = readSegment(last);
  if (!read.wholeQualifier || !read.qualifier || !isSubdivision(read.qualifier)) return null;
  if (!read.qualifier.every((f) => f.country === own.country)) return null;
  const town = lookupPlaces(last).find(
    (p) => p.country !== own.country && (p.country === homeCountry || (zone !== null && sameClock(timezoneAt(p.lat, p.lon), zone))),
  );
  if (!town) return null;
  const timezone = timezoneAt(town.lat, town.lon);
  return { lat: town.lat, lon: town.lon, locality: town.name, country: town.country, timezone, placedBy: own.placedBy };
}
