import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real club calendar whose titles and pitches were UTF-8 read as Latin-1 before it was written.

describe('ingest: double-encoded text is shown as it was meant', () => {
  const cal = calendar(
    ['X-WR-CALNAME:FC Härlanda', 'X-WR-TIMEZONE:Europe/Stockholm'],
    [
      [
        'UID:m1@club.example',
        'DTSTAMP:20260101T000000Z',
        'DTSTART;TZID=Europe/Stockholm:20260302T200000',
        'SUMMARY:Fotboll: Heden - Nr 3 KonstgrÃ¤s',
        'LOCATION:Heden - Nr 3 KonstgrÃ¤s\\, GÃ¶teborg',
      ],
    ],
  );
  const row = previewed(
    { url: 'https://club.example/cal.ics', body: cal, type: 'text/calendar' },
    'Göteborg, Sweden',
    25,
    new Date('2026-02-01T00:00:00Z'),
  );

  it('repairs the title and the place, and places it in Göteborg', () => {
    expect(row('Fotboll: Heden - Nr 3 Konstgräs')).toMatchObject({
      verdict: 'post',
      locality: 'Göteborg',
      venue: 'Heden - Nr 3 Konstgräs',
    });
  });
});
