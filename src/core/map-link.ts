/**
 * The point a map link shows, when its address writes it as coordinates:
 * a campus calendar links a place's name to its building on a map
 * (Trumba's `<a href="http://maps.google.com/maps?q=47.244596,-122.438017&z=18">UW Tacoma
 * Snoqualmie (SNO)</a>`). Read only on map hosts (Google Maps, Bing Maps,
 * OpenStreetMap, Apple Maps), from the parameters that hold the place:
 *
 * - `q=`, `query=`, `ll=`, `daddr=`, `destination=`, `where1=` ("47.24,-122.43",
 *   also "loc:47.24,-122.43" and "47.24,-122.43 (Label)"); Bing's `cp=47.24~-122.43`;
 * - OpenStreetMap's `mlat=`/`mlon=` marker, else its `#map=16/47.24/-122.43` view;
 * - Google's `/@47.24,-122.43,17z` in the path.
 *
 * Both numbers need a decimal part ("q=1,2" is a search, not a point) and must
 * lie on the globe. A link that names a place in words ("q=Snoqualmie+Hall") gives none.
 */
export interface MapPoint {
  lat: number;
  lon: number;
}

export function pointOfMapLink(href: string): MapPoint | null {
  let url: URL;
  try {
    url = new URL(href.trim().replace(/&amp;/g, '&'));
  } catch {
    return null;
  }
  if (!isMapLink(url)) return null;
  const p = url.searchParams;
  for (const key of PAIR_KEYS) {
    const value = p.get(key);
    const point = value === null ? null : pair(value, /^(?:loc:)?\s*(-?\d{1,2}\.\d+)\s*[,~\s]\s*(-?\d{1,3}\.\d+)(?:$|[\s(+])/);
    if (point) return point;
  }
  const marker = checked(p.get('mlat'), p.get('mlon'));
  if (marker) return marker;
  const view = /(?:^|&)map=\d{1,2}\/(-?\d{1,2}\.\d+)\/(-?\d{1,3}\.\d+)/.exec(url.hash.slice(1));
  if (view) return checked(view[1]!, view[2]!);
  return pair(url.pathname, /\/@(-?\d{1,2}\.\d+),(-?\d{1,3}\.\d+)/);
}

/** The parameters that hold a place, most specific first. */
const PAIR_KEYS = ['q', 'query', 'll', 'daddr', 'destination', 'where1', 'cp', 'sll'];

function isMapLink(url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (/^maps\.google\.[a-z.]+$/.test(host) || host === 'maps.apple.com') return true;
  if (/^google\.[a-z.]+$/.test(host) || host === 'bing.com') return /^\/maps(?:\/|$)/.test(url.pathname);
  return /(?:^|\.)(?:openstreetmap\.org|osm\.org)$/.test(host);
}

function pair(text: string, pattern: RegExp): MapPoint | null {
  const m = pattern.exec(text.trim());
  return m ? checked(m[1]!, m[2]!) : null;
}

function checked(latText: string | null, lonText: string | null): MapPoint | null {
  if (latText === null || lonText === null || !/\.\d/.test(latText) || !/\.\d/.test(lonText)) return null;
  const lat = Number(latText);
  const lon = Number(lonText);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return lat === 0 && lon === 0 ? null : { lat, lon };
}
