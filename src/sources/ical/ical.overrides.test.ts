/**
 * RECURRENCE-ID overrides that are themselves no event, or cannot be read:
 * they still replace their occurrence, so the series' own date does not come
 * back. Synthetic calendars of our own (an invented hackerspace's open night).
 */
import { describe, expect, it } from 'vitest';
import { context, parseOk } from './test-helpers.js';

const NOW = context('2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z');

/** "Open night", Mondays 19:00 Berlin from 5 Oct 2026, three times; each override replaces the 12 Oct one. */
const openNights = (...overrides: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//events-bot tests//EN',
    'BEGIN:VEVENT',
    'UID:open-night@space.example',
    'DTSTART;TZID=Europe/Berlin:20261005T190000',
    'DTEND;TZID=Europe/Berlin:20261005T220000',
    'RRULE:FREQ=WEEKLY;COUNT=3',
    'SUMMARY:Open night',
    'LOCATION:Example Space\\, Berlin',
    'END:VEVENT',
    ...overrides.flatMap((lines) => [
      'BEGIN:VEVENT',
      'UID:open-night@space.example',
      'RECURRENCE-ID;TZID=Europe/Berlin:20261012T190000',
      ...lines,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ].join('\r\n');

const at12Oct = 'DTSTART;TZID=Europe/Berlin:20261012T190000';
const listed = (text: string) => parseOk(text, NOW).views.map((v) => `${v.start.slice(5, 16)} ${v.title}`);
// 19:00 CEST is 17:00Z
const WITHOUT_12_OCT = ['10-05T17:00 Open night', '10-19T17:00 Open night'];

describe('an override of one occurrence that is no public event', () => {
  // Lesson from a real hackerspace calendar: the week off was the override "GESCHLOSSEN!" ("heute KEIN offener Montag!"),
  // and members were sent to the open evening it cancelled.
  it.each([
    ['titled "GESCHLOSSEN!"', [at12Oct, 'SUMMARY:GESCHLOSSEN!', 'DESCRIPTION:heute KEIN offener Abend!'], 'the place is closed'],
    ['titled "CLOSED!"', [at12Oct, 'SUMMARY:CLOSED!'], 'the place is closed'],
    ['marked CLASS:PRIVATE', [at12Oct, 'SUMMARY:Open night', 'CLASS:PRIVATE'], 'marked private'],
    ['titled "Private hire"', [at12Oct, 'SUMMARY:Private hire'], 'says it is private'],
    ['a placeholder', [at12Oct, 'SUMMARY:Busy'], 'no title of its own'],
  ])('%s takes its occurrence away, and says why', (_what, override, why) => {
    const parsed = parseOk(openNights(override), NOW);
    expect(listed(openNights(override))).toEqual(WITHOUT_12_OCT);
    expect(parsed.skipped).toEqual([{ title: expect.any(String), reason: expect.stringContaining(why) }]);
  });

  it('moved to another day takes away the occurrence it replaces, and is not listed on its new day', () => {
    const moved = ['DTSTART;TZID=Europe/Berlin:20261013T190000', 'SUMMARY:Closed'];
    expect(listed(openNights(moved))).toEqual(WITHOUT_12_OCT);
  });

  it('leaves the other occurrences alone when it names no occurrence of the series', () => {
    const text = openNights([at12Oct, 'SUMMARY:CLOSED!']).replace(
      'RECURRENCE-ID;TZID=Europe/Berlin:20261012T190000',
      'RECURRENCE-ID;TZID=Europe/Berlin:20261012T180000',
    );
    expect(listed(text)).toEqual(['10-05T17:00 Open night', '10-12T17:00 Open night', '10-19T17:00 Open night']);
  });
});

describe('an override that cannot be read', () => {
  it.each([
    ['has no DTSTART', ['SUMMARY:Open night (upstairs)'], 'no start time'],
    ['has a DTSTART that is no date', ['DTSTART;TZID=Europe/Berlin:2026', 'SUMMARY:Open night (upstairs)'], 'could not be read'],
  ])('%s: its occurrence is left out and the rest of the series is listed', (_what, override, why) => {
    const parsed = parseOk(openNights(override), NOW);
    expect(listed(openNights(override))).toEqual(WITHOUT_12_OCT);
    expect(parsed.skipped).toEqual([{ title: 'Open night (upstairs)', reason: expect.stringContaining(why) }]);
  });
});
