import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, previewByTitle, Sites, type RowsByTitle } from './test-sites.js';

// Lesson from a real club's fixture feed, on a calendar of our own: away games say only "Away" where
// the ground would be, and name the opponent in the title. They are not at the club's home.

const NOW = new Date('2026-03-01T00:00:00Z');

const game = (uid: string, day: string, summary: string, location: string) => [
  `UID:${uid}@club.example`,
  'DTSTAMP:20260201T000000Z',
  `DTSTART;TZID=America/Los_Angeles:202604${day}T190000`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
];

const FIXTURES = calendar(
  ['X-WR-CALNAME:Harbour FC fixtures', 'X-WR-TIMEZONE:America/Los_Angeles'],
  [
    game('home-1', '04', '[Home] Harbour FC vs Valley United', 'Harbour Park\\, 1145 Coleman Ave\\, San Jose\\, CA 95110'),
    game('away-1', '11', '[Away] Harbour FC @ Carolina Courage', 'Away'),
    game('home-2', '18', '[Home] Harbour FC vs Gotham City FC', 'Harbour Park\\, 1145 Coleman Ave\\, San Jose\\, CA 95110'),
  ],
);

describe('ingest: a club’s away games', () => {
  const sites = new Sites();
  let row: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    sites.page('club.example', '/fixtures.ics', FIXTURES, 'text/calendar');
    ({ row } = await previewByTitle(sites, 'https://club.example/fixtures.ics', 'San Jose, CA', 50, NOW));
  });
  afterAll(() => sites.close());

  it('posts the home games at the ground', () => {
    expect(row('[Home] Harbour FC vs Valley United')).toMatchObject({ verdict: 'post', locality: 'San Jose' });
  });

  it('does not post an away game at home, nor place it at the opponent its title names', () => {
    const away = row('[Away] Harbour FC @ Carolina Courage');
    expect(away.verdict).not.toBe('post');
    expect(away.lat).toBeNull();
  });
});

// Lesson from a real basketball club's calendar: every game names its arena as the location, the away
// ones the other side's ("Estadio de Barça"), which we cannot place; only the description says it is away.
describe('ingest: away games that name the other side’s ground', () => {
  const sites = new Sites();
  let row: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    const match = (uid: string, day: string, summary: string, location: string, description: string) => [
      `UID:${uid}@club.example`,
      'DTSTAMP:20260201T000000Z',
      `DTSTART;TZID=Europe/Madrid:202604${day}T190000`,
      `SUMMARY:${summary}`,
      `LOCATION:${location}`,
      `DESCRIPTION:${description}`,
    ];
    const cal = calendar(
      ['X-WR-CALNAME:Club Baloncesto Lugo', 'X-WR-TIMEZONE:Europe/Madrid'],
      [
        match('h1', '04', 'Lugo - Valencia', 'Pazo dos Deportes\\, Rúa Ramón Ferreiro 8\\, 27002 Lugo', 'Partido en casa.'),
        match('a1', '11', 'Barça - Lugo', 'Estadio de Barça', 'Partido fuera de casa.'),
        match('h2', '18', 'Lugo - Murcia', 'Pazo dos Deportes', 'Partido en casa.'),
        match('w1', '25', 'Real Madrid - Lugo', 'Bar Central', 'Ven a ver el partido fuera de casa en el bar.'),
      ],
    );
    sites.page('club.example', '/partidos.ics', cal, 'text/calendar');
    ({ row } = await previewByTitle(sites, 'https://club.example/partidos.ics', 'Lugo, Spain', 25, NOW));
  });
  afterAll(() => sites.close());

  it('posts the home games at the club’s arena', () => {
    expect(row('Lugo - Valencia')).toMatchObject({ verdict: 'post', locality: 'Lugo' });
    expect(row('Lugo - Murcia')).toMatchObject({ verdict: 'post', locality: 'Lugo' });
  });

  it('does not post an away game at home', () => {
    expect(row('Barça - Lugo')).toMatchObject({ verdict: 'skip', lat: null });
  });

  it('still posts a screening of an away game at a bar at home', () => {
    expect(row('Real Madrid - Lugo')).toMatchObject({ verdict: 'post', locality: 'Lugo' });
  });
});
