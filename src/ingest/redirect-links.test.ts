import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a Dutch carnival club's calendar: its event link was Instagram's outbound redirect
// (l.instagram.com/?u=…&e=…), 420 characters with utm_* and fbclid inside and a token that expires.

const shim = (inner: string) => `https://l.instagram.com/?u=${encodeURIComponent(inner)}&e=AUD8EeP0token`;
const FEED = calendar(
  ['X-WR-CALNAME:Carnival club', 'X-WR-TIMEZONE:Europe/Amsterdam'],
  [
    [
      ...vevent('party@example.org', 'DTSTART;TZID=Europe/Amsterdam:20270327T203000', 'Spring Party', 'Sporthal De Voorbeeld\\, Voorhout'),
      `URL:${shim('https://party.example/?utm_source=ig&utm_medium=social&fbclid=PAcGabc')}`,
    ],
    [
      ...vevent('quiz@example.org', 'DTSTART;TZID=Europe/Amsterdam:20270328T203000', 'Pub Quiz', 'Sporthal De Voorbeeld\\, Voorhout'),
      `URL:https://l.facebook.com/l.php?u=${encodeURIComponent('https://quiz.example/night?id=4&fbclid=x')}&h=AT1`,
    ],
  ],
);

describe('ingest: an event link that is a social network’s redirect', () => {
  const row = previewed(
    { url: 'https://club.example/cal.ics', body: FEED, type: 'text/calendar' },
    'Leiden, Netherlands',
    25,
    new Date('2027-03-01T00:00:00Z'),
  );

  it('posts the page it leads to, without its tracking', () => {
    expect(row('Spring Party')).toMatchObject({ verdict: 'post', url: 'https://party.example/' });
    expect(row('Pub Quiz')).toMatchObject({ verdict: 'post', url: 'https://quiz.example/night?id=4' });
  });
});
