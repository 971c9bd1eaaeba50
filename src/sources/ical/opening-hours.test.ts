/**
 * Opening hours put on a community calendar as entries: skipped, beside
 * sessions someone hosts whose titles share the words, which are posted.
 * Synthetic entries of our own.
 */
import { describe, expect, it } from 'vitest';
import { context, parseOk } from './test-helpers.js';

const NOW = context('2026-09-01T00:00:00Z', '2026-12-31T00:00:00Z');

/** 'event' when a one-entry calendar (16 Sep 2026, 17:00–20:00 UTC) is read as an event, else why it was skipped. */
function verdict(title: string): string {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//events-bot tests//EN',
    'BEGIN:VEVENT',
    'UID:hours@calendar.example',
    'DTSTART:20260916T170000Z',
    'DTEND:20260916T200000Z',
    `SUMMARY:${title}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const parsed = parseOk(ics, NOW);
  return parsed.events.length === 1 ? 'event' : (parsed.skipped[0]?.reason ?? 'nothing');
}

const OPENING_HOURS = expect.stringContaining('opening hours');

// Lesson from a real residents' association calendar: its community centre's "… Building Hours" was on the
// calendar for every day it opened, and each day was posted as an event.
describe('a title that names a facility’s opening hours', () => {
  it.each([
    'Recreation Centre Building Hours',
    'Heron Pond Clubhouse Building Hours',
    'Building Hours',
    'Library Hours',
    'LIBRARY HOURS',
    'Pool Summer Hours',
    'Community Hall Hours (holiday week)',
    'Labor Day – Library Hours',
    'Parish Office Hours',
    'Box Office Hours',
    'Opening Hours',
    'Hours of Operation',
    'Öffnungszeiten',
    'Öffnungszeiten Pfarrbüro',
    'Bücherei Öffnungszeiten',
    "Horaires d'ouverture",
    'Horario',
    'Horario de atención al público',
    'Openingstijden',
  ])('%s is skipped', (title) => {
    expect(verdict(title)).toEqual(OPENING_HOURS);
  });

  it.each([
    'Office Hours',
    'Office Hours with the Mayor',
    'Open Office Hours: ask a mentor',
    'Python Office Hours',
    'Rust Community Office Hours',
    'Happy Hours',
    'Happy Hour at the Clubhouse',
    'Library Hours Extended: late-night study party',
    'Eröffnungszeremonie',
    'Hours of Darkness: a film night',
    'Cider & Cheese Social',
  ])('%s is posted', (title) => {
    expect(verdict(title)).toBe('event');
  });
});
