import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real college calendar (Trumba), on a synthetic one of our own: an event with no
// LOCATION whose description says "take place from 3-4 p.m. in the <Venue>". The hours between
// "take place" and "in" hid the venue, so the event was skipped as naming no place while the
// feed's other events were posted in its town.

const NOW = new Date('2027-03-01T00:00:00Z');

const event = (uid: string, day: string, summary: string, location: string | null, description: string) => [
  `UID:${uid}@college.example`,
  'DTSTAMP:20270201T000000Z',
  `DTSTART;TZID=America/Los_Angeles:202703${day}T150000`,
  `DTEND;TZID=America/Los_Angeles:202703${day}T160000`,
  `SUMMARY:${summary}`,
  ...(location ? [`LOCATION:${location}`] : []),
  `DESCRIPTION:${description}`,
];

const ICS = calendar(
  ['X-WR-CALNAME:Example College Events', 'X-WR-TIMEZONE:America/Los_Angeles'],
  [
    event('talk', '03', 'Guest Lecture', 'Lecture Hall\\, Example College\\, Tumwater\\, WA', 'A talk.'),
    event('fair', '04', 'Career Fair', 'Main Gym\\, Example College\\, Tumwater\\, WA', 'Meet employers.'),
    event(
      'yoga',
      '09',
      'Chair Pilates Tuesdays',
      null,
      '<p>Chair Pilates Tuesdays take place from 3-4 p.m. in the Maple Wellness Center (building 9)\\, room 12.</p>',
    ),
    event('person', '10', 'Study Skills', null, '<p>Study Skills sessions take place every Wednesday in person.</p>'),
  ],
);

describe('ingest: "takes place <when> in the <Venue>" in a description', () => {
  const row = previewed({ url: 'https://college.example/events.ics', body: ICS, type: 'text/calendar' }, 'Olympia, WA', 50, NOW);

  it('reads the venue after the hours and posts the event in the feed’s town', () => {
    expect(row('Chair Pilates Tuesdays')).toMatchObject({
      verdict: 'post',
      attendance: 'in_person',
      address: 'Maple Wellness Center',
      placedBy: 'home-area',
      locality: 'Tumwater',
    });
  });

  it('does not read "in person" after a weekday as a venue', () => {
    expect(row('Study Skills')).toMatchObject({ verdict: 'skip', address: null, placedBy: 'none' });
  });
});
