import { describe, expect, it } from 'vitest';
import { locationFromDescription } from './described-location.js';

// Synthetic descriptions modelled on real feeds whose LOCATION is empty (a Plancast
// export, Luma's "Address:" block, hand-kept WordPress calendars).
describe('locationFromDescription', () => {
  it.each([
    [
      'Plancast-style prose',
      'Lightning talks and pizza at Foundry Hall, 41 Mill Lane, Leeds LS2 7AB. Doors 6pm.',
      'Foundry Hall, 41 Mill Lane, Leeds LS2 7AB',
    ],
    [
      'a labelled line',
      'Monthly social.\nVenue: The Lamp Tavern, 157 Barford St, Birmingham\nAll welcome',
      'The Lamp Tavern, 157 Barford St, Birmingham',
    ],
    [
      'a label alone, then the block',
      'Get up-to-date information at: https://luma.example/x\n\nAddress:\nCodeHub\nBristol, England\n\nHosted by Ann',
      'CodeHub, Bristol, England',
    ],
    ['a German label', 'Stammtisch\nOrt: Café Mitte, Hauptstraße 4, 01067 Dresden', 'Café Mitte, Hauptstraße 4, 01067 Dresden'],
    ['a Dutch label', 'Open gig!\nWaar:  Alckmariapad 2, Alkmaar\nTijd: 14:00', 'Alckmariapad 2, Alkmaar'],
    ['an Italian label', 'Serata\nIndirizzo: Via Roma 12, Torino', 'Via Roma 12, Torino'],
    [
      'a labelled venue with its address on the next lines (a TYPO3 agenda)',
      '<p>Date : Du 04-03 à 31-12-2022<br />Lieu :   Le Palais<br/>10 Place Alphonse Lepetit<br/> Poitiers  </p><p>Catégorie : Visite</p>',
      'Le Palais, 10 Place Alphonse Lepetit, Poitiers',
    ],
    ['a labelled venue, then prose', 'Venue: The Lamp Tavern\nAll welcome\n12 tables booked', 'The Lamp Tavern'],
    ['a labelled venue, then its postcode', 'Where: The Old Crown, 188 Digbeth\nB5 6DY\nDoors at 7.', 'The Old Crown, 188 Digbeth, B5 6DY'],
    ['HTML', '<p>Talks.</p><p>Where: Old Fire Station, 40 George St, Oxford</p>', 'Old Fire Station, 40 George St, Oxford'],
  ])('reads %s', (_, description, expected) => {
    expect(locationFromDescription(description)).toBe(expected);
  });

  it.each([
    ['a place named in passing', 'We met at the usual place last time, see you in Leeds!'],
    ['a venue without a street address', 'Drinks at The Crown, then dinner.'],
    ['a link after "at"', 'Get up-to-date information at: https://luma.example/abc'],
    ['a label with only a link', 'Location: https://maps.example/xyz'],
    ['nothing', null],
  ])('ignores %s', (_, description) => {
    expect(locationFromDescription(description)).toBeNull();
  });
});
