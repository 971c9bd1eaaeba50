import { describe, expect, it } from 'vitest';
import { namesOnlyACountry } from './country.js';

describe('namesOnlyACountry', () => {
  it.each([
    ['Kenya', true],
    ['Kenya ', true],
    ['UK', true],
    ['U.S.A.', true],
    ['Deutschland', true],
    ['España', true],
    // a country that is one city names that city, as a town's name would
    ['Singapore', false],
    ['Monaco', false],
    // a venue named after its country is a venue; a town and its country is a town
    ['Kenya National Theatre', false],
    ['Canada Water Library', false],
    ['Holland Park', false],
    ['Nairobi, Kenya', false],
    // a code only in capitals: the words "in" and "de" are no countries
    ['in', false],
    ['de', false],
    ['', false],
    [null, false],
  ])('%j → %j', (text, expected) => {
    expect(namesOnlyACountry(text)).toBe(expected);
  });
});
