import { describe, expect, it } from 'vitest';
import { previewed } from './test-sites.js';

// Lesson from a real Spanish city agenda (RSS with the event module), on synthetic feeds of our own:
// items that name their town only at the end of the title, after Spanish "en" or French "à"/"au".
// "Concerto jazz a Salamanca" (Italian "a") was placed; "Concierto de jazz en Salamanca" was
// skipped as naming no place.

const NOW = new Date('2026-05-01T10:00:00Z');

const item = (slug: string, title: string, start: string) => `<item>
  <title>${title}</title><link>https://agenda.example.org/${slug}</link><guid>${slug}</guid>
  <ev:startdate>${start}</ev:startdate><description>Entrada libre.</description>
</item>`;

const rss = (items: string[]) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>
<title>Agenda</title><link>https://agenda.example.org/</link>
${items.join('\n')}
</channel></rss>`;

describe('ingest: a Spanish agenda whose titles end with "en <town>"', () => {
  const row = previewed(
    {
      url: 'https://agenda.example.org/es.xml',
      type: 'application/rss+xml',
      body: rss([
        item('jazz', 'Concierto de jazz en Salamanca', '2026-05-24T20:00:00+02:00'),
        item('python', 'Taller en Python', '2026-05-25T18:00:00+02:00'),
        item('linea', 'Curso en línea', '2026-05-26T18:00:00+02:00'),
        item('vivo', 'Música en Vivo', '2026-05-27T21:00:00+02:00'),
        item('far', 'Concierto de rock en Valladolid', '2026-05-28T21:00:00+02:00'),
      ]),
    },
    'Salamanca, Spain',
    50,
    NOW,
  );

  it('places the town the title ends with, near the channel, and posts the event', () => {
    expect(row('Concierto de jazz en Salamanca')).toMatchObject({
      verdict: 'post',
      placedBy: 'title',
      locality: 'Salamanca',
      country: 'ES',
    });
  });

  it.each(['Taller en Python', 'Curso en línea', 'Música en Vivo'])('%j names no town: not placed', (title) => {
    expect(row(title)).toMatchObject({ verdict: 'skip', placedBy: 'none', lat: null });
  });

  it('a town 110 km from the channel is not taken from a title', () => {
    expect(row('Concierto de rock en Valladolid')).toMatchObject({ verdict: 'skip', placedBy: 'none', lat: null });
  });
});

describe('ingest: a French agenda whose titles end with "à <town>" or "au <town>"', () => {
  const row = previewed(
    {
      url: 'https://agenda.example.org/fr.xml',
      type: 'application/rss+xml',
      body: rss([
        item('fete', 'Fête du quartier à Poitiers', '2026-06-20T18:00:00+02:00'),
        item('domicile', 'Atelier à Domicile', '2026-06-21T10:00:00+02:00'),
        item('ligne', 'Cours en Ligne', '2026-06-22T10:00:00+02:00'),
        item('jardin', 'Atelier au Jardin', '2026-06-23T10:00:00+02:00'),
      ]),
    },
    'Poitiers, France',
    50,
    NOW,
  );

  it('places the town after "à" and posts the event', () => {
    expect(row('Fête du quartier à Poitiers')).toMatchObject({ verdict: 'post', placedBy: 'title', locality: 'Poitiers', country: 'FR' });
  });

  it.each(['Atelier à Domicile', 'Cours en Ligne', 'Atelier au Jardin'])('%j names no town: not placed', (title) => {
    expect(row(title)).toMatchObject({ verdict: 'skip', placedBy: 'none', lat: null });
  });
});

describe('ingest: "au <town>" is "à Le <town>"', () => {
  const row = previewed(
    {
      url: 'https://agenda.example.org/havre.xml',
      type: 'application/rss+xml',
      body: rss([item('concert', 'Concert de printemps au Havre', '2026-06-20T20:00:00+02:00')]),
    },
    'Le Havre, France',
    50,
    NOW,
  );

  it('places "au Havre" in Le Havre', () => {
    expect(row('Concert de printemps au Havre')).toMatchObject({ verdict: 'post', placedBy: 'title', locality: 'Le Havre', country: 'FR' });
  });
});
