import { describe, expect, it } from 'vitest';
import type { FeedPlace } from '../core/placement.js';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a real conference schedule export: a location of only "In-person" placed nothing (not even with a place
// set for the feed), while "In-person; Training" was placed at the feed's home. Both are now read one way: at the
// feed's home (from its own events, else the channel's region, as a venue named alone) or at the place an admin set.

const NOW = new Date('2026-05-01T00:00:00Z');
const at = (day: string, time: string) => `DTSTART:202605${day}T${time}00Z`;

const MODE_EVENTS = [
  vevent('m1@sprouts.example', at('04', '1800'), 'Sprouts Social', 'In person'),
  vevent('m2@sprouts.example', at('05', '1800'), 'Sprouts Seminar', 'In-person; Seminar'),
  vevent('m3@sprouts.example', at('06', '1800'), 'Sprouts Forum', 'Hybrid'),
  vevent('m4@sprouts.example', at('07', '1800'), 'Sprouts Webinar', 'Online'),
  vevent('m5@sprouts.example', at('07', '2000'), 'Sprouts Clinic', 'Online &amp; in-person; Workshop'),
];
const HALL = 'Sprout Hall\\, 2 Park Row\\, Leeds LS1 5HN';
const PLACED = calendar(
  ['X-WR-CALNAME:Sprouts Society'],
  [
    ...MODE_EVENTS,
    vevent('h1@sprouts.example', at('08', '1800'), 'Sprouts AGM', HALL),
    vevent('h2@sprouts.example', at('09', '1800'), 'Sprouts Quiz', HALL),
  ],
);
const SAYS_NOTHING = calendar(['X-WR-CALNAME:Sprouts Society'], MODE_EVENTS);

const SET: FeedPlace = {
  venue: 'Sprout Hall',
  town: 'Leeds, England, GB',
  lat: 53.7965,
  lon: -1.5478,
  country: 'GB',
  timezone: 'Europe/London',
};

const feedOf = (body: string) => ({ url: 'https://sprouts.example/society.ics', body, type: 'text/calendar' });
type Row = ReturnType<ReturnType<typeof previewed>>;
const seen = (r: Row) => [r.verdict, r.attendance, r.address, r.locality, r.placedBy];

describe('a location that says only how people attend, in a feed whose other events are placed', () => {
  const home = previewed(feedOf(PLACED), 'Leeds, UK', 50, NOW);

  it.each([
    ['"In person"', 'Sprouts Social', ['post', 'in_person', null, 'Leeds', 'home-area']],
    ['"In-person; Seminar"', 'Sprouts Seminar', ['post', 'in_person', null, 'Leeds', 'home-area']],
    ['"Hybrid"', 'Sprouts Forum', ['post', 'hybrid', null, 'Leeds', 'home-area']],
    ['"Online" (never placed)', 'Sprouts Webinar', ['skip', 'online', 'Online', null, 'none']],
    ['"Online &amp; in-person; Workshop"', 'Sprouts Clinic', ['post', 'hybrid', null, 'Leeds', 'home-area']],
  ])('%s is at the feed’s home area', (_what, title, expected) => {
    expect(seen(home(title))).toEqual(expected);
  });
});

describe('a location that says only how people attend, in a feed that says nowhere where it is', () => {
  const region = previewed(feedOf(SAYS_NOTHING), 'Leeds, UK', 50, NOW);
  const set = previewed(feedOf(SAYS_NOTHING), 'Leeds, UK', 50, NOW, SET);

  it.each([
    ['"In person"', 'Sprouts Social', 'in_person'],
    ['"In-person; Seminar"', 'Sprouts Seminar', 'in_person'],
    ['"Hybrid"', 'Sprouts Forum', 'hybrid'],
    ['"Online &amp; in-person; Workshop"', 'Sprouts Clinic', 'hybrid'],
  ])('%s is at the channel’s town, as a venue named alone would be, or at the place set for the feed', (_what, title, attendance) => {
    expect([region(title).verdict, region(title).placedBy, region(title).locality]).toEqual(['post', 'home-area', 'Leeds']);
    expect([set(title).verdict, set(title).placedBy, set(title).attendance, set(title).venue]).toEqual([
      'post',
      'set',
      attendance,
      'Sprout Hall',
    ]);
  });
});
