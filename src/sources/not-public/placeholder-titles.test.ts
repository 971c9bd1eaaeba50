/**
 * An organiser's test entries and a calendar app's default titles are
 * skipped; a cricket Test, a talk on testing and a "New Event Space" are
 * posted. Synthetic entries of our own.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './test-entries.js';

const TEST = expect.stringContaining('a test entry');
const PLACEHOLDER = expect.stringContaining('no title of its own');

// Lessons from a Luma calendar ("new year test event", "Newyear test two"), an Outlook one (" TEST Syd") and an
// iCloud one ("New Event", Apple's default title).
describe('a test entry', () => {
  it.each([
    'Test',
    'TEST 3',
    'TEST2',
    'Test event 02',
    'new year test event',
    'Newyear test two',
    'calendar test 3',
    ' TEST Syd',
    'TEST - Sydney office',
    '[TEST] Launch party',
    'Launch party (test)',
    'Test – please ignore',
  ])('%j is skipped', async (title) => {
    expect(await verdictOf('ical', title)).toEqual(TEST);
  });

  it.each([
    'Test Match',
    'Test Match: England v India',
    '2nd Test',
    'Ashes Test 2',
    'England v India Test 2',
    'TEST MATCH DAY 1',
    'Testing in Production talk',
    'Test Driven Development workshop',
    'Penetration Testing 101',
    'Test & Learn',
    'Blood drive (test your type)',
  ])('%j is an event', async (title) => {
    expect(await verdictOf('ical', title)).toBe('event');
  });
});

describe('a placeholder title', () => {
  it.each(['New Event', 'Nuevo evento', 'Nouvel évènement', 'Neues Ereignis', '(No title)', '(Sin título)', 'Occupé', 'Зайнятий', 'Busy'])(
    '%j is skipped',
    async (title) => {
      expect(await verdictOf('ical', title)).toEqual(PLACEHOLDER);
    },
  );

  it.each(['New Event Space opening', 'New Events Committee social', 'Busy Bees toddler group', 'Nuevo evento de Python Madrid'])(
    '%j is an event',
    async (title) => {
      expect(await verdictOf('ical', title)).toBe('event');
    },
  );
});
