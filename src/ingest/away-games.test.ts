import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

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
  const row = previewed({ url: 'https://club.example/fixtures.ics', body: FIXTURES, type: 'text/calendar' }, 'San Jose, CA', 50, NOW);

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
  const row = previewed({ url: 'https://club.example/partidos.ics', body: cal, type: 'text/calendar' }, 'Lugo, Spain', 25, NOW);

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

// Lesson from a real football club's fixture feed: every match names only a ground, the club's own ("Plain Ham") or
// the other side's ("Bickland Park", 250 km off). The home side is written first, so "Penhallow United vs Millbrook
// Rovers" in Millbrook Rovers' feed is away; its ground had been put in the channel's region and posted 0.0 km away.
describe('ingest: a fixture list whose away grounds are named but not placed', () => {
  const match = (uid: string, day: string, summary: string, location: string) =>
    vevent(`${uid}@rovers.example`, `DTSTART:202702${day}T150000Z`, summary, location);
  const fixtures = calendar(
    ['X-WR-CALNAME:Millbrook Rovers Fixtures', 'X-WR-TIMEZONE:Europe/London'],
    [
      match('h1', '06', 'Millbrook Rovers vs Ashcombe Town', 'Kestrel Meadow'),
      match('a1', '13', 'Penhallow United vs Millbrook Rovers', 'Gullrock Park'),
      match('h2', '20', 'Millbrook Rovers v Dunmere Athletic', 'Kestrel Meadow'),
      match('a2', '27', 'Trewin Town v. Millbrook Rovers (League Cup)', 'Trewin Road Ground\\, Trewin Road\\, Swindon\\, SN1 2AA'),
      match('h3', '28', 'Millbrook Rovers vs Corfe Wanderers', 'Kestrel Meadow'),
      match('s1', '10', 'Supporters’ quiz', 'Kestrel Meadow'),
    ],
  );
  const row = previewed(
    { url: 'https://rovers.example/fixtures.ics', body: fixtures, type: 'text/calendar' },
    'Bath, UK',
    50,
    new Date('2027-02-01T00:00:00Z'),
  );

  it('posts the home matches, and the club’s other events, at the home ground in the home area', () => {
    for (const title of ['Millbrook Rovers vs Ashcombe Town', 'Millbrook Rovers v Dunmere Athletic', 'Supporters’ quiz']) {
      expect(row(title)).toMatchObject({ verdict: 'post', placedBy: 'home-area', locality: 'Bath', address: 'Kestrel Meadow' });
    }
  });

  it('does not put an away ground that is only a name in the home area', () => {
    expect(row('Penhallow United vs Millbrook Rovers')).toMatchObject({ verdict: 'skip', lat: null, address: 'Gullrock Park' });
  });

  it('still places an away ground whose own address says where it is', () => {
    expect(row('Trewin Town v. Millbrook Rovers (League Cup)')).toMatchObject({ placedBy: 'address', locality: 'Swindon' });
  });
});

// Titles where no one side plays in most of them (here 4 of 7) are no fixture list: a community calendar's
// "Town vs Gown" debates among its other events are at home like them.
describe('ingest: a "vs" title in a calendar that is no fixture list', () => {
  const talk = (uid: string, day: string, summary: string) =>
    vevent(`${uid}@forum.example`, `DTSTART:202702${day}T190000Z`, summary, 'The Assembly Rooms');
  const cal = calendar(
    ['X-WR-CALNAME:Community forum', 'X-WR-TIMEZONE:Europe/London'],
    [
      talk('d1', '03', 'Town vs Gown debate'),
      talk('d2', '10', 'Cyclists vs Gown'),
      talk('d3', '17', 'Planning night - Gown'),
      talk('d4', '24', 'Poets v Gown'),
      talk('d5', '25', 'Repair café'),
      talk('d6', '26', 'Book swap'),
      talk('d7', '27', 'Film night'),
    ],
  );
  const row = previewed(
    { url: 'https://forum.example/events.ics', body: cal, type: 'text/calendar' },
    'Bath, UK',
    50,
    new Date('2027-02-01T00:00:00Z'),
  );

  it('places every event, whichever side a title names second, in the home area', () => {
    expect(row('Poets v Gown')).toMatchObject({ verdict: 'post', placedBy: 'home-area', locality: 'Bath' });
    expect(row('Cyclists vs Gown')).toMatchObject({ verdict: 'post', placedBy: 'home-area' });
  });
});
