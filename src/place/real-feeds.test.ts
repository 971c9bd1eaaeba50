import { describe, expect, it } from 'vitest';
import type { EventPlacement } from '../core/placement.js';
import { placeAddress, type AddressHints } from './address.js';
import { regionAsHome } from './eligibility.js';
import { inferHomeArea } from './home.js';
import { qualifierFor } from './qualifiers.js';
import { resolveRegion } from './region.js';
import { describeCaptured } from '../../test/helpers/captured.js';
import { icalEvents, parsedFromIcal } from '../normalise/test-fixtures.js';
import { expectPlacement, noHints, type PlaceCase } from './test-clues.js';

// Lessons from previewing real feeds (issue #8), each on a synthetic fixture of our own: one table row per lesson.

describe('addresses written as real feeds write them', () => {
  it.each<[string, string, Partial<AddressHints>, { locality: string; country: string; timezone: string }]>([
    [
      'a Belgian conference page: "Antwerp" is the Belgian city',
      'Grand Hotel, Meir 1, Antwerp, 2000, BE',
      { country: 'BE', locality: 'Antwerp', postalCode: '2000' },
      { locality: 'Antwerpen', country: 'BE', timezone: 'Europe/Brussels' },
    ],
    // a college-sports RSS calendar writes states the AP way
    ['AP style: Ariz.', 'Tucson, Ariz.', {}, { locality: 'Tucson', country: 'US', timezone: 'America/Phoenix' }],
    ['AP style: Mo.', 'Columbia, Mo.', {}, { locality: 'Columbia', country: 'US', timezone: 'America/Chicago' }],
    ['AP style: N.C.', 'Chapel Hill, N.C.', {}, { locality: 'Chapel Hill', country: 'US', timezone: 'America/New_York' }],
  ])('%s (%s)', (_, text, hints, expected) => {
    expect(placeAddress(text, { ...noHints, ...hints })).toMatchObject(expected);
  });
});

describe('a conference page in Belgium previewed near a town that shares its English name', () => {
  it('"Antwerp" as a channel region is the Belgian city', () => {
    const region = resolveRegion('Antwerp', { radiusKm: 50 });
    expect(region.ok && region.value.country).toBe('BE');
  });

  it.each([
    ['Bruges, Belgium', 'Brugge', 'BE'],
    ['Aarhus, Denmark', 'Århus', 'DK'],
    ['Torino, Italy', 'Turin', 'IT'],
    ['Staines-upon-Thames, UK', 'Staines', 'GB'],
  ])('%j as a channel region is %s (the name its people or its visitors use)', (text, name, country) => {
    const region = resolveRegion(text, { radiusKm: 50 });
    expect(region.ok && [region.value.name.split(',')[0], region.value.country]).toEqual([name, country]);
  });

  it('a channel region has a country, so a venue abroad is never placed at the region', () => {
    // Antwerp, Ohio: what --near "Antwerp" gave before the exonym was known.
    const home = regionAsHome({ lat: 41.18, lon: -84.74, radiusKm: 50, name: 'Antwerp, Ohio, US', timezone: 'America/New_York' });
    expect(home?.country).toBe('US');
    expectPlacement({
      clues: { locationText: 'Grand Hotel, Meir 1, Nowhereville, 2000, BE', country: 'BE' },
      feed: { home },
      expected: { placedBy: 'calendar', country: 'BE', timezone: 'Europe/Brussels', lat: null },
    });
  });
});

describe('a college-sports RSS calendar writes states the AP way', () => {
  it('only with the full stop: "Miss" and "Wash" are words, "Miss." and "Wash." states', () => {
    expect(qualifierFor('Miss')).toBeNull();
    expect(qualifierFor('Wash')).toBeNull();
    expect(qualifierFor('Miss.')).toContainEqual({ country: 'US', admin1: 'MS' });
    expect(qualifierFor('Wash.')).toContainEqual({ country: 'US', admin1: 'WA' });
  });
});

describe('a town calendar whose only full address is a show in the next town', () => {
  const bath: EventPlacement = { lat: 51.38, lon: -2.36, locality: 'Bath', country: 'GB', timezone: 'Europe/London', placedBy: 'address' };
  const feed = { name: 'Leeds Comedy Calendar', description: null, timezone: 'Europe/London' };

  it('is at home in the town its name says, not where that one show is', () => {
    const home = inferHomeArea({ placements: [bath], eventCount: 12, feed, stored: null, region: null });
    expect(home).toMatchObject({ basis: 'calendar', country: 'GB' });
    expect(home!.label).toMatch(/^Leeds/);
  });

  // Lesson from a course page titled "Data Analytics Course Training in Dubai" whose one event has coordinates in
  // Bengaluru: its home had been Dubai.
  it('is where its one event is, when that is all it holds', () => {
    const home = inferHomeArea({ placements: [bath], eventCount: 1, feed, stored: null, region: null });
    expect(home).toMatchObject({ basis: 'events' });
    expect(home!.label).toMatch(/^Bath/);
  });

  it('two placed events together still say where the feed is', () => {
    const home = inferHomeArea({ placements: [bath, { ...bath, lat: 51.39 }], feed, stored: null, region: null });
    expect(home?.basis).toBe('events');
    expect(home!.label).toMatch(/^Bath/);
  });
});

/** The clues of the captured calendar's first event whose SUMMARY contains `summary`. */
function capturedClues(file: string, summary: string): PlaceCase['clues'] {
  const found = icalEvents(file).find((e) => (e.SUMMARY ?? '').includes(summary));
  if (!found) throw new Error(`no event "${summary}" in ${file}`);
  return parsedFromIcal(found);
}

describeCaptured('placeEvent over real captured events', () => {
  it.each<[string, string, PlaceCase['expected']]>([
    ['google-calendar-python-glasgow.ics', '', { placedBy: 'address', locality: 'Glasgow', country: 'GB', timezone: 'Europe/London' }],
    ['eventbrite-event-casscot13-glasgow.ics', '', { placedBy: 'address', locality: 'Glasgow', country: 'GB' }],
    ['lanyrd-event-sotmscot2013-edinburgh.ics', '', { placedBy: 'geo', country: 'GB', timezone: 'Europe/London' }],
    ['meetup-group-angularjs-edinburgh.ics', '', { placedBy: 'geo', country: 'GB', timezone: 'Europe/London' }],
    ['meetup-group-detroitruby.ics', '', { placedBy: 'geo', country: 'US', timezone: 'America/Detroit' }],
    [
      'wordpress-ai1ec-fablab-cottbus.ics',
      'Repair',
      { placedBy: 'address', locality: 'Cottbus', country: 'DE', timezone: 'Europe/Berlin' },
    ],
    ['luma-calendar-nairobidevops.ics', 'Kabarak', { placedBy: 'geo', country: 'KE', timezone: 'Africa/Nairobi' }],
  ])('%s %j', (file, summary, expected) => {
    expectPlacement({ clues: capturedClues(file, summary), expected });
  });
});
