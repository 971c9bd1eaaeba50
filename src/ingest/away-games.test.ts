import { describe, expect, it } from 'vitest';
import type { FeedPlace } from '../core/placement.js';
import { resolveFeedPlace } from '../place/index.js';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a real club's fixture feed, on a calendar of our own: away games say only "Away" where
// the ground would be, and name the opponent in the title. They are not at the club's home.

const NOW = new Date('2026-03-01T00:00:00Z');

function placeOf(text: string): FeedPlace {
  const r = resolveFeedPlace(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.place;
}

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

// Lessons from real club feeds (an FA Full-Time scraper's, a senior club's, a junior league's, a US school team's):
// their away games were posted at the club's home, 0.0 km away, because the title said so in forms not read —
// "X at Y (Away)" with "Home/Away: Away" in the description, "Club vs Opponent (Away)", team names too long to
// be read as sides, and a school's own "@ Opponent" (then placed at the place set for the feed).
describe('ingest: away games told by a tag, "at", a description line or long junior names', () => {
  const match = (uid: string, day: string, summary: string, location: string, description?: string) => [
    ...vevent(`${uid}@owls.example`, `DTSTART;TZID=Europe/London:202609${day}T100000`, summary, location),
    ...(description ? [`DESCRIPTION:${description}`] : []),
  ];
  const fa = (home: string) => `Home/Away: Away\\nHome team: ${home}\\nAway team: Oakfield U10 Owls`;
  const owls = calendar(
    ['X-WR-CALNAME:Oakfield U10 Owls', 'X-WR-TIMEZONE:Europe/London'],
    [
      match('h1', '05', 'Oakfield U10 Owls vs Brookside U10 (Home)', 'Oakfield Rec Ground'),
      match('a1', '12', 'Oakfield U10 Owls at Hilltop Rangers U10 (Away)', 'Hilltop Meadows', fa('Hilltop Rangers U10')),
      match('h2', '13', 'Oakfield U10 Owls vs Marsh Lane U10 (Home)', 'Oakfield Rec Ground'),
      match('a2', '19', 'Oakfield U10 Owls vs Kingsmead U10 (Away)', 'Kingsmead Fields'),
      match('a3', '20', 'Oakfield U10 Owls at Riverside Colts U10', 'Riverside Colts U10', fa('Riverside Colts U10')),
      match('a4', '26', 'Oakfield U10 Owls vs Westbury U10 (Away)', 'Westbury Park\\, Wick Road\\, Andover\\, SP10 3AA'),
    ],
  );
  const row = previewed({ url: 'https://owls.example/fixtures.ics', body: owls, type: 'text/calendar' }, 'Basingstoke, UK', 50, NOW);

  it('posts the home games at the home ground', () => {
    expect(row('Oakfield U10 Owls vs Brookside U10 (Home)')).toMatchObject({ verdict: 'post', placedBy: 'home-area' });
  });

  it('does not put an away ground that is only a name at home', () => {
    for (const title of [
      'Oakfield U10 Owls at Hilltop Rangers U10 (Away)',
      'Oakfield U10 Owls vs Kingsmead U10 (Away)',
      'Oakfield U10 Owls at Riverside Colts U10',
    ]) {
      expect(row(title)).toMatchObject({ verdict: 'skip', lat: null, distanceKm: null });
    }
  });

  it('still places an away ground whose own address says where it is', () => {
    expect(row('Oakfield U10 Owls vs Westbury U10 (Away)')).toMatchObject({ placedBy: 'address', locality: 'Andover' });
  });

  const girls = (uid: string, day: string, summary: string, location: string) =>
    vevent(`${uid}@owls.example`, `DTSTART;TZID=Australia/Sydney:202605${day}T083000`, summary, location);
  const OWLS = 'Oakfield FC W-7 Green 1 Female OWLS';
  const league = calendar(
    ['X-WR-CALNAME:Owls fixtures', 'X-WR-TIMEZONE:Australia/Sydney'],
    [
      girls('g1', '03', `${OWLS} vs Brookside FC W-7 Green 1 Female Bees`, 'Oakfield Oval'),
      girls('g2', '10', `Seaview FC W-7 Green 1 Female Orcas vs ${OWLS}`, 'Seaview Oval'),
      girls('g3', '17', `${OWLS} vs Kingsmead Cromer Strikers FC W-7 Green 1 Female RUBIES`, 'Oakfield Oval'),
      girls('g4', '24', `Hilltop Football Club W-7 Green 1 Female Mermaids vs ${OWLS}`, 'Hilltop Reserve'),
      girls('g5', '31', `${OWLS} vs Marsh Lane FC W-7 Green 1 Female Stars`, 'Oakfield Oval'),
    ],
  );
  const junior = previewed({ url: 'https://owls.example/girls.ics', body: league, type: 'text/calendar' }, 'Dee Why, Australia', 50, NOW);

  it('reads a junior league’s long team names, and does not put its away games at home', () => {
    expect(junior(`${OWLS} vs Brookside FC W-7 Green 1 Female Bees`)).toMatchObject({ verdict: 'post', placedBy: 'home-area' });
    expect(junior(`Seaview FC W-7 Green 1 Female Orcas vs ${OWLS}`)).toMatchObject({ verdict: 'skip', lat: null });
    expect(junior(`Hilltop Football Club W-7 Green 1 Female Mermaids vs ${OWLS}`)).toMatchObject({ verdict: 'skip', lat: null });
  });
});

describe('ingest: a school team’s "@ Opponent" games, with a place set for the feed', () => {
  const game = (uid: string, day: string, summary: string) => [
    `UID:${uid}@seabright.example`,
    'DTSTAMP:20260201T000000Z',
    `DTSTART;TZID=America/Los_Angeles:202609${day}T153000`,
    `SUMMARY:${summary}`,
  ];
  const cal = calendar(
    ['X-WR-CALNAME:Seabright Water Polo', 'X-WR-TIMEZONE:America/Los_Angeles'],
    [game('v1', '03', 'v Harbor HS V 3:30 PM'), game('v2', '08', '@ Cliffside HS V 3:30 PM'), game('v3', '10', 'Team practice')],
  );
  const row = previewed(
    { url: 'https://seabright.example/polo.ics', body: cal, type: 'text/calendar' },
    'Santa Monica, California',
    50,
    NOW,
    placeOf('Santa Monica High School, Santa Monica'),
  );

  it('posts the home game and practice at the set place, and not the away game', () => {
    expect(row('v Harbor HS V 3:30 PM')).toMatchObject({ verdict: 'post', placedBy: 'set' });
    expect(row('Team practice')).toMatchObject({ verdict: 'post', placedBy: 'set' });
    expect(row('@ Cliffside HS V 3:30 PM')).toMatchObject({ verdict: 'skip', lat: null, venue: null });
  });
});

// What must stay at home: "at" and "@" in the titles of a calendar that is no fixture list.
describe('ingest: "at" and "@" in titles that are no fixtures', () => {
  const titles = [
    'Talk at the Library',
    'Drinks @ The Lamp',
    'Meetup at Google',
    'Meetup at Stripe',
    'Away day workshop',
    'Coffee at 10 @ Café',
  ];
  const cal = calendar(
    ['X-WR-CALNAME:Community events', 'X-WR-TIMEZONE:Europe/London'],
    titles.map((t, i) => vevent(`c${i}@forum.example`, `DTSTART:2026030${i + 2}T190000Z`, t, 'The Assembly Rooms')),
  );
  const row = previewed({ url: 'https://forum.example/at.ics', body: cal, type: 'text/calendar' }, 'Bath, UK', 50, NOW);

  it('places every event in the home area', () => {
    for (const title of titles) expect(row(title)).toMatchObject({ verdict: 'post', placedBy: 'home-area', locality: 'Bath' });
  });
});
