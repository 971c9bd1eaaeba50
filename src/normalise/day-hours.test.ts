import { describe, expect, it } from 'vitest';
import { emptyParsedEvent } from '../sources/types.js';
import { dayHours } from './day-hours.js';

// An all-day entry for 14 March 2026, as an iCal DATE value with no zone reads it (floating midnight).
const day = emptyParsedEvent({
  uid: 'u',
  title: 'Meetup',
  start: new Date('2026-03-14T00:00:00Z'),
  end: new Date('2026-03-15T00:00:00Z'),
  allDay: true,
  floating: true,
});

describe('dayHours: an all-day entry whose description gives its hours', () => {
  it.each([
    ['15:00–18:00. Danish-language event.', '2026-03-14T14:00:00.000Z', '2026-03-14T17:00:00.000Z'],
    ['14:00–16:30 (arrival from 13:30)', '2026-03-14T13:00:00.000Z', '2026-03-14T15:30:00.000Z'],
    ['Ouverture 14h–17h30', '2026-03-14T13:00:00.000Z', '2026-03-14T16:30:00.000Z'],
    ['Von 19.30 bis 22.00 Uhr', '2026-03-14T18:30:00.000Z', '2026-03-14T21:00:00.000Z'],
    ['10:00–22:00.', '2026-03-14T09:00:00.000Z', '2026-03-14T21:00:00.000Z'],
  ])('%j → those hours of the day', (description, start, end) => {
    const hours = dayHours(day, 'Europe/Copenhagen', description);
    expect(hours && { start: hours.start.toISOString(), end: hours.end.toISOString() }).toEqual({ start, end });
  });

  it.each([
    ['a day’s programme', '10:00-12:00 talks, 13:00-15:00 workshops'],
    ['a span of dates', 'Ausstellung 12.03-14.03'],
    ['no range', 'Doors at 19:00'],
    ['nothing', ''],
  ])('leaves %s as the whole day', (_name, description) => {
    expect(dayHours(day, 'Europe/Copenhagen', description)).toBeNull();
  });

  it('leaves an entry of several days as it is', () => {
    const festival = { ...day, end: new Date('2026-03-17T00:00:00Z') };
    expect(dayHours(festival, 'Europe/Copenhagen', '10:00–18:00')).toBeNull();
  });
});
