/**
 * The town shown for an event placed by its coordinates. Synthetic
 * addresses of our own at real places.
 */
import { describe, expect, it } from 'vitest';
import { labelPoint } from './point-label.js';

const NO_CLUES = { locality: null, region: null, country: null, postalCode: null };

// Lesson from a real Meetup calendar: GEO rounded to two decimals ("50.08;14.43", about 1 km off) fell nearest Staré
// Město, a Prague district across the river from the Smíchov the address wrote, and the event was shown there.
describe('labelPoint: rounded coordinates and city districts', () => {
  it.each([
    [
      'a rounded point nearest a district, the address naming another district',
      50.08,
      14.43,
      'Example Loft (Example Street 1, Smíchov, Praha-Praha 5, Czech Republic 150 00)',
      'Prague',
      'CZ',
    ],
    ['a rounded point nearest a district, the address naming no place', 52.5, 13.42, 'Example Bar', 'Berlin', 'DE'],
    [
      'a rounded point nearest one city, the address naming its neighbour',
      42.37,
      -71.08,
      'Example Hall, 1 Example St, Cambridge, MA 02141',
      'Cambridge',
      'US',
    ],
    ['a rounded point in the city the address names', 42.37, -71.08, 'Example Hall, 1 Example St, Boston, MA 02114', 'Boston', 'US'],
    // unchanged: an exact point is what it is nearest, a small point near a city is named by the address
    ['an exact point in a district, the address naming no place', 50.0871, 14.4212, 'Example Loft', 'Staré Město', 'CZ'],
    [
      'an exact point nearest one city, the address naming its neighbour',
      42.3701,
      -71.0801,
      'Example Hall, 1 Example St, Cambridge, MA 02141',
      'Boston',
      'US',
    ],
    [
      'an exact point nearest Vatican City, the address in Rome',
      41.87495,
      12.47305,
      'Example Hub, Via Esempio 1, 00153 Roma RM, Italy',
      'Rome',
      'IT',
    ],
  ])('%s', (_, lat, lon, text, locality, country) => {
    expect(labelPoint(lat, lon, text, NO_CLUES)).toEqual({ locality, country });
  });
});
