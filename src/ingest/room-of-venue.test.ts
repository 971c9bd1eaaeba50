import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real user-group calendar, on a synthetic one of our own: LOCATION is a placeholder
// and the description names the room, the house it is in and the house's address in brackets. The
// venue was read as "Raum" and placed at the feed's home, 380 km from the town the address names.

const NOW = new Date('2026-05-01T10:00:00Z');

const event = (uid: string, day: string, summary: string, location: string, description: string) => [
  `UID:${uid}@usergroup.example`,
  'DTSTAMP:20260401T000000Z',
  `DTSTART;TZID=Europe/Berlin:202605${day}T190000`,
  `DTEND;TZID=Europe/Berlin:202605${day}T210000`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
  `DESCRIPTION:${description}`,
];

const ICS = calendar(
  ['X-WR-CALNAME:Beispiel User Group', 'X-WR-TIMEZONE:Europe/Berlin'],
  [
    event('home-1', '05', 'Stammtisch', 'Beispielcafé\\, Beispielstraße 3\\, 10115 Berlin', 'Wie immer.'),
    event('home-2', '12', 'Hackabend', 'Beispielcafé\\, Beispielstraße 3\\, 10115 Berlin', 'Wie immer.'),
    event(
      'raum-1',
      '20',
      'DevOps im Alltag',
      '<KEIN ORT ANGEGEBEN>',
      'BITTE BEACHTEN: Der Vortrag findet im Raum "Kepler" der Beispielbase Regensburg statt (Hans-Muster-Str. 1\\, 93053 Regensburg).',
    ),
  ],
);

describe('ingest: a room, its house and the house’s address in the description', () => {
  const row = previewed({ url: 'https://usergroup.example/events.ics', body: ICS, type: 'text/calendar' }, 'Regensburg, Germany', 25, NOW);

  it('is at the house, in the town its address names, and posted there', () => {
    expect(row('DevOps im Alltag')).toMatchObject({
      verdict: 'post',
      venue: 'Beispielbase Regensburg',
      address: 'Beispielbase Regensburg, Hans-Muster-Str. 1, 93053 Regensburg',
      placedBy: 'address',
      locality: 'Regensburg',
      country: 'DE',
    });
  });
});
