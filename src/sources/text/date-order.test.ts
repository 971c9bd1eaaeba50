import { describe, expect, it } from 'vitest';
import { dayFirstInZone, feedDayFirst } from './date-order.js';

describe('which comes first in a numeric date', () => {
  it.each<[string | null, boolean]>([
    ['Europe/Berlin', true],
    ['America/Sao_Paulo', true], // Latin America writes the day first
    ['America/Mexico_City', true],
    ['America/Chicago', false],
    ['America/Indiana/Indianapolis', false],
    ['America/Toronto', false],
    ['Pacific/Honolulu', false],
    ['Asia/Tokyo', false], // "12/4" is 4 December in Japanese
    ['Australia/Sydney', true],
    [null, false],
  ])('in the zone %s: day first %s', (zone, expected) => {
    expect(dayFirstInZone(zone)).toBe(expected);
  });

  it.each<[string, string[], string | null, boolean | null]>([
    ['a day over 12 first in one item', ['Data: 25/09/2025', 'Data: 09/10/2025'], null, true],
    ['a dotted date with its year', ['bis 17.01.2027'], null, true],
    ['a month first, the day over 12', ['Meetup 9/25/2025 at 7pm'], 'de', false],
    ['dates that disagree say nothing; the language decides', ['25/09/2025', '9/25/2025'], 'pt-BR', true],
    ['no telling dates: the language', ['09/10/2025'], 'pt-BR', true],
    ['US English', ['09/10/2025'], 'en-US', false],
    ['British English', ['09/10/2025'], 'en-GB', true],
    ['English alone says nothing', ['09/10/2025'], 'en', null],
    ['Japanese', ['12/4'], 'ja', false],
    ['"24/7" is no date, "18.30" is a time', ['Open 24/7, doors 18.30'], null, null],
    // no language declared: the words of the text
    [
      'Portuguese text',
      ['O evento será em 08/10/2033, às 19:00, na sede da empresa. Traga o seu portátil e venha com a gente.'],
      null,
      true,
    ],
    ['English text says nothing', ['The meetup is on 08/10/2033 at 7pm: join us for talks and pizza with the team.'], null, null],
    ['Portuguese words, no numeric date', ['O evento será na sede da empresa com a gente, em outubro.'], null, null],
  ])('%s', (_name, texts, language, expected) => {
    expect(feedDayFirst(texts, language)).toBe(expected);
  });
});
