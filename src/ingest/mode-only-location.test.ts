import { describe, expect, it } from 'vitest';
import type { FeedPlace } from '../core/placement.js';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a real conference schedule export: a location of only "In-person" placed nothing (not even with a place
// set for the feed), while "In-person; Training" was placed at the feed's home.

const NOW = new Date('2026-05-01T00:00:00Z');
const at = (day: string, time: string) => `DTSTART:202605${day}T${time}00Z`;

const MODES = calendar(
  ['X-WR-CALNAME:Sprouts Society'],
  [
    vevent('m1@sprouts.example', at('04', '1800'), 'Sprouts Social', 'In person'),
    vevent('m2@sprouts.example', at('05', '1800'), 'Sprouts Seminar', 'In-person; Seminar'),
    vevent('m3@sprouts.example', at('06', '1800'), 'Sprouts Forum', 'Hybrid'),
    vevent('m4@sprouts.example', at('07', '1800'), 'Sprouts Webinar', 'Online'),
  ],
);

const SET: FeedPlace = {
  venue: 'Sprout Hall',
  town: 'Leeds, England, GB',
  lat: 53.7965,
  lon: -1.5478,
  country: 'GB',
  timezone: 'Europe/London',
};

describe('a location that says only how people attend: in person at the feed’s home, with or without a kind of session', () => {
  const feed = { url: 'https://sprouts.example/society.ics', body: MODES, type: 'text/calendar' };
  const home = previewed(feed, 'Leeds, UK', 50, NOW);
  const set = previewed(feed, 'Leeds, UK', 50, NOW, SET);
  const seen = (r: ReturnType<typeof home>) => [r.verdict, r.attendance, r.address, r.locality, r.placedBy];

  it.each([
    ['"In person"', 'Sprouts Social', ['post', 'in_person', null, 'Leeds', 'home-area']],
    ['"In-person; Seminar"', 'Sprouts Seminar', ['post', 'in_person', null, 'Leeds', 'home-area']],
    ['"Hybrid"', 'Sprouts Forum', ['post', 'hybrid', null, 'Leeds', 'home-area']],
    ['"Online" (never placed)', 'Sprouts Webinar', ['skip', 'online', 'Online', null, 'none']],
  ])('%s, at the feed’s home area', (_what, title, expected) => {
    expect(seen(home(title))).toEqual(expected);
  });

  it.each([
    ['"In person"', 'Sprouts Social', 'in_person'],
    ['"In-person; Seminar"', 'Sprouts Seminar', 'in_person'],
    ['"Hybrid"', 'Sprouts Forum', 'hybrid'],
  ])('%s, at the place set for the feed', (_what, title, attendance) => {
    expect([home(title).verdict, set(title).placedBy, set(title).attendance, set(title).venue]).toEqual([
      'post',
      'set',
      attendance,
      'Sprout Hall',
    ]);
  });
});
