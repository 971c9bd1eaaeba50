import { describe, expect, it } from 'vitest';
import { qualifierFor } from './qualifiers.js';

describe('qualifierFor', () => {
  it.each([
    [
      'AL',
      [
        { country: 'AL', admin1: null },
        { country: 'US', admin1: 'AL' },
        { country: 'BR', admin1: '02' }, // Alagoas
      ],
    ],
    [
      'Georgia',
      [
        { country: 'GE', admin1: null },
        { country: 'US', admin1: 'GA' },
      ],
    ],
    ['England', [{ country: 'GB', admin1: 'ENG' }]],
    ['U.K.', [{ country: 'GB', admin1: null }]],
    ['Deutschland', [{ country: 'DE', admin1: null }]],
    ['QLD', [{ country: 'AU', admin1: '04' }]],
    ['Ontario', [{ country: 'CA', admin1: '08' }]],
    // not in the hand-written table: named by the runtime's ICU data
    ['Mongolia', [{ country: 'MN', admin1: null }]],
  ])('%s', (text, expected) => {
    expect(qualifierFor(text)).toEqual(expect.arrayContaining(expected));
    expect(qualifierFor(text)).toHaveLength(expected.length);
  });

  it('reads lower-case words as codes only when asked to (region input, not addresses)', () => {
    expect(qualifierFor('in', { codes: 'upper' })).toBeNull();
    expect(qualifierFor('de', { codes: 'upper' })).toBeNull();
    expect(qualifierFor('IN', { codes: 'upper' })).toEqual(expect.arrayContaining([{ country: 'US', admin1: 'IN' }]));
    expect(qualifierFor('al')).toEqual(expect.arrayContaining([{ country: 'US', admin1: 'AL' }]));
  });

  it('is null for things that are not places around a place', () => {
    expect(qualifierFor('John Bright St')).toBeNull();
    expect(qualifierFor('Birmingham')).toBeNull();
    expect(qualifierFor('')).toBeNull();
  });

  it('reads a UK or Irish county only when asked to (what a person types after a town)', () => {
    expect(qualifierFor('Cornwall', { codes: 'any-case', counties: true })).toEqual([{ country: 'GB', admin1: 'ENG' }]);
    expect(qualifierFor('Co. Antrim', { codes: 'any-case', counties: true })).toEqual([{ country: 'GB', admin1: 'NIR' }]);
    expect(qualifierFor('county clare', { codes: 'any-case', counties: true })).toEqual([{ country: 'IE', admin1: null }]);
    expect(qualifierFor('Fife', { codes: 'any-case', counties: true })).toEqual([{ country: 'GB', admin1: 'SCT' }]);
    expect(qualifierFor('Cornwall')).toBeNull();
    expect(qualifierFor('Durham', { codes: 'upper' })).toBeNull();
    // a state or country of the name comes first
    expect(qualifierFor('Georgia', { codes: 'any-case', counties: true })).not.toContainEqual({ country: 'GB', admin1: 'ENG' });
    // Derry alone is the city
    expect(qualifierFor('Derry', { codes: 'any-case', counties: true })).toBeNull();
  });
});
