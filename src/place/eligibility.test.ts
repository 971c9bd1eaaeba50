import { describe, expect, it } from 'vitest';
import { verdictFor } from './eligibility.js';

const BIRMINGHAM = { lat: 52.48, lon: -1.9, radiusKm: 25 };
const event = (over: Partial<Parameters<typeof verdictFor>[0]>): Parameters<typeof verdictFor>[0] => ({
  start: new Date('2026-06-05T00:00:00Z'),
  end: null,
  allDay: false,
  status: 'scheduled',
  attendance: 'in_person',
  lat: 52.47,
  lon: -1.89,
  ...over,
});

describe('verdictFor: when an event is over', () => {
  const midday = new Date('2026-06-05T12:00:00Z');
  it.each([
    // what, event, verdict at midday of 5 June
    ['an all-day date with no end is on all that day', { allDay: true }, { post: true }],
    [
      'an all-day date with no end is over the next day',
      { allDay: true, start: new Date('2026-06-04T00:00:00Z') },
      { post: false, reason: 'past' },
    ],
    ['a timed event with no end is over once it starts', { start: new Date('2026-06-05T09:00:00Z') }, { post: false, reason: 'past' }],
    [
      'a timed event is on until its end',
      { start: new Date('2026-06-05T09:00:00Z'), end: new Date('2026-06-05T17:00:00Z') },
      { post: true },
    ],
  ])('%s', (_, over, expected) => {
    expect(verdictFor(event(over), BIRMINGHAM, midday)).toMatchObject(expected);
  });
});
