/**
 * A team's or a company's leave calendar: someone's vacation, leave or
 * absence is skipped, even with a place; events whose names begin with the
 * same words are posted. Synthetic entries of our own.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf, type EntryShape } from './test-entries.js';

const DAY: EntryShape = { day: true };
const EVENING: EntryShape = {};
const LEAVE = expect.stringContaining('someone is on leave or away');

// Lesson from a Teamup leave calendar ("Vacaciones Fernando Aguirre", LOCATION:Miami, two weeks all day) and an Outlook
// calendar whose absences carry X-MICROSOFT-CDO-BUSYSTATUS:OOF.
describe('an entry for someone’s leave', () => {
  it.each([
    ['Vacaciones Fernando Aguirre', DAY],
    ['Vacaciones Juan B. Goicoechea (El Goico)', DAY],
    ['Vacaciones Pety, Carmen Kuhn', DAY],
    ['Vacaciones (Diego Caceres)', EVENING],
    ['Licencia Médica - Hernán Mazur', DAY],
    ['Cristian Saraceni - Licencia medica', DAY],
    ['Vacation', DAY],
    ['Vacation: John Smith', DAY],
    ['Annual leave', EVENING],
    ['John Smith (annual leave)', DAY],
    ['Sarah on leave', EVENING],
    ['Sarah OOO', EVENING],
    ['Out of office', EVENING],
    ['PTO – Sarah', DAY],
    ['Urlaub Anna Berg', DAY],
    ['Congés payés', DAY],
    ['Férias - Ana Lima', DAY],
    ['Vakantie Jan de Vries', DAY],
  ])('%s %j is skipped', async (title, shape) => {
    expect(await verdictOf('ical', title, shape)).toEqual(LEAVE);
  });

  it.each([
    ['Vacation Bible School', DAY],
    ['Annual leave planning workshop', EVENING],
    ['Maternity leave support group', EVENING],
    ['Leave No Trace hike', DAY],
    ['Urlaub in Bayern: Vortrag', EVENING],
    ['Ferie d’Agosto', DAY],
    ['Licencias Creative Commons', DAY],
    // a children's holiday camp, all week: one capitalised word is no one's full name
    ['Vacaciones Divertidas', DAY],
    // a name beside the word with nothing between, at a time of its own: a talk, not a day away
    ['Licencia Creative Commons', EVENING],
    ['Pto Viejo surf trip', DAY],
  ])('%s %j is an event', async (title, shape) => {
    expect(await verdictOf('ical', title, shape)).toBe('event');
  });

  it('is skipped when Outlook marks it out of office, whatever its title', async () => {
    const lines = ['X-MICROSOFT-CDO-BUSYSTATUS:OOF'];
    expect(await verdictOf('ical', 'Fernando', { day: true, lines })).toEqual(expect.stringContaining('marked out of office'));
  });

  it.each(['BUSY', 'FREE', 'TENTATIVE'])('an event Outlook marks %s is posted', async (status) => {
    expect(await verdictOf('ical', 'Python Meetup', { lines: [`X-MICROSOFT-CDO-BUSYSTATUS:${status}`] })).toBe('event');
  });
});
