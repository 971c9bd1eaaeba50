import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real Meetup group calendar (Catalan), on a synthetic one of our own: no LOCATION, the place on a
// "📍 Lloc: Venue - Street, number, postcode Town. Next sentence…" line or a "* Lloc: …" list item. The pinned line ran on
// into the next sentence, so its postcode and town were never read and the event was posted at the channel's home
// area, 0 km away, even in another town; "Lloc:" was no label, so the list item named no place at all.

const NOW = new Date('2026-10-01T00:00:00Z');

const event = (uid: string, day: string, summary: string, description: string) => [
  `UID:${uid}@meetup.example`,
  'DTSTAMP:20260901T000000Z',
  `DTSTART;TZID=Europe/Madrid:202610${day}T190000`,
  `DTEND;TZID=Europe/Madrid:202610${day}T210000`,
  `SUMMARY:${summary}`,
  `DESCRIPTION:${description}`,
];

const ICS = calendar(
  ['X-WR-CALNAME:Grup de Prova'],
  [
    event(
      'near',
      '15',
      'Xerrada a Sabadell',
      'Una xerrada.\\n\\n📍 Lloc: Bar Exemple - Carrer Major\\, 5\\, 08201 Sabadell. Truqueu al timbre i us obrirem.',
    ),
    event(
      'far',
      '16',
      'Xerrada a Girona',
      'Una xerrada.\\n\\n📍 Bar Exemple - Carrer Nou\\, 3\\, 17001 Girona. Truqueu al timbre i us obrirem.',
    ),
    event(
      'english',
      '17',
      'Talk in Madrid',
      'A talk.\\n\\n📍 Sample Bar - 12 Calle Mayor\\, 28013 Madrid. Ring the bell and we will let you in.',
    ),
    event('item', '18', 'Xerrada amb llista', 'Una xerrada.\\n\\n* Lloc: Bar Exemple\\, Carrer Major\\, 5\\, 08201 Sabadell\\n\\nGràcies!'),
  ],
);

describe('ingest: a 📍 place line followed by a sentence, and a Catalan "Lloc:" label', () => {
  const row = previewed({ url: 'https://grup.example/events.ics', body: ICS, type: 'text/calendar' }, 'Barcelona, Spain', 50, NOW);

  it('reads the town before the sentence: an event in Sabadell is posted there, with the bar as its venue', () => {
    expect(row('Xerrada a Sabadell')).toMatchObject({
      verdict: 'post',
      venue: 'Bar Exemple',
      address: 'Bar Exemple, Carrer Major, 5, 08201 Sabadell',
      placedBy: 'address',
      start: new Date('2026-10-15T17:00:00Z'),
    });
  });

  it.each([
    ['Xerrada a Girona', 'Bar Exemple, Carrer Nou, 3, 17001 Girona'],
    ['Talk in Madrid', 'Sample Bar, 12 Calle Mayor, 28013 Madrid'],
  ])('skips %s as outside the region, not posted at the channel’s home', (title, address) => {
    expect(row(title)).toMatchObject({ verdict: 'skip', reason: 'outside-region', address, placedBy: 'address' });
  });

  it('reads a "* Lloc:" list item as the place: posted in Sabadell', () => {
    expect(row('Xerrada amb llista')).toMatchObject({
      verdict: 'post',
      attendance: 'in_person',
      address: 'Bar Exemple, Carrer Major, 5, 08201 Sabadell',
      placedBy: 'address',
    });
  });
});
