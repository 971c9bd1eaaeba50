import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from './index.js';
import { calendar, eventPageHtml, ingestDeps, Sites } from './test-sites.js';

// Lessons from previewing real feeds (issue #8), on synthetic feeds of our own served on loopback.

const NOW = new Date('2026-11-20T10:00:00Z');
const PAGE = 'https://www.meetup.com/leeds-code/events/398765432/';

const rss = (items: string) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Leeds Code blog</title><link>https://leedscode.example/</link>
${items}
</channel></rss>`;

describe('ingest: where a placed event’s place came from', () => {
  const sites = new Sites();
  const deps = () => ingestDeps(sites);
  beforeAll(async () => {
    await sites.start();
    sites.page(
      'www.meetup.com',
      '/leeds-code/events/398765432/',
      eventPageHtml([
        {
          name: 'Leeds Code: December talks',
          url: PAGE,
          start: '2026-12-03T18:30:00+00:00',
          venue: 'Foundry Hall',
          street: '41 Mill Lane',
          locality: 'Leeds',
          postcode: 'LS2 7AB',
          country: 'GB',
          lat: 53.797,
          lon: -1.548,
        },
      ]),
      'text/html; charset=utf-8',
    );
    sites.page(
      'leedscode.example',
      '/feed.xml',
      rss(`<item><title>December talks</title><link>${PAGE}</link><guid>dec-talks</guid>
<description>Talks on 3 December, see the event page.</description><pubDate>Fri, 20 Nov 2026 09:00:00 +0000</pubDate></item>`),
      'application/rss+xml',
    );
    sites.page(
      'leedscode.example',
      '/civic.ics',
      calendar(
        ['X-WR-CALNAME:Leeds Civic Tech'],
        [
          [
            'UID:civic-12@example.org',
            'DTSTAMP:20261101T000000Z',
            'DTSTART;TZID=Europe/London:20261210T183000',
            'DTEND;TZID=Europe/London:20261210T210000',
            'SUMMARY:Civic tech night',
            'DESCRIPTION:Hack on open data at Foundry Hall\\, 41 Mill Lane\\, Leeds LS2 7AB. Pizza from 6.',
          ],
        ],
      ),
      'text/calendar',
    );
  });
  afterAll(() => sites.close());

  it('an RSS item completed from the event page it links to is placed by its event page', async () => {
    const r = await ingest('https://leedscode.example/feed.xml', deps(), { now: NOW });
    if (!r.ok || r.notModified) throw new Error(JSON.stringify(r));
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ attendance: 'in_person', placedBy: 'event-page', country: 'GB' });
  });

  it('a calendar event whose venue is named only in its description is placed there, in person', async () => {
    const r = await ingest('https://leedscode.example/civic.ics', deps(), { now: NOW });
    if (!r.ok || r.notModified) throw new Error(JSON.stringify(r));
    expect(r.events[0]).toMatchObject({ attendance: 'in_person', placedBy: 'address', country: 'GB', locality: 'Leeds' });
  });
});
