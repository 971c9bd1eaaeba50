import { describe, expect, it } from 'vitest';
import { placeAddress, type AddressHints } from './address.js';
import { readSegment } from './address-segments.js';

/**
 * US, Canadian and Australian address forms. Every address is invented,
 * modelled on forms seen in real Meetup, Google Calendar and Upcoming feeds.
 */
type Expected = { locality: string; country: string; admin1?: string; timezone?: string } | null;

const at = (text: string, hints: AddressHints = {}) => {
  const p = placeAddress(text, hints);
  return p && { locality: p.locality, country: p.country, timezone: p.timezone };
};

describe('placeAddress: "City, State ZIP Country" forms', () => {
  it.each<[string, Expected]>([
    // a trailing country word or code never overrides the city and state before it
    ['123 SE Main St, Portland, OR 97214 US', { locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' }],
    ['Free Shed, 1731 SE 10th Ave, Portland, OR, 97214, United States', { locality: 'Portland', country: 'US' }],
    ['Code Loft, 1 SW Oak St, Portland, OR 97204 USA', { locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' }],
    // the full state name before a ZIP is the state, not a town called Oregon (Ohio)
    ['Hall 2, 1731 SE 10th Ave, Portland, Oregon 97214', { locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' }],
    ['Tower, 1 Campus Plaza, Detroit, MI 48226 US', { locality: 'Detroit', country: 'US', timezone: 'America/Detroit' }],
    ['Work Club, Austin, TX, US', { locality: 'Austin', country: 'US', timezone: 'America/Chicago' }],
    ['Loft, Austin TX', { locality: 'Austin', country: 'US' }],
    ['Loft, Portland, OR, 97214-1234', { locality: 'Portland', country: 'US' }],
    [
      'Civic Hall, Springfield, IL 62701, United States of America',
      { locality: 'Springfield', country: 'US', timezone: 'America/Chicago' },
    ],
    ['1 Example Ave NW, Washington, DC 20500', { locality: 'Washington, D.C.', country: 'US', timezone: 'America/New_York' }],
    ['Washington, DC', { locality: 'Washington, D.C.', country: 'US' }],
    ['Studio, Honolulu, HI 96813', { locality: 'Honolulu', country: 'US', timezone: 'Pacific/Honolulu' }],
    ['Centro, San Juan, PR 00901', { locality: 'San Juan', country: 'PR', timezone: 'America/Puerto_Rico' }],
    // Canada: provinces and postal codes
    ['Lab, 1 Spadina Ave, Toronto, ON M5V 2T6, Canada', { locality: 'Toronto', country: 'CA', timezone: 'America/Toronto' }],
    ['Lab, Toronto M5V 2T6', { locality: 'Toronto', country: 'CA' }],
    ['Hub, Vancouver, BC V6B 1A1, Canada', { locality: 'Vancouver', country: 'CA', timezone: 'America/Vancouver' }],
    ['Hall, Victoria, BC', { locality: 'Victoria', country: 'CA', timezone: 'America/Vancouver' }],
    ['Salle 3, Montréal, QC H2X 1Y4', { locality: 'Montréal', country: 'CA' }],
    ['Café, Quebec City, QC', { locality: 'Québec', country: 'CA' }],
    ["Hall, St. John's, NL A1C 5M2", { locality: "St. John's", country: 'CA', timezone: 'America/St_Johns' }],
    // Australia: states and 4-digit postcodes
    ['Level 3, 1 George St, Sydney NSW 2000, Australia', { locality: 'Sydney', country: 'AU', timezone: 'Australia/Sydney' }],
    ['Hall, Melbourne VIC 3000', { locality: 'Melbourne', country: 'AU', timezone: 'Australia/Melbourne' }],
    ['Hall, Perth WA 6000', { locality: 'Perth', country: 'AU', timezone: 'Australia/Perth' }],
    ['Hall, Darwin NT 0800', { locality: 'Darwin', country: 'AU', timezone: 'Australia/Darwin' }],
    ['Hall, Hobart TAS 7000', { locality: 'Hobart', country: 'AU' }],
    // the state decides between homonyms
    ['Venue, Portland, ME', { locality: 'Portland', country: 'US', timezone: 'America/New_York' }],
    ['Venue, Portland, OR', { locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' }],
    ['Venue, Birmingham, AL', { locality: 'Birmingham', country: 'US', timezone: 'America/Chicago' }],
    // UK forms keep working
    ['Venue, Birmingham B1 1BN', { locality: 'Birmingham', country: 'GB', timezone: 'Europe/London' }],
    ['Venue, Birmingham, West Midlands B1 1BN', { locality: 'Birmingham', country: 'GB' }],
    ['Venue, West Midlands', { locality: 'Birmingham', country: 'GB' }],
    // a state name with nothing after it is not read inside a venue's name
    ['Queen Victoria, Birmingham', { locality: 'Birmingham', country: 'GB' }],
    ['Hall, Smalltown, WA 6000', null],
  ])('%s', (text, expected) => {
    expect(at(text)).toEqual(expected === null ? null : expect.objectContaining(expected));
  });
});

describe('placeAddress: "… in <Town>, <State>"', () => {
  it.each<[string, Expected]>([
    ['PNCA room 205 (main building) in Portland, OR', { locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' }],
    ['Room 4 in Glasgow, Scotland', { locality: 'Glasgow', country: 'GB' }],
    // without a state or country after it, "in <Town>" is not trusted
    ['Meet in Birmingham', null],
    ['Workshop in Portland', null],
    // never a place name searched elsewhere inside a segment
    ['FabLab Cottbus, Germany', null],
    ['University of Glasgow, Scotland', null],
  ])('%s', (text, expected) => {
    expect(at(text)).toEqual(expected === null ? null : expect.objectContaining(expected));
  });
});

describe('placeAddress: a structured region (addressRegion, VVENUE REGION)', () => {
  it.each<[string, AddressHints, Expected]>([
    ['Venue, Birmingham', { region: 'AL' }, { locality: 'Birmingham', country: 'US', timezone: 'America/Chicago' }],
    ['Venue, Birmingham', { region: 'Alabama', country: 'US' }, { locality: 'Birmingham', country: 'US' }],
    ['Venue, Portland', { region: 'Maine' }, { locality: 'Portland', country: 'US', timezone: 'America/New_York' }],
    ['Venue, Portland', { region: 'OR', country: 'US' }, { locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' }],
    // the text names the country, the region the state
    ['Venue, Portland, US', { region: 'OR' }, { locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' }],
    ['Venue', { region: 'OR', locality: 'Portland' }, { locality: 'Portland', country: 'US', timezone: 'America/Los_Angeles' }],
    ['Venue', { region: 'NSW', locality: 'Newcastle' }, { locality: 'Newcastle', country: 'AU', timezone: 'Australia/Sydney' }],
    // a UK county that is not a qualifier changes nothing
    ['Venue, Birmingham', { region: 'West Midlands' }, { locality: 'Birmingham', country: 'GB' }],
    ['Venue, Birmingham', { region: 'England' }, { locality: 'Birmingham', country: 'GB' }],
    // the text's own state wins over the hint
    ['Venue, Portland, ME', { region: 'OR' }, { locality: 'Portland', country: 'US', timezone: 'America/New_York' }],
  ])('%s %j', (text, hints, expected) => {
    expect(at(text, hints)).toEqual(expected === null ? null : expect.objectContaining(expected));
  });
});

describe('readSegment: state tails', () => {
  it.each([
    ['OR 97214 US', 'US', 'OR', null],
    ['Portland OR 97214', 'US', 'OR', 'Portland'],
    ['Portland Oregon 97214', 'US', 'OR', 'Portland'],
    ['Sydney NSW 2000 Australia', 'AU', '02', 'Sydney'],
    ['Perth WA 6000 Australia', 'AU', '08', 'Perth'],
    ['ON M5V 2T6', 'CA', '08', null],
    ['97214 US', 'US', null, null],
    ['97214-1234', 'US', null, null],
  ])('%s', (segment, country, admin1, town) => {
    const r = readSegment(segment);
    expect(r.qualifier).toEqual([{ country, admin1 }]);
    expect(r.town).toBe(town);
  });

  it('leaves state names that nothing follows to the caller, and never reads a country code as a town', () => {
    expect(readSegment('Queen Victoria').qualifier).toBeNull();
    expect(readSegment('Queen Victoria').town).toBe('Queen Victoria');
    expect(readSegment('10963 Berlin').town).toBe('Berlin');
    expect(readSegment('US').town).toBeNull();
  });
});

// Lesson from a real rugby club's fixture list: "…, Goole, East Yorkshire" had been no address, and its match put at home.
describe('placeAddress: a town followed by its county', () => {
  it.each<[string, Expected]>([
    ['Riverside Ground, Mill Lane, Goole, East Yorkshire', { locality: 'Goole', country: 'GB' }],
    ['Town Ground, Low Street, Selby, North Yorkshire', { locality: 'Selby', country: 'GB' }],
    ['The Pub, Truro, Cornwall', { locality: 'Truro', country: 'GB' }],
    ['Hall, Bath, Somerset', { locality: 'Bath', country: 'GB' }],
    ['Main St, Dingle, Co. Kerry', { locality: 'Dingle', country: 'IE' }],
    ['12 Oak Ave, Eugene, Lane County', { locality: 'Eugene', country: 'US' }],
    // no town before the county's name: the text as usual
    ['100 Main St, Somerset', { locality: 'Somerset', country: 'US' }],
  ])('%s', (text, expected) => {
    expect(at(text)).toMatchObject(expected!);
  });
});
