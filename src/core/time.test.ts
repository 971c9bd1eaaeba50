import { describe, expect, it } from 'vitest';
import { instantAt, isoWithOffset, wallClock } from './time.js';

describe('zoned time', () => {
  it.each([
    // GMT in winter, BST in summer
    [{ year: 2026, month: 1, day: 15, hour: 18, minute: 30 }, 'Europe/London', '2026-01-15T18:30:00.000Z'],
    [{ year: 2026, month: 7, day: 15, hour: 18, minute: 30 }, 'Europe/London', '2026-07-15T17:30:00.000Z'],
    // the evening after the clocks go back (25 Oct 2026)
    [{ year: 2026, month: 10, day: 25, hour: 19, minute: 0 }, 'Europe/London', '2026-10-25T19:00:00.000Z'],
    [{ year: 2026, month: 10, day: 24, hour: 19, minute: 0 }, 'Europe/London', '2026-10-24T18:00:00.000Z'],
    [{ year: 2022, month: 4, day: 21, hour: 17, minute: 0 }, 'Australia/Brisbane', '2022-04-21T07:00:00.000Z'],
    [{ year: 2026, month: 3, day: 8, hour: 12, minute: 0 }, 'America/Chicago', '2026-03-08T17:00:00.000Z'],
  ])('%o in %s is %s', (fields, zone, iso) => {
    expect(instantAt(fields, zone).toISOString()).toBe(iso);
  });

  it('reads the wall clock and weekday in a zone', () => {
    const w = wallClock(new Date('2026-11-30T23:30:00Z'), 'Europe/Berlin');
    expect(w).toEqual({ year: 2026, month: 12, day: 1, hour: 0, minute: 30, second: 0, weekday: 2 });
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
