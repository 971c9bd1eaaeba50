import { describe, expect, it } from 'vitest';
import { emptyParsedEvent } from '../sources/types.js';
import { dayHours, titleTime } from './day-hours.js';
import { normaliseEvent } from './index.js';
import { NO_PLACEMENT } from '../core/placement.js';

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
    // sweep t23: an Exchange calendar's all-day entry, "Event is from 5:00 to 6:30", had been shown at 05:00
    ['Event is from 5:00 to 6:30 and is open to all', '2026-03-14T16:00:00.000Z', '2026-03-14T17:30:00.000Z'],
    ['Open 10:00 to 2:00', '2026-03-14T09:00:00.000Z', '2026-03-14T13:00:00.000Z'],
    ['Talk 4:30 - 6:30 pm', '2026-03-14T15:30:00.000Z', '2026-03-14T17:30:00.000Z'],
    ['Workshop 11:00 - 1:00 p.m.', '2026-03-14T10:00:00.000Z', '2026-03-14T12:00:00.000Z'],
    ['Sunrise walk 6:00 - 8:00 am', '2026-03-14T05:00:00.000Z', '2026-03-14T07:00:00.000Z'],
    ['Parkrun 06:00–08:00', '2026-03-14T05:00:00.000Z', '2026-03-14T07:00:00.000Z'],
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

// Lesson from a Brussels neighbourhood agenda: "6:30pm La Vieille Chéchette Choir" on a DATE value was shown all day.
describe('titleTime: an all-day entry whose title starts with its time', () => {
  it.each([
    ['6:30pm La Vieille Chéchette Choir', '2026-03-14T17:30:00.000Z', 'La Vieille Chéchette Choir'],
    ['11am Literary Encounter', '2026-03-14T10:00:00.000Z', 'Literary Encounter'],
    ['7.30 p.m. – Jun Sandson Concert', '2026-03-14T18:30:00.000Z', 'Jun Sandson Concert'],
    ['18h30 Arpentage', '2026-03-14T17:30:00.000Z', 'Arpentage'],
    ['19:00 | Quiz', '2026-03-14T18:00:00.000Z', 'Quiz'],
    ['12pm Lunch talk', '2026-03-14T11:00:00.000Z', 'Lunch talk'],
  ])('%j starts then', (title, start, rest) => {
    const t = titleTime({ ...day, title }, 'Europe/Brussels');
    expect(t && { start: t.start.toISOString(), title: t.title }).toEqual({ start, title: rest });
  });

  it.each(['10 Years of Jazz', '1:1 mentoring', '5h challenge', '2024 Annual meeting', '13pm nonsense', 'Choir at 6:30pm'])(
    'leaves %j as the whole day',
    (title) => {
      expect(titleTime({ ...day, title }, 'Europe/Brussels')).toBeNull();
    },
  );

  it('is the time shown, without the title’s copy of it; an entry of several days keeps its days', () => {
    const context = {
      sourceUrl: 'https://agenda.example/cal.ics',
      placement: NO_PLACEMENT,
      attendance: 'in_person' as const,
      status: 'scheduled' as const,
    };
    const e = normaliseEvent({ ...day, title: '6:30pm La Vieille Chéchette Choir' }, { ...context, defaultTimezone: 'Europe/Brussels' });
    expect(e).toMatchObject({ title: 'La Vieille Chéchette Choir', allDay: false, start: new Date('2026-03-14T17:30:00Z') });
    expect(titleTime({ ...day, title: '6:30pm Festival', end: new Date('2026-03-17T00:00:00Z') }, 'Europe/Brussels')).toBeNull();
  });
});
