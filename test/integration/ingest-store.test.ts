import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { ingest, PageEvents } from '../../src/ingest/index.js';
import { noticeFor } from '../../src/deliver/format.js';
import { eventPageHtml, Sites } from '../../src/ingest/test-sites.js';
import { Poller } from '../../src/pipeline/poll.js';
import { forEachProvider } from '../helpers/db.js';
import { icsCalendar, type IcsEvent } from '../helpers/feed-server.js';
import { recordingLogger } from '../helpers/recording-logger.js';

/**
 * One real-world event reported by three sources — a Meetup group's iCal
 * feed, a Mastodon post that only links to the Meetup event page, and the
 * venue's own page — polled and stored as ONE event with three provenance
 * links; later changes to it are recorded, and dropping out of the feed
 * cancels nothing. Sites are named hosts on a loopback server (see
 * src/ingest/test-sites.ts).
 */
const SOCIAL = 'https://www.meetup.com/brumtech/events/312345678/';
const DAY = 86_400_000;
/** The store dates new sources by the real clock, so the test's clock starts after it: 10:00 UTC the day after tomorrow. */
const FIRST_POLL = new Date(Math.floor(Date.now() / DAY) * DAY + 2 * DAY + 10 * 3_600_000);
/** The event: 18:30 UTC, two weeks after the first poll. */
const START = new Date(FIRST_POLL.getTime() + 14 * DAY + 8.5 * 3_600_000);
const LATER = new Date(START.getTime() + 30 * 60_000);
const MEETUP = 'https://www.meetup.com/brumtech/';
const HASHTAG = '#brumtech@mastodon.social';
const VENUE_PAGE = 'https://thevictoria.example/events/brum-tech-social';

const sites = new Sites();
let now = FIRST_POLL;

const meetupEvent = (e: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'event_312345678@meetup.com',
  summary: 'Brum Tech Social',
  start: START,
  location: 'The Victoria (48 John Bright St, Birmingham B1 1BN)',
  geo: '52.4776;-1.9008',
  url: SOCIAL,
  status: 'CONFIRMED',
  sequence: 0,
  ...e,
});
const setMeetupFeed = (events: IcsEvent[]) =>
  sites.page('www.meetup.com', '/brumtech/events/ical/', icsCalendar('Events - Brum Tech', events), 'text/calendar');

beforeAll(async () => {
  await sites.start();
  const place = { venue: 'The Victoria', street: '48 John Bright St', locality: 'Birmingham', postcode: 'B1 1BN', country: 'GB' };
  sites.page(
    'www.meetup.com',
    '/brumtech/events/312345678/',
    eventPageHtml([{ name: 'Brum Tech Social', url: SOCIAL, start: START.toISOString(), ...place, lat: 52.4776, lon: -1.9008 }]),
    'text/html',
  );
  const post = `<p>Who's coming? <a href="${SOCIAL}">meetup.com/brumtech/events/312345678</a></p>`;
  sites.page(
    'mastodon.social',
    '/tags/brumtech.rss',
    `<?xml version="1.0"?><rss version="2.0"><channel><title>#brumtech</title><generator>Mastodon v4.3.0</generator>
      <item><guid isPermaLink="true">https://mastodon.social/@brum/7</guid><link>https://mastodon.social/@brum/7</link>
      <pubDate>${FIRST_POLL.toUTCString()}</pubDate><description>${post.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>
    </channel></rss>`,
    'application/rss+xml',
  );
  // The venue's own listing: no Meetup URL, coordinates 15 m from Meetup's → the same event by title, time and place.
  sites.page(
    'thevictoria.example',
    '/events/brum-tech-social',
    eventPageHtml([{ name: 'Brum Tech social', url: VENUE_PAGE, start: START.toISOString(), ...place, lat: 52.4777, lon: -1.9009 }]),
    'text/html',
  );
});
afterAll(() => sites.close());

beforeEach(() => {
  now = FIRST_POLL;
  setMeetupFeed([meetupEvent()]);
});

function poller(store: ReturnType<Parameters<Parameters<typeof forEachProvider>[0]>[0]['store']>) {
  const fetcher = sites.fetcher();
  const deps = { fetcher, pages: new PageEvents(fetcher, () => now), horizonDays: 60, defaultTimezone: 'UTC' };
  return new Poller({
    store,
    logger: recordingLogger(),
    now: () => now,
    concurrency: 3,
    owner: 'test',
    pollIntervalMs: 15 * 60_000,
    ingest: (source, at) => ingest(source.url, deps, { now: at, conditional: source }),
  });
}

forEachProvider((db) => {
  async function setUp() {
    const store = db.store();
    const ids = [];
    for (const url of [MEETUP, HASHTAG, VENUE_PAGE]) ids.push((await store.sources.add(url, 'auto')).id);
    const p = poller(store);
    const first = await p.runOnce();
    const [event, ...others] = await store.events.forSources(ids, now, new Date(now.getTime() + 30 * DAY));
    return { store, ids, p, first, event: event!, others };
  }

  /** The next poll, a day later (every source is due again). */
  async function nextDay(p: Poller) {
    now = new Date(now.getTime() + DAY);
    return p.runOnce();
  }

  it('stores the Meetup feed, a post linking to the event page and the venue page as one event with three provenance links', async () => {
    const { store, ids, first, event, others } = await setUp();
    expect(first).toMatchObject({ sources: 3, ok: 3, failed: 0, created: 1 });
    expect(others).toEqual([]);
    expect(event).toMatchObject({ url: SOCIAL, start: START, venue: 'The Victoria', locality: 'Birmingham', status: 'scheduled' });
    const links = await store.events.provenance(event.id);
    expect(links.map((l) => l.sourceId).sort()).toEqual([...ids].sort());
  });

  it('records a new time as a change to the stored event, without the other sources flipping it back', async () => {
    const { store, p, event } = await setUp();
    setMeetupFeed([meetupEvent({ start: LATER, sequence: 1 })]);
    expect(await nextDay(p)).toMatchObject({ created: 0, updated: 1 });
    const moved = await store.events.get(event.id);
    expect(moved).toMatchObject({ version: event.version + 1, start: LATER });
    // Whichever source the stored title and coordinates last came from ("Brum Tech social" from the venue's page,
    // 15 m away), the post says only what changed for a reader.
    expect(noticeFor(moved!)).toBe('Updated: new time');
    expect(await nextDay(p)).toMatchObject({ created: 0, updated: 0 });
    expect((await store.events.get(event.id))?.start).toEqual(LATER);
  });

  it('records a cancellation, and cancels nothing when an event merely drops out of the feed', async () => {
    const { store, p, event } = await setUp();
    setMeetupFeed([]);
    expect(await nextDay(p)).toMatchObject({ ok: 3, created: 0, updated: 0 });
    expect(await store.events.get(event.id)).toMatchObject({ status: 'scheduled', version: event.version, lastChange: null });
    setMeetupFeed([meetupEvent({ status: 'CANCELLED', sequence: 2 })]);
    expect(await nextDay(p)).toMatchObject({ updated: 1 });
    expect(await store.events.get(event.id)).toMatchObject({ status: 'cancelled', version: event.version + 1, lastChange: 'status' });
  });
});
