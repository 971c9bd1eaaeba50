import { describe, expect, it } from 'vitest';
import { locationFromDescription } from './described-location.js';

// Synthetic descriptions modelled on a real fell-race league's calendar: LOCATION is empty, and each race gives its
// venue on a line of its own under the distance, ending in a full UK postcode. All 17 races had been skipped as
// naming no place.
describe('locationFromDescription: a one-line address ending in a UK postcode', () => {
  it.each([
    [
      'commas throughout',
      "Hillside Dash\n2.0 miles / 600'\nThe Show Field, Gargrave, North Yorkshire, BD23 3QE\nSeniors",
      'The Show Field, Gargrave, North Yorkshire, BD23 3QE',
    ],
    [
      'a full stop after it',
      "Moor Challenge\n6.0 miles / 1175'\nKings Arms, Silsden, BD20 0JY.\nu17, Seniors",
      'Kings Arms, Silsden, BD20 0JY',
    ],
    [
      'the town before it without a comma',
      'Bridge Sprint\nFrom the bridge, Brunthwaite Lane, Silsden BD20 0QA.',
      'From the bridge, Brunthwaite Lane, Silsden, BD20 0QA',
    ],
    ['a full stop before it', 'Meadow Race\nWhitestock Meadow, Rusland.  LA11 8LB.', 'Whitestock Meadow, Rusland, LA11 8LB'],
    [
      'an HTML line break and a contact after it',
      'Show Race<br/>Showfield, Eshton Road, Gargrave, BD23 3QE. <br/>Contact Jo Bloggs - 07700 900123',
      'Showfield, Eshton Road, Gargrave, BD23 3QE',
    ],
    [
      'plain lines with one HTML line break among them',
      "Moor Challenge\n6.0 miles / 1175'\nKings Arms, Silsden, BD20 0JY. <br/>Contact Jo Bloggs - 07700 900123\nSeniors",
      'Kings Arms, Silsden, BD20 0JY',
    ],
    ['an entity', '<p>Race</p><p>Bull &amp; Bell, Hebden, BD23 5DE</p>', 'Bull & Bell, Hebden, BD23 5DE'],
    // sweep t22: 8 of a league's 32 races ran on past the postcode on the same line, and were skipped as naming no place
    [
      'a contact after it on the same line',
      'Powder House Field, Hebden, BD23 5DE Contact Jo Bloggs - 07700 900123',
      'Powder House Field, Hebden, BD23 5DE',
    ],
    [
      'a sentence of directions after it',
      'Kettlewell, Upper Wharfedale, BD23 5QX. On the B6160.\nu9, Seniors',
      'Kettlewell, Upper Wharfedale, BD23 5QX',
    ],
    [
      'a ticket note after it',
      'Leisure Centre, Skipton Rd, Barnoldswick. BB18 6HJ.  Purchase tickets in advance at the club',
      'Leisure Centre, Skipton Rd, Barnoldswick, BB18 6HJ',
    ],
    ['a bullet', 'Details\n- Village Green, Arncliffe, BD23 5QD', 'Village Green, Arncliffe, BD23 5QD'],
  ])('%s', (_, description, location) => {
    expect(locationFromDescription(description)).toBe(location);
  });

  it.each([
    ['a sentence with the postcode inside it', 'Parking at the school, BD23 3QE is the postcode for sat navs'],
    ['a sentence that ends in the postcode', 'For sat navs, the postcode is BD23 3QE'],
    ['a request', 'Please park considerately, BD23 3QE'],
    ['prose with a full stop inside a part', 'The Showfield, Malham. 6 miles north of Gargrave. BD23 4DG.'],
    ['no comma', 'On B6265 between Skipton and Grassington. BD23 6LB'],
    ['a code of another form', 'The Show Field, Gargrave, North Yorkshire, BD23 33E'],
    ['only an outward code', 'The Show Field, Gargrave, North Yorkshire, BD23'],
    ['prose going on after the postcode', 'Parking at the school, BD23 3QE and then walk up the lane to the start'],
    ['a long sentence part', 'Start, on the grass behind the old school and the church on the hill, BD23 3QE'],
    ['the organiser’s contact line', 'Fell race\nContact: Jo Bloggs, 3 Moor Lane, Skipton, BD23 1AA'],
    ['the organiser’s contact line, no colon', 'Fell race\nContact Jo Bloggs, 3 Moor Lane, Skipton, BD23 1AA'],
    ['the organiser’s address', 'Fell race\nOrganiser: Moor Runners AC, 3 Moor Lane, Skipton, BD23 1AA'],
    ['entries by post', 'Fell race\nEntries to:\nJo Bloggs\n3 Moor Lane, Skipton, BD23 1AA\n\nOn the day only'],
    ['the block under a contact label', 'Fell race\n\nContact\nJo Bloggs,\n3 Moor Lane, Skipton, BD23 1AA'],
  ])('%s is no location', (_, description) => {
    expect(locationFromDescription(description)).toBeNull();
  });
});
