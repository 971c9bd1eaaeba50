import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real feed: a personal Google calendar kept in London's zone (X-WR-TIMEZONE) lists a
// town's meetups in UTC. A UTC time is an instant; the zone it is shown in is the venue's.

const NOW = new Date('2026-09-01T00:00:00Z');

const event = (uid: string, start: string, summary: string, location: string[]) => [
  `UID:${uid}@calendar.example`,
  'DTSTAMP:20260801T000000Z',
  `DTSTART:${start}`,
  `SUMMARY:${summary}`,
  ...location,
];

const CALENDAR = calendar(
  ['X-WR-CALNAME:Things to do', 'X-WR-TIMEZONE:Europe/London'],
  [
    // 19:00 MDT on Thursday 10 September is 01:00Z on Friday the 11th
    event('programmers', '20260911T010000Z', 'Programmers Meetup', ['LOCATION:Emerson Center\\, 111 S Grand Ave\\, Bozeman\\, MT 59715']),
    event('london-talk', '20260915T173000Z', 'London Talk', ['LOCATION:Conway Hall\\, 25 Red Lion Square\\, London WC1R 4RL']),
    [
      'UID:fest@calendar.example',
      'DTSTAMP:20260801T000000Z',
      'DTSTART;VALUE=DATE:20260919',
      'SUMMARY:Sweet Pea Festival',
      'LOCATION:Lindley Park\\, Bozeman\\, MT',
    ],
  ],
);

describe('ingest: an event given in UTC is shown in its venue’s zone', () => {
  const row = previewed({ url: 'https://calendar.example/things.ics', body: CALENDAR, type: 'text/calendar' }, 'Bozeman, MT', 50, NOW);

  it('a Bozeman venue: Thursday 19:00 in America/Denver, not Friday 02:00 in London', () => {
    expect(row('Programmers Meetup')).toMatchObject({ timezone: 'America/Denver', locality: 'Bozeman', verdict: 'post' });
    expect(row('Programmers Meetup').start.toISOString()).toBe('2026-09-11T01:00:00.000Z');
  });

  it('a London venue in the same calendar: in London', () => {
    expect(row('London Talk')).toMatchObject({ timezone: 'Europe/London', locality: 'London' });
  });

  it('an all-day date stays the day it names', () => {
    expect(row('Sweet Pea Festival')).toMatchObject({ allDay: true });
    expect(row('Sweet Pea Festival').start.toISOString()).toBe('2026-09-18T23:00:00.000Z'); // 19 September, in the calendar's London
  });
});

// Lesson from a real Zoho calendar: X-WR-TIMEZONE:GMT names no place, so it must not keep French venues from
// being placed (it had made every town outside the "GMT" zone unplaceable).
describe('ingest: a calendar whose zone is GMT', () => {
  const fair = calendar(
    ['X-WR-CALNAME:Meute Normande', 'X-WR-TIMEZONE:GMT'],
    [event('market', '20261212T120000Z', 'Marché de Noël', ['LOCATION:Square Verdrel Rouen'])],
  );
  const row = previewed({ url: 'https://fox.example/agenda.ics', body: fair, type: 'text/calendar' }, 'Rouen, France', 50, NOW);

  it('places a venue in Rouen', () => {
    expect(row('Marché de Noël')).toMatchObject({ locality: 'Rouen', country: 'FR', verdict: 'post' });
  });
});

