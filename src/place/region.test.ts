import { describe, expect, it } from 'vitest';
import { placeLabel, searchPlaces } from './gazetteer.js';
import { resolveFeedPlace } from './feed-place.js';
import { resolveRegion, type Region } from './region.js';

function resolved(input: string, radiusKm?: number): Region {
  const r = resolveRegion(input, { radiusKm });
  if (!r.ok) throw new Error(`expected '${input}' to resolve, got: ${r.error.message}`);
  return r.value;
}

describe('resolveRegion: place names and homonyms', () => {
  it.each([
    // input, label, country, admin1, timezone, ambiguity expected?
    ['Birmingham', 'Birmingham, England, GB', 'GB', 'ENG', 'Europe/London', true],
    ['Birmingham, AL', 'Birmingham, Alabama, US', 'US', 'AL', 'America/Chicago', false],
    ['Birmingham, UK', 'Birmingham, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['Birmingham GB', 'Birmingham, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['Birmingham, England', 'Birmingham, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['birmingham, united kingdom', 'Birmingham, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['Brum', 'Birmingham, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['Digbeth', 'Birmingham, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['West Midlands', 'Birmingham, England, GB', 'GB', 'ENG', 'Europe/London', false],
    // sweep t22: a Malvern running club's feed and `--near "Malvern, UK"`; GeoNames has only "Great Malvern"
    ['Malvern, UK', 'Great Malvern, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['Tunbridge Wells', 'Royal Tunbridge Wells, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['Leamington Spa', 'Royal Leamington Spa, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['Manchester', 'Manchester, England, GB', 'GB', 'ENG', 'Europe/London', true],
    ['Portland', 'Portland, Oregon, US', 'US', 'OR', 'America/Los_Angeles', true],
    ['Portland, ME', 'Portland, Maine, US', 'US', 'ME', 'America/New_York', false],
    ['Portland Oregon', 'Portland, Oregon, US', 'US', 'OR', 'America/Los_Angeles', false],
    ['NYC', 'New York City, New York, US', 'US', 'NY', 'America/New_York', false],
    ['Nairobi', 'Nairobi, Kenya', 'KE', '05', 'Africa/Nairobi', false],
    ['Townsville', 'Townsville, Queensland, AU', 'AU', '04', 'Australia/Brisbane', false],
    ['Perth, Scotland', 'Perth, Scotland, GB', 'GB', 'SCT', 'Europe/London', false],
    // GeoNames calls the US capital "Washington, D.C."; people write it these ways
    ['Washington, DC', 'Washington, D.C., District of Columbia, US', 'US', 'DC', 'America/New_York', false],
    ['Washington, USA', 'Washington, D.C., District of Columbia, US', 'US', 'DC', 'America/New_York', false],
    ['Washington, UK', 'Washington, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['Plzeň, Czechia', 'Pilsen, Czechia', 'CZ', '87', 'Europe/Prague', false],
    ['Victoria, BC', 'Victoria, British Columbia, CA', 'CA', '02', 'America/Vancouver', false],
    ['Cottbus', 'Cottbus, Brandenburg, DE', 'DE', '11', 'Europe/Berlin', false],
    ['München', 'Munich, Bavaria, DE', 'DE', '02', 'Europe/Berlin', false],
    ['Montreal', 'Montréal, Quebec, CA', 'CA', '10', 'America/Toronto', false],
    ['Coventry, West Midlands', 'Coventry, England, GB', 'GB', 'ENG', 'Europe/London', false],
    // Brazilian and Indian states, by name or by their two-letter codes
    ['Viçosa, Minas Gerais', 'Viçosa, Minas Gerais, BR', 'BR', '15', 'America/Sao_Paulo', false],
    ['Porto Alegre, RS', 'Porto Alegre, Rio Grande do Sul, BR', 'BR', '23', 'America/Sao_Paulo', false],
    ['Mumbai, Maharashtra', 'Mumbai, Maharashtra, IN', 'IN', '16', 'Asia/Kolkata', false],
    // a county we do not keep, between the town and its country, narrows nothing more
    ['Christchurch, Dorset, UK', 'Christchurch, England, GB', 'GB', 'ENG', 'Europe/London', false],
    ['Christchurch, Canterbury, New Zealand', 'Christchurch, New Zealand', 'NZ', 'E9', 'Pacific/Auckland', false],
    // Japan's prefectures tell its namesake towns apart; GeoNames' "-shi", "-chō" suffixes are left off
    ['Hino, Shiga, Japan', 'Hino, Shiga, JP', 'JP', '35', 'Asia/Tokyo', false],
    ['Fuchu, Hiroshima', 'Fuchūchō, Hiroshima, JP', 'JP', '11', 'Asia/Tokyo', false],
    ['Fuchu, Tokyo', 'Fuchū, Tokyo, JP', 'JP', '40', 'Asia/Tokyo', false],
    ['Kusatsu, Shiga Prefecture', 'Kusatsu, Shiga, JP', 'JP', '35', 'Asia/Tokyo', false],
    ['Nara', 'Nara-shi, Nara, JP', 'JP', '28', 'Asia/Tokyo', false],
  ])('%s → %s', (input, label, country, admin1, timezone, ambiguous) => {
    const region = resolved(input);
    expect(region.name).toBe(label);
    expect(region.country).toBe(country);
    expect(region.admin1).toBe(admin1);
    expect(region.timezone).toBe(timezone);
    expect(region.precision).toBe('place');
    expect(region.radiusKm).toBe(25);
    expect(region.ambiguous !== null).toBe(ambiguous);
  });

  it('tells the user about the other Birmingham instead of silently guessing', () => {
    expect(resolved('Birmingham').ambiguous?.alternatives).toContain('Birmingham, Alabama, US');
  });

  it('lists the notable Manchesters, Portlands and Victorias, biggest first', () => {
    expect(resolved('Manchester').ambiguous?.alternatives[0]).toBe('Manchester, New Hampshire, US');
    expect(resolved('Portland').ambiguous?.alternatives).toContain('Portland, Maine, US');
    const victoria = resolved('Victoria');
    expect(victoria.name).toBe('Victoria, British Columbia, CA');
    expect(victoria.ambiguous?.alternatives).toEqual(
      expect.arrayContaining(['Victoria, Texas, US', 'Victoria, Seychelles', 'Victoria, Argentina']),
    );
    expect(victoria.ambiguous?.alternatives.length).toBeLessThanOrEqual(5);
  });

  it('does not call a name ambiguous because of a village elsewhere (Edinburgh, Indiana has 4 500 people)', () => {
    expect(resolved('Edinburgh').ambiguous).toBeNull();
  });

  it('round-trips: every alternative it suggests resolves to that place when typed back', () => {
    for (const alternative of resolved('Victoria').ambiguous?.alternatives ?? []) {
      expect(resolved(alternative).name).toBe(alternative);
    }
  });

  it('keeps the radius it was given', () => {
    expect(resolved('Birmingham', 10).radiusKm).toBe(10);
  });
});

// Sweep t6: "Truro, Cornwall" was Truro, Nova Scotia, "St Austell, Cornwall" Cornwall, Ontario, and "Kendal, Cumbria",
// "Highworth, Wiltshire" and "Ennis, County Clare" were not found: a county was looked up as a town.
describe('resolveRegion: a UK or Irish county after the town', () => {
  it.each([
    ['Truro, Cornwall', 'Truro, England, GB'],
    ['St Austell, Cornwall', 'St Austell, England, GB'],
    ['Kendal, Cumbria', 'Kendal, England, GB'],
    ['Kendal, Westmorland', 'Kendal, England, GB'],
    ['Highworth, Wiltshire', 'Highworth, England, GB'],
    ['Lancaster, Lancashire', 'Lancaster, England, GB'],
    ['Uxbridge, Middlesex', 'Uxbridge, England, GB'],
    ['Durham, County Durham', 'Durham, England, GB'],
    ['Cambridge, Cambs', 'Cambridge, England, GB'],
    ['Portree, Highland', 'Portree, Scotland, GB'],
    ['Tenby, Pembrokeshire', 'Tenby, Wales, GB'],
    ['Newry, Co. Down', 'Newry, Northern Ireland, GB'],
    ['Omagh, Tyrone', 'Omagh, Northern Ireland, GB'],
    ['Ennis, County Clare', 'Ennis, Ireland'],
    ['Ennis, Co. Clare', 'Ennis, Ireland'],
    ['Ennis, Clare', 'Ennis, Ireland'],
    ['Ennis, Clare, Ireland', 'Ennis, Ireland'],
  ])('%s → %s', (input, label) => {
    expect(resolved(input).name).toBe(label);
  });

  it.each([
    // a county's name written alone is the town
    ['Durham', 'Durham, North Carolina, US'],
    ['Kent', 'Kent, Washington, US'],
    ['Cork', 'Cork, Ireland'],
    ['Cornwall', 'Cornwall, Ontario, CA'],
    // after a state it is the town there
    ['Norfolk, VA', 'Norfolk, Virginia, US'],
    ['Surrey, BC', 'Surrey, British Columbia, CA'],
    ['Cornwall, Ontario', 'Cornwall, Ontario, CA'],
    ['Kent, Ohio', 'Kent, Ohio, US'],
    // a town not in the county: the county is read as a town, as before
    ['Chapel Hill, Durham', 'Chapel Hill, North Carolina, US'],
  ])('%s is still %s', (input, label) => {
    expect(resolved(input).name).toBe(label);
  });

  it('places a feed at a venue in a town in a county', () => {
    expect(resolveFeedPlace('Town Hall, Lancaster, Lancashire')).toMatchObject({
      ok: true,
      value: { place: { venue: 'Town Hall', town: 'Lancaster, England, GB', timezone: 'Europe/London' } },
    });
    expect(resolveFeedPlace('St Austell, Cornwall')).toMatchObject({ ok: true, value: { place: { town: 'St Austell, England, GB' } } });
  });
});

describe('resolveRegion: postcodes and coordinates', () => {
  it('places a full UK postcode at its area town and says so', () => {
    const region = resolved('B5 4BU');
    expect(region.name).toBe('Birmingham, England, GB (postcode area B, approximate)');
    expect(region.precision).toBe('postcode-area');
    expect(region.country).toBe('GB');
    expect(region.timezone).toBe('Europe/London');
  });

  it.each([
    ['EH8 9AB', 'Edinburgh'],
    ['sw1a 1aa', 'London'],
    ['G12 8QQ', 'Glasgow'],
    ['CV1', 'Coventry'],
    ['BT1 5GS', 'Belfast'],
  ])('%s → %s', (input, town) => {
    const region = resolved(input);
    expect(region.name.startsWith(`${town},`)).toBe(true);
    expect(region.precision).toBe('postcode-area');
  });

  it('accepts "lat,lon" and names the nearest town', () => {
    const region = resolved('52.48,-1.89');
    expect(region).toMatchObject({ lat: 52.48, lon: -1.89, country: 'GB', timezone: 'Europe/London', precision: 'coordinates' });
    expect(region.name).toBe('52.48, -1.89 (near Birmingham, England, GB)');
  });

  it('gives mid-ocean coordinates an unknown country but a real zone', () => {
    expect(resolved('0,-30')).toMatchObject({ country: 'ZZ', timezone: 'Etc/GMT+2', name: '0, -30' });
  });
});

describe('resolveRegion: errors a person can act on', () => {
  it.each([
    ['Brimingham', "I couldn't find 'Brimingham'. Did you mean Birmingham?"],
    ['Manchestr', "I couldn't find 'Manchestr'. Did you mean Manchester?"],
  ])('suggests a spelling for %s', (input, message) => {
    const r = resolveRegion(input);
    expect(r).toEqual({ ok: false, error: { code: 'region_not_found', message } });
  });

  it('explains what to type when nothing is close', () => {
    const r = resolveRegion('Xyzzyplugh');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^I couldn't find 'Xyzzyplugh'\. Try a town or city/);
  });

  it('rejects an unknown qualifier instead of ignoring it', () => {
    const r = resolveRegion('Birmingham, Narnia');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("'Narnia'");
  });

  it('says to write the state or country for a county it does not know', () => {
    const r = resolveRegion('Eugene, Lane County');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toBe(
        `I couldn't find 'Lane County'. Write the town with its state or country instead, such as "Eugene, US".`,
      );
  });

  it('names the town it could not find in a county it knows', () => {
    expect(resolveRegion('Kendl, Cumbria')).toEqual({
      ok: false,
      error: { code: 'region_not_found', message: "I couldn't find 'Kendl' in Cumbria. Did you mean Kendal?" },
    });
  });

  it.each([0, 0.5, 201, 500, Number.NaN])('rejects radius %s', (radius) => {
    const r = resolveRegion('Birmingham', { radiusKm: radius });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('radius_out_of_range');
      expect(r.error.message).toContain('between 1 and 200 km');
    }
  });

  it.each([1, 200])('accepts radius %s at the edge', (radius) => {
    expect(resolveRegion('Birmingham', { radiusKm: radius }).ok).toBe(true);
  });

  it('rejects empty input and impossible coordinates', () => {
    expect(resolveRegion('  ')).toMatchObject({ ok: false, error: { code: 'region_empty' } });
    expect(resolveRegion('95,10')).toMatchObject({ ok: false, error: { code: 'coordinates_out_of_range' } });
  });
});

describe('resolveRegion accepts the labels autocomplete offers', () => {
  it.each(['wash', 'vic', 'san', 'saint', 'bir', 'braz', 'new', 'hong', 'frank'])(
    'every suggestion for "%s" resolves to itself',
    (prefix) => {
      const labels = searchPlaces(prefix, 25).map(placeLabel);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(resolved(label).name).toBe(label);
    },
  );
});

// Lesson from an Outlook calendar of New Zealand's West Coast: "--place "Westport Airport, Westport"" was Westport,
// Connecticut, 14,736 km from the channel.
describe('a place named where a region is already set', () => {
  const greymouth = { lat: -42.45, lon: 171.21 };
  const birmingham = { lat: 52.48, lon: -1.9 };

  it('is the largest namesake near the region', () => {
    expect(resolveRegion('Westport', { radiusKm: 25, near: greymouth })).toMatchObject({ ok: true, value: { country: 'NZ' } });
    expect(resolveRegion('Newport', { radiusKm: 25, near: birmingham })).toMatchObject({
      ok: true,
      value: { name: expect.stringMatching(/^Newport, Wales/) },
    });
  });

  it('is the largest anywhere when none is near, or no region is set', () => {
    expect(resolveRegion('Westport', { radiusKm: 25, near: birmingham })).toMatchObject({ ok: true, value: { country: 'US' } });
    expect(resolveRegion('Westport')).toMatchObject({ ok: true, value: { country: 'US' } });
  });

  it('places a feed’s venue in the town near the channel, and names the other', () => {
    const r = resolveFeedPlace('Westport Airport, Westport', greymouth);
    expect(r).toMatchObject({ ok: true, value: { place: { venue: 'Westport Airport', country: 'NZ' } } });
    expect(r.ok && r.value.ambiguous.join(' ')).toMatch(/Westport, Connecticut/);
  });
});

// Sweeps t6 and t7: "--near Italy" was Italy, Texas with no warning, "Denmark" Denmark, South Carolina, "Poland"
// Poland, Maine, and a feed place "Some Hall, Zzyzxville, Oregon" was Oregon, Ohio.
describe('a country or state typed where the town should be', () => {
  it.each([
    ['Italy', `Italy is a country: name a town or city in it, such as "Rome, Italy" (for the town, write "Italy, Texas, US").`],
    [
      'Denmark',
      `Denmark is a country: name a town or city in it, such as "Copenhagen, Denmark" (for the town, write "Denmark, South Carolina, US").`,
    ],
    ['Poland', `Poland is a country: name a town or city in it, such as "Warsaw, Poland" (for the town, write "Poland, Maine, US").`],
    ['Oregon', `Oregon is a US state: name a town or city in it, such as "Portland, Oregon" (for the town, write "Oregon, Ohio, US").`],
    ['Georgia', `Georgia is a country or a US state: name a town or city in it, such as "Tbilisi, Georgia" or "Atlanta, Georgia".`],
    ['New South Wales', `New South Wales is a state of Australia: name a town or city in it, such as "Sydney, New South Wales".`],
    // the gazetteer has no Mexico in Mexico (its capital is "Mexico City"): not Mexico, Philippines
    [
      'Mexico',
      `Mexico is a country: name a town or city in it, such as "Mexico City, Mexico" (for the town, write "Mexico, Philippines").`,
    ],
  ])('%s asks for a town', (input, message) => {
    expect(resolveRegion(input)).toEqual({ ok: false, error: { code: 'region_is_area', message } });
  });

  it.each([
    // the examples it gives resolve
    ['Rome, Italy', 'Rome, Italy'],
    ['Mexico City, Mexico', 'Mexico City, Ciudad de México, MX'],
    ['Italy, Texas, US', 'Italy, Texas, US'],
    ['Oregon, Ohio, US', 'Oregon, Ohio, US'],
    // a city of the name in that country or state: city-states, "New York", "Hamburg"
    ['Singapore', 'Singapore, Singapore'],
    ['Luxembourg', 'Luxembourg, Luxembourg'],
    ['Monaco', 'Monaco, Monaco'],
    ['San Marino', 'San Marino, San Marino'],
    ['New York', 'New York City, New York, US'],
    ['Hamburg', 'Hamburg, Germany'],
    ['Quebec', 'Québec, Canada'],
    // a big namesake elsewhere is what is meant
    ['Victoria', 'Victoria, British Columbia, CA'],
    ['Washington', 'Washington, D.C., District of Columbia, US'],
    // codes are left to the towns
    ['LA', 'Los Angeles, California, US'],
  ])('%s → %s', (input, label) => {
    expect(resolved(input).name).toBe(label);
  });

  it('is the namesake near where the region already is', () => {
    expect(resolveRegion('Italy', { radiusKm: 25, near: { lat: 32.2, lon: -96.9 } })).toMatchObject({
      ok: true,
      value: { name: 'Italy, Texas, US' },
    });
  });

  it('in a feed place, a state after the venue and an unknown town is no town', () => {
    const toledo = { lat: 41.66, lon: -83.56 };
    const r = resolveFeedPlace('Some Hall, Zzyzxville, Oregon', toledo);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^I couldn't find 'Zzyzxville' in Oregon\./);
    expect(resolveFeedPlace('Some Hall, Singapore')).toMatchObject({ ok: true, value: { place: { venue: 'Some Hall', country: 'SG' } } });
  });
});

// Sweep t6: "University Center, Michigan" answered "I couldn't find 'Michigan'. Did you mean Michika?"
describe('a feed place whose town is not known', () => {
  it('names the town as the missing part, not the state after it', () => {
    const r = resolveFeedPlace('University Center, Michigan', { lat: 43.42, lon: -83.95 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/^I couldn't find 'University Center' in Michigan\./);
      expect(r.error.message).not.toContain("'Michigan'");
    }
  });
});
