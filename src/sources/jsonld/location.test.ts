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
    expect(text).toBe('1720 W 4th Ave Unit B, Spokane, WA, US');
  });

  // Lesson from real Meetup event pages in India: the country code in lower case ("in") had been shown as a word.
  it('shows a country code in capitals, however the page cases it', () => {
    const text = address({
      streetAddress: '12 Sample Road, Indiranagar',
      addressLocality: 'Bengaluru',
      addressRegion: 'KA',
      addressCountry: 'in',
    });
    expect(text).toBe('12 Sample Road, Indiranagar, Bengaluru, KA, IN');
  });

  // Lesson from real WordPress event pages (The Events Calendar): "Ann Arbor, 48104, MI, United States".
  it('writes a US, Canadian or Australian address with the state before the postcode', () => {
    const us = { streetAddress: '10 Maple St.', addressLocality: 'Ann Arbor', addressRegion: 'MI', postalCode: '48104' };
    expect(address({ ...us, addressCountry: 'United States' })).toBe('10 Maple St., Ann Arbor, MI 48104, United States');
    expect(address(us)).toBe('10 Maple St., Ann Arbor, MI 48104');
    expect(
      address({ streetAddress: '1 Harbour Rd', addressLocality: 'Sydney', addressRegion: 'NSW', postalCode: '2000', addressCountry: 'AU' }),
    ).toBe('1 Harbour Rd, Sydney, NSW 2000, AU');
  });

  it('writes the postcode before the town elsewhere, and after the town and county in the UK', () => {
    const de = { streetAddress: 'Lindenweg 4', addressLocality: 'Leipzig', postalCode: '04109', addressRegion: 'Sachsen' };
    expect(address({ ...de, addressCountry: 'Germany' })).toBe('Lindenweg 4, 04109 Leipzig, Sachsen, Germany');
    const gb = { streetAddress: '48 John Bright St', addressLocality: 'Birmingham', postalCode: 'B1 1BN', addressRegion: 'West Midlands' };
    expect(address({ ...gb, addressCountry: 'United Kingdom' })).toBe(
      '48 John Bright St, Birmingham, West Midlands, B1 1BN, United Kingdom',
    );
  });

  // Lesson from real Eventbrite event pages: streetAddress holds the whole formatted address, and the other fields repeat it.
  it.each<{ shape: string; fields: Record<string, string>; text: string }>([
    {
      shape: 'DE: postcode and town, region code, country code',
      fields: {
        streetAddress: 'Kastanienweg 7, 10999 Berlin, Germany',
        postalCode: '10999',
        addressLocality: 'Berlin',
        addressRegion: 'BE',
        addressCountry: 'DE',
      },
      text: 'Kastanienweg 7, 10999 Berlin, Germany',
    },
    {
      shape: 'US: town, state and ZIP',
      fields: {
        streetAddress: '77 Sample Avenue, Oakland, CA 94607',
        postalCode: '94607',
        addressLocality: 'Oakland',
        addressRegion: 'CA',
        addressCountry: 'US',
      },
      text: '77 Sample Avenue, Oakland, CA 94607, US',
    },
    {
      shape: 'US: the country written out',
      fields: {
        streetAddress: '77 Sample Avenue, Oakland, CA 94607, USA',
        postalCode: '94607',
        addressLocality: 'Oakland',
        addressRegion: 'CA',
        addressCountry: 'US',
      },
      text: '77 Sample Avenue, Oakland, CA 94607, USA',
    },
    {
      shape: 'FR: a region code after the postcode and town',
      fields: {
        streetAddress: '3 Rue Imaginaire, 69002 Lyon',
        postalCode: '69002',
        addressLocality: 'Lyon',
        addressRegion: 'ARA',
        addressCountry: 'FR',
      },
      text: '3 Rue Imaginaire, 69002 Lyon, FR',
    },
    {
      shape: 'DE: a street alone keeps every part',
      fields: {
        streetAddress: 'Kastanienweg 7',
        postalCode: '10999',
        addressLocality: 'Berlin',
        addressRegion: 'BE',
        addressCountry: 'DE',
      },
      text: 'Kastanienweg 7, 10999 Berlin, BE, DE',
    },
    {
      shape: 'US: a street naming the town but no ZIP keeps the state',
      fields: { streetAddress: '5 Elm Row, Springfield', addressLocality: 'Springfield', addressRegion: 'IL', addressCountry: 'US' },
      text: '5 Elm Row, Springfield, IL, US',
    },
    {
      shape: 'GB: the street alone, town, county and postcode after it',
      fields: {
        streetAddress: '9 Mill Lane',
        postalCode: 'LS1 4AB',
        addressLocality: 'Leeds',
        addressRegion: 'West Yorkshire',
        addressCountry: 'GB',
      },
      text: '9 Mill Lane, Leeds, West Yorkshire, LS1 4AB, GB',
    },
  ])('writes each part once: $shape', ({ fields, text }) => {
    expect(address(fields)).toBe(text);
  });
});
