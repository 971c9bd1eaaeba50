import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real sports club's calendar, on a calendar of our own: it fills in the club's address as
// every event's location, its webinars and its online get-together too. Those are not at the club.

const NOW = new Date('2026-03-01T00:00:00Z');
const CLUB = 'Vereinsheim TSV\\, Hirschbachstraße 20\\, 73431 Aalen';

const entry = (uid: string, day: string, summary: string, location = CLUB) => [
  `UID:${uid}@tsv.example`,
  'DTSTAMP:20260201T000000Z',
  `DTSTART;TZID=Europe/Berlin:202603${day}T190000`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
];

describe('ingest: a calendar that gives its own address as every event’s location', () => {
  const events = [
    entry('jhv', '05', 'Jahreshauptversammlung'),
    entry('webinar', '10', 'Webinar: Vereinsrecht für Übungsleiter'),
    entry('stammtisch', '12', 'Digitaler Stammtisch'),
    entry('skat', '14', 'Skatturnier'),
    entry('fest', '21', 'Frühlingsfest'),
    entry('lauf', '28', 'Stadtlauf', 'Marktplatz\\, 73430 Aalen'),
  ];
  const header = ['X-WR-CALNAME:TSV Termine', 'X-WR-TIMEZONE:Europe/Berlin'];
  const row = previewed(
    { url: 'https://tsv.example/termine.ics', body: calendar(header, events), type: 'text/calendar' },
    'Aalen, Germany',
    25,
    NOW,
  );

  it('posts the events held at the club', () => {
    for (const title of ['Jahreshauptversammlung', 'Skatturnier', 'Frühlingsfest', 'Stadtlauf'])
      expect(row(title)).toMatchObject({ verdict: 'post', attendance: 'in_person', locality: 'Aalen' });
  });

  it('holds the webinar and the online get-together online, not at the club', () => {
    expect(row('Webinar: Vereinsrecht für Übungsleiter')).toMatchObject({ verdict: 'skip', attendance: 'online' });
    expect(row('Digitaler Stammtisch')).toMatchObject({ verdict: 'skip', attendance: 'online' });
  });
});
