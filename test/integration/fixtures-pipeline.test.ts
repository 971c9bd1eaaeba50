import { CAPTURED_DIR, describeCaptured, HAS_CAPTURED } from '../helpers/captured.js';
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isoWithOffset } from '../../src/core/time.js';
import { Fetcher } from '../../src/fetch/index.js';
import { PageEvents } from '../../src/ingest/index.js';
import { previewUrl, type PreviewRow } from '../../src/ingest/preview.js';
import { resolveRegion } from '../../src/place/index.js';
import { FeedServer } from '../helpers/feed-server.js';

/**
 * Every real captured feed, served from 127.0.0.1 and run through the whole
 * ingest path (fetch → parse → enrich → classify → place → normalise) with
 * the verdict `events-bot preview --near` prints. Each fixture is judged near
 * its own town (so "would post" is exercised) and near Birmingham, UK.
 */
const DIR = CAPTURED_DIR;
const TYPES: Record<string, string> = { ics: 'text/calendar', xml: 'application/xml', rss: 'application/rss+xml', html: 'text/html' };

interface Row {
  file: string;
  near: string;
  now: string;
  events: number;
  skipped?: number;
  /** Verdicts near `near`: "post" or the skip reason, with counts. */
  verdicts: Record<string, number>;
  /** The soonest event, as preview --json shows it. */
  first?: {
    start: string;
    timezone: string;
    attendance: string;
    status: string;
    venue?: string | null;
    locality?: string | null;
    country?: string | null;
    allDay?: boolean;
  };
}

