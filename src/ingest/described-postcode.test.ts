import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real fell-race league's calendar, on a synthetic one of our own: LOCATION is empty, and each race
// gives its venue on a line of its own, ending in a full UK postcode, some with a "<br/>Contact …" after it. All
// 17 races had been skipped as "names no place (see --place)", though a place set for the feed would put every
// race in one village.

const NOW = new Date('2026-06-01T00:00:00Z');

const race = (uid: string, day: string, summary: string, description: string) => [
  `UID:${uid}@fell.example`,
  'DTSTAMP:20260101T000000Z',
  `DTSTART;TZID=Europe/London:202607${day}T140000`,
  `SUMMARY:${summary}`,
  `DESCRIPTION:${description}`,
];

const FEED = calendar(
  ['X-WR-CALNAME:Fell league'],
  [
    race(
      'r1',
      '04',
      'Hillside Dash (Fell League)',
      "Hillside Dash\\n2.0 miles / 600'\\nThe Show Field\\, Gargrave\\, North Yorkshire\\, BD23 3QE\\nSeniors",
    ),
    race(
      'r2',
      '08',
      'Moor Challenge (Fell League)',
      "Moor Challenge\\n6.0 miles / 1175'\\nKings Arms\\, Silsden\\, BD20 0JY. <br/>Contact Jo Bloggs - 07700 900123",
    ),
    race('r3', '11', 'Far Fell (Fell League)', "Far Fell\\n3.0 miles / 900'\\nVillage Green\\, Kirkby Stephen\\, CA17 4QZ"),
    race('r4', '12', 'Sat nav note', 'Parking at the school\\, BD23 3QE is the postcode for sat navs'),
    race('r5', '18', 'Committee meeting', 'Agenda to follow\\nContact: Jo Bloggs\\, 3 Moor Lane\\, Skipton\\, BD23 1AA'),
  ],
);

describe('ingest: a one-line address ending in a UK postcode in the description', () => {
  const row = previewed({ url: 'https://fell.example/races.ics', body: FEED, type: 'text/calendar' }, 'Skipton, UK', 30, NOW);

  it('places a race at its address and posts it', () => {
    expect(row('Hillside Dash (Fell League)')).toMatchObject({
      verdict: 'post',
      placedBy: 'address',
      locality: 'Gargrave',
      address: 'The Show Field, Gargrave, North Yorkshire, BD23 3QE',
    });
    expect(row('Moor Challenge (Fell League)')).toMatchObject({ verdict: 'post', placedBy: 'address', locality: 'Silsden' });
  });

  it('measures a far race from its own address', () => {
    expect(row('Far Fell (Fell League)')).toMatchObject({ verdict: 'skip', reason: 'outside-region', placedBy: 'address' });
  });

  it('does not read a sentence, or the organiser’s contact address, as the place', () => {
    expect(row('Sat nav note')).toMatchObject({ verdict: 'skip', lat: null });
    expect(row('Committee meeting')).toMatchObject({ verdict: 'skip', lat: null });
  });
});
