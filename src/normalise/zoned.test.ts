import { describe, expect, it } from 'vitest';
import { isValidTimeZone, zonedWallClockToInstant } from './zoned.js';

const wall = (y: number, mo: number, d: number, h: number, mi = 0, s = 0) => ({
  year: y,
  month: mo,
  day: d,
  hour: h,
  minute: mi,
  second: s,
});

describe('zonedWallClockToInstant', () => {
  it.each([
    ['winter in London (GMT)', wall(2024, 1, 15, 19, 0), 'Europe/London', '2024-01-15T19:00:00.000Z'],
    ['summer in London (BST)', wall(2013, 10, 17, 19, 0), 'Europe/London', '2013-10-17T18:00:00.000Z'],
    ['floating fixture: 21:00 in Brussels in September', wall(2021, 9, 16, 21, 0), 'Europe/Brussels', '2021-09-16T19:00:00.000Z'],
    ['Nairobi, no DST', wall(2023, 10, 15, 20, 0), 'Africa/Nairobi', '2023-10-15T17:00:00.000Z'],
    ['Townsville (Brisbane zone)', wall(2022, 4, 21, 17, 0), 'Australia/Brisbane', '2022-04-21T07:00:00.000Z'],
    ['Detroit in winter', wall(2012, 12, 4, 19, 0), 'America/Detroit', '2012-12-05T00:00:00.000Z'],
    ['Sydney in January (DST, +11)', wall(2024, 1, 10, 18, 30), 'Australia/Sydney', '2024-01-10T07:30:00.000Z'],
    ['seconds are kept', wall(2019, 1, 17, 18, 0, 25), 'Europe/Berlin', '2019-01-17T17:00:25.000Z'],
    ['the day before the spring change', wall(2024, 3, 30, 1, 30), 'Europe/London', '2024-03-30T01:30:00.000Z'],
    [
      'in the spring-forward gap: 01:30 does not exist, read as 02:30 BST',
      wall(2024, 3, 31, 1, 30),
      'Europe/London',
      '2024-03-31T01:30:00.000Z',
    ],
    ['just after the spring change', wall(2024, 3, 31, 3, 0), 'Europe/London', '2024-03-31T02:00:00.000Z'],
    [
      'in the autumn overlap: 01:30 happens twice, the first (BST) is meant',
      wall(2024, 10, 27, 1, 30),
      'Europe/London',
      '2024-10-27T00:30:00.000Z',
    ],
    ['just after the autumn change', wall(2024, 10, 27, 2, 0), 'Europe/London', '2024-10-27T02:00:00.000Z'],
    ['New York gap (02:30 → 03:30 EDT)', wall(2024, 3, 10, 2, 30), 'America/New_York', '2024-03-10T07:30:00.000Z'],
  ])('%s', (_name, fields, zone, iso) => {
    expect(zonedWallClockToInstant(fields, zone).toISOString()).toBe(iso);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/London', true],
    ['UTC', true],
    ['Africa/Nairobi', true],
    ['Eastern Standard Time', false],
    ['Mars/Olympus', false],
    ['', false],
    [null, false],
  ])('%s → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
