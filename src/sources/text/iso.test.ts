import { describe, expect, it } from 'vitest';
import { allDaySpan, resolveIsoDate } from './iso.js';

describe('resolveIsoDate', () => {
  it.each([
    // text, zone, instant, allDay, floating
    ['2021-04-28T18:30-06:00', null, '2021-04-29T00:30:00.000Z', false, false], // no seconds
    ['2026-03-29T19:30:00+0100', null, '2026-03-29T18:30:00.000Z', false, false], // offset without colon
    ['2026-03-29T19:30:00+01', null, '2026-03-29T18:30:00.000Z', false, false], // hour-only offset
    ['2026-03-29T19:30:00.250Z', null, '2026-03-29T19:30:00.250Z', false, false],
    ['2026-03-29 19:30:00Z', null, '2026-03-29T19:30:00.000Z', false, false], // space for T
    ['2026-03-29T19:30', null, '2026-03-29T19:30:00.000Z', false, true], // no offset, no zone → floating
    ['2026-03-29T19:30', 'Europe/Berlin', '2026-03-29T17:30:00.000Z', false, false], // CEST starts that night
    ['2026-03-29', null, '2026-03-29T00:00:00.000Z', true, true],
    ['2026-03-29', 'Europe/London', '2026-03-29T00:00:00.000Z', true, false],
    ['2026-07-01', 'Europe/London', '2026-06-30T23:00:00.000Z', true, false],
    ['20060415T190000Z', null, '2006-04-15T19:00:00.000Z', false, false], // xCal basic form
    ['20060415T190000', 'America/Los_Angeles', '2006-04-16T02:00:00.000Z', false, false],
    ['  2026-03-29T19:30:00Z \n', null, '2026-03-29T19:30:00.000Z', false, false],
  ])('%s in %s', (text, zone, instant, allDay, floating) => {
    expect(resolveIsoDate(text, zone)).toEqual({ date: new Date(instant), allDay, floating });
  });

  it.each(['', 'tomorrow', '2026-02-30', '2026-13-01', '2026-03-29T25:00', '2026-03-29T19:30+25:00', 'Sat, 19 Mar 2022'])(
    'rejects %j',
    (text) => {
      expect(resolveIsoDate(text, null)).toBeNull();
    },
  );

  it('reads a bare end date as the last day, ending at the start of the next one', () => {
    expect(resolveIsoDate('2013-10-13', 'Europe/London', { dateOnlyIsLastDay: true })?.date.toISOString()).toBe('2013-10-13T23:00:00.000Z');
    expect(resolveIsoDate('2025-12-31', null, { dateOnlyIsLastDay: true })?.date.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('allDaySpan: all-day dates a CMS wrote as date-times', () => {
  it.each([
    // start, end, zone, all-day start, exclusive end (null: not such a pair)
    ['2026-08-06T00:00:00+02:00', '2026-08-15T00:00:00+02:00', null, '2026-08-06T00:00:00.000Z', '2026-08-15T00:00:00.000Z'],
    ['2022-02-27T00:00:00Z', '2022-05-30T00:00:00Z', 'Europe/Paris', '2022-02-26T23:00:00.000Z', '2022-05-29T22:00:00.000Z'],
    ['2026-08-06T00:00', '2026-08-06T23:59:59', null, '2026-08-06T00:00:00.000Z', '2026-08-07T00:00:00.000Z'],
    ['2026-08-29', '2026-08-29T07:00:00.0000000Z', null, '2026-08-29T00:00:00.000Z', '2026-08-30T00:00:00.000Z'],
    ['2026-08-29', '2026-08-30T18:00:00-04:00', 'America/New_York', '2026-08-29T04:00:00.000Z', '2026-08-31T04:00:00.000Z'],
    // The Events Calendar's 03:00 day cutoff: 16 to 25 March, all day
    [
      '2018-03-16T03:00:00-07:00',
      '2018-03-26T02:59:59-07:00',
      'America/Los_Angeles',
      '2018-03-16T07:00:00.000Z',
      '2018-03-26T07:00:00.000Z',
    ],
    ['2018-03-16T03:00:00-07:00', '2018-03-17T02:59:59-07:00', null, '2018-03-16T00:00:00.000Z', '2018-03-17T00:00:00.000Z'],
    ['2018-03-16T03:00:00-07:00', '2018-03-16T05:00:00-07:00', null, null, null], // an early-morning event
    ['2026-08-06T00:00:00+02:00', '2026-08-06T02:00:00+02:00', null, null, null], // a timed night event
    ['2026-08-06T19:00:00+02:00', '2026-08-08T00:00:00+02:00', null, null, null], // starts at 19:00
    ['2026-08-06T00:00:00+02:00', '2026-08-06T00:00:00+02:00', null, null, null], // no span
    ['2026-08-06', '2026-08-08', null, null, null], // dates already: read as dates elsewhere
  ])('%s → %s in %s', (start, end, zone, allDayStart, endAt) => {
    const span = allDaySpan(start, end, zone);
    expect(span && [span.start.date.toISOString(), span.end.date.toISOString(), span.start.allDay]).toEqual(
      allDayStart === null ? null : [allDayStart, endAt, true],
    );
  });
});
