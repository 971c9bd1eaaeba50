import { describe, expect, it } from 'vitest';
import { previewed } from './test-sites.js';

// Lesson from a city park's "what's on" page: its JSON-LD Events give no url, so both were posted with no
// link. Now each links to its own card's page when one link on the listing is clearly its, else the listing.
const node = (name: string) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name,
  startDate: '2026-09-27T10:00:00+02:00',
  endDate: '2026-09-27T18:00:00+02:00',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  location: {
    '@type': 'Place',
    name: 'Stadtpark',
    address: { '@type': 'PostalAddress', addressLocality: 'München', addressCountry: 'DE' },
  },
});
const PAGE = `<!DOCTYPE html><html><head><title>Veranstaltungen im Stadtpark</title>
<script type="application/ld+json">${JSON.stringify([node('Park Run Festival'), node('Kinderflohmarkt'), node('Laternenbasteln'), node('Kürbisschnitzen')])}</script></head>
<body><div class="card"><div class="title">Park Run Festival</div><a href="/veranstaltungen/park-run-festival-n6062">Tickets</a></div>
<div class="card"><div class="title">Kinderflohmarkt</div><a href="/veranstaltungen/kinderflohmarkt-n7001">Details</a></div>
<div class="card"><div class="title">Laternenbasteln</div><a href="/kontakt">Anmeldung</a></div></body></html>`;

describe('ingest: a listing page whose events give no url, four at one time and place', () => {
  const row = previewed(
    { url: 'https://stadtpark.example/veranstaltungen', body: PAGE, type: 'text/html; charset=utf-8' },
    'München, Germany',
    25,
    new Date('2026-09-01T00:00:00Z'),
  );

  it('posts each, with its own link where the page has one, else the listing’s', () => {
    expect(row('Park Run Festival')).toMatchObject({
      verdict: 'post',
      url: 'https://stadtpark.example/veranstaltungen/park-run-festival-n6062',
    });
    expect(row('Kinderflohmarkt')).toMatchObject({
      verdict: 'post',
      url: 'https://stadtpark.example/veranstaltungen/kinderflohmarkt-n7001',
    });
    expect(row('Laternenbasteln')).toMatchObject({ verdict: 'post', url: 'https://stadtpark.example/veranstaltungen' });
    // two events sharing the listing's URL, at one time and place, are still two
    expect(row('Kürbisschnitzen')).toMatchObject({ verdict: 'post', url: 'https://stadtpark.example/veranstaltungen' });
  });
});
