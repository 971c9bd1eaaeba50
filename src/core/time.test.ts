import { describe, expect, it } from 'vitest';
import {
  formatAllDay,
  formatInZone,
  instantAt,
  isoWithOffset,
  isValidTimezone,
  offsetMs,
  wallClock,
  wallClockAsUtc,
  type WallClock,
} from './time.js';

/** "2024-03-31T01:30" or "2019-01-17T18:00:25" → wall-clock fields. */
const at = (text: string): WallClock => {
  const [date, time = '00:00'] = text.split('T') as [string, string?];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(':').map(Number) as [number, number, number?];
  return { year, month, day, hour, minute, second };
};

describe('instantAt: ordinary times', () => {
  it.each([
    // [zone, wall clock, instant, why]
    ['Europe/London', '2026-01-15T18:30', '2026-01-15T18:30:00.000Z', 'GMT in winter'],
    ['Europe/London', '2026-07-15T18:30', '2026-07-15T17:30:00.000Z', 'BST in summer'],
    ['Europe/London', '2013-10-17T19:00', '2013-10-17T18:00:00.000Z', 'BST ten days before the change'],
    ['Europe/London', '2026-10-24T19:00', '2026-10-24T18:00:00.000Z', 'the evening before the clocks go back'],
    ['Europe/London', '2026-10-25T19:00', '2026-10-25T19:00:00.000Z', 'the evening after the clocks go back'],
    ['Europe/Berlin', '2019-01-17T18:00:25', '2019-01-17T17:00:25.000Z', 'seconds are kept'],
    ['Europe/Brussels', '2021-09-16T21:00', '2021-09-16T19:00:00.000Z', 'floating fixture read in Brussels'],
    ['America/New_York', '2013-03-14T18:30', '2013-03-14T22:30:00.000Z', 'EDT, four days after the change'],
    ['America/New_York', '2013-01-10T18:30', '2013-01-10T23:30:00.000Z', 'EST'],
    ['America/Detroit', '2012-12-04T19:00', '2012-12-05T00:00:00.000Z', 'the instant is on the next UTC day'],
    ['America/Chicago', '2026-03-08T12:00', '2026-03-08T17:00:00.000Z', 'noon on the day clocks went forward'],
    ['America/Denver', '2021-04-28T18:30', '2021-04-29T00:30:00.000Z', 'MDT'],
    ['America/Denver', '2021-01-28T18:30', '2021-01-29T01:30:00.000Z', 'MST'],
    ['Australia/Brisbane', '2022-04-21T17:00', '2022-04-21T07:00:00.000Z', 'no DST, +10'],
    ['Australia/Sydney', '2024-01-10T18:30', '2024-01-10T07:30:00.000Z', 'AEDT in the southern summer'],
    ['Africa/Nairobi', '2023-10-15T20:00', '2023-10-15T17:00:00.000Z', 'no DST, +3'],
    ['Asia/Kolkata', '2025-03-01T09:00', '2025-03-01T03:30:00.000Z', 'half-hour offset'],
    ['Pacific/Chatham', '2025-06-01T12:00', '2025-05-31T23:15:00.000Z', '+12:45'],
    ['UTC', '2025-06-01T00:00', '2025-06-01T00:00:00.000Z', 'UTC itself'],
  ])('%s %s → %s (%s)', (zone, wall, instant) => {
    expect(instantAt(at(wall), zone).toISOString()).toBe(instant);
  });

  it('accepts overflowing fields as ical.js gives them (24:00 is the next midnight)', () => {
    expect(instantAt(at('2024-07-15T24:00'), 'Europe/London').toISOString()).toBe('2024-07-15T23:00:00.000Z');
  });

  it('keeps milliseconds', () => {
    expect(instantAt({ ...at('2024-07-15T19:00'), millisecond: 250 }, 'Europe/London').toISOString()).toBe('2024-07-15T18:00:00.250Z');
  });
});

