import type { EventCard } from '../../src/core/chat.js';

/**
 * An event card as the core hands it to a chat adapter: an in-person evening
 * talk in London, scheduled, with no RSVPs and nothing optional filled in.
 * Tests override the fields they look at.
 */
export const eventCard = (over: Partial<EventCard> = {}): EventCard => ({
  eventId: 7,
  title: 'Brum.js December',
  url: 'https://brumjs.test/dec',
  start: new Date('2025-12-04T18:30:00Z'),
  end: null,
  timezone: 'Europe/London',
  allDay: false,
  venue: 'The Victoria',
  address: null,
  mapUrl: null,
  organiser: null,
  source: null,
  status: 'scheduled',
  attendance: 'in_person',
  notice: null,
  counts: { going: 0, maybe: 0 },
  ...over,
});
