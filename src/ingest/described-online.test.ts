import { describe, expect, it } from 'vitest';
import type { FeedPlace } from '../core/placement.js';
import { resolveFeedPlace } from '../place/index.js';
import { calendar, previewed } from './test-sites.js';

// Lessons from real feeds built from Meetup, on a synthetic calendar of our own: their events name no place, so
// an admin sets one for the feed, and only the description says whether an event is held online.

const NOW = new Date('2026-07-01T00:00:00Z');
const event = (uid: string, day: string, summary: string, description: string) => [
  `UID:${uid}`,
  'DTSTAMP:20260601T000000Z',
  `DTSTART;TZID=Asia/Bangkok:202607${day}T190000`,
  `SUMMARY:${summary}`,
  `DESCRIPTION:${description}`,
];

const FEED = calendar(
  ['X-WR-CALNAME:Example Readers', 'X-WR-TIMEZONE:Asia/Bangkok'],
  [
    event('bold', '05', 'Book talk: Example Title', 'Example Readers Club **ONLINE EVENT** We will discuss the book together.'),
    event('lead', '06', 'Book talk 2', 'Online event. We will discuss the book together.'),
    event('cafe', '07', 'Book swap', 'Bring a book\\, take a book. Tickets online.'),
    // Lesson from a hackerspace's calendar: an in-person meetup that also offers its community's Discord chat.
    event(
      'chat',
      '08',
      'Pixel Club Meet and Greet',
      'We meet at local hackspaces every month.\\n\\nYou can also join us via Discord on our server.',
    ),
  ],
);

function placeOf(text: string): FeedPlace {
  const r = resolveFeedPlace(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.place;
}

describe('ingest: a feed with a set place whose descriptions say an event is online', () => {
  const row = previewed(
    { url: 'https://readers.example/events.ics', body: FEED, type: 'text/calendar' },
    'Chiang Mai, Thailand',
    50,
    NOW,
    placeOf('Chiang Mai, Thailand'),
  );

  it('keeps an event online whose description carries an "ONLINE EVENT" banner, not posted in person at the set place', () => {
    expect(row('Book talk: Example Title')).toMatchObject({ verdict: 'skip', reason: 'online', attendance: 'online' });
    expect(row('Book talk 2')).toMatchObject({ verdict: 'skip', reason: 'online', attendance: 'online' });
  });

  it('still posts the others in person at the set place, one that also offers its Discord chat among them', () => {
    expect(row('Book swap')).toMatchObject({ verdict: 'post', attendance: 'in_person', locality: 'Chiang Mai' });
    expect(row('Pixel Club Meet and Greet')).toMatchObject({ verdict: 'post', attendance: 'in_person', locality: 'Chiang Mai' });
  });
});
