import { describe, expect, it } from 'vitest';
import { placeAddress } from './address.js';
import { ADMIN1 } from './admin1.js';
import { areaOfAddress } from './area.js';
import { resolveFeedPlace } from './feed-place.js';
import { lookupPlaces } from './gazetteer.js';
import { qualifierFor } from './qualifiers.js';
import { resolveRegion, type Region } from './region.js';

// Lesson from a check of real feeds: a carnival calendar of the Freiamt (canton of Aargau) is about Muri AG, but a
// channel could not be set there. "Muri AG" — the Swiss way to name the town — was not found, nor "Muri, Aargau";
// "Muri, AG" was read as Antigua; "Muri, CH" silently chose Muri bei Bern, 75 km away, and every event was skipped.

function resolved(input: string): Region {
  const r = resolveRegion(input);
  if (!r.ok) throw new Error(`expected '${input}' to resolve, got: ${r.error.message}`);
  return r.value;
}

describe('a channel’s town named the Swiss way, with its canton', () => {
  it.each([
    ['Muri AG', 'Muri, Aargau, CH', 'AG'],
    ['Muri (AG)', 'Muri, Aargau, CH', 'AG'],
    ['muri ag', 'Muri, Aargau, CH', 'AG'],
    ['Muri, Aargau', 'Muri, Aargau, CH', 'AG'],
    ['Muri, AG', 'Muri, Aargau, CH', 'AG'],
    ['Muri AG, Switzerland', 'Muri, Aargau, CH', 'AG'],
    ['Muri BE', 'Muri, Bern, CH', 'BE'],
    ['Wohlen, Kanton Bern', 'Wohlen, Bern, CH', 'BE'],
    ['Wohlen BE', 'Wohlen, Bern, CH', 'BE'],
    ['Buchs, SG', 'Buchs, St. Gallen, CH', 'SG'],
    ['Lugano, TI', 'Lugano, Ticino, CH', 'TI'],
    // a canton named as its city is not said twice
    ['Zürich', 'Zürich, Switzerland', 'ZH'],
    ['Bern', 'Bern, Switzerland', 'BE'],
  ])('%s → %s', (input, label, canton) => {
    const region = resolved(input);
    expect(region).toMatchObject({ name: label, country: 'CH', admin1: canton, timezone: 'Europe/Zurich', ambiguous: null });
  });

  it('says that "Muri, CH" also matches Muri in Aargau, as "Bristol" says Bristol, Connecticut', () => {
    const region = resolved('Muri, CH');
    expect(region).toMatchObject({ name: 'Muri, Bern, CH', admin1: 'BE' });
    expect(region.ambiguous?.alternatives).toContain('Muri, Aargau, CH');
  });

  it('reads a code after a comma as a canton only when the town is in it', () => {
    expect(resolved("St. John's, AG")).toMatchObject({ country: 'AG' });
    expect(resolved('Paris, FR')).toMatchObject({ country: 'FR' });
    expect(resolved('Geneva, IL')).toMatchObject({ country: 'US', admin1: 'IL' });
  });

  it('sets a feed’s place at a venue in a town named the Swiss way', () => {
    const place = resolveFeedPlace('Festhalle, Muri AG');
    expect(place.ok && place.value.place).toMatchObject({ venue: 'Festhalle', town: 'Muri, Aargau, CH' });
  });
});

describe('canton qualifiers', () => {
  it('reads a canton’s code alone only in what a person types, not in an address', () => {
    expect(qualifierFor('AG')).toEqual(expect.arrayContaining([{ country: 'CH', admin1: 'AG' }]));
    expect(qualifierFor('AG', { codes: 'upper' })).toEqual([{ country: 'AG', admin1: null }]);
    expect(qualifierFor('FR', { codes: 'upper' })).toEqual([{ country: 'FR', admin1: null }]);
    expect(areaOfAddress('Festsaal, FR')).toMatchObject({ country: 'FR', admin1: null });
  });

  it('reads a canton’s name, never a town’s: "Bern" alone is the city', () => {
    expect(qualifierFor('Aargau')).toEqual([{ country: 'CH', admin1: 'AG' }]);
    expect(qualifierFor('Bern')).toBeNull();
    const names = ADMIN1.filter((a) => a.country === 'CH').flatMap((a) => a.names);
    expect(names.filter((name) => lookupPlaces(name).length > 0)).toEqual([]);
  });
});

describe('an address with its town named the Swiss way', () => {
  it.each([
    ['Festhalle, Marktstrasse 10, 5630 Muri AG'],
    ['Festhalle, Marktstrasse 10, 5630 Muri (AG)'],
    ['Festhalle, Marktstrasse 10, 5630 Muri AG, Switzerland'],
  ])('%s is Muri in Aargau, not Muri bei Bern', (text) => {
    const placed = placeAddress(text);
    expect(placed).toMatchObject({ locality: 'Muri', country: 'CH' });
    expect(placed?.lat).toBeCloseTo(47.27, 1);
  });

  it('does not take a company’s "AG" for a canton', () => {
    expect(placeAddress('Beispiel AG, Musterstraße 1, 80333 München')).toMatchObject({ locality: 'Munich', country: 'DE' });
    expect(lookupPlaces('Beispiel AG')).toEqual([]);
  });
});
