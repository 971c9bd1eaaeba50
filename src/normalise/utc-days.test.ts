/**
 * Whole days a feed wrote in UTC, read once the event's zone is known.
 * Synthetic entries of our own.
 */
import { describe, expect, it } from 'vitest';
import { NO_PLACEMENT, type EventPlacement } from '../core/placement.js';
import { emptyParsedEvent } from '../sources/types.js';
import { normaliseEvent } from './index.js';

const TAMPA_AREA: EventPlacement = {
  lat: 27.95,
  lon: -82.46,
  locality: 'Tampa',
  country: 'US',
  timezone: 'America/New_York',
  placedBy: 'home-area',
};

function shown(start: string, end: string, placement: EventPlacement = TAMPA_AREA) {
  const parsed = emptyParsedEvent({ uid: 'u1', title: 'Harvest Market', start: new Date(start), end: new Date(end) });
  const e = normaliseEvent(parsed, {
    sourceUrl: 'https://city.example/calendar.ics',
    attendance: 'in_person',
    status: 'scheduled',
    placement,
    defaultTimezone: 'Europe/London',
  });
  return { allDay: e.allDay, start: e.start.toISOString(), end: e.end?.toISOString() ?? null };
}

// Lesson from a real city calendar (ical-generator, UTC times, no zone): a day off written 04:00Z to 03:59Z the next
// day was posted at 00:00 in New York.
describe('a whole day written in UTC', () => {
  it.each([
    ['00:00–23:59 in summer (EDT)', '2026-07-03T04:00:00Z', '2026-07-04T03:59:00Z', '2026-07-03T04:00:00.000Z', '2026-07-04T04:00:00.000Z'],
    [
      '00:00–23:59:59 in winter (EST)',
      '2026-11-26T05:00:00Z',
      '2026-11-27T04:59:59Z',
      '2026-11-26T05:00:00.000Z',
      '2026-11-27T05:00:00.000Z',
    ],
    [
      'midnight to midnight, two days',
      '2026-07-03T04:00:00Z',
      '2026-07-05T04:00:00Z',
      '2026-07-03T04:00:00.000Z',
      '2026-07-05T04:00:00.000Z',
    ],
    ['the night clocks go forward', '2026-03-08T05:00:00Z', '2026-03-09T03:59:00Z', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
  ])('%s is all day', (_, start, end, allDayStart, allDayEnd) => {
    expect(shown(start, end)).toEqual({ allDay: true, start: allDayStart, end: allDayEnd });
  });

  it.each([
    ['an evening', '2026-07-03T23:00:00Z', '2026-07-04T02:00:00Z'],
    ['24 hours from 19:00', '2026-07-03T23:00:00Z', '2026-07-04T23:00:00Z'],
    ['midnight to 22:00', '2026-07-03T04:00:00Z', '2026-07-04T02:00:00Z'],
    ['a day in UTC, not in New York', '2026-07-03T00:00:00Z', '2026-07-03T23:59:00Z'],
  ])('%s stays timed', (_, start, end) => {
    expect(shown(start, end).allDay).toBe(false);
  });

  it('stays timed when only the channel’s zone is known (the feed gives no place)', () => {
    expect(shown('2026-07-03T23:00:00Z', '2026-07-04T22:59:00Z', NO_PLACEMENT).allDay).toBe(false);
  });
});
