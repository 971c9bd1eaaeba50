import { describe, expect, it } from 'vitest';
import { flagAsCountry } from './location.js';

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
