import { describe, expect, it } from 'vitest';
import { placeByOwnClues } from './event.js';
import { clues } from './test-clues.js';

// "…, Kakkanad, Kochi" in a Kochi channel was placed in Kōchi Prefecture, Japan (6,379 km off), and the feed's home with it.
describe('a town named as another country’s state or prefecture', () => {
  it.each([
    // the feed is in India, or guessed to be (the channel's region): Kochi, Kerala (GeoNames' "Cochin")
    ['Infopark Phase 1, Kakkanad, Kochi', 'IN', null, 'Cochin', 'IN'],
    ['Some Cafe, MG Road, Kochi', 'IN', null, 'Cochin', 'IN'],
    // the event's stated zone says India, with no home known
    ['Infopark Phase 1, Kakkanad, Kochi', null, 'Asia/Kolkata', 'Cochin', 'IN'],
    // nothing says India: the prefecture stays
    ['Infopark Phase 1, Kakkanad, Kochi', null, null, 'Kochi', 'JP'],
    ['Kochi Castle, Kochi', 'JP', 'Asia/Tokyo', 'Kochi', 'JP'],
    // a country written wins over the feed's guess
    ['Hall 2, Kochi, Japan', 'IN', null, 'Kochi', 'JP'],
  ])('%s (feed in %s, zone %s) → %s, %s', (locationText, homeCountry, timezone, locality, country) => {
    const placed = placeByOwnClues(clues({ locationText, timezone }), { fromPage: false, homeCountry });
    expect(placed).toMatchObject({ locality, country });
  });
});