const TABLE: Row[] = [
  {
    file: 'meetup-group-angularjs-edinburgh.ics',
    near: 'Edinburgh',
    now: '2013-10-01',
    events: 1,
    verdicts: { post: 1 },
    first: {
      start: '2013-10-17T19:00:00+01:00',
      timezone: 'Europe/London',
      attendance: 'in_person',
      status: 'scheduled',
      venue: 'Silicon Walk',
      locality: 'Edinburgh',
      country: 'GB',
    },
  },
  {
    file: 'eventbrite-event-casscot13-glasgow.ics',
    near: 'Glasgow',
    now: '2013-10-01',
    events: 1,
    verdicts: { post: 1 },
    first: {
      start: '2013-10-26T08:30:00+01:00',
      timezone: 'Europe/London',
      attendance: 'in_person',
      status: 'scheduled',
      venue: 'University of Glasgow',
      locality: 'Glasgow',
      country: 'GB',
    },
  },
  {
    file: 'lanyrd-event-sotmscot2013-edinburgh.ics',
    near: 'Edinburgh',
    now: '2013-10-01',
    events: 1,
    verdicts: { post: 1 },
    first: {
      start: '2013-10-11T00:00:00+01:00',
      timezone: 'Europe/London',
      attendance: 'in_person',
      status: 'scheduled',
      venue: 'Inspace',
      allDay: true,
    },
  },
  {
    file: 'google-calendar-python-glasgow.ics',
    near: 'Glasgow',
    now: '2016-10-01',
    events: 1,
    verdicts: { post: 1 },
    first: {
      start: '2016-10-11T17:30:00+01:00',
      timezone: 'Europe/London',
      attendance: 'in_person',
      status: 'scheduled',
      venue: 'Skyscanner',
      locality: 'Glasgow',
    },
  },
  {
    file: 'meetup-group-detroitruby.ics',
    near: 'Detroit, MI',
    now: '2013-01-01',
    events: 6,
    verdicts: { post: 1, 'unknown-attendance': 5 },
    first: {
      start: '2013-01-10T18:30:00-05:00',
      timezone: 'America/New_York',
      attendance: 'in_person',
      status: 'scheduled',
      venue: 'Compuware Building',
      country: 'US',
    },
  },
  // Online, although the feed carries the group's home GEO.
  {
    file: 'meetup-group-pyberlin-online.ics',
    near: 'Berlin',
    now: '2020-11-01',
    events: 1,
    verdicts: { online: 1 },
    first: { start: '2020-11-23T19:00:00+01:00', timezone: 'Europe/Berlin', attendance: 'online', status: 'scheduled' },
  },
  // "Thursday, April 21 at 5:00 PM" in the text, no year or zone: read after the publish date, in the zone of Townsville.
  {
    file: 'meetup-group-rss-devnq.xml',
    near: 'Townsville',
    now: '2022-03-20',
    events: 1,
    verdicts: { post: 1 },
    first: {
      start: '2022-04-21T17:00:00+10:00',
      timezone: 'Australia/Brisbane',
      attendance: 'in_person',
      status: 'scheduled',
      locality: 'Townsville',
      country: 'AU',
    },
  },
  {
    file: 'thunderbird-recurring-one-occurrence-cancelled.ics',
    near: 'Berlin',
    now: '2020-01-20',
    events: 3,
    verdicts: { 'unknown-attendance': 2, cancelled: 1 },
    first: { start: '2020-01-28T22:00:00+01:00', timezone: 'Europe/Berlin', attendance: 'unknown', status: 'scheduled' },
  },
  // Twelve RDATEs; only the one inside the 60-day horizon is listed.
  {
    file: 'hackerpublicradio-rdate-online-london.ics',
    near: 'London',
    now: '2013-12-01',
    events: 1,
    verdicts: { online: 1 },
    first: { start: '2014-01-04T19:00:00+00:00', timezone: 'Europe/London', attendance: 'online', status: 'scheduled' },
  },
  {
    file: 'floating-times-x-wr-timezone-only.ics',
    near: 'Brussels',
    now: '2021-09-01',
    events: 1,
    verdicts: { 'unknown-attendance': 1 },
    first: { start: '2021-09-16T21:00:00+02:00', timezone: 'Europe/Brussels', attendance: 'unknown', status: 'scheduled' },
  },
  {
    file: 'discourse-calendar-machbar-no-dtend.ics',
    near: 'Berlin',
    now: '2019-01-01',
    events: 4,
    verdicts: { 'unknown-attendance': 4 },
    first: { start: '2019-01-17T18:00:25+01:00', timezone: 'Europe/Berlin', attendance: 'unknown', status: 'scheduled' },
  },
  // 66 Luma events: 36 online (Luma URL as location), 26 with a street address, 2 "external" ones with a ticketing URL and GEO
  // (in person at the GEO: Luma writes one only for a place people go to), and 2 whose "Address:" only guests see (Luma's
  // way for an in-person venue it hides): never online.
  {
    file: 'luma-calendar-nairobidevops.ics',
    near: 'Nairobi',
    now: '2023-01-01',
    events: 60,
    // "Test event 1" … "Test Event 4", "new year test event", "Newyear test two": someone trying the calendar out
    skipped: 6,
    // The 2 venues that name no town are placed in the feed's home area (Nairobi, from its other events).
    verdicts: { post: 18, online: 34, 'outside-region': 8 },
    first: { start: '2023-10-15T20:00:00+03:00', timezone: 'Africa/Nairobi', attendance: 'online', status: 'scheduled' },
  },
  {
    file: 'wordpress-ai1ec-fablab-cottbus.ics',
    near: 'Cottbus',
    now: '2016-11-01',
    events: 28,
    // The 3 venues that name no town are placed in the feed's home area (Cottbus). The monthly Repair Café, which starts in
    // 2018, after the 60-day window, is listed by its first date.
    verdicts: { post: 24, cancelled: 2, postponed: 1, 'outside-region': 1 },
    first: {
      start: '2016-12-03T14:00:00+01:00',
      timezone: 'Europe/Berlin',
      attendance: 'in_person',
      status: 'scheduled',
      venue: 'FabLab Cottbus',
      locality: 'Cottbus',
      country: 'DE',
    },
  },
  {
    file: 'meetup-event-page-jsonld-ml-utah-intro-to-cnn.html',
    near: 'Lehi, UT',
    now: '2021-04-20',
    events: 1,
    verdicts: { online: 1 },
    // Online, so not placed; shown in the zone of the group's home area (the region it is previewed near).
    first: { start: '2021-04-28T18:30:00-06:00', timezone: 'America/Denver', attendance: 'online', status: 'scheduled' },
  },
  {
    file: 'meetup-event-page-jsonld-women-who-go-utah-placeholder.html',
    near: 'Lehi, UT',
    now: '2021-04-20',
    events: 1,
    verdicts: { online: 1 },
  },
  // The network page claims every event is offline, at a region centroid near Lehi.
  {
    file: 'meetup-pro-network-page-jsonld-forge-utah.html',
    near: 'Lehi, UT',
    now: '2021-04-20',
    events: 5,
    verdicts: { post: 5 },
    first: { start: '2021-04-27T18:30:00-06:00', timezone: 'America/Denver', attendance: 'in_person', status: 'scheduled', country: 'US' },
  },
  // Feeds that are not event feeds: every item is skipped with a reason, none becomes an event.
  { file: 'mastodon-tag-kubernetes-hachyderm.rss', near: 'Birmingham, UK', now: '2023-12-01', events: 0, skipped: 4, verdicts: {} },
  { file: 'mastodon-account-ricoberger-hachyderm.rss', near: 'Birmingham, UK', now: '2023-12-01', events: 0, skipped: 1, verdicts: {} },
  { file: 'bluesky-profile-kaedotcom.rss', near: 'Birmingham, UK', now: '2026-01-01', events: 0, skipped: 1, verdicts: {} },
  { file: 'rss1-rdf-tagesschau.xml', near: 'Birmingham, UK', now: '2023-12-01', events: 0, skipped: 2, verdicts: {} },
  { file: 'atom03-tagesschau.xml', near: 'Birmingham, UK', now: '2023-12-01', events: 0, skipped: 2, verdicts: {} },
  { file: 'atom10-freiepresse-chemnitz.xml', near: 'Birmingham, UK', now: '2023-12-01', events: 0, skipped: 2, verdicts: {} },
  { file: 'rss2-iso-8859-1-jn-pt.xml', near: 'Birmingham, UK', now: '2018-01-01', events: 0, skipped: 40, verdicts: {} },
];

