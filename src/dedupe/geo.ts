const EARTH_RADIUS_M = 6_371_008.8;

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Located {
  lat: number | null;
  lon: number | null;
}

/** Distance between two events' coordinates, or null when either has none. */
export function eventDistance(a: Located, b: Located): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return distanceMetres(a.lat, a.lon, b.lat, b.lon);
}
