import { describe, expect, it } from 'vitest';
import { isValidTimeZone, wallClockAt, zonedTimeToInstant } from './zoned.js';

const wall = (s: string) => {
  const [d, t] = s.split('T') as [string, string];
  const [year, month, day] = d.split('-').map(Number) as [number, number, number];
  const [hour, minute] = t.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute };
};

describe('zonedTimeToInstant', () => {
  it.each([
    // zone, wall clock, instant
    ['Australia/Brisbane', '2022-04-21T17:00', '2022-04-21T07:00:00.000Z'], // no DST, +10
    ['Europe/London', '2025-01-15T18:30', '2025-01-15T18:30:00.000Z'], // GMT
    ['Europe/London', '2025-07-15T18:30', '2025-07-15T17:30:00.000Z'], // BST
    ['America/Denver', '2021-04-28T18:30', '2021-04-29T00:30:00.000Z'], // MDT
    ['America/Denver', '2021-01-28T18:30', '2021-01-29T01:30:00.000Z'], // MST
    ['Asia/Kolkata', '2025-03-01T09:00', '2025-03-01T03:30:00.000Z'], // half-hour offset
    ['Pacific/Chatham', '2025-06-01T12:00', '2025-05-31T23:15:00.000Z'], // +12:45
    // London spring forward, 30 Mar 2025: 01:00 GMT → 02:00 BST. 01:30 does not exist → moved forward to 02:30 BST.
    ['Europe/London', '2025-03-30T01:30', '2025-03-30T01:30:00.000Z'],
    ['Europe/London', '2025-03-30T00:59', '2025-03-30T00:59:00.000Z'],
    ['Europe/London', '2025-03-30T02:00', '2025-03-30T01:00:00.000Z'],
    // London fall back, 26 Oct 2025: 01:30 happens twice → the earlier (BST) one.
    ['Europe/London', '2025-10-26T01:30', '2025-10-26T00:30:00.000Z'],
    ['Europe/London', '2025-10-26T02:00', '2025-10-26T02:00:00.000Z'],
    // Southern hemisphere: Sydney falls back 6 Apr 2025 03:00 AEDT → 02:00 AEST.
    ['Australia/Sydney', '2025-04-06T02:30', '2025-04-05T15:30:00.000Z'],
    ['UTC', '2025-06-01T00:00', '2025-06-01T00:00:00.000Z'],
  ])('%s %s → %s', (zone, local, instant) => {
    expect(zonedTimeToInstant(wall(local), zone).toISOString()).toBe(instant);
  });

  it('round-trips through wallClockAt for every hour of a year, except the repeated autumn hour', () => {
    const differences: number[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 3600_000) {
      const w = wallClockAt(new Date(t), 'America/New_York');
      differences.push(zonedTimeToInstant(w, 'America/New_York').getTime() - t);
    }
    // 2 Nov 2025 01:00–02:00 happens twice; its second occurrence maps back to the first.
    expect(differences.filter((d) => d !== 0)).toEqual([-3600_000]);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/London', true],
    ['Australia/Brisbane', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%s → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
