import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a Teamup and an Exchange export (sweep t23), on synthetic calendars of our own: they write no
// X-WR-TIMEZONE, only the VTIMEZONE of the zone they are kept in. That zone had been ignored, so their all-day
// entries were shown in the channel's zone and their home taken for the channel's region: a venue named alone
// ("Salón Azul") was put in the channel's city and posted there, whatever the calendar's clock.

const NOW = new Date('2026-03-01T00:00:00Z');

const vtimezone = (tzid: string) => [
  'BEGIN:VTIMEZONE',
  `TZID:${tzid}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:-0300',
  'TZOFFSETTO:-0300',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A calendar kept in `tzid` (its only VTIMEZONE), with an all-day entry at a venue it names alone. */
function keptIn(tzid: string): string {
  const body = calendar(
    ['X-WR-CALNAME:Club calendar'],
    [['UID:fair@club.example', 'DTSTAMP:20260201T000000Z', 'DTSTART;VALUE=DATE:20260312', 'SUMMARY:Science fair', 'LOCATION:Salón Azul']],
  );
  return body.replace('BEGIN:VEVENT', [...vtimezone(tzid), 'BEGIN:VEVENT'].join('\r\n'));
}

const NOT_AT_HOME = { verdict: 'skip', reason: 'unknown-place', placedBy: 'none' } as const;

describe.each<[feed: string, tzid: string, channel: string, zone: string, expected: Record<string, unknown>]>([
  // another clock than the channel's: the calendar is not at home in its region
  ['Teamup, Buenos Aires', 'America/Argentina/Buenos_Aires', 'Miami, FL', 'America/Argentina/Buenos_Aires', NOT_AT_HOME],
  ['Exchange, a Windows zone id', 'Central Standard Time', 'Denver, CO', 'America/Chicago', NOT_AT_HOME],
  // the channel's clock: its region may still be the calendar's home
  [
    'Exchange, the channel’s clock',
    'Central Standard Time',
    'Milwaukee, WI',
    'America/Chicago',
    { verdict: 'post', placedBy: 'home-area', locality: 'Milwaukee' },
  ],
])('ingest: a calendar whose zone is only its VTIMEZONE (%s)', (_feed, tzid, channel, zone, expected) => {
  const row = previewed({ url: 'https://club.example/calendar.ics', type: 'text/calendar', body: keptIn(tzid) }, channel, 50, NOW);

  it(`shows its all-day entry in ${zone}, and takes ${channel} for its home only on that region’s clock`, () => {
    expect(row('Science fair')).toMatchObject({ allDay: true, timezone: zone, ...expected });
  });
});
