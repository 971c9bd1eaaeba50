/**
 * Entries that are no public event, one VEVENT at a time: what is skipped
 * and why, beside what must still be posted. Synthetic entries of our own.
 */
import { describe, expect, it } from 'vitest';
import { context, parseOk } from './test-helpers.js';

const NOW = context('2026-10-01T00:00:00Z', '2026-12-31T00:00:00Z');

/** A calendar of one entry on 5 Nov 2026, 19:00 UTC unless `lines` give DTSTART. */
function calendarOf(title: string, lines: string[] = []): string {
  const start = lines.some((l) => l.startsWith('DTSTART')) ? [] : ['DTSTART:20261105T190000Z'];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//events-bot tests//EN',
    'BEGIN:VEVENT',
    'UID:entry@calendar.example',
    ...start,
    `SUMMARY:${title}`,
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}

/** 'event' when the entry is read as an event, else why it was skipped. */
function verdict(title: string, lines: string[] = []): string {
  const parsed = parseOk(calendarOf(title, lines), NOW);
  return parsed.events.length === 1 ? 'event' : (parsed.skipped[0]?.reason ?? 'nothing');
}

const PRIVATE = expect.stringContaining('says it is private');

describe('a title that says the event is a private booking', () => {
  it.each([
    'Makercast (closed event)',
    'Podcast recording (closed event)',
    'Podcast recording – closed event',
    'Birthday [Private Party]',
    'geschlossenes Event',
    'geschlossene Veranstaltung',
    'geschlossene veranstaltung (ask dave)',
    'Geschlossene Gesellschaft',
    'Heute geschlossene Gesellschaft',
    'Hochzeit (geschlossene Gesellschaft)',
    'Événement privé',
    'Soirée privée',
    'Anniversaire - soirée privée',
    'Besloten feest',
    'Vergadering (besloten bijeenkomst)',
    'Evento privado',
    'Boda: evento privado',
    'Festa privata',
    'Private Event: David L.',
  ])('%s is skipped as private', (title) => {
    expect(verdict(title)).toEqual(PRIVATE);
  });

  it.each([
    'Closed-loop systems talk',
    'Closed Loop: a talk on circular design',
    'Privacy workshop',
    'Private equity meetup',
    'Non-private event planning for clubs',
    'Gesellschaftsspiele-Abend',
    'Soirée jeux',
    'Open house after the closed event season',
  ])('%s is an event', (title) => {
    expect(verdict(title)).toBe('event');
  });
});

const COLLECTION = expect.stringContaining('waste collection');

// Lesson from a real municipal calendar: a year of "Odvoz: Bio", "Odvoz: Plast" days (CATEGORIES "Odvoz odpadu") was
// posted as in-person events, two on some days.
describe('a waste-collection day', () => {
  it.each([
    ['Odvoz: Bio', ['CATEGORIES:Odvoz odpadu,Bio']],
    ['Odvoz: Bio', []],
    ['Bio', ['CATEGORIES:Odvoz odpadu,Bio']],
    ['Svoz odpadu', []],
    ['Svoz: plast a kovy', []],
    ['Bin collection: Recycling', ['CATEGORIES:Waste collection']],
    ['Bin collection', []],
    ['Green waste collection', []],
    ['Recycling', ['CATEGORIES:Bin collections']],
    ['Abfuhr: Restmüll', []],
    ['Gelbe Tonne', []],
    ['Biotonne / Papiertonne', []],
    ['Restmüll', ['CATEGORIES:Abfallkalender']],
    ['GFT ophalen', []],
    ['Ophalen: PMD', []],
    ['Collecte des ordures ménagères', []],
    ['Ramassage des encombrants', []],
    ['Raccolta differenziata: carta', []],
    ['Recogida de residuos', []],
  ])('%s %j is not an event', (title, lines) => {
    expect(verdict(title, ['DTSTART;VALUE=DATE:20261105', ...lines])).toEqual(COLLECTION);
  });

  it.each([
    ['Litter pick', ['CATEGORIES:Environment,Volunteering']],
    ['Repair café', []],
    ['Recycling workshop', ['CATEGORIES:Sustainability']],
    ['Waste-free living talk', ['CATEGORIES:Zero waste']],
    ['Waste collection workshop for councils', []],
    ['Collection: Summer Art Show', []],
    ['Raccolta fondi per la biblioteca', []],
    ['Gelbe Tonne? Mülltrennung erklärt – Vortrag', []],
    ['Bin collection volunteers needed: meet at the depot and help us plan next year’s routes with the council', []],
  ])('%s %j is an event', (title, lines) => {
    expect(verdict(title, lines)).toBe('event');
  });
});

