import { describe, expect, it } from 'vitest';
import { ctx, okOutcome } from '../text/test-helpers.js';
import { parseJsonLdPage } from './index.js';

const PAGE = 'https://pub.example/nights';

function page(node: unknown): string {
  return `<!DOCTYPE html><html><head><title>Nights</title><script type="application/ld+json">${JSON.stringify(node)}</script></head><body></body></html>`;
}

// Lesson from a pub's page, on JSON-LD of our own: a weekly night is one Event with an eventSchedule.
describe('parseJsonLdPage: an event with an eventSchedule', () => {
  const weekly = (schedule: object, startDate = '2025-12-04T19:00', endDate = '2025-12-04T22:00') => ({
    '@type': 'Event',
    name: 'Tequila Thursdays',
    startDate,
    endDate,
    eventSchedule: { '@type': 'Schedule', ...schedule },
    location: { '@type': 'Place', name: 'The Anchor', address: 'Horton Road, Staines' },
  });
  const window = (now: string, horizon: string) => ({ ...ctx(PAGE), now: new Date(now), horizonEnd: new Date(horizon) });
  const starts = (node: object, now: string, horizon: string) =>
    okOutcome(parseJsonLdPage(page(node), window(now, horizon))).events.map((e) => [e.start.toISOString(), e.floating]);

  it('lists the weekly dates still to come, at the first date’s wall clock', () => {
    expect(starts(weekly({ byDay: 'Thursday', repeatFrequency: 'P1W' }), '2026-01-10T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual([
      ['2026-01-15T19:00:00.000Z', true],
      ['2026-01-22T19:00:00.000Z', true],
      ['2026-01-29T19:00:00.000Z', true],
      ['2026-02-05T19:00:00.000Z', true], // the next one after the horizon
    ]);
  });

  it('every other week, until the schedule’s end date, in its time zone', () => {
    const node = weekly({
      byDay: 'https://schema.org/Thursday',
      repeatFrequency: 'P2W',
      endDate: '2026-01-20',
      scheduleTimezone: 'Europe/London',
    });
    expect(starts(node, '2025-12-10T00:00:00Z', '2026-06-01T00:00:00Z')).toEqual([
      ['2025-12-18T19:00:00.000Z', false],
      ['2026-01-01T19:00:00.000Z', false],
      ['2026-01-15T19:00:00.000Z', false],
    ]);
  });

  it('every tenth day, whatever weekday it falls on', () => {
    expect(starts(weekly({ repeatFrequency: 'P10D' }), '2025-12-01T00:00:00Z', '2025-12-25T00:00:00Z')).toEqual([
      ['2025-12-04T19:00:00.000Z', true],
      ['2025-12-14T19:00:00.000Z', true],
      ['2025-12-24T19:00:00.000Z', true],
      ['2026-01-03T19:00:00.000Z', true], // the next one after the horizon
    ]);
  });

  it('keeps the one date of an event without a schedule, or with a repeat it does not read (monthly)', () => {
    expect(starts(weekly({ repeatFrequency: 'P1M', byMonthDay: 4 }), '2025-12-01T00:00:00Z', '2026-06-01T00:00:00Z')).toEqual([
      ['2025-12-04T19:00:00.000Z', true],
    ]);
  });
});
