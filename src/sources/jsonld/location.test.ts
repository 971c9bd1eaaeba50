import { describe, expect, it } from 'vitest';
import { readLocation } from './location.js';

describe('readLocation: a Place’s PostalAddress as location text', () => {
  const address = (fields: Record<string, string>) =>
    readLocation({ '@type': 'Place', name: 'Hub', address: { '@type': 'PostalAddress', ...fields } }, 'https://example.org/').fields
      .locationText;

  it('joins the parts in order', () => {
    expect(address({ streetAddress: '48 John Bright St', addressLocality: 'Birmingham', postalCode: 'B1 1BN' })).toBe(
      '48 John Bright St, Birmingham, B1 1BN',
    );
  });

  // Lesson from real Meetup event pages: the street already ends with the town and state.
  it('writes each part once when the street already holds the town and state', () => {
    const text = address({
      streetAddress: '1720 W 4th Ave Unit B, Spokane, WA',
      addressLocality: 'Spokane',
      addressRegion: 'WA',
      addressCountry: 'us',
    });
    expect(text).toBe('1720 W 4th Ave Unit B, Spokane, WA, us');
  });
});