describe('instantAt: a time in the spring-forward gap moves forward by the gap (RFC 5545 §3.3.5)', () => {
  it.each([
    // London, 31 Mar 2024 and 30 Mar 2025: 01:00 GMT → 02:00 BST.
    ['Europe/London', '2024-03-30T01:30', '2024-03-30T01:30:00.000Z', 'the day before: an ordinary GMT time'],
    ['Europe/London', '2025-03-30T00:59', '2025-03-30T00:59:00.000Z', 'a minute before the gap'],
    ['Europe/London', '2024-03-31T01:30', '2024-03-31T01:30:00.000Z', '01:30 does not exist: 02:30 BST'],
    ['Europe/London', '2025-03-30T01:30', '2025-03-30T01:30:00.000Z', '01:30 does not exist: 02:30 BST'],
    ['Europe/London', '2024-03-31T03:00', '2024-03-31T02:00:00.000Z', 'just after the gap'],
    ['Europe/London', '2025-03-30T02:00', '2025-03-30T01:00:00.000Z', 'the first minute after the gap'],
    // Berlin, 29 Mar 2026: 02:00 CET → 03:00 CEST.
    ['Europe/Berlin', '2026-03-29T02:30', '2026-03-29T01:30:00.000Z', '02:30 does not exist: 03:30 CEST'],
    ['Europe/Berlin', '2026-03-29T03:00', '2026-03-29T01:00:00.000Z', 'the first minute after the gap'],
    // New York: 02:00 EST → 03:00 EDT. 2007-03-11 is the RFC 5545 example.
    ['America/New_York', '2007-03-11T02:30', '2007-03-11T07:30:00.000Z', 'RFC 5545 example: 03:30 EDT'],
    ['America/New_York', '2024-03-10T02:30', '2024-03-10T07:30:00.000Z', '02:30 does not exist: 03:30 EDT'],
  ])('%s %s → %s (%s)', (zone, wall, instant) => {
    expect(instantAt(at(wall), zone).toISOString()).toBe(instant);
  });
});

describe('instantAt: a time that happens twice when clocks go back is the earlier one', () => {
  it.each([
    // London: 02:00 BST → 01:00 GMT, so 01:00–01:59 happens first in BST, then in GMT.
    ['Europe/London', '2013-10-27T01:30', '2013-10-27T00:30:00.000Z', '01:30 BST, not 01:30 GMT'],
    ['Europe/London', '2024-10-27T01:30', '2024-10-27T00:30:00.000Z', '01:30 BST, not 01:30 GMT'],
    ['Europe/London', '2025-10-26T01:30', '2025-10-26T00:30:00.000Z', '01:30 BST, not 01:30 GMT'],
    ['Europe/London', '2026-10-25T01:30', '2026-10-25T00:30:00.000Z', '01:30 BST, not 01:30 GMT'],
    ['Europe/London', '2024-10-27T02:00', '2024-10-27T02:00:00.000Z', 'just after the repeated hour'],
    ['Europe/London', '2025-10-26T02:00', '2025-10-26T02:00:00.000Z', 'just after the repeated hour'],
    // Berlin, 25 Oct 2026: 03:00 CEST → 02:00 CET.
    ['Europe/Berlin', '2026-10-25T02:30', '2026-10-25T00:30:00.000Z', '02:30 CEST, not 02:30 CET'],
    // New York, 2 Nov 2025: 02:00 EDT → 01:00 EST.
    ['America/New_York', '2025-11-02T01:30', '2025-11-02T05:30:00.000Z', '01:30 EDT, not 01:30 EST'],
    // Southern hemisphere: Sydney, 6 Apr 2025: 03:00 AEDT → 02:00 AEST.
    ['Australia/Sydney', '2025-04-06T02:30', '2025-04-05T15:30:00.000Z', '02:30 AEDT, not 02:30 AEST'],
  ])('%s %s → %s (%s)', (zone, wall, instant) => {
    expect(instantAt(at(wall), zone).toISOString()).toBe(instant);
  });

  it('round-trips every hour of a year through wallClock, except the second pass of the repeated hour', () => {
    const differences: number[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 3600_000) {
      const w = wallClock(new Date(t), 'America/New_York');
      differences.push(instantAt(w, 'America/New_York').getTime() - t);
    }
    // 2 Nov 2025 01:00–02:00 happens twice; its second occurrence maps back to the first.
    expect(differences.filter((d) => d !== 0)).toEqual([-3600_000]);
  });
});

