import { describe, expect, it } from 'vitest';
import { emptyParsedEvent } from '../sources/types.js';
import { classifyAttendance } from './attendance.js';

// Lesson from a real Meetup group's feed (Czech): the description says the meetup is streamed and held offline
// too, but Meetup's iCal cuts it before the stream's link, so the post said "in person". Synthetic descriptions.

const at = (description: string) =>
  classifyAttendance(
    emptyParsedEvent({
      uid: 'u',
      title: 'Example meetup',
      start: new Date('2026-10-05T16:30:00Z'),
      locationText: 'Ukázková 12, Karlín, Praha 8',
      description,
    }),
  );

describe('an event at a place whose description says it is streamed too, with no link', () => {
  it.each([
    'Example UX Group\nVedle online streamu se potkáme také v offline režimu (detail...',
    'Besides the online stream we will also meet offline (detail...',
    'You can join us in person or via the live stream.',
    'Attend online or in person, as you like.',
    'The talks will also be streamed.',
    'La charla será en el local; también se podrá seguir por streaming.',
    'Der Vortrag ist auch per Livestream zu sehen.',
    'Wir treffen uns vor Ort und online.',
    'La soirée sera aussi en direct sur YouTube.',
  ])('is hybrid: %s', (description) => {
    expect(at(description)).toBe('hybrid');
  });

  it.each([
    'Recordings will be posted later.',
    'The slides will be online after the talk.',
    'Please RSVP online.',
    'Tickets online or in person at the door.',
    'Follow us online for news.',
    'A talk on event streaming with Kafka and offline-first apps.',
    'No livestream this time, so come in person!',
    'Concert de jazz en direct au bar.',
  ])('stays in person: %s', (description) => {
    expect(at(description)).toBe('in_person');
  });
});
