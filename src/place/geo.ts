import tzlookup from '@photostructure/tz-lookup';

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  /** When the box crosses the antimeridian, minLon > maxLon (the box wraps). */
  minLon: number;
  maxLon: number;
}

const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * A box that contains every point within `km` of (lat, lon): use it as a
 * cheap pre-filter (e.g. an indexed SQL range), then check `haversineKm`.
 * Near a pole the box spans all longitudes; across the antimeridian it wraps
 * (minLon > maxLon), so a point is inside when lon ≥ minLon OR lon ≤ maxLon.
 */
export function boundingBox(lat: number, lon: number, km: number): BoundingBox {
  const dLat = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const minLat = Math.max(-90, lat - dLat);
  const maxLat = Math.min(90, lat + dLat);
  if (minLat <= -90 || maxLat >= 90) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  // Widest longitude span is at the box edge nearest the pole.
  const cosLat = Math.cos(rad(Math.max(Math.abs(minLat), Math.abs(maxLat))));
  const dLon = Math.min(180, dLat / cosLat);
  if (dLon >= 180) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  return { minLat, maxLat, minLon: wrapLon(lon - dLon), maxLon: wrapLon(lon + dLon) };
}

export function inBoundingBox(box: BoundingBox, p: LatLon): boolean {
  if (p.lat < box.minLat || p.lat > box.maxLat) return false;
  return box.minLon <= box.maxLon ? p.lon >= box.minLon && p.lon <= box.maxLon : p.lon >= box.minLon || p.lon <= box.maxLon;
}

/** IANA time zone at a point (offline; at sea it is an "Etc/GMT±N" zone). Null for invalid coordinates. */
export function timezoneAt(lat: number, lon: number): string | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  try {
    return tzlookup(lat, lon);
  } catch {
    return null;
  }
}

const coord = (n: number) => String(Math.round(n * 1e5) / 1e5);

/**
 * OpenStreetMap link. With coordinates: a marker at the point, zoom 16
 * (`label` is not shown by OSM and is ignored). Without coordinates but with
 * an address or label: an OSM search for that text. Otherwise null.
 */
export function mapUrl(lat: number | null, lon: number | null, label?: string | null): string | null {
  if (lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon)) {
    const la = coord(lat);
    const lo = coord(lon);
    return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=16/${la}/${lo}`;
  }
  const query = label?.replace(/\s+/g, ' ').trim();
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : null;
}
