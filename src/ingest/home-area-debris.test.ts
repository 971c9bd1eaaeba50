import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lessons from sweeps of real feeds, every name invented:
// - a Bengaluru forum's "<Name> village" (450 km away, unknown to the gazetteer) was posted 0.0 km from Bengaluru;
// - a Spanish town agenda's "<BAR NAME>. <Place> 2€ socios – 3€ no socios" was shown whole, with no venue.

const inBengaluru = (uid: string, day: string, summary: string, location: string) =>
  vevent(uid, `DTSTART;TZID=Asia/Kolkata:${day}T070000`, summary, location);
const HALL = 'Example Hall\\, 3\\, 2nd Main Road\\, Jayanagar\\, Bengaluru\\, Karnataka\\, 560011\\, India';

describe('ingest: a Bengaluru forum’s places far from home', () => {
  const row = previewed(
    {
      url: 'https://forum.example/events.ics',
      type: 'text/calendar',
      body: calendar(
        ['X-WR-CALNAME:Example Green Forum'],
        [
          inBengaluru('walk', '20241012', 'Bird Walk', HALL),
          inBengaluru('talk', '20241013', 'Tree Talk', HALL),
          inBengaluru('village', '20241014', 'Millet Residency', 'Kerekoppa village'),
          inBengaluru('pune', '20241015', 'Touring Talk', 'Sample Hall\\, 12 Main Rd\\, Unknownpur\\, Maharashtra 411001\\, India'),
          inBengaluru('pin', '20241016', 'Touring Talk Two', 'Sample Hall\\, 12 Main Rd\\, Unknownpur 411001\\, India'),
          inBengaluru('cafe', '20241017', 'Seed Swap', 'Example Cafe'),
        ],
      ),
    },
    'Bengaluru, India',
    50,
    new Date('2024-10-01T00:00:00Z'),
  );

  it('does not post a village it does not know as 0.0 km from Bengaluru', () => {
    expect(row('Millet Residency')).toMatchObject({ verdict: 'skip', reason: 'unknown-place', lat: null, address: 'Kerekoppa village' });
  });

  it('does not post an address in a town it does not know in another state, or with another state’s PIN', () => {
    expect(row('Touring Talk')).toMatchObject({ verdict: 'skip', reason: 'unknown-place', placedBy: 'calendar', lat: null });
    expect(row('Touring Talk Two')).toMatchObject({ verdict: 'skip', reason: 'unknown-place', placedBy: 'calendar', lat: null });
  });

  it('still places a venue’s name alone at home', () => {
    expect(row('Seed Swap')).toMatchObject({ verdict: 'post', placedBy: 'home-area' });
  });
});

describe('ingest: a town agenda’s location with its ticket prices', () => {
  const row = previewed(
    {
      url: 'https://agenda.example/agenda.ics',
      type: 'text/calendar',
      body: calendar(
        ['X-WR-CALNAME:Agenda Ejemplo'],
        [
          vevent('quiz', 'DTSTART:20261222T180000Z', 'NOCHE DE TRIVIAL', 'BAR LA OLA. Paseo Marítimo 3€ socios – 5€ no socios'),
          vevent('teatro', 'DTSTART:20261223T180000Z', 'TEATRO', 'Sala Ejemplo\\, Calle Mayor 3\\, Estepona 10€'),
        ],
      ),
    },
    'Estepona, Spain',
    50,
    new Date('2026-01-01T00:00:00Z'),
  );

  it('shows the bar as the venue and its street as the address, without the prices', () => {
    expect(row('NOCHE DE TRIVIAL')).toMatchObject({ venue: 'BAR LA OLA', address: 'BAR LA OLA, Paseo Marítimo', verdict: 'post' });
  });

  it('reads the town before the price', () => {
    expect(row('TEATRO')).toMatchObject({ address: 'Sala Ejemplo, Calle Mayor 3, Estepona', placedBy: 'address', locality: 'Estepona' });
  });
});