describe('wallClock', () => {
  it('reads the wall clock and weekday in a zone', () => {
    const w = wallClock(new Date('2026-11-30T23:30:00Z'), 'Europe/Berlin');
    expect(w).toEqual({ year: 2026, month: 12, day: 1, hour: 0, minute: 30, second: 0, millisecond: 0, weekday: 2 });
  });

  it('reads UTC fields, the way a floating time is stored', () => {
    expect(wallClock(new Date('2021-09-16T21:00:05.125Z'), 'UTC')).toMatchObject({
      year: 2021,
      month: 9,
      day: 16,
      hour: 21,
      second: 5,
      millisecond: 125,
    });
  });

  it.each([0, -43, 99])('gives year %i as a proleptic number (1 BC is year 0), not as a year of an era', (year) => {
    const instant = new Date(wallClockAsUtc({ year, month: 3, day: 15, hour: 12, minute: 0 }));
    expect(wallClock(instant, 'UTC')).toMatchObject({ year, month: 3, day: 15, hour: 12 });
  });
});

describe('wallClockAsUtc', () => {
  it('keeps years 0–99 as written (Date.UTC would move them to 1900–1999)', () => {
    expect(new Date(wallClockAsUtc(at('0099-05-01T10:00'))).toISOString()).toBe('0099-05-01T10:00:00.000Z');
  });
});

describe('offsetMs', () => {
  it.each([
    ['2022-04-21T07:00:00Z', 'Australia/Brisbane', 10 * 3600_000],
    ['2024-07-15T18:00:00Z', 'Europe/London', 3600_000],
    ['2024-01-15T18:00:00Z', 'Europe/London', 0],
    ['2021-04-29T00:30:00.500Z', 'America/Denver', -6 * 3600_000],
  ])('%s in %s is %i ms ahead of UTC', (iso, zone, offset) => {
    expect(offsetMs(new Date(iso), zone)).toBe(offset);
  });
});

describe('isoWithOffset', () => {
  it.each([
    ['2026-12-04T18:30:00Z', 'Europe/London', '2026-12-04T18:30:00+00:00'],
    ['2026-07-04T17:30:00Z', 'Europe/London', '2026-07-04T18:30:00+01:00'],
    ['2021-04-29T00:30:00Z', 'America/Denver', '2021-04-28T18:30:00-06:00'],
    ['2026-01-10T10:00:00Z', 'Asia/Kolkata', '2026-01-10T15:30:00+05:30'],
  ])('%s in %s is %s', (iso, zone, expected) => {
    expect(isoWithOffset(new Date(iso), zone)).toBe(expected);
  });
});

