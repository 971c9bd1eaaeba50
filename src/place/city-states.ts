import { CITY_STATES } from '../core/city-states.js';
import type { EventPlacement } from '../core/placement.js';
import { lookupPlaces } from './gazetteer.js';
import { timezoneAt } from './geo.js';

/** A country that is one city ("Singapore", "Monaco", "Hong Kong": core/city-states.ts): an event there is in that city. */
export function cityStateCity(area: { country: string; admin1: string | null }): Omit<EventPlacement, 'placedBy'> | null {
  const name = area.admin1 === null ? CITY_STATES[area.country] : undefined;
  const city = name ? lookupPlaces(name, [[{ country: area.country, admin1: null }]])[0] : undefined;
  return city
    ? { lat: city.lat, lon: city.lon, locality: city.name, country: city.country, timezone: timezoneAt(city.lat, city.lon) }
    : null;
}
