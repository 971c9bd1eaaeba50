import { describe, expect, it } from 'vitest';
import type { FeedPlace } from '../core/placement.js';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a sweep of calendar platforms: a location that is no place was put at the feed's home area and
// posted at 0.0 km as in person — a Calendly phone appointment whose LOCATION is the number, a Windows Live invite
// whose LOCATION is the form's label "地点" ("location"), and a Luma entry whose location is only "Kenya". A call is
// attended from wherever one is (online, as a Zoom link); a form's label is no location; a country alone names the
// country (its zone), not a venue, so there is no distance to measure. A venue named after its country stays a venue.
// Every feed here is made up, in the shapes those platforms write.

const NOW = new Date('2026-05-01T00:00:00Z');
const SET: FeedPlace = { venue: 'Lee Studio', town: 'Beijing, CN', lat: 39.9075, lon: 116.3972, country: 'CN', timezone: 'Asia/Shanghai' };
const at = (day: string, time: string) => `DTSTART:202605${day}T${time}00Z`;
type Row = ReturnType<ReturnType<typeof previewed>>;
const seen = (r: Row) => [r.verdict, r.reason, r.attendance, r.placedBy];
const ics = (url: string, header: string[], events: string[][]) => ({ url, body: calendar(header, events), type: 'text/calendar' });

describe('a location that is a phone call (a booking tool’s or an Outlook invite’s)', () => {
  const row = previewed(
    ics(
      'https://bookings.example/alex.ics',
      ['X-WR-CALNAME:Alex Example'],
      [
        vevent('c1@bookings.example', at('04', '2030'), 'Intro call with Sam', '+1 602-555-0147'),
        vevent('c2@bookings.example', at('05', '2030'), 'Follow-up with Jo', '(602) 555-0188'),
        vevent('c3@bookings.example', at('06', '2030'), 'Budget review', 'Tel: +1 602 555 0111'),
        vevent('c4@bookings.example', at('07', '2030'), 'Weekly catch-up', 'Phone call'),
        vevent('c5@bookings.example', at('08', '2030'), 'Board sync', 'Conference call'),
        vevent('c6@bookings.example', at('09', '2030'), 'Vendor chat', 'Call +44 20 7946 0958'),
        vevent('c7@bookings.example', at('10', '2030'), 'Steering group', 'Dial-in: +1 602 555 0100\\, PIN 4321#'),
        vevent('c8@bookings.example', at('11', '2030'), 'Rückruf', 'Telefon'),
        vevent('c9@bookings.example', at('12', '2030'), 'Coffee with Sam', 'Desert Bloom Cafe'),
      ],
    ),
    'Phoenix, AZ',
    50,
    NOW,
  );

  it.each([
    ['a number alone', 'Intro call with Sam'],
    ['a number with its area code in brackets', 'Follow-up with Jo'],
    ['"Tel: …"', 'Budget review'],
    ['"Phone call"', 'Weekly catch-up'],
    ['"Conference call"', 'Board sync'],
    ['"Call +44 …"', 'Vendor chat'],
    ['"Dial-in: …, PIN …"', 'Steering group'],
    ['"Telefon"', 'Rückruf'],
  ])('%s is a call, not in person, and not placed at home', (_what, title) => {
    expect(seen(row(title))).toEqual(['skip', 'online', 'online', 'none']);
    expect(row(title).distanceKm).toBeNull();
  });

  it('a venue named alone is still in person at the feed’s home area', () => {
    expect(seen(row('Coffee with Sam'))).toEqual(['post', null, 'in_person', 'home-area']);
  });
});

describe('a location that is only a form’s label', () => {
  const feed = ics(
    'https://invites.example/lee.ics',
    ['X-WR-CALNAME:Lee'],
    [
      vevent('f1@invites.example', at('04', '0100'), '周会', '地点'),
      vevent('f2@invites.example', at('05', '0100'), '讀書會', '地點'),
      vevent('f3@invites.example', at('06', '0100'), '勉強会', '場所'),
      vevent('f4@invites.example', at('07', '0100'), 'Team lunch', 'Location:'),
      vevent('f5@invites.example', at('08', '0100'), 'Planning', 'Venue'),
      vevent('f6@invites.example', at('09', '0100'), 'Tea tasting', 'Blue Lotus Teahouse'),
    ],
  );
  const row = previewed(feed, 'Beijing, China', 50, NOW);
  const set = previewed(feed, 'Beijing, China', 50, NOW, SET);

  it.each([
    ['"地点"', '周会'],
    ['"地點"', '讀書會'],
    ['"場所"', '勉強会'],
    ['"Location:"', 'Team lunch'],
    ['"Venue"', 'Planning'],
  ])('%s is no location: not in person, not placed', (_what, title) => {
    expect(seen(row(title))).toEqual(['skip', 'unknown-attendance', 'unknown', 'none']);
    expect([row(title).venue, row(title).address]).toEqual([null, null]);
  });

  it('a venue named alone is still in person at the feed’s home area', () => {
    expect(seen(row('Tea tasting'))).toEqual(['post', null, 'in_person', 'home-area']);
  });

  it('with a place set for the feed, a form’s label is nothing written: the event is at the set place', () => {
    expect([...seen(set('周会')), set('周会').venue]).toEqual(['post', null, 'in_person', 'set', 'Lee Studio']);
  });
});

describe('a location that is only a country', () => {
  const luma = (uid: string, day: string, title: string, location: string) => [
    ...vevent(uid, at(day, '1500'), title, location),
    `DESCRIPTION:Get up-to-date information at: https://luma.example/${uid}\\n\\nAddress:\\n${location}\\n\\nHosted by Example`,
  ];
  const row = previewed(
    ics(
      'https://luma.example/ics/nairobi-makers',
      ['X-WR-CALNAME:Nairobi Makers'],
      [
        luma('k1', '04', 'Maker meetup', 'Kenya '),
        luma('k2', '05', 'Hardware night', 'UK'),
        luma('k3', '06', 'Robotics day', 'Deutschland'),
        luma('k4', '07', 'Play reading', 'Kenya National Theatre'),
        luma('k5', '08', 'Soldering class', 'Example Hub\\, Ngong Rd\\, Nairobi\\, Kenya'),
      ],
    ),
    'Nairobi, Kenya',
    50,
    NOW,
  );

  it.each([
    ['"Kenya"', 'Maker meetup', 'KE'],
    ['"UK"', 'Hardware night', 'GB'],
    ['"Deutschland"', 'Robotics day', 'DE'],
  ])('%s names the country, not a venue: not in person, no distance', (_what, title, country) => {
    expect(seen(row(title))).toEqual(['skip', 'unknown-attendance', 'unknown', 'calendar']);
    expect([row(title).lat, row(title).country, row(title).distanceKm]).toEqual([null, country, null]);
  });

  it('a venue named after its country is still a venue, in person at the feed’s home area', () => {
    expect(seen(row('Play reading'))).toEqual(['post', null, 'in_person', 'home-area']);
  });

  it('an address in the country is placed by its town', () => {
    expect(seen(row('Soldering class'))).toEqual(['post', null, 'in_person', 'address']);
  });
});