describe('isValidTimezone', () => {
  it.each([
    ['Europe/London', true],
    ['Australia/Brisbane', true],
    ['Africa/Nairobi', true],
    ['UTC', true],
    ['Eastern Standard Time', false],
    ['Mars/Olympus_Mons', false],
    ['Europe/' + 'x'.repeat(80), false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (zone, valid) => {
    expect(isValidTimezone(zone)).toBe(valid);
  });
});

describe('formatInZone', () => {
  it.each([
    ['2025-12-06T19:00:00Z', 'Europe/London', 'full', 'Sat, 6 Dec 2025, 19:00 GMT'],
    ['2026-06-06T18:30:00Z', 'Europe/London', 'full', 'Sat, 6 Jun 2026, 19:30 BST'],
    ['2025-12-06T23:30:00Z', 'America/Chicago', 'date', 'Sat, 6 Dec 2025'],
    ['2025-12-06T23:30:00Z', 'Europe/Berlin', 'date', 'Sun, 7 Dec 2025'],
    ['2025-12-06T19:00:00Z', 'Asia/Kolkata', 'time', '00:30 IST'],
    // the names the Americas and Australia use for their own zones, not "GMT-6"
    ['2026-09-11T01:00:00Z', 'America/Denver', 'full', 'Thu, 10 Sept 2026, 19:00 MDT'],
    ['2025-12-06T19:00:00Z', 'America/New_York', 'time', '14:00 EST'],
    ['2025-12-06T09:00:00Z', 'Australia/Sydney', 'time', '20:00 AEDT'],
    // and the names of the other countries that write English: New Zealand's, Ireland's summer time
    ['2025-12-06T09:00:00Z', 'Pacific/Auckland', 'time', '22:00 NZDT'],
    ['2026-06-06T18:30:00Z', 'Europe/Dublin', 'time', '19:30 IST'],
    ['2025-12-06T19:00:00Z', 'Africa/Johannesburg', 'time', '21:00 SAST'],
    ['2025-12-06T19:00:00Z', 'Asia/Singapore', 'time', '03:00 SGT'],
    ['2025-12-06T19:00:00Z', 'Asia/Hong_Kong', 'time', '03:00 HKT'],
    ['2025-12-06T19:00:00Z', 'Africa/Lagos', 'time', '20:00 WAT'],
    ['2025-12-06T19:00:00Z', 'Africa/Nairobi', 'time', '22:00 EAT'],
    ['2025-12-06T19:00:00Z', 'America/Sao_Paulo', 'time', '16:00 GMT-3'], // no English name: the offset
    ['2025-12-06T19:00:00Z', 'Asia/Tokyo', 'time', '04:00 GMT+9'],
    ['2025-12-06T19:00:00Z', 'Not/AZone', 'full', 'Sat, 6 Dec 2025, 19:00 UTC'],
  ] as const)('%s in %s (%s) → %s', (instant, zone, style, text) => {
    expect(formatInZone(new Date(instant), zone, style)).toBe(text);
  });
});

describe('formatAllDay: the days an all-day event covers (the end is exclusive, as in iCalendar)', () => {
  it.each([
    // [start, end, zone, text, why]
    ['2026-10-03T22:00:00Z', '2026-10-09T22:00:00Z', 'Europe/Copenhagen', 'Sun, 4 Oct 2026 – Fri, 9 Oct 2026', 'a six-day conference'],
    ['2026-07-26T22:00:00Z', '2026-09-20T22:00:00Z', 'Europe/Berlin', 'Mon, 27 Jul 2026 – Sun, 20 Sept 2026', 'an exhibition over weeks'],
    ['2026-10-03T22:00:00Z', '2026-10-04T22:00:00Z', 'Europe/Copenhagen', 'Sun, 4 Oct 2026', 'one day: end is the next midnight'],
    ['2026-10-03T22:00:00Z', null, 'Europe/Copenhagen', 'Sun, 4 Oct 2026', 'no end'],
    ['2026-10-03T22:00:00Z', '2026-10-03T22:00:00Z', 'Europe/Copenhagen', 'Sun, 4 Oct 2026', 'an end at the start'],
    [
      '2026-10-24T23:00:00Z',
      '2026-10-27T00:00:00Z',
      'Europe/London',
      'Sun, 25 Oct 2026 – Mon, 26 Oct 2026',
      'across the clocks going back',
    ],
  ] as const)('%s → %s in %s: %s (%s)', (start, end, zone, text, _why) => {
    expect(formatAllDay(new Date(start), end ? new Date(end) : null, zone)).toBe(text);
  });
});
