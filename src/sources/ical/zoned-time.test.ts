import { describe, expect, it } from 'vitest';
import { isIanaZone, zonedWallClockToInstant, type WallClock } from './zoned-time.js';
import { ianaZoneFor } from './timezones.js';

const at = (iso: string): WallClock => {
  const [date, time = '00:00:00'] = iso.split('T');
  const [year, month, day] = date!.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  return { year, month, day, hour, minute, second };
};

describe('zonedWallClockToInstant', () => {
  it.each([
    // [zone, wall clock, instant]
    ['Europe/London', '2024-01-15T19:00:00', '2024-01-15T19:00:00.000Z'], // GMT
    ['Europe/London', '2024-07-15T19:00:00', '2024-07-15T18:00:00.000Z'], // BST
    ['Europe/Berlin', '2019-01-17T18:00:25', '2019-01-17T17:00:25.000Z'],
    ['America/New_York', '2013-03-14T18:30:00', '2013-03-14T22:30:00.000Z'], // EDT, 4 days after the change
    ['America/New_York', '2013-01-10T18:30:00', '2013-01-10T23:30:00.000Z'],
    ['Africa/Nairobi', '2024-05-01T09:00:00', '2024-05-01T06:00:00.000Z'],
    ['Asia/Kolkata', '2024-05-01T09:00:00', '2024-05-01T03:30:00.000Z'],
    ['Australia/Sydney', '2024-01-10T18:00:00', '2024-01-10T07:00:00.000Z'], // AEDT in the southern summer
  ])('%s %s → %s', (zone, wall, instant) => {
    expect(zonedWallClockToInstant(at(wall), zone).toISOString()).toBe(instant);
  });

  it('reads a time that happens twice (clocks go back) as the first one, per RFC 5545', () => {
    // 27 Oct 2013 in London: 01:30 BST (00:30Z) and then 01:30 GMT (01:30Z).
    expect(zonedWallClockToInstant(at('2013-10-27T01:30:00'), 'Europe/London').toISOString()).toBe('2013-10-27T00:30:00.000Z');
  });

  it('reads a time that does not exist (clocks go forward) with the offset before the gap', () => {
    // RFC 5545 §3.3.5 example: New York 2007-03-11 02:30 means 03:30 EDT = 07:30Z.
    expect(zonedWallClockToInstant(at('2007-03-11T02:30:00'), 'America/New_York').toISOString()).toBe('2007-03-11T07:30:00.000Z');
  });
});

describe('zone names', () => {
  it('knows IANA zones and rejects made-up ones', () => {
    expect(isIanaZone('Europe/London')).toBe(true);
    expect(isIanaZone('Mars/Olympus_Mons')).toBe(false);
    expect(isIanaZone('')).toBe(false);
  });

  it.each([
    ['Europe/London', 'Europe/London'],
    ['GMT Standard Time', 'Europe/London'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Eastern Standard Time', 'America/New_York'],
    ['/mozilla.org/20050126_1/Europe/Berlin', 'Europe/Berlin'],
    ['"America/New_York"', 'America/New_York'],
    ['UTC', null], // a UTC time says nothing about where the event is
    ['Etc/GMT', null],
    ['Custom Zone 1', null],
  ])('TZID %j names place zone %j', (tzid, zone) => {
    expect(ianaZoneFor(tzid)).toBe(zone);
  });
});
