import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, PageEvents, type IngestResult } from '../../src/ingest/index.js';
import { eventPageHtml, Sites, type PageEvent } from '../../src/ingest/test-sites.js';

/**
 * A current Meetup group iCal feed carries no LOCATION and no GEO: the venue
 * is only on the event's page. Ingest completes each upcoming event from its
 * page (placed by 'event-page'), caches the page and revalidates it with a
 * conditional request once the cache is stale; events naming only a venue
 * are placed in the feed's home area. (Synthetic feed and pages, modelled on
 * the real form.)
 */
const HOUR = 3_600_000;
let clock = new Date('2026-11-20T10:00:00Z');
const sites = new Sites();
const EVENT = 'https://www.meetup.com/brum-rustaceans/events/311000001/';
const page: PageEvent = {
  name: 'Rust night',
  url: EVENT,
  start: '2026-12-03T18:30:00+00:00',
  venue: 'The Victoria',
  street: '48 John Bright St',
  locality: 'Birmingham',
  postcode: 'B1 1BN',
  country: 'GB',
  lat: 52.4776,
  lon: -1.9008,
};

const ics = `BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Meetup//Meetup Events v1.0//EN\r
X-WR-CALNAME:Brum Rustaceans\r
BEGIN:VEVENT\r
UID:event_311000001@meetup.com\r
DTSTAMP:20261119T090000Z\r
DTSTART;TZID=Europe/London:20261203T183000\r
DTEND;TZID=Europe/London:20261203T210000\r
SUMMARY:Rust night\r
URL:${EVENT}\r
DESCRIPTION:Talks and pizza.\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:event_311000002@meetup.com\r
DTSTAMP:20261119T090000Z\r
DTSTART;TZID=Europe/London:20261210T183000\r
SUMMARY:Rust social\r
LOCATION:Digbeth Dining Club\r
END:VEVENT\r
END:VCALENDAR\r
`;

beforeAll(async () => {
  await sites.start();
  sites.page('www.meetup.com', '/brum-rustaceans/events/ical/', ics, 'text/calendar');
  sites.page('www.meetup.com', '/brum-rustaceans/events/311000001/', eventPageHtml([page]), 'text/html; charset=utf-8', { etag: '"p1"' });
});
afterAll(() => sites.close());

function ok(result: IngestResult) {
  if (!result.ok || result.notModified) throw new Error(`ingest failed: ${JSON.stringify(result)}`);
  return result;
}

describe('Meetup iCal without LOCATION, completed from event pages', () => {
  let deps: Parameters<typeof ingest>[1];
  beforeAll(() => {
    const fetcher = sites.fetcher();
    deps = { fetcher, pages: new PageEvents(fetcher, () => clock), horizonDays: 60, defaultTimezone: 'UTC' };
  });
  const feed = 'https://www.meetup.com/brum-rustaceans/events/ical/';

  it('places the event where its page says, keeps the calendar’s time, and infers the feed’s home', async () => {
    const r = ok(await ingest(feed, deps, { now: clock }));
    const night = r.events.find((e) => e.title === 'Rust night')!;
    expect(night).toMatchObject({ attendance: 'in_person', placedBy: 'event-page', locality: 'Birmingham', country: 'GB' });
    expect(night.start.toISOString()).toBe('2026-12-03T18:30:00.000Z');
    // One placed event of two is a weak clue; the calendar's name ("Brum Rustaceans"), checked against the zone its
    // events are written in, names the same town.
    expect(r.home).toMatchObject({ basis: 'calendar', country: 'GB' });
    expect(r.home!.label).toMatch(/^Birmingham/);
    // The other event names only a venue: placed in the feed's home area.
    expect(r.events.find((e) => e.title === 'Rust social')).toMatchObject({ placedBy: 'home-area', locality: 'Birmingham' });
  });

  it('does not fetch the page again while it is fresh, then asks conditionally', async () => {
    const before = sites.hits(EVENT).length;
    ok(await ingest(feed, deps, { now: clock }));
    expect(sites.hits(EVENT).length).toBe(before);
    clock = new Date(clock.getTime() + 7 * HOUR);
    const r = ok(await ingest(feed, deps, { now: clock }));
    const hits = sites.hits(EVENT);
    expect(hits.length).toBe(before + 1);
    expect(hits.at(-1)!.headers['if-none-match']).toBe('"p1"');
    expect(r.events.find((e) => e.title === 'Rust night')).toMatchObject({ placedBy: 'event-page', locality: 'Birmingham' });
  });
});
