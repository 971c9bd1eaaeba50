/**
 * A conference programme's entries that are no event for a local channel:
 * its breaks (not-public/break-slots.ts) and its sessions for a closed audience
 * (not-public/closed-audience.ts), beside look-alikes that must still be posted.
 * Synthetic entries of our own, in the shape of real schedule exports.
 */
import { describe, expect, it } from 'vitest';
import { context, parseOk } from './test-helpers.js';

const NOW = context('2026-10-01T00:00:00Z', '2026-12-31T00:00:00Z');

/** 'event' when a one-entry calendar's entry is read as an event, else why it was skipped. */
function verdict(title: string, lines: string[] = []): string {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PYVOBJECT//NONSGML Version 1//EN',
    'BEGIN:VEVENT',
    'UID:slot@schedule.example',
    'DTSTART:20261105T120000Z',
    'DTEND:20261105T130000Z',
    'LOCATION:Garden Room (B2.4)',
    `SUMMARY:${title}`,
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const parsed = parseOk(ics, NOW);
  return parsed.events.length === 1 ? 'event' : (parsed.skipped[0]?.reason ?? 'nothing');
}

const BREAK = expect.stringContaining('a break in the schedule');
const CLOSED = expect.stringContaining('for a closed group');

// Lesson from a real PyCon schedule: its "Registration / Breakfast", "<workshop> Lunch", "<track> Lunch" and an
// unfilled "Lunchtime Event" had been posted as events.
describe('a break in a programme', () => {
  it.each([
    'Registration / Breakfast',
    'Registration',
    'Registration & Coffee',
    'Lunch',
    'Lunch Break',
    'Coffee Break',
    'Coffee break.',
    'Tea break',
    'Break',
    'Break/Networking',
    'Check-in',
    'Lunchtime Event',
    'Lunch time Event',
    'RustBridge Lunch',
    'CodeClub Lunch',
    'Trans*Code Lunch',
    'Teaching Track Lunch',
    'Speakers’ Lunch',
    'Sprint Room Coffee Break',
  ])('%s is skipped', (title) => {
    expect(verdict(title)).toEqual(BREAK);
  });

  it.each([
    // a topic or a programme of its own
    'Themed Networking Lunch: Open Hardware',
    'Lunch & Learn: Testing in Rust',
    'Maker Lunch & Learn',
    'Lunchtime Talk: Rivers of Leeds',
    'Breakfast Club meetup',
    'Pancake Breakfast fundraiser',
    // a social people go to
    'Christmas Lunch',
    'Community Lunch',
    'Networking Breakfast',
    'Lunch & Networking',
    'Coffee & Networking',
    'Afternoon Tea',
    'Lunch Club',
    'Open Registration Evening for Cubs',
    'Breaking the Code: a talk',
  ])('%s is an event', (title) => {
    expect(verdict(title)).toBe('event');
  });
});

// Lesson from a real data-week schedule: "(By invitation only)", "(<university> staff and students only)" and
// "(Academics only)" sessions had been posted.
describe('a session for a closed audience', () => {
  it.each<[string, string[]]>([
    ['Soil Data Roundtable (By invitation only)', []],
    ['Lab Safety Briefing (Leeds Poly staff and students only)', []],
    ['Cluster Onboarding (Academics only)', []],
    ['Careers Clinic (PhD students only)', []],
    ['Research Café [staff only]', []],
    ['Strategy Day – invite only', []],
    ['Board Dinner (by invitation)', []],
    ['Invite-only', []],
    ['Staff only', []],
    ['Soil Data Roundtable', ['DESCRIPTION:By invitation only.\\nHosted by the Research Office.']],
  ])('%s %j is skipped', (title, lines) => {
    expect(verdict(title, lines)).toEqual(CLOSED);
  });

  it.each<[string, string[]]>([
    // a talk about it, or a price
    ['Why invitation-only events fail', []],
    ['Students only learn by doing: a panel', []],
    ['Discount for students only', []],
    ['Wedding invitation design workshop', []],
    // a club's own feed: its channel is its members, and a visitor may join at the door
    ['Members only', []],
    ['Board Games Night (Members only)', []],
    // a closed-audience line further down the description is about something else
    ['Soil Data Roundtable', ['DESCRIPTION:Open to all.\\nThe dinner after is by invitation only.']],
  ])('%s %j is an event', (title, lines) => {
    expect(verdict(title, lines)).toBe('event');
  });
});
