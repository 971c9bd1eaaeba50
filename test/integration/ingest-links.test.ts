import { CAPTURED_DIR, describeCaptured, itCaptured } from '../helpers/captured.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWithOffset } from '../../src/core/time.js';
import { ingest, PageEvents, type IngestResult } from '../../src/ingest/index.js';
import { eventPageHtml, Sites, type PageEvent } from '../../src/ingest/test-sites.js';

/**
 * Ingest of sources that reach further than one URL, against named sites on
 * a loopback server (see src/ingest/test-sites.ts: real Fetcher, injected
 * resolver, https stood in for by plain http on the test port):
 * - RSS items that link to event pages get the pages' JSON-LD; an item that
 *   states no date becomes its linked page's event;
 * - a hashtag source spanning several Mastodon instances;
 * - a Meetup group URL → its iCal feed, falling back to its RSS.
 */
const NOW = new Date('2026-11-20T10:00:00Z');
const FIXTURES = CAPTURED_DIR;
const SOCIAL = 'https://www.meetup.com/brumtech/events/312345678/';
const HACK = 'https://www.meetup.com/brumtech/events/312345679/';
const VICTORIA = { venue: 'The Victoria', street: '48 John Bright St', locality: 'Birmingham', postcode: 'B1 1BN', country: 'GB' };
const social: PageEvent = {
  name: 'Brum Tech social',
  url: SOCIAL,
  start: '2026-12-03T18:30:00+00:00',
  ...VICTORIA,
  lat: 52.4776,
  lon: -1.9008,
};
const hack: PageEvent = {
  name: 'Hack night',
  url: HACK,
  start: '2026-12-08T18:30:00+00:00',
  end: '2026-12-08T21:00:00+00:00',
  ...VICTORIA,
};

const sites = new Sites();

function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Brum Tech blog</title>
    <link>https://brumtech.example/</link>${items.join('')}</channel></rss>`;
}
const item = (guid: string, title: string, link: string, html: string) =>
  `<item><guid>${guid}</guid><title>${title}</title><link>${link}</link><pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate>
   <description>${html.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>`;

