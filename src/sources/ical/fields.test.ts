import { describe, expect, it } from 'vitest';
import { context, parseOk } from './test-helpers.js';

const WIDE = context('2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z');

const calendar = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//gamedev//meetups//EN',
    'BEGIN:VEVENT',
    'UID:meetup-feb@gamedev.example',
    'DTSTART:20250220T180000Z',
    'SUMMARY:Game Dev Meet-up',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

describe('the description', () => {
  it.each([
    ['DESCRIPTION alone', ['DESCRIPTION:Talks\\, then pizza.'], 'Talks, then pizza.'],
    // the plain text wins over the HTML when both are given
    ['DESCRIPTION beside X-ALT-DESC', ['DESCRIPTION:Talks.', 'X-ALT-DESC;FMTTYPE=text/html:<p>Talks.</p>'], 'Talks.'],
    // some exporters write only the HTML one; its text escapes are undone like DESCRIPTION's
    [
      'X-ALT-DESC alone',
      ['X-ALT-DESC;FMTTYPE=text/html:<p>Talks\\, then pizza.</p>\\n<p>Also streamed on Twitch.</p>'],
      '<p>Talks, then pizza.</p>\n<p>Also streamed on Twitch.</p>',
    ],
    ['neither', [], null],
  ])('%s', (_what, lines, description) => {
    expect(parseOk(calendar(...lines), WIDE).views[0]!.description).toBe(description);
  });
});
