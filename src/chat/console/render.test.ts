import { describe, expect, it } from 'vitest';
import type { EventCard } from '../../core/chat.js';
import { plain, renderCard } from './render.js';
import { eventCard } from '../../../test/helpers/event-card.js';

const card = (over: Partial<EventCard> = {}): EventCard =>
  eventCard({
    eventId: 1,
    title: 'Harbour Design Conference',
    url: 'https://example.org/hdc',
    // midnight in Copenhagen (CEST, UTC+2) on Sunday 4 October 2026
    start: new Date('2026-10-03T22:00:00Z'),
    timezone: 'Europe/Copenhagen',
    allDay: true,
    venue: 'Example Hall',
    ...over,
  });

const NOW = new Date('2026-10-01T12:00:00Z');
const whenLine = (c: EventCard) =>
  renderCard(c, 'e1', plain, NOW)
    .split('\n')
    .find((l) => l.startsWith('🕒'));

describe('console event card: when', () => {
  it.each([
    // [end, line, why]
    [
      '2026-10-09T22:00:00Z',
      '🕒 Sun, 4 Oct 2026 – Fri, 9 Oct 2026 · in 2 days',
      'a six-day event shows its last day (the end is exclusive)',
    ],
    ['2026-10-04T22:00:00Z', '🕒 Sun, 4 Oct 2026 · in 2 days', 'one day stays one date'],
    [null, '🕒 Sun, 4 Oct 2026 · in 2 days', 'no end'],
  ] as const)('all day until %s → %s (%s)', (end, line, _why) => {
    expect(whenLine(card({ end: end ? new Date(end) : null }))).toBe(line);
  });

  it('a timed event is shown with its start time', () => {
    const timed = card({ allDay: false, start: new Date('2026-10-04T17:00:00Z'), end: new Date('2026-10-04T19:00:00Z') });
    expect(whenLine(timed)).toBe('🕒 Sun, 4 Oct 2026, 19:00 CEST · in 3 days');
  });
});
