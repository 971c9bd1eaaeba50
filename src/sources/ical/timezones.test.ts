import { describe, expect, it } from 'vitest';
import { ianaZoneFor } from './timezones.js';

// Wall-clock → instant in a zone (DST gaps and overlaps) is tested in src/core/time.test.ts.
describe('zone names', () => {
  it.each([
    ['Europe/London', 'Europe/London'],
    ['GMT Standard Time', 'Europe/London'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Eastern Standard Time', 'America/New_York'],
    ['/mozilla.org/20050126_1/Europe/Berlin', 'Europe/Berlin'],
    ['"America/New_York"', 'America/New_York'],
    ['Mars/Olympus_Mons', null], // looks like an IANA name but is not one
    ['', null],
    ['UTC', null], // a UTC time says nothing about where the event is
    ['Etc/GMT', null],
    ['Custom Zone 1', null],
  ])('TZID %j names place zone %j', (tzid, zone) => {
    expect(ianaZoneFor(tzid)).toBe(zone);
  });
});
