/**
 * Shapes real calendars have that ical.js alone reads wrongly, on synthetic
 * calendars of our own (an invented choir's rehearsals): lines outside the
 * VCALENDAR, EXDATE and RECURRENCE-ID written on another clock than the
 * series, and dates written without VALUE=DATE.
 */
import { describe, expect, it } from 'vitest';
import type { ParseOutcome } from '../types.js';
import { CHUNKED_FROM } from './chunked.js';
import { parseIcal, parseIcalBounded } from './ical.js';
import { centralEuropeanVtimezone, context, parseOk } from './test-helpers.js';

const WIDE = context('2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z');

const calendar = (...body: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//choir//rehearsals//EN', ...body, 'END:VCALENDAR'];
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
const concert = vevent('UID:concert@choir.example', 'DTSTART:20220222T183000Z', 'SUMMARY:Spring concert', 'LOCATION:online');
const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

/** Enough rehearsals that parseIcalBounded reads the calendar in chunks. */
const many = Array.from({ length: CHUNKED_FROM + 1 }, (_, i) =>
  vevent(`UID:r${i}@choir.example`, `DTSTART:2022${String((i % 12) + 1).padStart(2, '0')}01T180000Z`, `SUMMARY:Rehearsal ${i}`),
).flat();

function titles(outcome: ParseOutcome): string[] {
  if (!outcome.ok) throw new Error(`expected a calendar, got: ${outcome.reason}`);
  return outcome.events.map((e) => e.title).filter((t) => !t.startsWith('Rehearsal'));
}

describe('lines outside BEGIN:VCALENDAR … END:VCALENDAR', () => {
  it.each([
    // [what, lines, titles read]
    [
      'a comment after END:VCALENDAR (Podio)',
      [...calendar(...concert), 'X-COMMENT:Cached from 2022-02-20 14:28:21 - new at most every 1800sec.'],
      ['Spring concert'],
    ],
    [
      'a server warning before BEGIN:VCALENDAR',
      ['Warning: Undefined variable $tz in feed.php on line 12', ...calendar(...concert)],
      ['Spring concert'],
    ],
    [
      'a line between two concatenated calendars',
      [...calendar(...concert), 'X-COMMENT:next', ...calendar(...vevent('UID:x', 'DTSTART:20220301T180000Z', 'SUMMARY:Summer concert'))],
      ['Spring concert', 'Summer concert'],
    ],
    [
      'an END:VCALENDAR before the last event',
      [
        ...calendar(...concert),
        'X-COMMENT:stray',
        ...vevent('UID:y', 'DTSTART:20220301T180000Z', 'SUMMARY:Summer concert'),
        'END:VCALENDAR',
      ],
      ['Spring concert', 'Summer concert'],
    ],
  ])('reads the calendar with %s', async (_what, lines, expected) => {
    expect(titles(parseIcal(crlf(lines), WIDE))).toEqual(expected);
    // The chunked reader of large calendars reads it the same way.
    const header = lines.indexOf('PRODID:-//choir//rehearsals//EN') + 1;
    const large = crlf([...lines.slice(0, header), ...many, ...lines.slice(header)]);
    expect(titles(await parseIcalBounded(large, WIDE))).toEqual(expected);
  });

  it('reads the event itself (22 Feb 2022 19:30 CET, online)', () => {
    const text = crlf([...calendar(...concert), 'X-COMMENT:Cached from 2022-02-20 14:28:21 - new at most every 1800sec.']);
    expect(parseOk(text, WIDE).views).toMatchObject([{ start: '2022-02-22T18:30:00.000Z', locationText: 'online' }]);
  });
});

/** A weekly 07:00 rehearsal, in TZID=Europe/Berlin without a VTIMEZONE unless `zone` says otherwise. */
function weekly(extra: string[], zone = 'TZID=Europe/Berlin', overrides: string[][] = []): string {
  const series = vevent(
    'UID:weekly@choir.example',
    'SUMMARY:Rehearsal',
    `DTSTART;${zone}:20140630T070000`,
    `DTEND;${zone}:20140630T120000`,
    'RRULE:FREQ=WEEKLY;COUNT=4',
    ...extra,
  );
  const moved = overrides.flatMap((o) => vevent('UID:weekly@choir.example', 'SUMMARY:Rehearsal', ...o));
  return crlf(calendar(...series, ...moved, ...(zone.includes('Choir Time') ? CHOIR_TIME : [])));
}

const CHOIR_TIME = centralEuropeanVtimezone('Choir Time');

const starts = (text: string) => parseOk(text, WIDE).views.map((v) => `${v.start.slice(5, 16)} ${v.status ?? '-'}`);
// 07:00 CEST is 05:00Z
const ALL = ['06-30T05:00 -', '07-07T05:00 -', '07-14T05:00 -', '07-21T05:00 -'];
const without = (gone: string) => ALL.filter((s) => !s.startsWith(gone));

describe('EXDATE on another clock than the series', () => {
  it.each([
    // [what, series, occurrences left]
    ['in UTC (the same instant)', weekly(['EXDATE:20140707T050000Z']), without('07-07')],
    [
      'in UTC, two in one line',
      weekly(['EXDATE:20140707T050000Z,20140721T050000Z']),
      without('07-07').filter((s) => !s.startsWith('07-21')),
    ],
    ['in UTC at the same wall clock but another instant', weekly(['EXDATE:20140707T070000Z']), ALL],
    ['in the series zone', weekly(['EXDATE;TZID=Europe/Berlin:20140707T070000']), without('07-07')],
    ['floating (its wall clock)', weekly(['EXDATE:20140707T070000']), without('07-07')],
    ['a date (the whole day)', weekly(['EXDATE;VALUE=DATE:20140707']), without('07-07')],
    ['on DTSTART, in UTC', weekly(['EXDATE:20140630T050000Z']), without('06-30')],
    ['in UTC, with a VTIMEZONE for the series', weekly(['EXDATE:20140707T050000Z'], 'TZID=Choir Time'), without('07-07')],
    // A floating series (no zone anywhere) is read as UTC wall clock: 07:00 is 07:00Z.
    [
      'in UTC, series floating: wall clocks compared',
      weekly(['EXDATE:20140707T070000Z'], 'X-NOTE=floating'),
      ['06-30T07:00 -', '07-14T07:00 -', '07-21T07:00 -'],
    ],
  ])('%s', (_what, text, left) => {
    expect(starts(text)).toEqual(left);
  });

  it('in UTC, against America/Chicago (ical4j EXDATE-IN-UTC)', () => {
    const text = crlf(
      calendar(
        ...vevent(
          'UID:chicago@choir.example',
          'SUMMARY:Early warm-up',
          'DTSTART;TZID=America/Chicago:20070508T051500',
          'DURATION:PT1H',
          'RRULE:FREQ=WEEKLY;COUNT=4',
          'EXDATE:20070515T101500Z,20070522T101500Z',
        ),
      ),
    );
    expect(parseOk(text, WIDE).views.map((v) => v.start)).toEqual(['2007-05-08T10:15:00.000Z', '2007-05-29T10:15:00.000Z']);
  });
});

describe('RECURRENCE-ID on another clock than the series', () => {
  const moved = [
    'RECURRENCE-ID:20140707T050000Z',
    'DTSTART;TZID=Europe/Berlin:20140707T090000',
    'DTEND;TZID=Europe/Berlin:20140707T140000',
  ];
  const cancelled = ['RECURRENCE-ID:20140714T050000Z', 'DTSTART;TZID=Europe/Berlin:20140714T070000', 'STATUS:CANCELLED'];

  it('moves and cancels the occurrences it names by instant (khal)', () => {
    const views = parseOk(weekly([], 'TZID=Europe/Berlin', [moved, cancelled]), WIDE).views;
    expect(views.map((v) => [v.uid, v.start, v.end, v.status])).toEqual([
      ['weekly@choir.example#2014-06-30T05:00:00.000Z', '2014-06-30T05:00:00.000Z', '2014-06-30T10:00:00.000Z', null],
      ['weekly@choir.example#2014-07-07T05:00:00.000Z', '2014-07-07T07:00:00.000Z', '2014-07-07T12:00:00.000Z', 'rescheduled'],
      ['weekly@choir.example#2014-07-14T05:00:00.000Z', '2014-07-14T05:00:00.000Z', null, 'cancelled'],
      ['weekly@choir.example#2014-07-21T05:00:00.000Z', '2014-07-21T05:00:00.000Z', '2014-07-21T10:00:00.000Z', null],
    ]);
  });

  it('keeps matching by the zone the file defines (VTIMEZONE)', () => {
    const zoned = [moved, cancelled].map((o) => o.map((l) => l.replace('TZID=Europe/Berlin', 'TZID=Choir Time')));
    expect(starts(weekly([], 'TZID=Choir Time', zoned))).toEqual([
      '06-30T05:00 -',
      '07-07T07:00 rescheduled',
      '07-14T05:00 cancelled',
      '07-21T05:00 -',
    ]);
  });

  it('does not match an override at another instant', () => {
    const elsewhere = ['RECURRENCE-ID:20140707T070000Z', 'DTSTART;TZID=Europe/Berlin:20140707T090000'];
    expect(starts(weekly([], 'TZID=Europe/Berlin', [elsewhere]))).toEqual(ALL);
  });

  it('moves a whole-day occurrence named by a date-time (Exchange)', () => {
    const text = crlf(
      calendar(
        ...vevent('UID:day@choir.example', 'SUMMARY:Retreat', 'DTSTART;VALUE=DATE:20260219', 'RRULE:FREQ=WEEKLY;COUNT=3'),
        ...vevent(
          'UID:day@choir.example',
          'SUMMARY:Retreat',
          'RECURRENCE-ID;TZID=Europe/Berlin:20260226T000000',
          'DTSTART;VALUE=DATE:20260227',
        ),
      ),
    );
    expect(parseOk(text, WIDE).views.map((v) => v.start.slice(0, 10))).toEqual(['2026-02-19', '2026-02-27', '2026-03-05']);
  });
});

describe('dates written without VALUE=DATE (Apple iCal 1.0)', () => {
  it.each([
    // [what, lines, start, end]
    ['DTSTART and DTEND', ['DTSTART:20021028', 'DTEND:20021029'], '2002-10-28T00:00:00.000Z', '2002-10-29T00:00:00.000Z'],
    ['DTSTART only', ['DTSTART:20021028'], '2002-10-28T00:00:00.000Z', '2002-10-29T00:00:00.000Z'],
    ['with a TZID', ['DTSTART;TZID=America/New_York:20021028'], '2002-10-28T05:00:00.000Z', '2002-10-29T05:00:00.000Z'],
  ])('reads %s as an all-day event', (_what, lines, start, end) => {
    const text = crlf(calendar(...vevent('UID:d@choir.example', 'SUMMARY:Open day', ...lines)));
    expect(parseOk(text, WIDE)).toMatchObject({ views: [{ start, end, allDay: true }], skipped: [] });
  });

  it('reads an EXDATE list of such dates', () => {
    const text = crlf(
      calendar(
        ...vevent('UID:e@choir.example', 'SUMMARY:Open day', 'DTSTART:20021028', 'RRULE:FREQ=DAILY;COUNT=4', 'EXDATE:20021029,20021030'),
      ),
    );
    expect(parseOk(text, WIDE).views.map((v) => v.start.slice(0, 10))).toEqual(['2002-10-28', '2002-10-31']);
  });
});

describe('one UID for every talk of a conference schedule', () => {
  it('keeps parallel talks apart, and one talk listed twice as one id', () => {
    const talk = (summary: string, start: string, room: string) =>
      vevent('UID:46939', `DTSTART:${start}`, 'DURATION:PT45M', `SUMMARY:${summary}`, `LOCATION:${room}`);
    const text = crlf(
      calendar(
        ...talk('Digital forensics', '20240915T110000Z', 'MOV'),
        ...talk('Web app scanning', '20240915T110000Z', 'XOR'),
        ...talk('Closing', '20240915T160000Z', 'MOV'),
        ...talk('Digital forensics', '20240915T110000Z', 'MOV'),
      ),
    );
    const events = parseOk(text, WIDE).events;
    expect(events.map((e) => e.title)).toEqual(['Digital forensics', 'Web app scanning', 'Closing', 'Digital forensics']);
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
    expect(events[3]!.uid).toBe(events[0]!.uid);
    expect(events[2]!.uid).toBe('46939#2024-09-15T16:00:00.000Z');
  });
});

describe('entries of a personal calendar', () => {
  it('skips private entries and placeholder titles, saying why, and keeps public events', () => {
    const text = crlf(
      calendar(
        ...vevent('UID:w@me.example', 'DTSTART:20240902T120000Z', 'SUMMARY:Work', 'CLASS:PRIVATE', 'RRULE:FREQ=WEEKLY;BYDAY=MO,TU'),
        ...vevent('UID:d@me.example', 'DTSTART:20240903T180000Z', 'SUMMARY:Dentist', 'CLASS:CONFIDENTIAL'),
        ...vevent('UID:c@me.example', 'DTSTART:20240904T180000Z', 'SUMMARY:Club night', 'CLASS:PUBLIC'),
        ...vevent('UID:p@me.example', 'DTSTART:20240905T180000Z', 'SUMMARY:Private Event: David L.'),
        ...vevent('UID:n@me.example', 'DTSTART:20240906T180000Z', 'SUMMARY:no event title'),
        ...vevent('UID:b@me.example', 'DTSTART:20240907T180000Z', 'SUMMARY:Busy'),
        ...vevent('UID:t@me.example', 'DTSTART:20240908T180000Z', 'SUMMARY:Private equity networking breakfast'),
        ...vevent('UID:s@me.example', 'DTSTART:20240909T120000Z', 'SUMMARY:Lunch time Event Spare Slot'),
        ...vevent('UID:r@me.example', 'DTSTART:20240909T080000Z', 'SUMMARY:Workshop Room Setup'),
        ...vevent('UID:k@me.example', 'DTSTART:20240909T180000Z', 'SUMMARY:Kubernetes setup workshop'),
        ...vevent(
          'UID:l@me.example',
          'DTSTART:20240910T120000Z',
          'SUMMARY:Town Library',
          'DESCRIPTION:Help available:\\nMondays: 1–5pm\\nTuesdays: 9am–1pm\\nWednesdays: 1–8pm\\nFriday: Closed',
        ),
        ...vevent('UID:q@me.example', 'DTSTART:20240910T180000Z', 'SUMMARY:Quiz', 'DESCRIPTION:Monday: doors 7pm\\nTeams of four.'),
        ...vevent('UID:pd@me.example', 'DTSTART:20240911T120000Z', 'SUMMARY:Presence at Work Award – Payment Date'),
        ...vevent('UID:cfp@me.example', 'DTSTART:20240912T120000Z', 'SUMMARY:CFP deadline'),
        ...vevent('UID:t1@me.example', 'DTSTART:20240913T120000Z', 'SUMMARY:Test'),
        ...vevent('UID:t2@me.example', 'DTSTART:20240913T130000Z', 'SUMMARY:Test 2'),
        ...vevent('UID:t3@me.example', 'DTSTART:20240913T180000Z', 'SUMMARY:Test-driven development dojo'),
        // A scraped agenda's entry for an empty period (lesson from a real municipal culture calendar)
        ...vevent(
          'UID:e@me.example',
          'DTSTART:20240914T090000Z',
          'SUMMARY:Agenda subscription',
          'DESCRIPTION:Calendario sincronizado. Sin eventos planificados.',
        ),
        ...vevent(
          'UID:e2@me.example',
          'DTSTART:20240914T180000Z',
          'SUMMARY:Film night',
          'DESCRIPTION:Last film of the year: no events in December.',
        ),
        // A union hall's closures and an exhibition venue's build-up and break-down days (lessons from real calendars)
        ...vevent('UID:pc@me.example', 'DTSTART:20240915T120000Z', 'SUMMARY:Labor Day – Plant Closed'),
        ...vevent('UID:lc@me.example', 'DTSTART:20240915T130000Z', 'SUMMARY:Library closed'),
        ...vevent('UID:cx@me.example', 'DTSTART:20240915T140000Z', 'SUMMARY:Closed for Christmas'),
        ...vevent('UID:rc@me.example', 'DTSTART:20240915T150000Z', 'SUMMARY:Soldering workshop – Registration closed'),
        ...vevent('UID:mo@me.example', 'DTSTART:20240916T120000Z', 'SUMMARY:MONTAJE - Diapaglif'),
        ...vevent('UID:de@me.example', 'DTSTART:20240917T120000Z', 'SUMMARY:DESMONTAJE - Diapaglif'),
        ...vevent('UID:cd@me.example', 'DTSTART:20240918T180000Z', 'SUMMARY:Closed Loop: a talk on circular design'),
      ),
    );
    const parsed = parseOk(text, WIDE);
    expect(parsed.events.map((e) => e.title)).toEqual([
      'Club night',
      'Private equity networking breakfast',
      'Kubernetes setup workshop',
      'Quiz',
      'Test-driven development dojo',
      'Film night',
      'Soldering workshop – Registration closed',
      'Closed Loop: a talk on circular design',
    ]);
    expect(parsed.skipped).toEqual([
      { title: 'Work', reason: expect.stringContaining('marked private') },
      { title: 'Dentist', reason: expect.stringContaining('marked private') },
      { title: 'Private Event: David L.', reason: expect.stringContaining('says it is private') },
      { title: 'no event title', reason: expect.stringContaining('no title of its own') },
      { title: 'Busy', reason: expect.stringContaining('no title of its own') },
      { title: 'Lunch time Event Spare Slot', reason: expect.stringContaining('a slot of the schedule') },
      { title: 'Workshop Room Setup', reason: expect.stringContaining('a slot of the schedule') },
      { title: 'Town Library', reason: 'it lists opening hours, not an event' },
      { title: 'Presence at Work Award – Payment Date', reason: expect.stringContaining('a date to keep') },
      { title: 'CFP deadline', reason: expect.stringContaining('a date to keep') },
      { title: 'Test', reason: expect.stringContaining('a test entry') },
      { title: 'Test 2', reason: expect.stringContaining('a test entry') },
      { title: 'Agenda subscription', reason: expect.stringContaining('there are no events') },
      { title: 'Labor Day – Plant Closed', reason: expect.stringContaining('the place is closed') },
      { title: 'Library closed', reason: expect.stringContaining('the place is closed') },
      { title: 'Closed for Christmas', reason: expect.stringContaining('the place is closed') },
      { title: 'MONTAJE - Diapaglif', reason: expect.stringContaining('a slot of the schedule') },
      { title: 'DESMONTAJE - Diapaglif', reason: expect.stringContaining('a slot of the schedule') },
    ]);
  });
});

describe('a calendar whose header was lost', () => {
  it('reads a feed that starts at BEGIN:VEVENT, with or without its END:VCALENDAR', async () => {
    const events = vevent('UID:h@club.example', 'DTSTART:20240910T180000Z', 'SUMMARY:Hack night');
    expect(titles(await parseIcalBounded(crlf([...events, 'END:VCALENDAR']), WIDE))).toEqual(['Hack night']);
    expect(titles(await parseIcalBounded(crlf(events), WIDE))).toEqual(['Hack night']);
  });
});

describe('local times written with a false "Z"', () => {
  const agenda = (...events: string[][]) =>
    crlf(calendar('X-WR-TIMEZONE:Europe/Berlin', ...events.flatMap((lines, i) => vevent(`UID:r${i}@choir.example`, ...lines))));
  const read = (...events: string[][]) =>
    parseOk(agenda(...events), WIDE).views.map((v) => ({ title: v.title, start: v.start, floating: v.floating }));

  it('reads a UTC time whose clock the text states, and not the calendar zone’s, as the local clock', () => {
    expect(
      read(
        // 19:00Z is 20:00 in Berlin; the description says 19:00: the "Z" is false
        ['DTSTART:20261119T190000Z', 'SUMMARY:Rehearsal', 'DESCRIPTION:Beginn: 19:00 Uhr'],
        ['DTSTART:20261126T180000Z', 'SUMMARY:Concert', 'DESCRIPTION:Doors 6pm\\, music till late'],
      ),
    ).toEqual([
      { title: 'Rehearsal', start: '2026-11-19T19:00:00.000Z', floating: true },
      { title: 'Concert', start: '2026-11-26T18:00:00.000Z', floating: true },
    ]);
  });

  it('keeps a UTC time that the text states in the calendar’s zone too, names UTC, or does not state at all', () => {
    expect(
      read(
        // 18:00Z is 19:00 in Berlin, which the text states: doors at 18:00 are another time
        ['DTSTART:20261119T180000Z', 'SUMMARY:Rehearsal', 'DESCRIPTION:Einlass 18:00\\, Beginn 19:00'],
        ['DTSTART:20261120T180000Z', 'SUMMARY:Call', 'DESCRIPTION:18:00 UTC'],
        ['DTSTART:20261121T180000Z', 'SUMMARY:Social', 'DESCRIPTION:Bring snacks'],
      ).map((e) => e.floating),
    ).toEqual([false, false, false]);
  });
});

describe('an event URL a CMS percent-encoded whole', () => {
  it('is decoded, not resolved against the feed', () => {
    const text = crlf(
      calendar(
        ...vevent('UID:p@choir.example', 'DTSTART:20261119T190000Z', 'SUMMARY:Stammtisch', 'URL:https%3A%2F%2Fpoly.example.de%2Ftreffen'),
      ),
    );
    expect(parseOk(text, WIDE).views.map((v) => v.url)).toEqual(['https://poly.example.de/treffen']);
  });
});

// Lessons from two real calendars: a classical-music calendar wrote its concerts' days as "T000000" to "T000000" (shown
// as concerts at 00:00), and a church wrote "DESCRIPTION=…" with "=" for ":" (ical.js refused both weekly services).
describe('days written as midnight to midnight, and "=" for ":"', () => {
  const zoned = (...lines: string[]) =>
    crlf(calendar('X-WR-TIMEZONE:America/Chicago', ...vevent('UID:c@choir.example', 'SUMMARY:Concert', ...lines)));

  it.each([
    ['midnight to the next midnight', ['DTSTART:20260925T000000', 'DTEND:20260926T000000'], '2026-09-25', '2026-09-26'],
    [
      'midnight to midnight two days on',
      ['DTSTART;TZID=America/Chicago:20260925T000000', 'DTEND;TZID=America/Chicago:20260927T000000'],
      '2026-09-25',
      '2026-09-27',
    ],
    ['zero length at midnight', ['DTSTART:20261018T000000', 'DTEND:20261018T000000'], '2026-10-18', '2026-10-19'],
    ['midnight to 23:59', ['DTSTART:20261018T000000', 'DTEND:20261018T235900'], '2026-10-18', '2026-10-19'],
    // 25Live and Trumba end whole days at their grid's last slot: a six-day spring break
    ['midnight to 23:30 (25Live)', ['DTSTART:20270412T000000', 'DTEND:20270417T233000'], '2027-04-12', '2027-04-18'],
  ])('reads %s as the days spanned', (_, lines, start, end) => {
    const [e] = parseOk(zoned(...lines), WIDE).events;
    expect([e!.allDay, e!.start.toISOString().slice(0, 10), e!.end?.toISOString().slice(0, 10)]).toEqual([true, start, end]);
  });

  it.each([
    ['a UTC midnight (an evening in America)', ['DTSTART:20260925T000000Z', 'DTEND:20260926T000000Z']],
    ['a midnight start that ends at 02:00', ['DTSTART:20260925T000000', 'DTEND:20260925T020000']],
    ['a midnight start that ends at 23:00', ['DTSTART:20260925T000000', 'DTEND:20260925T230000']],
    ['a midnight start with no end', ['DTSTART:20260925T000000']],
    ['a zero-length evening', ['DTSTART:20260908T190000', 'DTEND:20260908T190000']],
  ])('keeps %s timed', (_, lines) => {
    expect(parseOk(zoned(...lines), WIDE).events[0]!.allDay).toBe(false);
  });

  it('reads a text property written with "=" for ":"', () => {
    const [e] = parseOk(zoned('DTSTART:20260921T093000', 'DESCRIPTION=Culto de Adoración en la Iglesia.'), WIDE).events;
    expect(e!.description).toBe('Culto de Adoración en la Iglesia.');
  });
});
