import { describe, expect, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { placeAddress } from './address.js';
import { lookupPlaces } from './gazetteer.js';
import { readSegment } from './address-segments.js';
import { expectPlacement } from './test-clues.js';

/**
 * Indian address forms. Every venue and street is invented, in the shape
 * Indian WordPress calendars, Meetup and festival exports write: "…, Town,
 * State PIN" with no country, the state abbreviated, the PIN in 3 + 3.
 */
const MYSORE: HomeArea = {
  lat: 12.3,
  lon: 76.64,
  label: 'Mysore, Karnataka, IN',
  country: 'IN',
  timezone: 'Asia/Kolkata',
  basis: 'events',
};

/** Where the address is, to 0.1°: enough to tell Bengaluru from Mysore, and Aurangabad (MH) from Aurangabad (BR). */
const where = (text: string) => {
  const p = placeAddress(text, {});
  return p && { locality: p.locality, country: p.country, lat: Math.round(p.lat * 10) / 10, lon: Math.round(p.lon * 10) / 10 };
};

describe('placeAddress: "…, Town, State PIN"', () => {
  it.each<[string, { locality: string; lat: number; lon: number } | null]>([
    ['Lakeside Hall, 7, 4th Main Rd, Domlur, Bengaluru, Karnataka 560071', { locality: 'Bengaluru', lat: 13, lon: 77.6 }],
    ['Hall 2, Example Road, Bengaluru, Karnataka 560 027', { locality: 'Bengaluru', lat: 13, lon: 77.6 }],
    ['Hall 2, Bengaluru, KA 560071', { locality: 'Bengaluru', lat: 13, lon: 77.6 }],
    ['Hall 2, Bengaluru KA 560071', { locality: 'Bengaluru', lat: 13, lon: 77.6 }],
    ['Hall 2, Mysore, Karnataka 570001', { locality: 'Mysore', lat: 12.3, lon: 76.6 }],
    ['Hall 2, Chennai, Tamil Nadu 600001', { locality: 'Chennai', lat: 13.1, lon: 80.3 }],
    // "TN" is Tennessee and Tunisia too, "MH" the Marshall Islands: the PIN says India
    ['Hall 2, Chennai, TN 600001', { locality: 'Chennai', lat: 13.1, lon: 80.3 }],
    ['Hall 2, Pune, MH 411001', { locality: 'Pune', lat: 18.5, lon: 73.9 }],
    ['Hall 2, New Delhi, DL 110001', { locality: 'New Delhi', lat: 28.6, lon: 77.2 }],
    ['Hall 2, Pune, Maharashtra 411001, India', { locality: 'Pune', lat: 18.5, lon: 73.9 }],
    // the state picks the namesake
    ['Hall 2, Aurangabad, Maharashtra 431001', { locality: 'Aurangabad', lat: 19.9, lon: 75.3 }],
    ['Hall 2, Aurangabad, Bihar 824101', { locality: 'Aurangābād', lat: 24.8, lon: 84.4 }],
    ['Hall 2, Shillong, Meghalaya 793001', { locality: 'Shillong', lat: 25.6, lon: 91.9 }],
    // a PIN of another zone than the state's is no reading
    ['Hall 2, Bengaluru, Karnataka 110001', null],
  ])('%s', (text, expected) => {
    expect(where(text)).toEqual(expected === null ? null : { ...expected, country: 'IN' });
  });

  it('reads a PIN only after a state of India, never as a US or other country’s code', () => {
    expect(readSegment('Karnataka 560071').qualifier).toEqual([{ country: 'IN', admin1: '19' }]);
    expect(readSegment('Chennai TN 600 001').qualifier).toEqual([{ country: 'IN', admin1: '25' }]);
    expect(readSegment('Chennai TN 600 001').town).toBe('Chennai');
    expect(readSegment('Oregon 560071').qualifier).toBeNull();
    expect(readSegment('Karnataka 560071 Germany').qualifier).toBeNull();
  });

  it('places a Bengaluru address in a Mysore feed at Bengaluru, not at the feed’s home', () => {
    expectPlacement({
      clues: { locationText: 'Lakeview Arts Hall, 12, 5th Cross Rd, Indiranagar, Bengaluru, Karnataka 560038' },
      feed: { home: MYSORE },
      expected: { placedBy: 'address', locality: 'Bengaluru', country: 'IN' },
    });
  });
});

describe('renamed Indian cities', () => {
  it.each<[string, string]>([
    ['Mysuru', 'Mysore'],
    ['Belagavi', 'Belgaum'],
    ['Mangaluru', 'Mangalore'],
    ['Hubballi', 'Hubli'],
    ['Dharwad', 'Hubli'],
    ['Kalaburagi', 'Gulbarga'],
    ['Vijayapura', 'Bijapur'],
    ['Shivamogga', 'Shimoga'],
    ['Tumakuru', 'Tumkūr'],
    ['Ballari', 'Bellary'],
    ['Prayagraj', 'Allahābād'],
    ['Kochi', 'Cochin'],
    ['Pondicherry', 'Puducherry'],
    ['Trivandrum', 'Thiruvananthapuram'],
    ['Calicut', 'Kozhikode'],
  ])('"%s" is %s', (name, gazetteerName) => {
    expect(lookupPlaces(name, [[{ country: 'IN' }]])[0]?.name).toBe(gazetteerName);
  });

  it.each<[string, { locality: string; lat: number; lon: number }]>([
    ['Example Rangamandira, 7, Palace Road, Mysuru, Karnataka, 570001, India', { locality: 'Mysore', lat: 12.3, lon: 76.6 }],
    ['Example Kala Mandir, Club Road, Belagavi, Karnataka 590001', { locality: 'Belgaum', lat: 15.9, lon: 74.5 }],
    ['Hall 2, Kochi, Kerala 682001', { locality: 'Cochin', lat: 9.9, lon: 76.3 }],
  ])('places "%s" in that city', (text, expected) => {
    expect(where(text)).toEqual({ ...expected, country: 'IN' });
  });

  it('keeps a Japanese "Kochi" in Japan', () => {
    expect(where('Hall 2, Kochi, Japan')).toMatchObject({ locality: 'Kochi', country: 'JP' });
  });

  it('places a Mysuru address in a Bengaluru feed at Mysore, 130 km off, not at the feed’s home', () => {
    const BENGALURU: HomeArea = { ...MYSORE, lat: 12.97, lon: 77.59, label: 'Bengaluru, Karnataka, IN' };
    expectPlacement({
      clues: { locationText: 'Example Rangamandira, 7, Palace Road, Mysuru, Karnataka, 570001, India' },
      feed: { home: BENGALURU },
      expected: { placedBy: 'address', locality: 'Mysore', country: 'IN' },
    });
  });
});
