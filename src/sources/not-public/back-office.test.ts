/**
 * A venue's or an organisation's own calendar: staff meetings and building
 * servicing are skipped; public meetings, socials and sessions whose titles
 * share the words are posted. Synthetic entries of our own.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf, type EntryShape } from './test-entries.js';

const DAY: EntryShape = { day: true };
const EVENING: EntryShape = {};
const INTERNAL = expect.stringContaining('an internal meeting');
const SERVICING = expect.stringContaining('building servicing or maintenance');

// Lesson from a theatre's room-booking export: "Weekly Ops Mtg 2020" in the Internal Meeting Room, "Diary meeting 2020"
// in its boardroom and "Summer Servicing 2020" (07:00 to 07:00 the next day) were posted beside its classes.
describe('a staff meeting', () => {
  it.each([
    'Weekly Ops Mtg 2020',
    'Diary meeting 2020',
    'Staff Meeting',
    'Monthly management meeting',
    'Production meeting #4',
    'Front of House briefing',
    'Board prep (internal)',
    'Internal: budget review',
    'Dienstbesprechung',
    'Réunion d’équipe',
    'Reunión de personal',
    'Teamoverleg',
  ])('%s is skipped', async (title) => {
    expect(await verdictOf('ical', title, EVENING)).toEqual(INTERNAL);
  });

  it.each([
    'Team meeting of the Birmingham Python user group',
    'Team meeting',
    'Weekly social',
    'Board meeting',
    'Parish council meeting',
    'Annual General Meeting',
    'Internal Medicine Grand Rounds',
    'Internal Family Systems workshop',
    'Staff picks: film night',
    'Playwrights Studio',
  ])('%s is an event', async (title) => {
    expect(await verdictOf('ical', title, EVENING)).toBe('event');
  });
});

describe('building servicing', () => {
  it.each([
    ['Summer Servicing 2020', DAY],
    ['Maintenance', DAY],
    ['Building maintenance day', DAY],
    ['Planned maintenance', EVENING],
    ['Wartungsarbeiten', DAY],
    ['Mantenimiento', DAY],
    ['Travaux de maintenance', DAY],
  ])('%s %j is skipped', async (title, shape) => {
    expect(await verdictOf('ical', title, shape)).toEqual(SERVICING);
  });

  it.each([
    ['Bike maintenance', EVENING],
    ['Dr Bike: free bike servicing', DAY],
    ['Maintenance workshop', EVENING],
    ['Mantenimiento de bicicletas', EVENING],
    ['Zen and the Art of Motorcycle Maintenance reading group', EVENING],
  ])('%s %j is an event', async (title, shape) => {
    expect(await verdictOf('ical', title, shape)).toBe('event');
  });
});