const ALL_DAY = ['DTSTART;VALUE=DATE:20261101'];
const OBSERVANCE = expect.stringContaining('a holiday or a day of the church year');
const TIME_OF_DAY = expect.stringContaining('a time of day');

// Lessons from a real choir's calendar of feast days ("Tutti i Santi", "Immacolata", "Natale del Signore", all day, title
// only) and a mosque's prayer times (six five-minute slots a day, "fajr" to "isha"): once the feed had a place, each was
// posted as an in-person event there.
describe('a holiday, a day of the church year, or a time of day', () => {
  it.each([
    'Tutti i Santi',
    'Natale del Signore',
    'Immacolata',
    'I Domenica di Avvento',
    'XXXII Domenica del Tempo Ordinario',
    'Cristo Re',
    'Cristo Re — fine del Tempo Ordinario',
    'Commemorazione dei defunti',
    'All Saints',
    "All Saints' Day",
    'Christmas Day',
    'Christmas Day (substitute day)',
    'Boxing Day 2026',
    'Ascension Day',
    'First Sunday of Advent',
    'Pfingstmontag',
    '1. Advent',
    'Tag der Deutschen Einheit',
    'Toussaint',
    'Lundi de Pâques',
    'jour férié',
    'Tweede Kerstdag',
    'Hemelvaartsdag',
    'Todos los Santos',
    'Bank holiday',
    'Early May bank holiday',
    'Public holiday',
    'Feiertag',
    'Herbstferien',
    'School holidays',
    'Christmas Day, Friday',
  ])('%s, all day, is not an event', (title) => {
    expect(verdict(title, ALL_DAY)).toEqual(OBSERVANCE);
  });

  it.each(['fajr', 'sunrise', 'Dhuhr', 'asr', 'maghrib', 'isha', 'Sunset', 'Full moon'])('%s, a time of day, is not an event', (title) => {
    expect(verdict(title, ['DTSTART;TZID=Europe/Amsterdam:20261101T073600', 'DTEND;TZID=Europe/Amsterdam:20261101T074100'])).toEqual(
      TIME_OF_DAY,
    );
  });

  it.each([
    ['Christmas Party', ALL_DAY],
    ['Sunrise yoga', ['DTSTART:20261101T063000Z']],
    ['Easter egg hunt', ALL_DAY],
    ['Advent concert', ALL_DAY],
    ['Christmas Day lunch at the community hall', ALL_DAY],
    ['Festa di Natale', ALL_DAY], // a parish's Christmas fair
    ['Natale – festa per bambini', ALL_DAY],
    ['Koningsdag', ALL_DAY], // a day of street markets and fairs
    ['Sunset walk', ['DTSTART:20261101T163000Z']],
    ['Fajr prayer and breakfast', ['DTSTART:20261101T053000Z']],
    // at a time of its own: a service, not the day
    ['Christmas Day', ['DTSTART:20261225T100000Z']],
  ])('%s %j is an event', (title, lines) => {
    expect(verdict(title, lines)).toBe('event');
  });

  it('with a start that is no date is skipped for that, not read as a day', () => {
    expect(verdict('Christmas Day', ['DTSTART:2026'])).toEqual(expect.stringContaining('could not be read'));
  });
});
