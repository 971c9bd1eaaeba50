import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, previewByTitle, Sites, vevent, type RowsByTitle } from './test-sites.js';

// Lesson from a check of real feeds: a Lisbon trading-card league's calendar, scraped from a store locator, writes
// "Largo Do Comércio 3B, 2350-213 Parceiros De Igreja, Portugal" for a village ~110 km from Lisbon that the gazetteer
// does not know. It was posted to a Lisbon channel as "placed by the feed’s home area · 0.0 km". So were its
// "18 Av. Conde Castro De Guimarães, Amadora, Lisboa 2720, Pt" venues: a country's code in title case, after a
// district named with the postcode.

const NOW = new Date('2026-09-19T09:00:00Z');

const event = (uid: string, start: string, summary: string, location: string) =>
  vevent(uid, `DTSTART;TZID=Europe/Lisbon:${start}`, summary, location);

const leagueCalendar = calendar(
  ['X-WR-CALNAME:Liga Exemplo · Lisboa', 'X-WR-TIMEZONE:Europe/Lisbon'],
  [
    event('algés', '20260926T103000', 'Torneio Algés', 'Av. Exemplo 68B\\, 1495-023 Algés\\, Portugal'),
    event('barreiro', '20260927T150000', 'Torneio Barreiro', 'Av. Exemplo Da Silva 13\\, 2830-302 Barreiro\\, Portugal'),
    event('aldeia', '20260927T160000', 'Torneio Aldeia', 'Largo Do Exemplo 3B\\, 2350-213 Aldeia Exemplar\\, Portugal'),
    event('loja', '20261003T150000', 'Torneio Loja', 'Loja Exemplo'),
    event('amadora', '20261004T150000', 'Torneio Amadora', '18 Av. Exemplo\\, Amadora\\, Lisboa 2720\\, Pt'),
    event('setubal', '20261011T103000', 'Torneio Setúbal', '85 R. Exemplo\\, Barreiro\\, Setúbal 2830-298\\, Pt'),
  ],
);

describe('ingest: a Lisbon store locator’s Portuguese addresses', () => {
  const sites = new Sites();
  let row: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    sites.page('liga.example', '/events.ics', leagueCalendar, 'text/calendar');
    ({ row } = await previewByTitle(sites, 'https://liga.example/events.ics', 'Lisbon, Portugal', 50, NOW));
  });
  afterAll(() => sites.close());

  it('does not post a street and postcode in a village it does not know as 0.0 km from Lisbon', () => {
    expect(row('Torneio Aldeia')).toMatchObject({
      placedBy: 'calendar',
      lat: null,
      country: 'PT',
      verdict: 'skip',
      reason: 'unknown-place',
    });
  });

  it('still places towns it knows after their postcode, and a venue’s name alone at home', () => {
    expect(row('Torneio Barreiro')).toMatchObject({ placedBy: 'address', locality: 'Barreiro', verdict: 'post' });
    expect(row('Torneio Algés')).toMatchObject({ placedBy: 'address', locality: 'Algés', verdict: 'post' });
    expect(row('Torneio Loja')).toMatchObject({ placedBy: 'home-area', verdict: 'post' });
  });

  it('places an address ending in ", Pt" in its town, not at the feed’s home', () => {
    expect(row('Torneio Amadora')).toMatchObject({ placedBy: 'address', locality: 'Amadora', country: 'PT', verdict: 'post' });
    expect(row('Torneio Setúbal')).toMatchObject({ placedBy: 'address', locality: 'Barreiro', country: 'PT', verdict: 'post' });
  });
});
