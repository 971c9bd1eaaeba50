/**
 * A campus calendar's RSS, as Trumba writes it (the day and the place in the
 * description's HTML), read for a channel in its town: registrar dates,
 * closures, closed sessions and term breaks are listed as "not an event",
 * as they are in the same calendar's iCal, and the event beside them is
 * posted. Synthetic feed of our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRegion } from '../place/index.js';
import { previewUrl, type PreviewResult } from './preview.js';
import { ingestDeps, Sites } from './test-sites.js';

const NOW = new Date('2026-11-20T00:00:00Z');

const item = (id: number, title: string, when: string, place: string, link = `https://calendar.campus.example.edu/event/${id}`) =>
  `<item><title>${title}</title><link>${link}</link><guid>${link}</guid>
   <description>${when} &lt;br/&gt;&lt;b&gt;Location&lt;/b&gt;:&amp;nbsp;${place}</description></item>`;

const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Campus Events - Tacoma</title><link>https://calendar.campus.example.edu/</link><description>Campus events, Tacoma, WA</description>
${item(1, 'Last Day to Withdraw with a W Grade', 'Friday, Dec. 4, 2026', 'Registrar, 1900 Commerce St, Tacoma, WA')}
${item(2, 'Library Closed', 'Tuesday, Dec. 8, 2026', 'Tioga Library, 1902 Commerce St, Tacoma, WA')}
${item(3, 'Lab Safety Briefing (staff and students only)', 'Wednesday, Dec. 9, 2026, 10 – 11 a.m.', 'Science Building, 1900 Commerce St, Tacoma, WA')}
${item(4, 'Winter Break - No Classes', 'Monday, Dec. 21, 2026', 'Campus, 1900 Commerce St, Tacoma, WA')}
${item(5, 'Holiday Craft Fair', 'Thursday, Dec. 10, 2026, 3 – 6 p.m.', 'Tioga Library, 1902 Commerce St, Tacoma, WA')}
<item><title>Staff notice</title><link>https://calendar.campus.example.edu/event/6</link><description>See the page.</description></item>
</channel></rss>`;

/** The page item 6 links to: an event page whose one Event is a closure. */
const CLOSURE_PAGE = `<!DOCTYPE html><html><head><title>Library Closed</title><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Library Closed',
  url: 'https://calendar.campus.example.edu/event/6',
  startDate: '2026-12-24',
  location: { '@type': 'Place', name: 'Tioga Library', address: '1902 Commerce St, Tacoma, WA 98402' },
})}</script></head><body></body></html>`;

describe('ingest: a campus calendar’s RSS with registrar dates, closures and breaks', () => {
  const sites = new Sites();
  let preview: PreviewResult & { ok: true };
  beforeAll(async () => {
    await sites.start();
    const url = sites.page('calendar.campus.example.edu', '/rss', FEED, 'application/rss+xml');
    sites.page('calendar.campus.example.edu', '/event/6', CLOSURE_PAGE, 'text/html');
    const region = resolveRegion('Tacoma, WA', { radiusKm: 25 });
    if (!region.ok) throw new Error(region.error.message);
    const result = await previewUrl(url, ingestDeps(sites), region.value, NOW);
    if (!result.ok) throw new Error(result.message);
    preview = result;
  });
  afterAll(() => sites.close());

  it('posts only the event', () => {
    expect(preview.rows.map((r) => [r.event.title, r.verdict])).toEqual([['Holiday Craft Fair', 'post']]);
  });

  it.each([
    ['Last Day to Withdraw with a W Grade', 'names a date to keep'],
    ['Library Closed', 'the place is closed'],
    ['Lab Safety Briefing (staff and students only)', 'for a closed group'],
    ['Winter Break - No Classes', 'a term break'],
  ])('lists %s as not an event: %s', (title, reason) => {
    expect(preview.skipped).toContainEqual({ title, reason: expect.stringContaining(reason) });
  });

  it('reads an item’s linked event page as the feed’s own: a closure there is not an event either', () => {
    expect(preview.skipped).toContainEqual({ title: 'Library Closed', reason: expect.stringContaining('the place is closed') });
    expect(preview.skipped.filter((s) => s.title === 'Library Closed')).toHaveLength(2);
  });
});
