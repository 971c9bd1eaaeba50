import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a real Meetup calendar (Toulouse), on a synthetic one of our own: Meetup writes the
// venue's street and town with no comma between ("2 Chem. de … Frouzins"). The town was not read,
// so the event was placed at the feed's home (Toulouse) and a Muret channel skipped an event 6 km
// away as 18 km off.

const NOW = new Date('2026-05-01T10:00:00Z');

const event = (uid: string, day: string, summary: string, location: string) =>
  vevent(`${uid}@meetup.example`, `DTSTART;TZID=Europe/Paris:202605${day}T190000`, summary, location);

const ICS = calendar(
  ['X-WR-CALNAME:Exemple Devs Toulouse', 'X-WR-TIMEZONE:Europe/Paris'],
  [
    event('a', '05', 'Apéro Toulouse', 'Le Bar Exemple\\, 1 Pl. de la Fontaine Toulouse'),
    event('b', '12', 'Talks Toulouse', 'La Salle Exemple\\, 13 Rue Sainte-Exemple Toulouse'),
    event('c', '19', 'Code Café Frouzins', '5 Chem. des Lilas\\, 5 Chem. des Lilas Frouzins'),
    event('d', '26', 'Atelier rue', 'Le Local\\, 12 Rue de la Paix'),
  ],
);

describe('ingest: a town after the street with no comma (Meetup)', () => {
  const row = previewed({ url: 'https://meetup.example/events.ics', body: ICS, type: 'text/calendar' }, 'Muret, France', 12, NOW);

  it('places the event in the town after the street, and posts it near it', () => {
    expect(row('Code Café Frouzins')).toMatchObject({ verdict: 'post', placedBy: 'address', locality: 'Frouzins', country: 'FR' });
  });

  it('places the other streets in Toulouse, by their own town, outside a 12 km Muret region', () => {
    expect(row('Apéro Toulouse')).toMatchObject({ verdict: 'skip', reason: 'outside-region', placedBy: 'address', locality: 'Toulouse' });
    expect(row('Talks Toulouse')).toMatchObject({ verdict: 'skip', placedBy: 'address', locality: 'Toulouse' });
  });

  it('reads no town from a street’s own last word: that event is at the feed’s home', () => {
    expect(row('Atelier rue')).toMatchObject({ placedBy: 'home-area', locality: 'Toulouse', verdict: 'skip' });
  });
});
