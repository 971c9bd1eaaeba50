import { describe, expect, it } from 'vitest';
import { pointOfMapLink } from './map-link.js';

// Map links as calendars put them on a place's name (synthetic points).
describe('pointOfMapLink', () => {
  it.each([
    ['Google, q= (Trumba)', 'http://maps.google.com/maps?q=47.244596,-122.438017&amp;z=18', { lat: 47.244596, lon: -122.438017 }],
    ['Google, q= with a label', 'https://maps.google.co.uk/maps?q=51.5072,-0.1276+(Town+Hall)', { lat: 51.5072, lon: -0.1276 }],
    ['Google, ll=', 'https://www.google.com/maps?ll=-33.8688,151.2093&z=15', { lat: -33.8688, lon: 151.2093 }],
    ['Google, @ in the path', 'https://www.google.de/maps/place/Halle/@52.5200,13.4050,17z/data=x', { lat: 52.52, lon: 13.405 }],
    ['Google Maps URLs, query=', 'https://www.google.com/maps/search/?api=1&query=40.7128,-74.0060', { lat: 40.7128, lon: -74.006 }],
    [
      'OpenStreetMap marker',
      'https://www.openstreetmap.org/?mlat=48.8566&mlon=2.3522#map=16/48.8566/2.3522',
      { lat: 48.8566, lon: 2.3522 },
    ],
    ['OpenStreetMap view', 'https://www.openstreetmap.org/#map=17/59.3293/18.0686', { lat: 59.3293, lon: 18.0686 }],
    ['Bing, cp=', 'https://www.bing.com/maps?cp=47.6062~-122.3321&lvl=16', { lat: 47.6062, lon: -122.3321 }],
    ['Apple, ll=', 'https://maps.apple.com/?ll=35.6762,139.6503&q=Hall', { lat: 35.6762, lon: 139.6503 }],
  ])('%s', (_, href, point) => {
    expect(pointOfMapLink(href)).toEqual(point);
  });

  it.each([
    ['a place in words', 'http://maps.google.com/maps?q=Snoqualmie+Hall,+Tacoma'],
    ['numbers with no decimals', 'https://www.google.com/maps?q=1,2'],
    ['a page that is no map', 'https://example.edu/visit?q=47.2445,-122.4380'],
    ['Google search, not maps', 'https://www.google.com/search?q=47.2445,-122.4380'],
    ['a point off the globe', 'https://maps.google.com/maps?q=97.5,-122.4'],
    ['no link at all', 'not a link'],
  ])('gives no point for %s', (_, href) => {
    expect(pointOfMapLink(href)).toBeNull();
  });
});
