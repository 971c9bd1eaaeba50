import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a real national ice-hockey team's fixture calendar: its games are in Finland, Italy, Sweden and at
// home in Zürich, and some give only an arena's name. A Zürich channel had shown the Olympic games in Milan at
// "0.0 km": a venue name alone was put in the channel's region, though the feed is at home nowhere.

const NOW = new Date('2026-01-01T00:00:00Z');

const game = (uid: string, start: string, summary: string, location: string) => vevent(uid, `DTSTART:${start}`, summary, location);

const FIXTURES = calendar(
  ['X-WR-CALNAME:Hockey Men', 'X-WR-TIMEZONE:Europe/Zurich'],
  [
    game('tampere', '20260206T163000Z', 'SUI – FIN (Tampere)', 'Nokia Arena\\, Tampere'),
    game('rho', '20260217T111000Z', 'SUI – ITA', 'Rho Ice Hockey Arena\\, Milano'),
    game('angelholm', '20260307T140000Z', 'FIN – SUI', 'Catena Arena\\, Ängelholm'),
    game('zurich', '20260313T170000Z', 'SUI – CZE', 'Swiss Life Arena\\, Zurich'),
    game('olympia', '20260212T111000Z', 'Olympia · SUI – FRA', 'Santagiulia Ice Arena'),
    game('wm', '20260515T182000Z', 'WM · USA – SUI', 'Zurich Swiss Life Arena'),
  ],
);

describe('ingest: a feed whose games are in several countries has no home in the channel’s region', () => {
  const row = previewed({ url: 'https://hockey.example/men.ics', body: FIXTURES, type: 'text/calendar' }, 'Zurich, Switzerland', 50, NOW);

  it('does not post an arena named alone as if it were in Zürich', () => {
    expect(row('Olympia · SUI – FRA')).toMatchObject({ placedBy: 'none', verdict: 'skip' });
  });

  it('places "Zurich Swiss Life Arena" at the Swiss Life Arena the feed placed in Zürich, and posts it', () => {
    expect(row('WM · USA – SUI')).toMatchObject({ placedBy: 'venue', locality: 'Zürich', verdict: 'post' });
  });

  it('still posts the home game whose address it gives, and not the games abroad', () => {
    expect(row('SUI – CZE')).toMatchObject({ locality: 'Zürich', verdict: 'post' });
    expect(row('SUI – ITA')).toMatchObject({ country: 'IT', verdict: 'skip', reason: 'outside-region' });
  });
});

// Lesson from a real security-conference list (X-WR-TIMEZONE:UTC, places written "Berlin :de:"): a Denver channel
// had been sent 34 conferences "0.0 km" away, from Brisbane to Mechelen, of which 2 were in Denver.
describe('ingest: a conference list spread over continents', () => {
  const day = (uid: string, date: string, summary: string, location: string) =>
    vevent(uid, `DTSTART;VALUE=DATE:${date}`, summary, location);
  const list = calendar(
    ['X-WR-CALNAME:Security conferences', 'X-WR-TIMEZONE:UTC'],
    [
      day('atl', '20260826', 'BSides Atlanta', 'Atlanta (GA) :us:'),
      day('sea', '20260610', 'BSides Seattle', 'Seattle (WA) :us:'),
      day('bos', '20260515', 'BSides Boston', 'Boston (MA) :us:'),
      day('ber', '20260320', 'BSides Berlin', 'Berlin :de:'),
      day('mech', '20260410', 'BSides Mechelen', 'Nekkerhal Expo Centre'),
      day('den', '20260909', 'BSides Denver', 'Denver (CO) :us:'),
      day('sg', '20260930', 'BSides Singapore', 'Singapore :singapore:'),
      day('mc', '20261001', 'Monaco Cyber Day', 'Monaco'),
    ],
  );
  const row = previewed({ url: 'https://conf.example/list.ics', body: list, type: 'text/calendar' }, 'Denver, CO, USA', 50, NOW);

  it('reads a flag shortcode as the country, and posts only the conference in Denver, on its own day', () => {
    expect(row('BSides Berlin')).toMatchObject({ country: 'DE', verdict: 'skip', reason: 'outside-region' });
    expect(row('BSides Denver')).toMatchObject({ locality: 'Denver', verdict: 'post', allDay: true });
    expect(row('BSides Denver').start.toISOString()).toBe('2026-09-09T06:00:00.000Z');
  });

  it('does not post a venue named alone as if it were in Denver', () => {
    expect(row('BSides Mechelen')).toMatchObject({ placedBy: 'none', verdict: 'skip' });
  });

  it('places an event in a country that is one city (Singapore, Monaco) in that city', () => {
    expect(row('BSides Singapore')).toMatchObject({ locality: 'Singapore', country: 'SG', placedBy: 'address' });
    expect(row('Monaco Cyber Day')).toMatchObject({ locality: 'Monaco', country: 'MC', placedBy: 'address' });
  });
});
