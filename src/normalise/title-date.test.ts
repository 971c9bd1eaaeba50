import { describe, expect, it } from 'vitest';
import { withoutTrailingDate } from './title-date.js';
import { placeNamesBeforeDate } from './title-places.js';

describe('withoutTrailingDate: a title without the date that ends it', () => {
  it.each([
    ['Concierto de jazz Salamanca 24 de mayo de 2022', 'Concierto de jazz Salamanca'],
    ['Jazz Night Leeds 12/05', 'Jazz Night Leeds'],
    ['Jazz Night Leeds 12/05/2026', 'Jazz Night Leeds'],
    ['Meetup Lyon 3 juin', 'Meetup Lyon'],
    ['Meetup Lyon le 3 juin à 19h', 'Meetup Lyon'],
    ['Stammtisch Köln 14.03.2025', 'Stammtisch Köln'],
    ['Stammtisch Köln am 14.03. 19:00', 'Stammtisch Köln'],
    ['Stammtisch Köln, 14. März 2025', 'Stammtisch Köln'],
    ['Quiz in Leeds — Sat 12 May', 'Quiz in Leeds'],
    ['Concert Bath May 12, 2026', 'Concert Bath'],
    ['Aperitivo Torino 5 maggio', 'Aperitivo Torino'],
    ['Encontro Porto 12 de junho de 2026', 'Encontro Porto'],
    ['Borrel Utrecht 8 mei', 'Borrel Utrecht'],
    ['Repair Café Leeds (2026-05-12)', 'Repair Café Leeds'],
    ['Open Mic Leeds | sábado 24 de mayo', 'Open Mic Leeds'],
  ])('%j → %j', (title, expected) => {
    expect(withoutTrailingDate(title)).toBe(expected);
  });

  it.each(['Python 3.12', 'Meetup #12', 'Season 2024-25', 'Leeds Tech 2025', 'Jazz Night Leeds', '12/05', 'Le 3 juin'])(
    '%j ends with no date after a name',
    (title) => {
      expect(withoutTrailingDate(title)).toBeNull();
    },
  );
});

describe('placeNamesBeforeDate: names that end a title before its date, by the title-places rules', () => {
  it.each([
    ['Jazz Night Leeds 12/05', 'Leeds'],
    ['Meetup Lyon 3 juin', 'Lyon'],
    ['Concierto de jazz Salamanca 24 de mayo de 2022', 'Salamanca'],
  ])('%j may name %j', (title, name) => {
    expect(placeNamesBeforeDate(title).map((n) => n.name)).toContain(name);
  });

  it.each(['Poetry Reading 12/05', 'Board Games Night 12/05', 'Workshop Rust 14.03.2025', 'Curso Marzo 3 de abril', 'Jazz Night Leeds'])(
    '%j names no town before its date',
    (title) => {
      expect(placeNamesBeforeDate(title).filter((n) => !n.name.includes(' '))).toEqual([]);
    },
  );
});
