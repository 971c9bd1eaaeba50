import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real motor-racing circuit's calendar (invented events of the same shape): its name and zone say
// Sydney (X-WR-CALNAME, X-WR-TIMEZONE, and TZID=Australia/Sydney on every event), and it writes its tracks as
// LOCATION with a bracketed layout code: "Corbin (GP)" is the Corbin straight on the Grand Prix layout. "GP" also
// reads as Guadeloupe, and Corbin is a small town in Kentucky: the code had been dropped, the track placed in
// Kentucky (shown on Kentucky's clock), and those events had taken the feed's home there, so every event was skipped.

const NOW = new Date('2026-08-31T00:00:00Z');

const event = (uid: string, day: string, summary: string, location: string) => [
  `UID:${uid}@raceway.example`,
  'DTSTAMP:20260801T000000Z',
  `DTSTART;TZID=Australia/Sydney:202609${day}T083000`,
  `DTEND;TZID=Australia/Sydney:202609${day}T163000`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
];

const CIRCUIT = calendar(
  ['X-WR-CALNAME:Kart Club of Sydney', 'X-WR-TIMEZONE:Australia/Sydney'],
  [
    event('open-pit', '01', 'Open Pit Lane', 'Corbin (GP)'),
    event('track-day', '02', 'Track Day', 'Corbin (GP)'),
    event('ride-day', '03', 'Ride Day', 'Corbin (GP)'),
    event('time-attack', '04', 'Time Attack Round 3', 'Corbin (GP)\\, Skid Circuit\\, Skid Pan'),
    event('speed-series', '05', 'Speed Series Round 5', 'Corbin (GP)\\, Skid Circuit\\, Skid Pan'),
    event('drift', '06', 'Drift Club', 'Skid Pan'),
    event('learners', '07', 'Night Drive for Learners', 'Prescott (Extended)'),
    event('state-code', '08', 'Club Sprint', 'Corbin (NSW)'),
  ],
);

describe('ingest: a track written with a bracketed code, in a calendar whose name and zone say where it is', () => {
  const row = previewed(
    { url: 'https://raceway.example/calendar.ics', body: CIRCUIT, type: 'text/calendar' },
    'Sydney, Australia',
    50,
    NOW,
  );

  it.each([
    ['Open Pit Lane', 'the track alone'],
    ['Track Day', 'the track alone'],
    ['Time Attack Round 3', 'the track among the circuit’s other parts'],
    ['Drift Club', 'a venue named alone: at the feed’s home, which is Sydney'],
    ['Night Drive for Learners', 'a track named like a small town elsewhere, with a note in brackets'],
  ])('%s (%s) is at the circuit’s home, in Sydney, on Sydney’s clock, and posted', (title) => {
    expect(row(title)).toMatchObject({
      verdict: 'post',
      placedBy: 'home-area',
      locality: 'Sydney',
      country: 'AU',
      timezone: 'Australia/Sydney',
    });
    expect(row(title).start.toISOString()).toMatch(/T22:30:00\.000Z$/); // 08:30 AEST
  });

  it('a track with a state code the gazetteer has no such town in is not placed in Kentucky', () => {
    expect(row('Club Sprint')).toMatchObject({ country: 'AU', timezone: 'Australia/Sydney' });
    expect(row('Club Sprint').locality).not.toBe('Corbin');
  });
});
