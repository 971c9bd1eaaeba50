import { describe, expect, it } from 'vitest';
import { namesOnlyAPartOfABuilding } from '../normalise/index.js';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real museum's calendar, on synthetic ones of our own: most events are at the museum, a
// few only at "Level 3" or "<name> Grand Lobby". Those were posted with the floor or lobby as their
// venue, placed at the feed's home, and nobody could tell where "Level 3" was.

const NOW = new Date('2026-04-01T00:00:00Z');

const event = (uid: string, day: string, summary: string, location: string, geo?: string) => [
  `UID:${uid}@museum.example`,
  'DTSTAMP:20260401T000000Z',
  `DTSTART;TZID=America/Los_Angeles:202604${day}T190000`,
  `DTEND;TZID=America/Los_Angeles:202604${day}T210000`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
  ...(geo ? [`GEO:${geo}`] : []),
];

const MUSEUM = 'Harbour Film Museum\\, 6067 Wilshire Blvd\\, Los Angeles\\, CA 90036';

const ICS = calendar(
  ['X-WR-CALNAME:Harbour Film Museum', 'X-WR-TIMEZONE:America/Los_Angeles'],
  [
    event('m1', '10', 'Night Harbour in 35mm', MUSEUM),
    event('m2', '11', 'Silent Shorts', MUSEUM),
    event('m3', '12', 'Costume Archive Tour', 'Harbour Film Museum'),
    event('r1', '13', 'Gallery Talk: Painted Sets', 'Level 3'),
    event('r2', '14', 'Curator Spotlight', 'Ada Example Grand Lobby'),
    event('r3', '15', 'Family Matinee', 'Studio B'),
    // a named theatre is a venue of its own
    event('v1', '16', 'Guest Screening', 'Example Theatre\\, 6925 Hollywood Blvd\\, Los Angeles\\, CA 90028'),
  ],
);

describe('ingest: a floor or a room alone, in a feed of one main venue', () => {
  const row = previewed({ url: 'https://museum.example/events.ics', body: ICS, type: 'text/calendar' }, 'Los Angeles, US', 50, NOW);

  it.each([
    ['Gallery Talk: Painted Sets', 'Level 3, Harbour Film Museum'],
    ['Curator Spotlight', 'Ada Example Grand Lobby, Harbour Film Museum'],
    ['Family Matinee', 'Studio B, Harbour Film Museum'],
  ])('%j is posted in that room of the main venue, %j, where the venue is', (title, venue) => {
    expect(row(title)).toMatchObject({ verdict: 'post', venue, address: `${venue}, 6067 Wilshire Blvd, Los Angeles, CA 90036` });
    expect(row(title).placedBy).not.toBe('home-area');
    expect(row(title).locality).toBe(row('Night Harbour in 35mm').locality);
  });

  it('keeps a venue of the feed’s own as written', () => {
    expect(row('Guest Screening')).toMatchObject({ verdict: 'post', venue: 'Example Theatre' });
    expect(row('Night Harbour in 35mm')).toMatchObject({ venue: 'Harbour Film Museum' });
  });
});

// With no venue that most events are at, a room stays as the feed wrote it.
const SPREAD = calendar(
  ['X-WR-CALNAME:Example Film Society', 'X-WR-TIMEZONE:America/Los_Angeles'],
  [
    event('s1', '10', 'Noir Night', 'Example Theatre\\, 6925 Hollywood Blvd\\, Los Angeles\\, CA 90028'),
    event('s2', '11', 'Cartoon Morning', 'Sample Cinema\\, 1822 Vermont Ave\\, Los Angeles\\, CA 90027'),
    event('s3', '12', 'Members’ Evening', 'Level 2'),
  ],
);

describe('ingest: a room alone, in a feed of many venues', () => {
  const row = previewed({ url: 'https://films.example/events.ics', body: SPREAD, type: 'text/calendar' }, 'Los Angeles, US', 50, NOW);

  it('is not put in any of them', () => {
    expect(row('Members’ Evening').address).toBe('Level 2');
  });
});

// Lesson from a real conference schedule: every talk is in a hall ("Hall A", "Hall C (Plenary)"), the venue unsaid.
const HALLS = calendar(
  ['X-WR-CALNAME:Example Conference', 'X-WR-TIMEZONE:America/Los_Angeles'],
  [
    event('h1', '10', 'Opening Keynote', 'Hall C (Plenary)'),
    event('h2', '10', 'Closing Keynote', 'Hall C (Plenary)'),
    event('h3', '11', 'Lightning Talks', 'Hall C (Plenary)'),
    event('h4', '11', 'Testing Async Code', 'Hall A'),
    event('h5', '12', 'Packaging in Practice', 'Hall E'),
  ],
);

describe('ingest: a feed whose every location is a room', () => {
  const row = previewed({ url: 'https://conf.example/schedule.ics', body: HALLS, type: 'text/calendar' }, 'Los Angeles, US', 50, NOW);

  it('puts no room in another (the most used hall is no main venue)', () => {
    expect(row('Testing Async Code').address).toBe('Hall A');
    expect(row('Packaging in Practice').address).toBe('Hall E');
  });
});

describe('namesOnlyAPartOfABuilding', () => {
  it.each([
    ['Level 3', true],
    ['3rd Floor', true],
    ['West Foyer', true],
    ['Ada Example Grand Lobby', true],
    ['Gallery 4', true],
    ['Studio B', true],
    ['Room 201A', true],
    ['Auditorium', true],
    ['Main Hall', true],
    ['Salle 2', true],
    ['Hall C (Plenary)', true],
    // a venue of its own
    ['Example Hall', false],
    ['Shrine Auditorium', false],
    ['Sample Gallery', false],
    ['Salle Exemple', false],
    ['Level 3, Harbour Film Museum', false],
    ['Harbour Film Museum', false],
  ])('%j: %s', (text, expected) => {
    expect(namesOnlyAPartOfABuilding(text)).toBe(expected);
  });
});
