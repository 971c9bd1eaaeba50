import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real university orchestra's calendar and a bar band's gig list (sweep t17), on synthetic
// calendars of our own: an address written town first, Russian style ("Москва, <street>, <number>, <building>,
// <hall>"), and a town with only its state ("Livingston, LA"), showed the town as the venue ("· Москва").

const NOW = new Date('2030-09-01T00:00:00Z');

const concert = (uid: string, day: string, summary: string, location: string) => [
  `UID:${uid}@orchestra.example`,
  'DTSTAMP:20300101T000000Z',
  `DTSTART;TZID=Europe/Moscow:203010${day}T190000`,
  `DTEND;TZID=Europe/Moscow:203010${day}T210000`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
];

const ORCHESTRA = calendar(
  ['X-WR-CALNAME:Пример-оркестр', 'X-WR-TIMEZONE:Europe/Moscow'],
  [
    concert('a', '01', 'Осенний концерт', 'Москва\\, Примерный б-р\\, 11\\, Строение 6 (Корпус Z)\\, вход 4\\, Центр Искусств «Пример»'),
    concert('b', '02', 'Камерный вечер', 'Москва\\, ул. Образцовая\\, 3\\, корпус А\\, Актовый Зал'),
    concert('c', '03', 'Открытая репетиция', 'г. Москва\\, Тестовый пер.\\, 5\\, этаж 2'),
    concert('d', '04', 'Вечер романса', 'Москва\\, Примерный б-р\\, 11\\, вход с Образцовой улицы'),
    // a venue written first stays the venue
    concert('e', '05', 'Джазовый вечер', 'Клуб «Пример»\\, ул. Образцовая\\, 7\\, Москва'),
  ],
);

describe('ingest: an address written town first (Russian order)', () => {
  const row = previewed(
    { url: 'https://orchestra.example/concerts.ics', body: ORCHESTRA, type: 'text/calendar' },
    'Moscow, Russia',
    50,
    NOW,
  );

  it.each([
    ['Осенний концерт', 'Центр Искусств «Пример»'],
    ['Камерный вечер', 'Актовый Зал'],
    ['Джазовый вечер', 'Клуб «Пример»'],
    // only a building, floor or entrance note after the street: no venue rather than the town
    ['Открытая репетиция', null],
    ['Вечер романса', null],
  ])('%j is posted in Moscow with venue %j, not the town', (title, venue) => {
    expect(row(title)).toMatchObject({ verdict: 'post', locality: 'Moscow', country: 'RU', venue });
  });
});

const gig = (uid: string, day: string, summary: string, location: string) => [
  `UID:${uid}@band.example`,
  'DTSTAMP:20300101T000000Z',
  `DTSTART;TZID=America/Chicago:203009${day}T200000`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
];

const BAND = calendar(
  ['X-WR-CALNAME:Example Bar Band', 'X-WR-TIMEZONE:America/Chicago'],
  [
    gig('a', '10', 'Friday Night Set', 'Livingston\\, LA'),
    gig('b', '11', 'Saturday Set', 'Denham Springs\\, Louisiana'),
    gig('c', '12', 'Patio Show', 'Blue Heron Tavern\\, LA'),
    gig('d', '13', 'Sunday Brunch Set', 'The Example Room\\, 100 Main St\\, Baton Rouge\\, LA 70801'),
  ],
);

describe('ingest: a town with only its state ("Livingston, LA")', () => {
  const row = previewed({ url: 'https://band.example/gigs.ics', body: BAND, type: 'text/calendar' }, 'Baton Rouge, LA, USA', 80, NOW);

  it.each([
    ['Friday Night Set', 'Livingston'],
    ['Saturday Set', 'Denham Springs'],
  ])('%j is placed in %s and names no venue', (title, locality) => {
    expect(row(title)).toMatchObject({ verdict: 'post', locality, venue: null });
  });

  it('a venue with only a state keeps its venue', () => {
    expect(row('Patio Show')).toMatchObject({ venue: 'Blue Heron Tavern' });
  });
});
