import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a real Normandy group calendar, on a synthetic one of our own: a street address
// with a French postcode and a commune the gazetteer does not know (merged in 2016), and no
// ", France". The postcode's département (76, Seine-Maritime) is the channel's own, so the
// event is near; it was skipped with "no location to measure the distance".

const NOW = new Date('2026-09-01T10:00:00Z');

const NEAR = vevent('near', 'DTSTART;VALUE=DATE:20261010', 'Week-end jeux de plateau', '5 Rue des Tilleuls\\, 76330 Port-Jérôme-sur-Seine');
const FAR = vevent('far', 'DTSTART;VALUE=DATE:20261012', 'Convention à Pau', '3 Rue des Lilas\\, 64230 Lescar-Ouest');
const FRANCE = vevent(
  'france',
  'DTSTART;VALUE=DATE:20261011',
  'Tournoi de cartes',
  '5 Rue des Tilleuls\\, 76330 Port-Jérôme-sur-Seine\\, France',
);

const feedOf = (events: string[][]) => ({
  url: 'https://jeux.example.fr/agenda.ics',
  body: calendar(['X-WR-CALNAME:Jeux en Normandie', 'X-WR-TIMEZONE:Europe/Paris'], events),
  type: 'text/calendar',
});

describe.each([
  ['Rouen, France', 'Rouen'],
  ['Le Havre, France', 'Le Havre'],
])('ingest: a street, a postcode of the home’s département and a town we do not know (%s)', (region, town) => {
  const row = previewed(feedOf([NEAR, FAR]), region, 50, NOW);

  it('is placed at the channel’s home and posted', () => {
    expect(row('Week-end jeux de plateau')).toMatchObject({ verdict: 'post', placedBy: 'home-area', locality: town, country: 'FR' });
  });

  it('a postcode of a far département keeps it in that département, out of the region', () => {
    expect(row('Convention à Pau')).toMatchObject({ verdict: 'skip', reason: 'outside-region', locality: 'Pau', country: 'FR' });
  });
});

describe('ingest: the address without and with ", France" in a Rouen channel', () => {
  const row = previewed(feedOf([NEAR, FRANCE]), 'Rouen, France', 50, NOW);

  it('is posted in Rouen both ways', () => {
    expect(row('Week-end jeux de plateau')).toMatchObject({ verdict: 'post', locality: 'Rouen', country: 'FR' });
    expect(row('Tournoi de cartes')).toMatchObject({ verdict: 'post', locality: 'Rouen', country: 'FR' });
  });
});