function tagFeed(posts: { url: string; html: string }[]): string {
  const items = posts.map(
    (p) => `<item><guid isPermaLink="true">${p.url}</guid><link>${p.url}</link><pubDate>Thu, 19 Nov 2026 09:00:00 +0000</pubDate>
      <description>${p.html.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>#brumtech</title><link>https://mastodon.social/tags/brumtech</link>
    <generator>Mastodon v4.3.0</generator>${items.join('')}</channel></rss>`;
}

beforeAll(async () => {
  await sites.start();
  sites.page('www.meetup.com', '/brumtech/events/312345678/', eventPageHtml([social]), 'text/html; charset=utf-8');
  sites.page('www.meetup.com', '/brumtech/events/312345679/', eventPageHtml([hack]), 'text/html; charset=utf-8');
  sites.page('brumtech.example', '/blog/slides', '<html><body>Slides</body></html>', 'text/html');
});
afterAll(() => sites.close());

function deps() {
  const fetcher = sites.fetcher();
  return { fetcher, pages: new PageEvents(fetcher, () => NOW), horizonDays: 60, defaultTimezone: 'UTC' };
}

function ok(result: IngestResult) {
  if (!result.ok || result.notModified) throw new Error(`ingest failed: ${JSON.stringify(result)}`);
  return result;
}

describe('RSS items completed from the event pages they link to', () => {
  const feed = 'https://brumtech.example/feed.xml';
  beforeAll(() => {
    sites.page(
      'brumtech.example',
      '/feed.xml',
      rss([
        item('b1', 'Our next social', SOCIAL, '<p>See you there!</p>'),
        item('b2', 'Slides from last month', 'https://brumtech.example/blog/slides', '<p>Thanks all.</p>'),
        item(
          'b3',
          'Hack night is back',
          'https://brumtech.example/blog/hack',
          `<p>Tuesday 8 December at 18:00, <a href="${HACK}">RSVP on Meetup</a></p>`,
        ),
      ]),
      'application/rss+xml',
    );
  });

  it('makes an undated item linking to an event page that event, and enriches a dated one from its linked page', async () => {
    const result = ok(await ingest(feed, deps(), { now: NOW }));
    const events = result.events.map((e) => ({
      title: e.title,
      url: e.url,
      start: isoWithOffset(e.start, e.timezone),
      venue: e.venue,
      locality: e.locality,
      attendance: e.attendance,
    }));
    expect(events).toEqual([
      // The item's own date said 18:00; the event page says 18:30 and names the venue.
      {
        title: 'Hack night',
        url: HACK,
        start: '2026-12-08T18:30:00+00:00',
        venue: 'The Victoria',
        locality: 'Birmingham',
        attendance: 'in_person',
      },
      {
        title: 'Brum Tech social',
        url: SOCIAL,
        start: '2026-12-03T18:30:00+00:00',
        venue: 'The Victoria',
        locality: 'Birmingham',
        attendance: 'in_person',
      },
    ]);
    expect(result.skipped.map((s) => s.title)).toEqual(['Slides from last month']);
    // A blog post is not an event page: it is never fetched.
    expect(sites.hits('https://brumtech.example/blog/slides')).toEqual([]);
  });

  it('fetches each event page once and reads it from the cache on the next poll', async () => {
    const d = deps();
    const before = sites.hits(SOCIAL).length;
    ok(await ingest(feed, d, { now: NOW }));
    ok(await ingest(feed, d, { now: NOW }));
    expect(sites.hits(SOCIAL).length - before).toBe(1);
  });

  itCaptured('turns an undated item linking to the real Meetup event page fixture into that online event', async () => {
    const page = readFileSync(`${FIXTURES}meetup-event-page-jsonld-ml-utah-intro-to-cnn.html`, 'utf8');
    const url = sites.page('www.meetup.com', '/machine-learning-utah/events/tmnwdsyccgblc/', page, 'text/html');
    sites.page('ml.example', '/feed', rss([item('u1', 'This month at ML Utah', url, '<p>Come along</p>')]), 'application/rss+xml');
    const result = ok(await ingest('https://ml.example/feed', deps(), { now: new Date('2021-04-20T00:00:00Z') }));
    expect(result.events.map((e) => [e.title, e.start.toISOString(), e.attendance, e.url])).toEqual([
      ['Intro To Convolutional Neural Networks', '2021-04-29T00:30:00.000Z', 'online', url],
    ]);
    expect(result.skipped).toEqual([]);
  });

  itCaptured('decodes an ISO-8859-1 feed served as UTF-8 end to end (the fetched bytes, the declared charset)', async () => {
    const bytes = readFileSync(`${FIXTURES}rss2-iso-8859-1-jn-pt.xml`);
    sites.page('feeds.jn.example', '/ultimas', bytes, 'text/xml; charset=utf-8');
    const result = ok(await ingest('https://feeds.jn.example/ultimas', deps(), { now: NOW }));
    expect(result.title).toBe('Jornal de Notícias - Últimas Notícias');
    expect(result.skipped[0]?.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
    expect(result.skipped.some((s) => s.title.includes('\uFFFD'))).toBe(false);
  });
});

describe('a hashtag source spanning several Mastodon instances', () => {
  const spec = '#brumtech@mastodon.social,fosstodon.org';
  const announce = {
    url: 'https://mastodon.social/@brum/1',
    html: `<p>Brum Tech social! Thursday 3 December at 18:30 at The Victoria, John Bright St, Birmingham.</p><p><a href="${SOCIAL}">RSVP</a></p>`,
  };
  const link = { url: 'https://mastodon.social/@brum/2', html: `<p>Hack night, details: <a href="${HACK}">meetup</a></p>` };
  const remote = {
    url: 'https://fosstodon.org/@coventry/9',
    html: '<p>Coventry Python: Wednesday 9 December at 19:00 at Fargo Village, Far Gosford St, Coventry.</p>',
  };

  it("reads every instance's tag feed as one source, once per post", async () => {
    sites.page('mastodon.social', '/tags/brumtech.rss', tagFeed([announce, link]), 'application/rss+xml');
    // fosstodon.org federates the mastodon.social post too.
    sites.page('fosstodon.org', '/tags/brumtech.rss', tagFeed([announce, remote]), 'application/rss+xml');
    const result = ok(await ingest(spec, deps(), { now: NOW }));
    expect(result).toMatchObject({ kind: 'hashtag', feedUrl: spec, title: spec });
    expect(result.events.map((e) => [e.title.slice(0, 22), e.start.toISOString(), e.locality])).toEqual([
      // The post states its own date and place, and links to the event page: one event, with the page's facts.
      ['Brum Tech social', '2026-12-03T18:30:00.000Z', 'Birmingham'],
      ['Coventry Python: Wedne', '2026-12-09T19:00:00.000Z', 'Coventry'],
      ['Hack night', '2026-12-08T18:30:00.000Z', 'Birmingham'], // from the linked Meetup page
    ]);
    expect(result.events.map((e) => e.url)).toEqual([SOCIAL, 'https://fosstodon.org/@coventry/9', HACK]);
    expect(result.skipped).toEqual([]);
    expect(sites.hits('https://mastodon.social/tags/brumtech.rss').length).toBeGreaterThan(0);
    expect(sites.hits('https://fosstodon.org/tags/brumtech.rss').length).toBeGreaterThan(0);
  });

  it('keeps working when one instance fails, and says why when all do', async () => {
    sites.page('mastodon.social', '/tags/brumtech.rss', tagFeed([announce]), 'application/rss+xml');
    sites.fail('fosstodon.org', '/tags/brumtech.rss', 503, { 'retry-after': 'Fri, 20 Nov 2026 12:00:00 GMT' });
    expect(ok(await ingest(spec, deps(), { now: NOW })).events).toHaveLength(1);
    sites.fail('mastodon.social', '/tags/brumtech.rss', 500);
    expect(await ingest(spec, deps(), { now: NOW })).toEqual({
      ok: false,
      message:
        'https://mastodon.social/tags/brumtech.rss: HTTP 500 Internal Server Error; ' +
        'https://fosstodon.org/tags/brumtech.rss: HTTP 503 Service Unavailable; the server asks us to wait until 2026-11-20T12:00:00.000Z',
      retryAfter: new Date('2026-11-20T12:00:00Z'),
    });
  });
});

describeCaptured('a Meetup group URL', () => {
  const ical = readFileSync(`${FIXTURES}meetup-group-angularjs-edinburgh.ics`, 'utf8');
  const devnq = readFileSync(`${FIXTURES}meetup-group-rss-devnq.xml`, 'utf8');

  it('resolves to the group iCal feed, fetched with a browser-like User-Agent', async () => {
    sites.page('www.meetup.com', '/AngularJS-Edinburgh/events/ical/', ical, 'text/calendar');
    const result = ok(await ingest('https://www.meetup.com/AngularJS-Edinburgh/', deps(), { now: new Date('2013-10-01T00:00:00Z') }));
    expect(result).toMatchObject({ kind: 'meetup', feedUrl: 'https://www.meetup.com/AngularJS-Edinburgh/events/ical/' });
    expect(result.events.map((e) => [e.title, isoWithOffset(e.start, e.timezone), e.venue])).toEqual([
      ['Talk & Build AngularJS', '2013-10-17T19:00:00+01:00', 'Silicon Walk'],
    ]);
    const [request] = sites.hits('https://www.meetup.com/AngularJS-Edinburgh/events/ical/');
    expect(request?.headers['user-agent']).toMatch(/^Mozilla\/5\.0 \(.+\) AppleWebKit\/.+ Chrome\/[\d.]+ Safari\//);
  });

  it.each([
    ['is missing (404)', (path: string) => sites.fail('www.meetup.com', path, 404)],
    ['answers with a web page', (path: string) => sites.page('www.meetup.com', path, '<!DOCTYPE html><html>Log in</html>', 'text/html')],
  ])('falls back to the RSS feed when the iCal feed %s', async (_what, breakIcal) => {
    breakIcal('/dev_nq/events/ical/');
    sites.page('www.meetup.com', '/dev_nq/events/rss/', devnq, 'text/xml');
    const result = ok(await ingest('https://www.meetup.com/dev_nq/', deps(), { now: new Date('2022-03-20T00:00:00Z') }));
    expect(result).toMatchObject({ kind: 'meetup', feedUrl: 'https://www.meetup.com/dev_nq/events/rss/' });
    expect(result.events.map((e) => [e.title.slice(0, 22), isoWithOffset(e.start, e.timezone), e.timezone])).toEqual([
      ['ACS QLD Regional Roads', '2022-04-21T17:00:00+10:00', 'Australia/Brisbane'],
    ]);
  });

  it('asks the stored iCal feed conditionally and reports "not modified"', async () => {
    const url = sites.page('www.meetup.com', '/AngularJS-Edinburgh/events/ical/', ical, 'text/calendar', { etag: '"v1"' });
    const first = ok(await ingest('https://www.meetup.com/AngularJS-Edinburgh/', deps(), { now: NOW }));
    expect(first.etag).toBe('"v1"');
    const again = await ingest(first.feedUrl, deps(), { now: NOW, conditional: { etag: first.etag, lastModified: null } });
    expect(again).toEqual({ ok: true, notModified: true, freshUntil: null });
    expect(sites.hits(url).at(-1)?.headers['if-none-match']).toBe('"v1"');
  });
});
