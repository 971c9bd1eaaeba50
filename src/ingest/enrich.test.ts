import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyParsedEvent, type SkippedItem } from '../sources/types.js';
import { looksLikeEventPage, PageEvents, PAGES_PER_SOURCE, pageBudget } from './enrich.js';
import { eventPageHtml, Sites } from './test-sites.js';

const SOCIAL = 'https://www.meetup.com/brumtech/events/312345678/';
const victoria = {
  name: 'Brum Tech social',
  url: SOCIAL,
  start: '2026-12-03T18:30:00+00:00',
  venue: 'The Victoria',
  street: '48 John Bright St',
  locality: 'Birmingham',
  postcode: 'B1 1BN',
  country: 'GB',
  lat: 52.4776,
  lon: -1.9008,
};

describe('looksLikeEventPage', () => {
  it.each([
    [SOCIAL, true],
    ['https://www.eventbrite.co.uk/e/brum-js-tickets-123456789', true],
    ['https://lu.ma/brum-ai', true],
    ['https://www.meetup.com/', false], // an event platform's home page
    ['https://thevictoria.example/events/quiz-night', true], // any site: /events/<slug>
    ['https://fablab-cottbus.example/veranstaltung/repair-cafe/', true],
    ['https://club.example.org/event/hack-night?utm_source=rss', true],
    ['https://club.example.org/events/', false], // a listing
    ['https://news.example.org/2026/11/council-budget', false],
    ['https://github.com/kubernetes/kubernetes/releases/tag/v1.29.0', false],
    ['mailto:events@example.org', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(looksLikeEventPage(url)).toBe(expected);
  });
});

describe('PageEvents against loopback sites', () => {
  const sites = new Sites();
  beforeAll(async () => {
    await sites.start();
    sites.page('www.meetup.com', '/brumtech/events/312345678/', eventPageHtml([victoria]), 'text/html; charset=utf-8');
    sites.page(
      'thevictoria.example',
      '/events/',
      eventPageHtml([
        { ...victoria, url: 'https://thevictoria.example/events/quiz', name: 'Quiz' },
        { ...victoria, url: 'https://thevictoria.example/events/jazz', name: 'Jazz' },
      ]),
      'text/html',
    );
    sites.page(
      'thevictoria.example',
      '/events/jazz',
      eventPageHtml([
        { ...victoria, url: 'https://thevictoria.example/events/quiz', name: 'Quiz' },
        { ...victoria, url: 'https://thevictoria.example/events/jazz', name: 'Jazz' },
      ]),
      'text/html',
    );
    for (let i = 0; i < PAGES_PER_SOURCE + 2; i++) {
      sites.page('lu.ma', `/e${i}`, eventPageHtml([{ ...victoria, url: `https://lu.ma/e${i}`, name: `Event ${i}` }]), 'text/html');
    }
  });
  afterAll(() => sites.close());

  it('fetches a page once and answers from the cache until it is six hours old', async () => {
    let now = new Date('2026-11-20T10:00:00Z');
    const pages = new PageEvents(sites.fetcher(), () => now);
    expect((await pages.eventAt(SOCIAL))?.title).toBe('Brum Tech social');
    expect((await pages.eventAt(SOCIAL))?.venueName).toBe('The Victoria');
    expect(sites.hits(SOCIAL)).toHaveLength(1);
    now = new Date('2026-11-20T16:00:01Z');
    await pages.eventAt(SOCIAL);
    expect(sites.hits(SOCIAL)).toHaveLength(2);
  });

  it('fetches a page once when two sources ask for it at the same time', async () => {
    const pages = new PageEvents(sites.fetcher());
    const url = 'https://lu.ma/e0';
    const before = sites.hits(url).length;
    const [a, b] = await Promise.all([pages.eventAt(url), pages.eventAt(url)]);
    expect([a?.title, b?.title]).toEqual(['Event 0', 'Event 0']);
    expect(sites.hits(url).length - before).toBe(1);
  });

  it('takes the event a page is about, and nothing from a listing of several', async () => {
    const pages = new PageEvents(sites.fetcher());
    expect((await pages.eventAt('https://thevictoria.example/events/jazz'))?.title).toBe('Jazz');
    expect(await pages.eventAt('https://thevictoria.example/events/')).toBeNull();
    expect(await pages.eventAt('https://thevictoria.example/events/missing')).toBeNull(); // 404
  });

  it('enriches an item from the event page it links to, keeping its own uid', async () => {
    const pages = new PageEvents(sites.fetcher());
    const item = emptyParsedEvent({
      uid: 'post-1',
      title: 'Social on Thursday!',
      start: new Date('2026-12-03T18:00:00Z'),
      url: 'https://mastodon.social/@brum/1',
      links: ['https://www.youtube.com/watch?v=x', SOCIAL],
    });
    const [enriched] = await pages.enrich([item]);
    expect(enriched).toMatchObject({
      uid: 'post-1',
      title: 'Brum Tech social',
      url: SOCIAL,
      venueName: 'The Victoria',
      lat: 52.4776,
      attendanceMode: 'offline',
    });
    expect(enriched?.start.toISOString()).toBe('2026-12-03T18:30:00.000Z');
    expect(sites.requests.some((r) => r.host === 'www.youtube.com')).toBe(false);
  });

  it(`turns undated items into their linked pages' events, fetching at most ${PAGES_PER_SOURCE} pages per source`, async () => {
    const pages = new PageEvents(sites.fetcher());
    const items: SkippedItem[] = Array.from({ length: PAGES_PER_SOURCE + 2 }, (_, i) => ({
      title: `Item ${i}`,
      reason: 'no event date in the item',
      url: `https://lu.ma/e${i}`,
    }));
    const news: SkippedItem = { title: 'Budget', reason: 'no event date in the item', url: 'https://news.example.org/budget' };
    const before = sites.requests.length;
    const out = await pages.fromSkipped([news, ...items], { anyLink: false }, pageBudget());
    expect(out.events.map((e) => e.title)).toEqual(Array.from({ length: PAGES_PER_SOURCE }, (_, i) => `Event ${i}`));
    expect(out.events[0]?.links).toContain('https://lu.ma/e0');
    expect(out.skipped.map((s) => s.title)).toEqual(['Budget', `Item ${PAGES_PER_SOURCE}`, `Item ${PAGES_PER_SOURCE + 1}`]);
    expect(sites.requests.length - before).toBe(PAGES_PER_SOURCE);
    // Cached pages cost nothing from the next poll's budget.
    const again = await pages.fromSkipped(items, { anyLink: false }, pageBudget());
    expect(again.events).toHaveLength(PAGES_PER_SOURCE + 2);
  });

  it(`completes a calendar's placeless events from their pages, soonest first, at most ${PAGES_PER_SOURCE} fetches a poll`, async () => {
    let now = new Date('2026-11-20T10:00:00Z');
    const pages = new PageEvents(sites.fetcher(), () => now);
    // A Meetup-style feed: no LOCATION, no GEO; the event page is linked from the description.
    const feed = Array.from({ length: PAGES_PER_SOURCE + 2 }, (_, i) =>
      emptyParsedEvent({
        uid: `ev${i}`,
        title: `Meetup ${i}`,
        // listed latest first, so "soonest first" is the calendar's order reversed
        start: new Date(Date.UTC(2026, 11, 20 - i, 18)),
        links: [`https://lu.ma/e${i}`],
      }),
    );
    const past = emptyParsedEvent({ uid: 'old', title: 'Last year', start: new Date('2025-11-01T18:00:00Z'), links: [SOCIAL] });
    const before = sites.requests.length;
    const first = await pages.complete([...feed, past], now);
    expect(sites.requests.length - before).toBe(PAGES_PER_SOURCE);
    const placed = (events: typeof feed) => events.filter((e) => e.venueName === 'The Victoria').map((e) => e.uid);
    // The 10 soonest (ev11 … ev2) were completed; the 2 latest wait; the past event is never fetched.
    expect(placed(first.events).sort()).toEqual(Array.from({ length: PAGES_PER_SOURCE }, (_, i) => `ev${i + 2}`).sort());
    expect(first.fromPage.size).toBe(PAGES_PER_SOURCE);
    expect(first.events.at(-1)).toBe(past);
    // The next poll: cached pages cost nothing, so the last 2 are fetched now — 2 requests, not 12.
    const second = await pages.complete(feed, now);
    expect(sites.requests.length - before).toBe(PAGES_PER_SOURCE + 2);
    expect(placed(second.events)).toHaveLength(PAGES_PER_SOURCE + 2);
    // Six hours on, every page is asked for again (conditionally), still within the budget per poll.
    now = new Date('2026-11-20T16:00:01Z');
    await pages.complete(feed, now);
    expect(sites.requests.length - before).toBe(2 * PAGES_PER_SOURCE + 2);
  });
});
