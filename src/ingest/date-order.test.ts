import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFeedPlace } from '../place/index.js';
import { previewByTitle, Sites } from './test-sites.js';

// A feed with no <language>, no zone and no date that shows its order ("05/06/2033", never "25/06"): it is read as its
// readers write dates. The service reads feeds with no zone of their own; its numeric dates had always been month first.

const NOW = new Date('2033-04-01T00:00:00Z');

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Club nights</title><link>https://club.example/</link>
<item><title>Club night</title><link>https://club.example/n</link><pubDate>Fri, 01 Apr 2033 10:00:00 GMT</pubDate>
<description>Our next club night is on 05/06/2033 at 19:00 at The Hub, 12 High Street.</description></item>
</channel></rss>`;

describe('ingest: a numeric date in a feed that does not say how it writes dates', () => {
  const sites = new Sites();
  beforeAll(async () => {
    await sites.start();
    sites.page('club.example', '/rss.xml', FEED, 'application/rss+xml');
  });
  afterAll(() => sites.close());

  it('is 5 June for a channel in Birmingham, England', async () => {
    const { row } = await previewByTitle(sites, 'https://club.example/rss.xml', 'Birmingham, UK', 25, NOW);
    expect(row('Club night').start.toISOString()).toBe('2033-06-05T18:00:00.000Z');
  });

  it('is 6 May for a channel in Boston, Massachusetts', async () => {
    const { row } = await previewByTitle(sites, 'https://club.example/rss.xml', 'Boston, MA', 25, NOW);
    expect(row('Club night').start.toISOString()).toBe('2033-05-06T23:00:00.000Z');
  });

  it('is 5 June for a Boston channel once the feed is given a place in Amsterdam (its dates are read as there)', async () => {
    const place = resolveFeedPlace('The Hub, Amsterdam');
    if (!place.ok) throw new Error(place.error.message);
    const { row } = await previewByTitle(sites, 'https://club.example/rss.xml', 'Boston, MA', 25, NOW, place.value.place);
    expect(row('Club night').start.toISOString()).toBe('2033-06-05T17:00:00.000Z');
  });
});
