import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a sweep of French, Spanish and Portuguese feeds, on synthetic calendars of our own: a village agenda
// writes its outings as "Ville, Département" beside full addresses at home. "…, Ardèche" placed nothing, so the event
// was taken for a venue in the feed's home area and posted in a Valence channel 40 km away; "Estepona, Málaga" was
// the city of Málaga, 80 km from Estepona.

const NOW = new Date('2026-09-01T10:00:00Z');

const at = (uid: string, day: string, summary: string, location: string) => vevent(uid, `DTSTART:202609${day}T080000Z`, summary, location);

const drome = {
  url: 'https://agenda.example.fr/sorties.ics',
  body: calendar(
    ['X-WR-CALNAME:Sorties du club', 'X-WR-TIMEZONE:Europe/Paris'],
    [
      at('a', '05', 'Réunion du club', 'Maison des associations\\, 4 rue des Alpes\\, 26000 Valence'),
      at('b', '06', 'Atelier réparation', 'Local du club\\, 9 avenue du Vercors\\, 26500 Bourg-lès-Valence'),
      at('c', '12', 'Sortie châtaignes', 'Le Cheylard\\, Ardèche'),
      at('d', '13', 'Marche du vin', "Tain-l'Hermitage\\, Drôme"),
      at('e', '19', 'Fête de l’olive', 'Nyons (26)'),
      at('f', '20', 'Rando des crêtes', 'St Péray\\, Ardeche'),
    ],
  ),
  type: 'text/calendar',
};

describe('ingest: "Ville, Département" in a Valence channel of 25 km', () => {
  const row = previewed(drome, 'Valence, France', 25, NOW);

  it.each([
    ['Sortie châtaignes', 'Le Cheylard', 30, 45],
    ['Fête de l’olive', 'Nyons', 55, 75],
  ])('%s is placed in %s and skipped as outside the region', (title, town, min, max) => {
    expect(row(title)).toMatchObject({ placedBy: 'address', locality: town, country: 'FR', verdict: 'skip', reason: 'outside-region' });
    expect(row(title).distanceKm).toBeGreaterThan(min);
    expect(row(title).distanceKm).toBeLessThan(max);
  });

  it.each([
    ['Marche du vin', "Tain-l'Hermitage", 10, 20],
    ['Rando des crêtes', 'Saint-Péray', 1, 8],
  ])('%s is placed in %s and posted', (title, town, min, max) => {
    expect(row(title)).toMatchObject({ placedBy: 'address', locality: town, verdict: 'post' });
    expect(row(title).distanceKm).toBeGreaterThan(min);
    expect(row(title).distanceKm).toBeLessThan(max);
  });
});

const costa = {
  url: 'https://agenda.example.es/eventos.ics',
  body: calendar(
    ['X-WR-CALNAME:Agenda de la costa', 'X-WR-TIMEZONE:Europe/Madrid'],
    [
      at('a', '05', 'Mercadillo solidario', 'Estepona\\, Málaga'),
      at('b', '06', 'Concierto de verano', 'Torremolinos\\, Málaga'),
      at('c', '07', 'Feria del libro', 'Málaga\\, Málaga'),
    ],
  ),
  type: 'text/calendar',
};

describe('ingest: "Pueblo, Provincia" in a Málaga channel of 40 km', () => {
  const row = previewed(costa, 'Málaga, Spain', 40, NOW);

  it('a town followed by its province named as the capital is that town, not the capital', () => {
    expect(row('Mercadillo solidario')).toMatchObject({ locality: 'Estepona', verdict: 'skip', reason: 'outside-region' });
    expect(row('Mercadillo solidario').distanceKm).toBeGreaterThan(60);
    expect(row('Concierto de verano')).toMatchObject({ locality: 'Torremolinos', verdict: 'post' });
    expect(row('Concierto de verano').distanceKm).toBeGreaterThan(8);
  });

  it('the capital written twice is the capital', () => {
    expect(row('Feria del libro')).toMatchObject({ locality: 'Málaga', verdict: 'post' });
    expect(row('Feria del libro').distanceKm).toBeLessThan(2);
  });
});
