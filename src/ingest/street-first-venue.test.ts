import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a real Flemish hackerspace's calendar, on a synthetic one of our own: "LOCATION:<Name>kaai 51\, Ghent\,
// Belgium" was placed in Ghent but shown with the venue "<Name>kaai 51", so its digest line read "· <Name>kaai 51".

const NOW = new Date('2026-09-01T00:00:00Z');

const ICS = calendar(
  ['X-WR-CALNAME:Hackerspace Voorbeeld', 'X-WR-TIMEZONE:Europe/Brussels'],
  [
    vevent('conf@hs.example', 'DTSTART;TZID=Europe/Brussels:20261010T100000', 'Voorbeeldconf 2026', 'Voorbeeldkaai 51\\, Ghent\\, Belgium'),
    vevent('repair@hs.example', 'DTSTART;TZID=Europe/Brussels:20261012T190000', 'Repair Café', 'Kerkstraat 5\\, 9000 Gent'),
    vevent('social@hs.example', 'DTSTART;TZID=Europe/Brussels:20261014T200000', 'Social', 'Café Voorbeeld\\, Kerkstraat 5\\, 9000 Gent'),
  ],
);

describe('ingest: a location that starts with a Flemish street', () => {
  const row = previewed({ url: 'https://hs.example/events.ics', body: ICS, type: 'text/calendar' }, 'Ghent, Belgium', 50, NOW);

  it.each([
    ['Voorbeeldconf 2026', null, 'Voorbeeldkaai 51, Ghent, Belgium'],
    ['Repair Café', null, 'Kerkstraat 5, 9000 Gent'],
    ['Social', 'Café Voorbeeld', 'Café Voorbeeld, Kerkstraat 5, 9000 Gent'],
  ])('%s is posted in Ghent with venue %j', (title, venue, address) => {
    expect(row(title)).toMatchObject({ verdict: 'post', venue, address, locality: 'Gent', country: 'BE', placedBy: 'address' });
  });
});
