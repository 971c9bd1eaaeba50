import { describe, expect, it } from 'vitest';
import { context, parseOk } from './test-helpers.js';

// Lesson from a real Romanian county's agenda: every concert is an all-day entry, and its description gives the
// day again with the time ("vineri, 9 octombrie 2026, ora 18:00").
const WIDE = context('2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z');

const day = (uid: string, dtstart: string, dtend: string, description: string) =>
  [
    'BEGIN:VEVENT',
    `UID:${uid}@agenda.example`,
    'DTSTAMP:20260901T000000Z',
    `DTSTART;VALUE=DATE:${dtstart}`,
    `DTEND;VALUE=DATE:${dtend}`,
    `SUMMARY:${uid}`,
    `DESCRIPTION:${description}`,
    'END:VEVENT',
  ].join('\r\n');

const calendar = (zone: string | null, ...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//EN', ...(zone ? [`X-WR-TIMEZONE:${zone}`] : []), ...events, 'END:VCALENDAR'].join(
    '\r\n',
  );

describe('an all-day entry whose description gives its day and time', () => {
  it.each([
    ['Romanian', 'vineri\\, 9 octombrie 2026\\, ora 18:00: concert de muzică sacră'],
    ['English', 'Friday 9 October 2026 at 6pm: sacred music'],
  ])('is that time of that day (%s)', (_language, description) => {
    const [e] = parseOk(calendar(null, day('concert', '20261009', '20261010', description)), WIDE).views;
    expect(e).toMatchObject({ start: '2026-10-09T18:00:00.000Z', allDay: false, floating: true });
  });

  it('is read in the calendar’s zone', () => {
    const [e] = parseOk(
      calendar('Europe/Bucharest', day('concert', '20261009', '20261010', 'Vineri, 9 octombrie 2026, ora 18:00')),
      WIDE,
    ).views;
    expect(e).toMatchObject({ start: '2026-10-09T15:00:00.000Z', allDay: false });
  });

  it.each([
    ['another day', '20261009', '20261010', 'Tickets on sale from 1 October 2026 at 10:00'],
    ['no time', '20261009', '20261010', 'Friday 9 October 2026: sacred music'],
    ['a festival of two days', '20261009', '20261011', '9 octombrie 2026, ora 18:00: deschiderea'],
  ])('stays all day when the description gives %s', (_what, start, end, description) => {
    const [e] = parseOk(calendar(null, day('concert', start, end, description)), WIDE).views;
    expect(e).toMatchObject({ allDay: true });
  });
});
