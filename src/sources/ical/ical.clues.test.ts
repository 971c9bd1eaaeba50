/** Location and calendar clues from our own synthetic fixtures (modelled on Meetup, Upcoming/VVENUE). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcal } from './ical.js';
import { context, parseOk } from './test-helpers.js';

const own = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const NOW = context('2027-01-01T00:00:00Z', '2027-12-31T00:00:00Z', 'https://www.meetup.com/brumtown-coders/events/ical/');

describe('current Meetup group iCal: venue only in the description', () => {
  const out = parseOk(own('meetup-description-venue.ics'), NOW);
  const byTitle = (t: string) => out.views.find((e) => e.title === t)!;

  it('reads the calendar headers as feed facts', () => {
    expect(out.feed).toEqual({
      name: 'Events - Brumtown Coders',
      description: 'Monthly talks for coders in Brumtown',
      timezone: 'Europe/London',
    });
  });

  it.each([
    ['Lightning talks night', 'The Copper Kettle', 'The Copper Kettle, 12 Mill Lane, Birmingham', null, 300000001],
    ['Book club', 'Ledger Library', 'Ledger Library, 4 Quay Street, Birmingham', null, 300000003],
    ['Remote pairing hour', null, null, 'online', 300000002],
  ])('%s → venue %j at %j, attendance %j, page linked', (title, venue, address, mode, id) => {
    const e = byTitle(title);
    expect(e.venueName).toBe(venue);
    expect(e.locationText).toBe(address);
    expect(e.attendanceMode).toBe(mode);
    const page = `https://www.meetup.com/brumtown-coders/events/${id}/`;
    expect(e.url).toBe(page);
    expect(e.links).toContain(page);
  });

  it('a LOCATION, when given, wins over the description line', () => {
    const text = own('meetup-description-venue.ics').replace('SUMMARY:Book club', 'SUMMARY:Book club\r\nLOCATION:Other Hall\\, Coventry');
    const e = parseOk(text, NOW).views.find((v) => v.title === 'Book club')!;
    expect([e.venueName, e.locationText]).toEqual([null, 'Other Hall, Coventry']);
  });
});

it('reads a venue line after a list bullet, and Finnish and Japanese venue labels', () => {
  const event = (uid: string, description: string) =>
    `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270301T180000Z\r\nSUMMARY:${uid}\r\nDESCRIPTION:${description}\r\nEND:VEVENT\r\n`;
  const text =
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\n' +
    event('bullet', 'Agenda\\n• Location: Quay Rooms\\, 8 Dock Rd\\, Hull') +
    event('finnish', 'Kevätmiitti\\nPaikka: Kirjasto Kuusi\\, Helsinki') +
    event('japanese', '概要\\n会場：サンプルホール\\, 東京都渋谷区神南9-8-7') +
    'END:VCALENDAR\r\n';
  const venues = parseOk(text, NOW).views.map((v) => [v.title, v.venueName, v.locationText]);
  expect(venues).toEqual([
    ['bullet', 'Quay Rooms', 'Quay Rooms, 8 Dock Rd, Hull'],
    ['finnish', 'Kirjasto Kuusi', 'Kirjasto Kuusi, Helsinki'],
    ['japanese', 'サンプルホール', 'サンプルホール, 東京都渋谷区神南9-8-7'],
  ]);
});

describe('VVENUE components', () => {
  const out = parseOk(own('vvenue.ics'), NOW);

  it('fill venue, full address, locality, region, postcode, country and coordinates', () => {
    const e = out.views.find((v) => v.title === 'Solder night')!;
    expect(e).toMatchObject({
      venueName: 'Workbench Hall',
      locationText: 'Workbench Hall, Room 205, 400 SE Alder Street, Portland, Oregon, 97214, United States',
      locality: 'Portland',
      region: 'Oregon',
      postalCode: '97214',
      country: 'United States',
      lat: 45.5172,
      lon: -122.6601,
    });
  });

  it('CITY stands for LOCALITY; a venue without GEO leaves coordinates empty', () => {
    const e = out.views.find((v) => v.title === 'Annex open day')!;
    expect(e).toMatchObject({ venueName: 'Annex', locality: 'Salem', region: 'OR', lat: null, lon: null });
    expect(e.locationText).toBe('Annex, Salem, OR');
  });

  it('a calendar without X-WR-CALDESC or X-WR-TIMEZONE states null for them', () => {
    expect(out.feed).toEqual({ name: 'Riverside Makers', description: null, timezone: null });
  });
});

describe('a recurring series entirely in the past', () => {
  it('is still counted: its last occurrence stands for it', () => {
    const out = parseOk(own('past-series.ics'), NOW);
    expect(out.views.map((e) => [e.title, e.start])).toEqual([
      ['Weekly sprint 2020', '2020-01-20T18:00:00.000Z'],
      ['Spring social', '2027-03-01T18:00:00.000Z'],
    ]);
  });
});

describe('broken and empty calendars', () => {
  it('a malformed file is a parse failure naming the first bad line', () => {
    const outcome = parseIcal(own('malformed.ics'), NOW);
    expect(outcome).toEqual({
      ok: false,
      reason: 'This is not a valid iCalendar file: line 5 is not an iCalendar line ("this line is garbage from a bad proxy").',
    });
  });

  // Lesson from a real calendar whose generator dropped some line breaks ("…worldwideBEGIN:VEVENT",
  // "END:VEVENTBEGIN:VEVENT"): every event was lost, and the admin was told "Cannot read properties of undefined".
  it('reads a calendar whose BEGIN and END lines are glued to the line before', () => {
    const glued = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'X-WR-CALDESC:Upcoming events worldwideBEGIN:VEVENT',
      'UID:a',
      'DTSTART:20270301T180000Z',
      'SUMMARY:Spring meetup',
      'END:VEVENTBEGIN:VEVENT',
      'UID:b',
      'DTSTART:20270401T180000Z',
      'SUMMARY:April meetup',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseOk(glued, NOW).views.map((e) => e.title)).toEqual(['Spring meetup', 'April meetup']);
  });

  it('says so in words when BEGIN and END lines do not pair up', () => {
    const outcome = parseIcal('BEGIN:VCALENDAR\r\nEND:VEVENT\r\nUID:b\r\nEND:VCALENDAR\r\n', NOW);
    expect(outcome).toEqual({ ok: false, reason: 'This is not a valid iCalendar file: its BEGIN: and END: lines do not pair up.' });
  });

  it('a valid calendar with no events is fine, with 0 events', () => {
    const out = parseOk(own('empty-calendar.ics'), NOW);
    expect([out.events.length, out.title]).toEqual([0, 'Nothing planned yet']);
  });
});

// Lesson from a real society's Jekyll feed: it names itself only with RFC 7986's NAME, and its preview was headed
// by its URL.
describe('a calendar named by RFC 7986 NAME and DESCRIPTION', () => {
  const text = (header: string[]) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Example//Site template//EN',
      ...header,
      'BEGIN:VEVENT',
      'UID:quiz@society.example',
      'DTSTART:20270315T193000',
      'SUMMARY:Society quiz',
      'DESCRIPTION:Teams of four.',
      'LOCATION:The Copper Kettle',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');

  it('takes NAME as its title and DESCRIPTION as its description, unescaped', () => {
    const out = parseOk(text(['NAME:Quayside Makers\\, Bristol', 'DESCRIPTION:Talks and socials for makers']), NOW);
    expect(out.title).toBe('Quayside Makers, Bristol');
    expect(out.feed).toEqual({ name: 'Quayside Makers, Bristol', description: 'Talks and socials for makers', timezone: null });
    expect(out.views[0]!.description).toBe('Teams of four.');
  });

  it('prefers X-WR-CALNAME and X-WR-CALDESC when a calendar writes both', () => {
    const header = ['NAME:Old name', 'X-WR-CALNAME:Quayside Makers', 'DESCRIPTION:Old words', 'X-WR-CALDESC:Makers in Bristol'];
    expect(parseOk(text(header), NOW).feed).toEqual({ name: 'Quayside Makers', description: 'Makers in Bristol', timezone: null });
  });
});
