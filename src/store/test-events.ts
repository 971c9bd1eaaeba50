import type { NormalisedEvent } from '../core/event.js';
import { contentHash } from '../core/hash.js';

/**
 * TEST SUPPORT: a valid NormalisedEvent with overrides; the content hash is
 * recomputed from the final fields, as src/normalise does, so a changed
 * field means a changed hash.
 */
export function normalisedEvent(over: Partial<NormalisedEvent> = {}): NormalisedEvent {
  const base: NormalisedEvent = {
    sourceUrl: 'https://feeds.example.org/cal.ics',
    sourceUid: 'uid-1',
    url: 'https://www.meetup.com/brum-js/events/301234567/',
    title: 'BrumJS March Meetup',
    description: 'Talks and pizza.',
    start: new Date('2030-03-14T18:30:00Z'),
    end: new Date('2030-03-14T21:00:00Z'),
    timezone: 'Europe/London',
    allDay: false,
    venue: 'The Engine Room',
    address: '1 Canal St, Birmingham',
    lat: 52.4778,
    lon: -1.9097,
    locality: 'Birmingham',
    country: 'GB',
    attendance: 'in_person',
    status: 'scheduled',
    organiser: 'BrumJS',
    contentHash: '0'.repeat(64),
    ...over,
  };
  return { ...base, contentHash: contentHash(base) };
}
