import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, previewByTitle, Sites, vevent, type RowsByTitle } from './test-sites.js';

// Lesson from a check of real feeds: a German club writes its addresses "…, 87435 Kempten", "…, 60311 Frankfurt",
// "…, 06108 Halle (Saale)", as Germans do; GeoNames knows "Kempten (Allgäu)" and "Frankfurt am Main", and a bare
// "Halle" is in Belgium. Unfound, the first two were taken for venue names and posted "0.0 km" from Munich; Halle was
// placed 573 km from Leipzig.

const NOW = new Date('2027-01-01T00:00:00Z');

const event = (uid: string, start: string, summary: string, location: string) =>
  vevent(uid, `DTSTART;TZID=Europe/Berlin:${start}`, summary, location);

const clubCalendar = calendar(
  ['X-WR-CALNAME:Spieleverein Beispiel', 'X-WR-TIMEZONE:Europe/Berlin'],
  [
    event('kempten', '20270115T190000', 'Spieleabend', 'Haus Beispiel, Musterstraße 3, 87435 Kempten'),
    event('frankfurt', '20270122T190000', 'Bastelabend', 'Haus Beispiel, Musterstraße 3, 60311 Frankfurt'),
    event('halle', '20270129T190000', 'Lesung', 'Vereinsheim Beispiel, Hauptstraße 1, 06108 Halle (Saale)'),
    event('oder', '20270205T190000', 'Chorprobe', 'Gemeindesaal Beispiel, Kirchweg 2, Frankfurt (Oder)'),
    event('offenbach', '20270212T190000', 'Wanderung', 'Treffpunkt Beispiel, Am Markt 1, Offenbach am Main'),
    event('landau', '20270226T190000', 'Kochkurs', 'Haus Beispiel, Hauptstraße 11, 76829 Landau'),
    event('dorf', '20270219T190000', 'Flohmarkt', 'Dorfgemeinschaftshaus, Lindenweg 4, 87499 Kleinbeispielhausen'),
  ],
);

describe('ingest: a German club calendar that writes its towns the everyday way', () => {
  const sites = new Sites();
  let munich: RowsByTitle['row'];
  let leipzig: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    sites.page('verein.example', '/termine.ics', clubCalendar, 'text/calendar');
    ({ row: munich } = await previewByTitle(sites, 'https://verein.example/termine.ics', 'Munich, Germany', 50, NOW));
    ({ row: leipzig } = await previewByTitle(sites, 'https://verein.example/termine.ics', 'Leipzig, Germany', 50, NOW));
  });
  afterAll(() => sites.close());

  it('places "87435 Kempten" and "60311 Frankfurt" in those towns, not in Munich', () => {
    expect(munich('Spieleabend')).toMatchObject({
      placedBy: 'address',
      locality: 'Kempten (Allgäu)',
      verdict: 'skip',
      reason: 'outside-region',
    });
    expect(munich('Bastelabend')).toMatchObject({ placedBy: 'address', locality: 'Frankfurt am Main', verdict: 'skip' });
    expect(munich('Spieleabend').distanceKm).toBeGreaterThan(90);
  });

  it('keeps the qualifier the gazetteer knows: Halle (Saale) is posted in Leipzig at 19:00 its time', () => {
    const halle = leipzig('Lesung');
    expect(halle).toMatchObject({ locality: 'Halle (Saale)', country: 'DE', verdict: 'post', attendance: 'in_person' });
    expect(halle.distanceKm).toBeLessThan(50);
    expect(halle.start.toISOString()).toBe('2027-01-29T18:00:00.000Z');
  });

  it('finds "Offenbach am Main" as the gazetteer’s Offenbach', () => {
    expect(munich('Wanderung')).toMatchObject({ placedBy: 'address', locality: 'Offenbach', verdict: 'skip' });
  });

  it('tells "Frankfurt (Oder)" from Frankfurt am Main', () => {
    expect(munich('Chorprobe')).toMatchObject({ placedBy: 'address', locality: 'Frankfurt (Oder)', verdict: 'skip' });
  });

  it('places a small town far off after its street and postcode there, not in Munich', () => {
    expect(munich('Kochkurs')).toMatchObject({ placedBy: 'address', locality: 'Landau in der Pfalz', verdict: 'skip' });
  });

  it('does not post a street and postcode in a town it does not know as if it were in the channel’s city', () => {
    expect(munich('Flohmarkt')).toMatchObject({ placedBy: 'none', lat: null, verdict: 'skip' });
  });
});
