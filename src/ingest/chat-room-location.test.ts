import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a student hacklab's calendar: most sessions are at its school, some on the club's Discord server,
// written "Discord <club's name>" as the location. Those were read as a place and posted in person at the feed's
// home area. A synthetic calendar of our own in the same shape, with venues named after a service beside them.

const NOW = new Date('2026-07-01T00:00:00Z');
const event = (uid: string, day: string, summary: string, location: string) => [
  `UID:${uid}`,
  'DTSTAMP:20260601T000000Z',
  `DTSTART:202607${day}T170000Z`,
  `DTEND:202607${day}T190000Z`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
];

const FEED = calendar(
  ['X-WR-CALNAME:Exemple Lab', 'X-WR-TIMEZONE:Europe/Paris'],
  [
    event('school-1', '02', 'Intro au reverse', 'Exemple Lab\\, 12 Rue de Rivoli\\, Paris'),
    event('school-2', '03', 'Atelier crypto', 'Exemple Lab\\, 12 Rue de Rivoli\\, Paris'),
    event('discord', '06', 'Explication des challenges', 'Discord Exemple Lab'),
    event('zoom', '07', 'Retour d’expérience', 'Zoom Exemple Lab'),
    event('salon', '08', 'Veille sécu', 'salon Discord du Exemple Lab'),
    event('jitsi', '09', 'Jitsi-Treff', 'Jitsi-Raum Exemple Lab'),
    event('matrix', '10', 'Matrix-Treff', 'Matrix #exemple:matrix.example.org'),
    event('cafe', '13', 'Apéro sécu', 'Zoom Café\\, 5 Rue Oberkampf\\, Paris'),
    event('arena', '14', 'Tournoi CTF', 'Teams Arena\\, 20 Rue de la Roquette\\, Paris'),
  ],
);

describe('ingest: a club calendar whose online sessions are on its chat server', () => {
  const row = previewed({ url: 'https://lab.example/calendar.ics', body: FEED, type: 'text/calendar' }, 'Paris, France', 50, NOW);

  it.each(['Explication des challenges', 'Retour d’expérience', 'Veille sécu', 'Jitsi-Treff', 'Matrix-Treff'])(
    '"%s", at a service and the club’s room on it, is skipped as online, not posted in person at the feed’s home',
    (title) => {
      expect(row(title)).toMatchObject({ verdict: 'skip', reason: 'online', attendance: 'online' });
    },
  );

  it.each(['Intro au reverse', 'Apéro sécu', 'Tournoi CTF'])('"%s", at a venue with its street, is posted in person in Paris', (title) => {
    expect(row(title)).toMatchObject({ verdict: 'post', attendance: 'in_person', locality: 'Paris' });
  });
});
