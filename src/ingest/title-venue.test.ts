import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewUrl } from './preview.js';
import { calendar, ingestDeps, previewByTitle, Sites, type RowsByTitle } from './test-sites.js';

// Lesson from real feeds (issue #8), on a synthetic calendar of our own: a hand-kept group calendar
// whose socials name their venue only in the title — no LOCATION, no URL, nothing in the description.

const NOW = new Date('2026-11-20T10:00:00Z');

const event = (uid: string, day: string, summary: string, extra: string[] = []) => [
  `UID:${uid}@brum.example`,
  'DTSTAMP:20261101T000000Z',
  `DTSTART;TZID=Europe/London:202612${day}T190000`,
  `DTEND;TZID=Europe/London:202612${day}T220000`,
  `SUMMARY:${summary}`,
  ...extra,
];

const BRUM = calendar(
  ['X-WR-CALNAME:Brum Tech Socials', 'X-WR-TIMEZONE:Europe/London'],
  [
    event('code-coffee', '01', 'Code & Coffee', ['LOCATION:The Victoria\\, 48 John Bright St\\, Birmingham B1 1BN']),
    event('pub-night', '02', 'Python Pub Night @ The Victoria'),
    event('board-games', '03', 'Board games at The Red Lion, Moseley'),
    event('tech-talks', '04', 'Tech Talks – Birmingham Library'),
    event('ai-home', '05', 'Intro to AI @ home'),
    event('mention', '06', 'Meet @alice'),
    event('qa', '07', 'Q&A at 7pm'),
    event('scale', '08', 'Talk at scale'),
    event('cardiff', '09', 'Quiz at The Crown, Cardiff'),
    event('tba', '10', 'Social @ TBA'),
    event('online', '11', 'Lightning talks at The Hub (online)'),
    event('stated', '12', 'Drinks at The Victoria', ['LOCATION:Fazeley Studios\\, 191 Fazeley St\\, Birmingham B5 5SE']),
    event('church', '13', 'Carols @ Church'),
  ],
);

// A calendar that says nothing of where it is: no name with a town, no zone, no placed event.
const SILENT = calendar([], [event('silent', '02', 'Pub Night @ The Victoria')]);

describe('ingest: a venue named only in the title', () => {
  const sites = new Sites();
  let row: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    sites.page('brum.example', '/socials.ics', BRUM, 'text/calendar');
    sites.page('brum.example', '/silent.ics', SILENT, 'text/calendar');
    ({ row } = await previewByTitle(sites, 'https://brum.example/socials.ics', 'Birmingham, UK', 25, NOW));
  });
  afterAll(() => sites.close());

  it.each([
    // the same venue another event of the feed names with its address
    ['Python Pub Night @ The Victoria', 'The Victoria', 'Birmingham'],
    // a venue no other event names: the feed's home area (Birmingham, from "Brum" in its name)
    ['Board games at The Red Lion, Moseley', 'The Red Lion, Moseley', 'Birmingham'],
    ['Tech Talks – Birmingham Library', 'Birmingham Library', 'Birmingham'],
    // only a kind of venue, which no venue of the feed is: its home area, not a town called Church
    ['Carols @ Church', 'Church', 'Birmingham'],
  ])('%j is placed by its title and posted', (title, address, locality) => {
    expect(row(title)).toMatchObject({ verdict: 'post', placedBy: 'title', attendance: 'in_person', address, locality, country: 'GB' });
  });

  it.each([
    ['Intro to AI @ home', 'unknown-attendance'],
    ['Meet @alice', 'unknown-attendance'],
    ['Q&A at 7pm', 'unknown-attendance'],
    ['Talk at scale', 'unknown-attendance'],
    ['Social @ TBA', 'unknown-attendance'],
    ['Lightning talks at The Hub (online)', 'online'],
  ])('%j names no venue: not posted (%s)', (title, reason) => {
    expect(row(title)).toMatchObject({ verdict: 'skip', reason, placedBy: 'none', address: null });
  });

  it('a title naming a town far from the feed’s home is not placed at the home', () => {
    expect(row('Quiz at The Crown, Cardiff')).toMatchObject({ verdict: 'skip', reason: 'unknown-place', placedBy: 'none', lat: null });
  });

  // Lesson from a real church calendar: "Prayer @ Church" beside its services at the church's address.
  it('a title naming only a kind of venue is the one such venue of the feed', async () => {
    const chapel = calendar(
      ['X-WR-CALNAME:Harbour Chapel', 'X-WR-TIMEZONE:America/Toronto'],
      [
        event('praise', '01', 'Praise Night', ['LOCATION:Harbour Church\\, 55 King St E\\, Oshawa\\, ON L1H 1B4\\, Canada']),
        event('prayer', '02', 'Prayer @ Church'),
      ],
    );
    sites.page('chapel.example', '/events.ics', chapel, 'text/calendar');
    const { row: chapelRow } = await previewByTitle(sites, 'https://chapel.example/events.ics', 'Oshawa, Ontario, Canada', 25, NOW);
    expect(chapelRow('Prayer @ Church')).toMatchObject({ verdict: 'post', placedBy: 'title', locality: 'Oshawa', country: 'CA' });
    expect(chapelRow('Prayer @ Church').distanceKm).toBeLessThan(3);
  });

  it('a location the event states outranks its title', () => {
    expect(row('Drinks at The Victoria')).toMatchObject({ placedBy: 'address', venue: 'Fazeley Studios' });
  });

  it('a feed that says nothing of where it is places no title venue', async () => {
    const p = await previewUrl('https://brum.example/silent.ics', ingestDeps(sites), null, NOW);
    if (!p.ok) throw new Error(p.message);
    expect(p.rows.map((r) => [r.event.placedBy, r.event.lat, r.event.address])).toEqual([['none', null, 'The Victoria']]);
  });
});
