import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a Mexico City community calendar: the Meetup copy of a meetup ("AI/IA CDMX|To Be Announced/Por
// anunciar", floating local time) and the Luma copy naming its talk (UTC), at one instant and one street
// address, were both posted. A placeholder title at another hour or another place is an event of its own.

const HALL = 'Casa Ejemplo\\, Calle Ejemplo 9\\, Roma Norte\\, Ciudad de México\\, Mexico';
const FEED = calendar(
  ['X-WR-CALNAME:Comunidades CDMX', 'X-WR-TIMEZONE:America/Mexico_City'],
  [
    vevent('tba-1@example.org', 'DTSTART:20260915T180000', 'Ejemplo AI|To Be Announced/Por anunciar', HALL),
    vevent('talk-1@example.org', 'DTSTART:20260916T000000Z', 'Ejemplo AI|Redes neuronales para todos', HALL),
    vevent('tba-2@example.org', 'DTSTART:20260922T180000', 'Ejemplo AI|Por anunciar', HALL),
    vevent('talk-2@example.org', 'DTSTART:20260923T000000Z', 'Ejemplo Datos|Visualización con Python', HALL),
  ],
);

describe('ingest: one meetup listed twice, once with a placeholder title', () => {
  const row = previewed(
    { url: 'https://comunidades.example/cal.ics', body: FEED, type: 'text/calendar' },
    'Ciudad de México, Mexico',
    50,
    new Date('2026-08-01T00:00:00Z'),
  );

  it('posts it once, under the title that names the talk', () => {
    expect(row('Ejemplo AI|Redes neuronales para todos')).toMatchObject({ verdict: 'post' });
    expect(() => row('Ejemplo AI|To Be Announced/Por anunciar')).toThrow(/no event/);
  });

  it('still posts a placeholder whose slot no other copy names (another group at that hour)', () => {
    expect(row('Ejemplo AI|Por anunciar')).toMatchObject({ verdict: 'post' });
    expect(row('Ejemplo Datos|Visualización con Python')).toMatchObject({ verdict: 'post' });
  });
});