const feeds = new FeedServer();
/**
 * Offline: the feeds are served from 127.0.0.1 (no DNS needed); event pages
 * the feeds link to (www.meetup.com, …) "do not exist", so enrichment is
 * tried, recorded here, and never reaches real DNS.
 */
const asked: string[] = [];
const offline = (host: string) => {
  asked.push(host);
  return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }));
};
const fetcher = new Fetcher({ allowPrivateNetwork: true, resolve: offline });
const deps = { fetcher, pages: new PageEvents(fetcher), horizonDays: 60, defaultTimezone: 'UTC' };

beforeAll(async () => {
  await feeds.start();
  for (const file of HAS_CAPTURED ? readdirSync(DIR) : [].filter((f) => f !== 'SOURCES.md')) {
    // Served as the exact bytes captured (one fixture is ISO-8859-1).
    feeds.set(`/${file}`, readFileSync(DIR + file), TYPES[file.split('.').pop()!] ?? 'application/octet-stream');
  }
});
afterAll(() => feeds.close());

async function preview(file: string, near: string, now: string) {
  const region = resolveRegion(near);
  if (!region.ok) throw new Error(region.error.message);
  const result = await previewUrl(feeds.url(`/${file}`), deps, region.value, new Date(`${now}T00:00:00Z`));
  if (!result.ok) throw new Error(result.message);
  return result;
}

const tally = (rows: PreviewRow[]) =>
  rows.reduce<Record<string, number>>((t, r) => ({ ...t, [r.reason ?? 'post']: (t[r.reason ?? 'post'] ?? 0) + 1 }), {});

