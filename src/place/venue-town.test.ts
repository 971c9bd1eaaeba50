import { describe, expect, it } from 'vitest';
import type { HomeArea } from '../core/placement.js';
import { townOfVenue } from './venue-town.js';
import { BIRMINGHAM } from './test-clues.js';

const DURHAM: HomeArea = {
  lat: 35.99,
  lon: -78.9,
  label: 'Durham, North Carolina, US',
  country: 'US',
  timezone: 'America/New_York',
  basis: 'events',
};

// Lesson from a real family-events calendar at home in Durham: its venues in Raleigh, Cary, Apex and
// Morrisville were all put in Durham, 34 km from a Raleigh channel that then left them out.
describe('townOfVenue: the town a venue’s name alone says it is in', () => {
  it.each([
    ['Indian Creek Park in Morrisville', 'Morrisville'],
    ['City of Raleigh Museum', 'Raleigh'],
    ['Southeast Raleigh YMCA', 'Raleigh'],
    ['Downtown Cary Park', 'Cary'],
    ['Apex Town Hall', 'Apex'],
    // Lesson from a university's Campus Labs feed: "Gurdwara Sahib Sikh Society of Niagara Falls" had been on campus
    ['Sikh Society of Morrisville', 'Morrisville'],
    ['Islamic Center of Chapel Hill', 'Chapel Hill'],
    // a branch named after its city, however far
    ['Bitcoin Park Austin', 'Austin'],
  ])('%j is in %s', (text, town) => {
    expect(townOfVenue(text, DURHAM)).toMatchObject({ locality: town, country: 'US' });
  });

  it.each([
    'Kite Day in the park',
    // no town of this name in the home's country, or only one far from home
    'North Carolina Museum of Natural Sciences',
    'South Bend Brewery',
    'Café Paris',
    // a body of a town far from home, or of no town
    'Historical Society of Asheville',
    'Museum of Life and Science',
    // an address with a comma is read as an address, not here
    'CCB Plaza, Raleigh',
  ])('%j names no town', (text) => {
    expect(townOfVenue(text, DURHAM)).toBeNull();
  });

  it('reads only towns of the home’s country', () => {
    expect(townOfVenue('Gardens in Morrisville', BIRMINGHAM)).toBeNull();
  });
});

// Lesson from a Polish security group's calendar: "Wydział … Politechniki Warszawskiej" was put in a Kraków channel's town.
describe('townOfVenue: a city named by its adjective (Polish, Czech, Slovak)', () => {
  const KRAKOW: HomeArea = { lat: 50.06, lon: 19.94, label: 'Kraków, PL', country: 'PL', timezone: 'Europe/Warsaw', basis: 'region' };

  it.each([
    ['Wydział Elektroniki i Technik Informacyjnych Politechniki Warszawskiej', 'Warsaw'],
    ['Politechnika Wrocławska', 'Wrocław'],
    ['Uniwersytet Łódzki', 'Łódź'],
  ])('%j is in %s', (text, town) => {
    expect(townOfVenue(text, KRAKOW)).toMatchObject({ locality: town, country: 'PL' });
  });

  it.each(['ul. Warszawska', 'Hala Stulecia', 'Pub Pod Baranami'])('%j names no town', (text) => {
    expect(townOfVenue(text, KRAKOW)).toBeNull();
  });
});
