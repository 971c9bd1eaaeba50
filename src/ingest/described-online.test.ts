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

// Lesson from a French tech hub's calendar (Meetup events with no LOCATION): the description says in prose that the
// event is held online, and a feed place set for the others must not post it in person there.
const FRENCH = calendar(
  ['X-WR-CALNAME:Club Exemple'],
  [
    event('klub', '09', 'Club Exemple : Cercle de lecture', 'Le prochain cercle se tiendra le jeudi 9 juillet en ligne.'),
    event('qa', '10', 'Club Exemple : Questions sur la billetterie', 'Venez participer à une soirée à distance pour poser vos questions.'),
    event('tix', '11', 'Club Exemple : Soirée de rentrée', 'La soirée aura lieu le 11 juillet à 19h ! Billetterie en ligne.'),
  ],
);

describe('ingest: a French feed with a set place whose descriptions say in prose that an event is online', () => {
  const row = previewed(
    { url: 'https://club.example/events.ics', body: FRENCH, type: 'text/calendar' },
    'Lyon, France',
    50,
    NOW,
    placeOf('Lyon, France'),
  );

  it('keeps "se tiendra … en ligne" and "une soirée à distance" online, not posted in person at the set place', () => {
    expect(row('Club Exemple : Cercle de lecture')).toMatchObject({ verdict: 'skip', reason: 'online', attendance: 'online' });
    expect(row('Club Exemple : Questions sur la billetterie')).toMatchObject({ verdict: 'skip', reason: 'online', attendance: 'online' });
  });

  it('still posts an evening whose tickets are sold online in person at the set place', () => {
    expect(row('Club Exemple : Soirée de rentrée')).toMatchObject({ verdict: 'post', attendance: 'in_person', locality: 'Lyon' });
  });
});
