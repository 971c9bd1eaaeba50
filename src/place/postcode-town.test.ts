import { describe, expect, it } from 'vitest';
import { resolveFeedPlace } from './feed-place.js';
import { resolveRegion } from './region.js';

// Sweep t21: an admin's place or a channel's region written as continental Europe writes an address, the postcode
// with the town ("9000 Gent", "53111 Bonn"), was refused ("I couldn't find '9000 Gent'"), while the feed reader
// read the same address. Both now read the town as the address reader does, and a postcode whose form tells the
// country ("D-", "1234 AB", "1000-001") or, in France and Spain, the département or province chooses the namesake.
describe('resolveRegion: a town written with its postcode', () => {
  it.each([
    ['9000 Gent', 'Gent, Belgium'],
    ['Gent 9000', 'Gent, Belgium'],
    ['Gent, 9000', 'Gent, Belgium'],
    ['1000 Brussels', 'Brussels, Belgium'],
    ['53111 Bonn', 'Bonn, North Rhine-Westphalia, DE'],
    ['D-53111 Bonn', 'Bonn, North Rhine-Westphalia, DE'],
    ['53111 Bonn, Germany', 'Bonn, North Rhine-Westphalia, DE'],
    ['75013 Paris', 'Paris, Île-de-France, FR'],
    ['A-1010 Wien', 'Vienna, Austria'],
    ['8001 Zürich', 'Zürich, Switzerland'],
    ['1011 AB Amsterdam', 'Amsterdam, Netherlands'],
    ['Amsterdam 1011 AB', 'Amsterdam, Netherlands'],
    ['1000-001 Lisboa', 'Lisbon, Portugal'],
    ['00-950 Warszawa', 'Warsaw, Poland'],
    ['120 00 Praha', 'Prague, Czechia'],
    ['114 51 Stockholm', 'Stockholm, Sweden'],
  ])('%s is %s', (input, name) => {
    expect(resolveRegion(input)).toMatchObject({ ok: true, value: { name, precision: 'place', ambiguous: null } });
  });

  it.each([
    // the code's form tells the country: not the largest namesake elsewhere
    ['B-1500 Halle', 'Halle, Belgium', 'Halle (Saale), Saxony-Anhalt, DE'],
    ['E-14001 Córdoba', 'Córdoba, Spain', 'Córdoba, Argentina'],
    ['N-5003 Bergen', 'Bergen, Norway', 'Bergen, Lower Saxony, DE'],
    // a French or Spanish five-digit code tells the département or province
    ['84100 Orange', "Orange, Provence-Alpes-Côte d'Azur, FR", 'Orange, California, US'],
    ['82000 Valence', 'Valence, Occitanie, FR', 'Valence, Auvergne-Rhône-Alpes, FR'],
    ['45001 Toledo', 'Toledo, Spain', 'Toledo, Ohio, US'],
  ])('%s is %s, not %s', (input, name, not) => {
    const r = resolveRegion(input);
    expect(r).toMatchObject({ ok: true, value: { name } });
    if (r.ok) expect(r.value.ambiguous?.alternatives ?? []).not.toContain(not);
  });

  it.each([
    // namesakes in the country the code tells are still said
    ['D-29303 Bergen', 'Bergen, Lower Saxony, DE', 'Bergen, Bavaria, DE'],
    // four or five digits alone tell no country
    ['1500 Halle', 'Halle (Saale), Saxony-Anhalt, DE', 'Halle, Belgium'],
    ['Birmingham 35203', 'Birmingham, England, GB', 'Birmingham, Alabama, US'],
  ])('%s is %s and also matches %s', (input, name, also) => {
    const r = resolveRegion(input);
    expect(r).toMatchObject({ ok: true, value: { name } });
    if (r.ok) expect(r.value.ambiguous?.alternatives).toContain(also);
  });

  const TOWN_ALONE =
    'Try the town alone, without its postcode ("Gent", not "9000 Gent"), a larger town near it, or coordinates ("51.05,3.72").';
  it.each([
    ['1000 Xyzzyville', `I couldn't find 'Xyzzyville'. ${TOWN_ALONE}`],
    ['Dorotheenstraße 101, 53111 Bonn', `I couldn't find 'Dorotheenstraße 101'. ${TOWN_ALONE}`],
    ['Xyzzyville 53111 Germany', `I couldn't find 'Xyzzyville 53111 Germany'. ${TOWN_ALONE}`],
  ])('says to write the town alone when %s is not found', (input, message) => {
    expect(resolveRegion(input)).toEqual({ ok: false, error: { code: 'region_not_found', message } });
  });
});

describe('resolveFeedPlace: a venue, its street and its town with the postcode', () => {
  it.each([
    ['Hackerspace Gent, Wiedauwkaai 51, 9000 Gent', 'Hackerspace Gent', 'Gent, Belgium', 'Europe/Brussels'],
    ['Hackerspace Gent, 9000 Gent', 'Hackerspace Gent', 'Gent, Belgium', 'Europe/Brussels'],
    ['Dorotheenstraße 101, 53111 Bonn', 'Dorotheenstraße 101', 'Bonn, North Rhine-Westphalia, DE', 'Europe/Berlin'],
    ['Bitcircus, Dorotheenstraße 101, 53111 Bonn, Germany', 'Bitcircus', 'Bonn, North Rhine-Westphalia, DE', 'Europe/Berlin'],
    ['De Hallen, Hannie Dankbaarpassage 10, 1053 RT Amsterdam', 'De Hallen', 'Amsterdam, Netherlands', 'Europe/Amsterdam'],
    ['Salle des fêtes, 84100 Orange', 'Salle des fêtes', "Orange, Provence-Alpes-Côte d'Azur, FR", 'Europe/Paris'],
    ['75013 Paris', null, 'Paris, Île-de-France, FR', 'Europe/Paris'],
  ])('%s is at %s in %s', (input, venue, town, timezone) => {
    expect(resolveFeedPlace(input)).toMatchObject({ ok: true, value: { place: { venue, town, timezone }, ambiguous: [] } });
  });

  it('says to write the town alone when the town after the postcode is not found', () => {
    const r = resolveFeedPlace('Hackerspace, Wiedauwkaai 51, 9000 Xyzzyville');
    expect(r).toMatchObject({ ok: false, error: { code: 'region_not_found' } });
    if (!r.ok) expect(r.error.message).toMatch(/^I couldn't find 'Xyzzyville'\. Try the town alone, without its postcode/);
  });
});
