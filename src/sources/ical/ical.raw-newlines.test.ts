import { expect, it } from 'vitest';
import { parseIcal } from './ical.js';

// Modelled on a real Plancast export: X-WR-CALDESC written with raw line breaks.
const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example Feed//NONSGML v1.0//EN',
  'X-WR-CALNAME:Civic Hack Day',
  'X-WR-CALDESC:A day of civic projects in Springfield.',
  '',
  'Everyone is welcome. Bring a laptop...',
  'BEGIN:VEVENT',
  'UID:civic-1@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART:20261205T170000Z',
  'SUMMARY:Civic Hack Day',
  'LOCATION:Town Library',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

it('reads a calendar whose description has raw line breaks, keeping the whole text', () => {
  const outcome = parseIcal(ics, {
    sourceUrl: 'https://example.org/cal.ics',
    now: new Date('2026-12-01T00:00:00Z'),
    horizonEnd: new Date('2027-01-01T00:00:00Z'),
  });
  if (!outcome.ok) throw new Error(outcome.reason);
  expect(outcome.events.map((e) => e.title)).toEqual(['Civic Hack Day']);
  expect(outcome.feed?.description).toBe('A day of civic projects in Springfield. Everyone is welcome. Bring a laptop...');
});
