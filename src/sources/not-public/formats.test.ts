/**
 * The rules for entries that are no public event hold in every format: a
 * campus calendar's registrar dates, closures, closed sessions and term
 * breaks are skipped whether the admin follows its iCal, its RSS or its
 * page's schema.org data, and events with the same words are posted in
 * each. Synthetic entries of our own.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS, verdictOf, type EntryShape } from './test-entries.js';

const EVENING: EntryShape = {};
const DAY: EntryShape = { day: true };

// Lesson from a sweep of university calendars: Trumba, 25Live, LiveWhale and Localist publish RSS beside iCal, and the
// same four titles, skipped as VEVENTs, were posted as RSS items with a place.
describe.each(FORMATS)('in %s, an entry that is no public event', (format) => {
  it.each([
    ['Last Day to Withdraw with a W Grade', DAY, 'names a date to keep'],
    ['Library Closed', EVENING, 'the place is closed'],
    ['Lab Safety Briefing (staff and students only)', EVENING, 'for a closed group'],
    ['Winter Break - No Classes', DAY, 'a term break'],
    ['Summer Servicing 2020', DAY, 'building servicing'],
    ['Weekly Ops Mtg 2020', EVENING, 'an internal meeting'],
    ['Vacaciones Fernando Aguirre', DAY, 'on leave or away'],
    ['Início das aulas', DAY, 'a school day'],
    ['Printemps 2026', { midnight: true }, 'a term or a course’s session'],
    ['Newyear test two', EVENING, 'a test entry'],
    ['New Event', EVENING, 'no title of its own'],
  ] as const)('%s %j is skipped: %s', async (title, shape, reason) => {
    expect(await verdictOf(format, title, shape)).toEqual(expect.stringContaining(reason));
  });

  it.each([
    ['Library Open Day', DAY],
    ['Lab Safety Briefing', EVENING],
    ['Spring Break Camp for kids', DAY],
    ['Team meeting of the Birmingham Python user group', EVENING],
    ['Weekly social', EVENING],
    ['Test Match: England v India', DAY],
    ['Testing in Production talk', EVENING],
    ['New Event Space opening', EVENING],
    ['Vacation Bible School', DAY],
    ['Printemps 2026', EVENING],
    ['Rentrée littéraire', DAY],
  ] as const)('%s %j is an event', async (title, shape) => {
    expect(await verdictOf(format, title, shape)).toBe('event');
  });
});

describe('in RSS, an item’s description is read as text', () => {
  it.each(['<p><strong>By invitation only.</strong></p><p>Lunch provided.</p>', '<p>Official Public Holiday - NSW Wide</p>'])(
    'a whole day whose HTML description says %j is skipped',
    async (description) => {
      expect(await verdictOf('rss', "King's Birthday", { day: true, description, location: '' })).not.toBe('event');
    },
  );

  it('a description that only mentions a holiday is still an event', async () => {
    const description = '<p>Bring the family this public holiday.</p>';
    expect(await verdictOf('rss', 'Street fair', { day: true, description })).toBe('event');
  });
});
