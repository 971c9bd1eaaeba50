import { describe, expect, it } from 'vitest';
import type { AddressHints } from './address.js';
import { areaOfAddress, type AddressArea } from './area.js';

/** Invented addresses whose town cannot be placed, modelled on real festival, venue and Meetup locations. */
describe('areaOfAddress: the country or state an unplaceable address names', () => {
  it.each<[string, AddressHints, AddressArea | null]>([
    ['Festivalgelände, Germany', {}, { country: 'DE', admin1: null, label: 'Germany', timezone: 'Europe/Berlin' }],
    ['Festivalgelände am See, Deutschland', {}, { country: 'DE', admin1: null, label: 'Germany', timezone: 'Europe/Berlin' }],
    ['Somewhere, OR', { country: 'US' }, { country: 'US', admin1: 'OR', label: 'Oregon, US', timezone: 'America/Los_Angeles' }],
    ['Old Barn, Hilltown, OR 97999 US', {}, { country: 'US', admin1: 'OR', label: 'Oregon, US', timezone: 'America/Los_Angeles' }],
    ['Ranch Road, Oregon 97999', {}, { country: 'US', admin1: 'OR', label: 'Oregon, US', timezone: 'America/Los_Angeles' }],
    ['Farm Stage, Nowhere, TX, US', {}, { country: 'US', admin1: 'TX', label: 'Texas, US', timezone: 'America/Chicago' }],
    ['Field 3, United States', {}, { country: 'US', admin1: null, label: 'United States', timezone: 'America/New_York' }],
    // "CA" is Canada or California: the hint chooses, else no answer
    ['Somewhere, CA', { country: 'US' }, { country: 'US', admin1: 'CA', label: 'California, US', timezone: 'America/Los_Angeles' }],
    ['Somewhere, CA', { country: 'CA' }, { country: 'CA', admin1: null, label: 'Canada', timezone: 'America/Toronto' }],
    ['Somewhere, CA', {}, null],
    ['Hall, Lakeside, ON, CA', {}, { country: 'CA', admin1: '08', label: 'Ontario, CA', timezone: 'America/Toronto' }],
    ['Outback Camp, WA, Australia', {}, { country: 'AU', admin1: '08', label: 'Western Australia, AU', timezone: 'Australia/Perth' }],
    ['Bush Hall, Nowhere NSW 2999', {}, { country: 'AU', admin1: '02', label: 'New South Wales, AU', timezone: 'Australia/Sydney' }],
    ['Old Mill, EH8 9AB', {}, { country: 'GB', admin1: 'SCT', label: 'Scotland, GB', timezone: 'Europe/London' }],
    ['Hidden Bar, Wales', {}, { country: 'GB', admin1: 'WLS', label: 'Wales, GB', timezone: 'Europe/London' }],
    ['Kenya', {}, { country: 'KE', admin1: null, label: 'Kenya', timezone: 'Africa/Nairobi' }],
    // a subdivision code before its country is not a second country: Bavaria's "BY", not Belarus
    [
      'Festwiese, Kleindorf, BY, DE',
      { country: 'DE', region: 'BY' },
      { country: 'DE', admin1: null, label: 'Germany', timezone: 'Europe/Berlin' },
    ],
    ['Finca Alta, MA, Spain', {}, { country: 'ES', admin1: null, label: 'Spain', timezone: 'Europe/Madrid' }],
    // a structured state states the area when the text does not
    ['The Barn', { region: 'NSW' }, { country: 'AU', admin1: '02', label: 'New South Wales, AU', timezone: 'Australia/Sydney' }],
    ['The Barn', { postalCode: 'B5 4BU' }, { country: 'GB', admin1: 'ENG', label: 'England, GB', timezone: 'Europe/London' }],
    // a hinted country alone may be only the channel's: no area from it
    ['The Barn', { country: 'DE' }, null],
    // text naming no country or state
    ['The Barn', {}, null],
    ['Online event', {}, null],
    ['', {}, null],
    ['FabLab Cottbus', {}, null],
  ])('%s %j', (text, hints, expected) => {
    expect(areaOfAddress(text, hints)).toEqual(expected);
  });
});