describeCaptured('every captured feed through the ingest pipeline', () => {
  it('has a row for every fixture', () => {
    expect(TABLE.map((r) => r.file).sort()).toEqual(
      readdirSync(DIR)
        .filter((f) => f !== 'SOURCES.md')
        .sort(),
    );
  });

  it.each(TABLE)('$file near $near', async (row) => {
    const result = await preview(row.file, row.near, row.now);
    expect(result.rows).toHaveLength(row.events);
    if (row.skipped !== undefined) expect(result.skipped).toHaveLength(row.skipped);
    expect(tally(result.rows)).toEqual(row.verdicts);
    if (row.first) {
      const e = result.rows[0]!.event;
      const seen = {
        start: isoWithOffset(e.start, e.timezone),
        timezone: e.timezone,
        attendance: e.attendance,
        status: e.status,
        venue: e.venue,
        locality: e.locality,
        country: e.country,
        allDay: e.allDay,
      };
      expect(seen).toMatchObject(row.first);
    }
  });

  it.each(TABLE.filter((r) => r.events > 0))('$file: nothing would be posted in Birmingham, UK', async (row) => {
    const result = await preview(row.file, 'Birmingham, UK', row.now);
    expect(result.rows.filter((r) => r.verdict === 'post')).toEqual([]);
    for (const r of result.rows)
      expect(['online', 'cancelled', 'postponed', 'outside-region', 'unknown-attendance', 'unknown-place', 'past']).toContain(r.reason);
  });
});

/** The country a reader of each captured feed places its events in (null: the feed names none). */
const READER_COUNTRY: Record<string, string | null> = {
  'meetup-group-angularjs-edinburgh.ics': 'GB',
  'eventbrite-event-casscot13-glasgow.ics': 'GB',
  'lanyrd-event-sotmscot2013-edinburgh.ics': 'GB',
  'google-calendar-python-glasgow.ics': 'GB',
  'meetup-group-detroitruby.ics': 'US',
  'meetup-group-pyberlin-online.ics': 'DE',
  'meetup-group-rss-devnq.xml': 'AU',
  'thunderbird-recurring-one-occurrence-cancelled.ics': 'DE',
  'hackerpublicradio-rdate-online-london.ics': 'GB',
  'floating-times-x-wr-timezone-only.ics': 'BE',
  'discourse-calendar-machbar-no-dtend.ics': 'DE',
  'luma-calendar-nairobidevops.ics': 'KE',
  'wordpress-ai1ec-fablab-cottbus.ics': 'DE',
  'meetup-event-page-jsonld-ml-utah-intro-to-cnn.html': 'US',
  'meetup-event-page-jsonld-women-who-go-utah-placeholder.html': 'US',
  'meetup-pro-network-page-jsonld-forge-utah.html': 'US',
};

describeCaptured('no captured event is placed in the wrong country', () => {
  it.each(TABLE.filter((r) => r.events > 0).flatMap((r) => [{ ...r }, { ...r, near: 'Birmingham, UK' }]))(
    '$file near $near',
    async (row) => {
      const result = await preview(row.file, row.near, row.now);
      const reader = READER_COUNTRY[row.file];
      // An event may be given no country (nothing says where it is), never another one.
      const wrong = result.rows.filter((r) => r.event.country !== null && r.event.country !== reader);
      expect(wrong.map((r) => `${r.event.title}: ${r.event.country}`)).toEqual([]);
    },
  );
});

describeCaptured('event pages the captured feeds link to', () => {
  it('are looked up only for items that are, or link to, event pages (and posts with outside links)', () => {
    // The Meetup RSS item's own event page, and the outside links of Mastodon posts that state no date.
    // Calendar events that state no place or attendance, from their own event pages (Luma, the FabLab's events pages).
    // None of the news feeds' articles (tagesschau, Freie Presse, JN) is fetched: they are not event pages.
    expect([...new Set(asked)].sort()).toEqual([
      'blog.fablab-cottbus.de',
      'github.com',
      'kubenav.io',
      'luma.com',
      'www.linuxquestions.org',
      'www.meetup.com',
      'youtu.be',
    ]);
  });
});
