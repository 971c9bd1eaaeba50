import { describe, expect, it } from 'vitest';
import { placeNamesOfTitle } from '../normalise/title-places.js';
import { cityOfTitle } from './title-city.js';

const city = (title: string) => {
  const c = cityOfTitle(placeNamesOfTitle(title));
  return c && { name: c.name, country: c.country };
};

// Lesson from a worldwide Luma aggregator: in-person events whose venue only guests see ("Address: Check event
// page for more details.") say where they are only in the title. Titles below are invented in that style.
describe('cityOfTitle: the city an in-person event’s title names', () => {
  it.each([
    ['a city ending the title', 'Example Coffee Salt Lake City', 'Salt Lake City', 'US'],
    ['a big city inside the title', 'Example Kathmandu Buildathon', 'Kathmandu', 'NP'],
    ['a big city opening the title', 'London Founders Breakfast #3', 'London', 'GB'],
    ['a smaller town ending the title', 'Build Club Palo Alto', 'Palo Alto', 'US'],
    ['a name with a particle, then the year', 'Example Jam Rio de Janeiro 2026', 'Rio de Janeiro', 'BR'],
    ['a short name', 'Example Coffee NYC', 'New York City', 'US'],
    ['a city-state', 'Example Coffee Singapore', 'Singapore', 'SG'],
    ['a city named as its state is', 'Example Coffee New York', 'New York City', 'US'],
  ])('%s: %j is in %s', (_, title, name, country) => {
    expect(city(title)).toEqual({ name, country });
  });

  it.each([
    ['a common word that is a big city', 'Reading group'],
    ['the same word last', 'Poetry Reading'],
    ['a kind of evening', 'Sound Bath'],
    ['a common word opening the title', 'Mobile Dev Night'],
    ['words that are only villages', 'Coffee Lake Social'],
    ['a small town inside the title', 'Example Oakley Coffee Walk'],
    ['a speaker’s name', 'Fireside with Tyler Example'],
    ['a country whose namesake city is elsewhere', 'Example Coffee Mexico'],
    ['a country whose namesake town ends the title', 'Example Coffee Lebanon'],
    ['an event word', 'Example Summit'],
    ['a title that says online', 'Example Coffee London (online)'],
    ['nothing capitalised', 'coffee and code'],
  ])('none: %s (%j)', (_, title) => {
    expect(city(title)).toBeNull();
  });
});