// Lesson from Google's holiday calendars: X-WR-TIMEZONE:UTC, and every entry a date. A date is that day where
// the event is, not UTC midnight shown in Los Angeles (which had put Good Friday on the Thursday).
describe('ingest: an all-day date in a calendar whose zone is UTC', () => {
  const days = calendar(
    ['X-WR-CALNAME:Club days', 'X-WR-TIMEZONE:UTC'],
    [
      [
        'UID:open-day@club.example',
        'DTSTAMP:20260801T000000Z',
        'DTSTART;VALUE=DATE:20261016',
        'DTEND;VALUE=DATE:20261017',
        'SUMMARY:Club open day',
        'LOCATION:Griffith Observatory\\, 2800 E Observatory Rd\\, Los Angeles\\, CA 90027',
      ],
    ],
  );
  const row = previewed({ url: 'https://club.example/days.ics', body: days, type: 'text/calendar' }, 'Los Angeles, USA', 50, NOW);

  it('is Friday 16 October in Los Angeles, all day', () => {
    expect(row('Club open day')).toMatchObject({ allDay: true, timezone: 'America/Los_Angeles', verdict: 'post' });
    expect(row('Club open day').start.toISOString()).toBe('2026-10-16T07:00:00.000Z');
    expect(row('Club open day').end?.toISOString()).toBe('2026-10-17T07:00:00.000Z');
  });
});

// Lesson from a real club calendar with no zone of its own: its times carry a "Z" but are Auckland's wall
// clock; the description's "7pm" gives it away once the venue's zone is known.
describe('ingest: a calendar with no zone whose UTC times are really its venue’s clock', () => {
  const library = 'LOCATION:Central Library\\, 44 Lorne Street\\, Auckland 1010\\, New Zealand';
  const walks = calendar(
    ['X-WR-CALNAME:Walking club'],
    [
      [...event('walk', '20261112T190000Z', 'Evening walk', [library]), 'DESCRIPTION:Meet at 7pm by the steps.'],
      // 07:00 UTC is 20:00 in Auckland (NZDT), which the text states: a true UTC time
      [...event('quiz', '20261113T070000Z', 'Quiz night', [library]), 'DESCRIPTION:Quiz from 8pm.'],
    ],
  );
  const row = previewed({ url: 'https://walks.example/club.ics', body: walks, type: 'text/calendar' }, 'Auckland, New Zealand', 25, NOW);

  it('reads "19:00Z" with "Meet at 7pm" as 19:00 in Auckland', () => {
    expect(row('Evening walk')).toMatchObject({ timezone: 'Pacific/Auckland', start: new Date('2026-11-12T06:00:00Z') });
  });

  it('keeps a UTC time whose Auckland clock the text states', () => {
    expect(row('Quiz night')).toMatchObject({ timezone: 'Pacific/Auckland', start: new Date('2026-11-13T07:00:00Z') });
  });
});

// Lesson from a real Copenhagen community calendar: its events are all-day entries, and the description
// gives the hours ("15:00–18:00. Danish-language event.").
describe('ingest: an all-day entry whose description gives its hours', () => {
  const day = (uid: string, date: string, summary: string, description: string) => [
    `UID:${uid}@cph.example`,
    'DTSTAMP:20260801T000000Z',
    `DTSTART;VALUE=DATE:${date}`,
    `SUMMARY:${summary}`,
    'LOCATION:Holte Bibliotek\\, Kongevejen 98\\, 2840 Holte\\, Denmark',
    `DESCRIPTION:${description}`,
  ];
  const cph = calendar(
    ['X-WR-CALNAME:Community events', 'X-WR-TIMEZONE:Europe/Copenhagen'],
    [
      day('holte', '20261010', 'Security meetup in Holte', '15:00–18:00. Danish-language event.'),
      day('fair', '20261011', 'Job fair', 'Stands 10:00-12:00\\, talks 13:00-16:00.'),
    ],
  );
  const row = previewed({ url: 'https://cph.example/events.ics', body: cph, type: 'text/calendar' }, 'Copenhagen, Denmark', 50, NOW);

  it('shows those hours of the day', () => {
    expect(row('Security meetup in Holte')).toMatchObject({
      allDay: false,
      start: new Date('2026-10-10T13:00:00Z'),
      end: new Date('2026-10-10T16:00:00Z'),
    });
  });

  it('leaves a day with a programme of several ranges all day', () => {
    expect(row('Job fair')).toMatchObject({ allDay: true });
  });
});
