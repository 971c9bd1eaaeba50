import { describe, expect, it } from 'vitest';
import { flagAsCountry, venueAndAddress } from './location.js';

// Lesson from a real conference list kept in Markdown: "Berlin :de:", "Brisbane :australia:", "Virtual :computer:".
describe('flagAsCountry: a GitHub emoji shortcode after a place', () => {
  it.each([
    ['Berlin :de:', 'Berlin, Germany'],
    ['Brisbane :australia:', 'Brisbane, Australia'],
    ['Grand Cayman :cayman_islands:', 'Grand Cayman, Cayman Islands'],
    ['Dundee :scotland:', 'Dundee, United Kingdom'],
    ['Virtual :computer:', 'Virtual'],
    ['Denver (CO) :us:', 'Denver (CO), United States'],
    // no shortcode
    ['Room 4: Main Hall', 'Room 4: Main Hall'],
    ['Berlin', 'Berlin'],
  ])('%j is %j', (text, expected) => {
    expect(flagAsCountry(text)).toBe(expected);
  });
});

// Lesson from a real Odense calendar: "LOCATION:Ajour System \n Sanderumvej 16B\, Odense".
describe('venueAndAddress: a line break in the location', () => {
  it.each([
    ['Ajour System \n Sanderumvej 16B, Odense', 'Ajour System', 'Ajour System, Sanderumvej 16B, Odense'],
    ['The Hub,\n12 High Street\nLeeds', 'The Hub', 'The Hub, 12 High Street, Leeds'],
  ])('%j is venue %j at %j', (text, venue, address) => {
    expect(venueAndAddress(null, text)).toEqual({ venue, address });
  });
});

// Lesson from a real Mexico City calendar: "LOCATION:Casa Ejemplo\, Zacatecas 94\, Col Roma Norte\,\, Mexico City".
describe('venueAndAddress: empty parts between commas', () => {
  it.each([
    ['Casa Ejemplo, Zacatecas 94, Col Roma Norte,, Mexico City', 'Casa Ejemplo', 'Casa Ejemplo, Zacatecas 94, Col Roma Norte, Mexico City'],
    ['The Hub , , 12 High Street', 'The Hub', 'The Hub, 12 High Street'],
    ['The Hub,\n,12 High Street', 'The Hub', 'The Hub, 12 High Street'],
    ['Online event,', null, 'Online event'],
    [', The Hub', null, 'The Hub'],
    [',,', null, null],
    // commas with a part on both sides stay
    ['Messe Leipzig, Halle 3, Leipzig', 'Messe Leipzig', 'Messe Leipzig, Halle 3, Leipzig'],
  ])('%j is venue %j at %j', (text, venue, address) => {
    expect(venueAndAddress(null, text)).toEqual({ venue, address });
  });
});
