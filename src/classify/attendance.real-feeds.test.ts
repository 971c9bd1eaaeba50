import { expect, it } from 'vitest';
import { emptyParsedEvent } from '../sources/types.js';
import { classifyAttendance } from './attendance.js';

// Lesson from Meetup group calendars and a Meetup aggregator (issue #8), on synthetic events of
// our own: current Meetup feeds carry no LOCATION, and groups say "online" in a title tag.
const event = (title: string, locationText: string | null = null) =>
  emptyParsedEvent({ uid: title, title, start: new Date('2026-03-19T18:00:00Z'), locationText });

it.each([
  ['[En ligne] Atelier TDD', 'online'],
  ['Rust Lyon #12 (Online)', 'online'],
  ['Data Science : #60 - Transformers [Distanciel]', 'online'],
  ['Stammtisch [Virtuell]', 'online'],
  ['Charla [En línea]: Kotlin', 'online'],
  ['[À distance] Réunion du bureau', 'online'],
  ['Online Marketing Meetup', 'unknown'], // a topic, not a tag
  ['[Hybrid] Talks', 'unknown'],
  ['Summer social', 'unknown'],
])('%j with no location → %s', (title, expected) => {
  expect(classifyAttendance(event(title))).toBe(expected);
});

it('a stated place outranks the tag: the tag is only read when the feed gives no location', () => {
  expect(classifyAttendance(event('[Online] Talks, then drinks', 'The Lamp Tavern, 157 Barford St, Birmingham'))).toBe('in_person');
});
