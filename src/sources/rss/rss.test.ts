import { describe, expect, it } from 'vitest';
import { ctx, fixture, okOutcome, view } from '../text/test-helpers.js';
import { parseFeed } from './index.js';
import { describeCaptured, itCaptured } from '../../../test/helpers/captured.js';

const NO_DATE = 'no event date in the item';

describeCaptured('parseFeed over the real feed fixtures', () => {
  // fixture, items, events; every other item is skipped as "no event date in the item"
  it.each([
    ['meetup-group-rss-devnq.xml', 1, 1],
    ['rss1-rdf-tagesschau.xml', 2, 0],
    ['atom03-tagesschau.xml', 2, 0],
    ['atom10-freiepresse-chemnitz.xml', 2, 0],
    ['rss2-iso-8859-1-jn-pt.xml', 40, 0],
    ['bluesky-profile-kaedotcom.rss', 1, 0],
    ['mastodon-account-ricoberger-hachyderm.rss', 1, 0],
    ['mastodon-tag-kubernetes-hachyderm.rss', 4, 0],
  ])('%s: %i items, %i events', async (name, items, events) => {
    const out = okOutcome(await parseFeed(fixture(name), ctx('https://feeds.example.org/feed', 'Europe/Berlin')));
    expect(out.format).toBe('rss');
    expect(out.events.length + out.skipped.length).toBe(items);
    expect(out.events).toHaveLength(events);
    expect(out.skipped.every((s) => s.reason === NO_DATE)).toBe(true);
  });

  it('reads the Meetup item: start from "Thursday, April 21 at 5:00 PM" after pubDate, in the source zone', async () => {
    const out = okOutcome(
      await parseFeed(fixture('meetup-group-rss-devnq.xml'), ctx('https://www.meetup.com/dev_nq/events/rss/', 'Australia/Brisbane')),
    );
    expect(out.title).toBe('Events - DevNQ - North Queensland Software Development Community');
    const [event] = out.events.map(view);
    expect(event).toMatchObject({
      uid: 'https://www.meetup.com/dev_nq/events/284715197/',
      url: 'https://www.meetup.com/dev_nq/events/284715197/',
      title: 'ACS QLD Regional Roadshow: Exploring Local Digital Transformation Journeys',
      start: '2022-04-21T07:00:00.000Z', // 17:00 AEST
      end: null,
      timezone: 'Australia/Brisbane',
      allDay: false,
      floating: false,
      venueName: null,
      locationText: 'Townsville 4810 - Australia', // double space collapsed; the "13" RSVP line is ignored
      lat: null,
      lon: null,
      attendanceMode: null,
      status: null,
    });
    expect(event?.description).toContain('Proudly sponsored by NBN Co');
    expect(event?.links).toContain('https://www.linkedin.com/in/tristandavey/');
    expect(event?.links).not.toContain(event?.url);
  });

  it('reads the Meetup item as floating wall-clock time when the source has no zone', async () => {
    const out = okOutcome(await parseFeed(fixture('meetup-group-rss-devnq.xml'), ctx('https://www.meetup.com/dev_nq/events/rss/')));
    expect(out.events.map(view)[0]).toMatchObject({ start: '2022-04-21T17:00:00.000Z', floating: true, timezone: null });
  });

  it('titles items that have no <title> from their text', async () => {
    const bluesky = okOutcome(
      await parseFeed(fixture('bluesky-profile-kaedotcom.rss'), ctx('https://bsky.app/profile/kaedotcom.bsky.social/rss')),
    );
    expect(bluesky.skipped).toEqual([
      {
        title: 'But the Starlink hardware must be somehow acquired …',
        reason: NO_DATE,
        url: 'https://bsky.app/profile/kaedotcom.bsky.social/post/3mcfiov2e7k2r',
      },
    ]);
    const mastodon = okOutcome(
      await parseFeed(fixture('mastodon-tag-kubernetes-hachyderm.rss'), ctx('https://hachyderm.io/tags/kubernetes.rss')),
    );
    expect(mastodon.skipped.map((s) => s.title)).toEqual([
      'Shameless blog series plug',
      'New Kubernetes Release Candidate Release',
      'Plan for the weekend',
      '🚀 ALERT: Seamlessly Access HPC Resources, possible addictive 🚀',
    ]);
  });

  it('decodes the Latin-1 feed text and keeps the channel title', async () => {
    const out = okOutcome(await parseFeed(fixture('rss2-iso-8859-1-jn-pt.xml'), ctx('http://feeds.jn.pt/JN-ULTIMAS')));
    expect(out.title).toBe('Jornal de Notícias - Últimas Notícias');
    expect(out.skipped[0]?.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
  });
});

const EVENT_NS = 'xmlns:ev="http://purl.org/rss/1.0/modules/event/"';
const GEO_NS = 'xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#"';

function rss(items: string, ns = `${EVENT_NS} ${GEO_NS}`, channelExtra = ''): string {
  return `<?xml version="1.0"?><rss version="2.0" ${ns}><channel><title>Events</title><link>https://club.example.org/</link>${channelExtra}${items}</channel></rss>`;
}

describe('parseFeed: structured event fields', () => {
  it('takes start, end, place and organiser from the RSS event module, never from pubDate', async () => {
    const xml = rss(`<item><title>Python Glasgow</title><link>https://club.example.org/e/1</link>
      <guid>club-1</guid><pubDate>Mon, 01 Dec 2025 09:00:00 GMT</pubDate>
      <ev:startdate>2025-12-09T18:30:00Z</ev:startdate><ev:enddate>2025-12-09T21:00:00Z</ev:enddate>
      <ev:location>Skyscanner, 15 Lauriston Place, Edinburgh</ev:location><ev:organizer>Python Glasgow</ev:organizer>
      <geo:lat>55.9445</geo:lat><geo:long>-3.1955</geo:long></item>`);
    const out = okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed')));
    expect(out.events.map(view)).toEqual([
      expect.objectContaining({
        uid: 'club-1',
        url: 'https://club.example.org/e/1',
        start: '2025-12-09T18:30:00.000Z',
        end: '2025-12-09T21:00:00.000Z',
        floating: false,
        allDay: false,
        locationText: 'Skyscanner, 15 Lauriston Place, Edinburgh',
        organiser: 'Python Glasgow',
        lat: 55.9445,
        lon: -3.1955,
      }),
    ]);
  });

  it('keeps two shows that share a link and have no guid apart, and one show listed twice as one', async () => {
    const show = (title: string, start: string) =>
      `<item><title>${title}</title><link>https://band.example/tincat</link><ev:startdate>${start}</ev:startdate></item>`;
    const xml = rss(
      show('Blue Rock Shoot', '2026-11-15T19:30:00-08:00') +
        show('Wine Affairs', '2026-12-03T19:30:00-08:00') +
        show('Wine Affairs', '2026-12-03T19:30:00-08:00'),
    );
    const events = okOutcome(await parseFeed(xml, ctx('https://band.example/shows.rss'))).events;
    expect(events.map((e) => e.title)).toEqual(['Blue Rock Shoot', 'Wine Affairs', 'Wine Affairs']);
    const [rock, wine, again] = events.map((e) => e.uid);
    expect(new Set([rock, wine]).size).toBe(2);
    expect(again).toBe(wine);
    const alone = okOutcome(
      await parseFeed(rss(show('Blue Rock Shoot', '2026-11-15T19:30:00-08:00')), ctx('https://band.example/shows.rss')),
    );
    expect(alone.events[0]!.uid).toBe('https://band.example/tincat');
  });

  it('reads midnight-to-midnight dates as the days they span, and an all-day start with a timed end as ending after that date', async () => {
    const xml = rss(
      `<item><title>Fête de la Saint-Laurent</title><guid>f</guid><ev:startdate>2026-08-06T00:00:00+02:00</ev:startdate>
       <ev:enddate>2026-08-15T00:00:00+02:00</ev:enddate></item>
       <item><title>Men's Golf</title><guid>g</guid><ev:startdate>2026-08-29</ev:startdate>
       <ev:enddate>2026-08-29T07:00:00.0000000Z</ev:enddate></item>`,
    );
    const [fete, golf] = okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed', 'Europe/Paris'))).events.map(view);
    // The festival runs 6–14 August in Paris (end exclusive), not from 00:00 on the 6th.
    expect(fete).toMatchObject({ allDay: true, start: '2026-08-05T22:00:00.000Z', end: '2026-08-14T22:00:00.000Z' });
    // Not "already over" at 03:00 on its own day: it ends when the 29th does.
    expect(golf).toMatchObject({ allDay: true, start: '2026-08-28T22:00:00.000Z', end: '2026-08-29T22:00:00.000Z' });
  });

  it('reads a URL-encoded location as its words, and leaves a link and a percentage alone', async () => {
    const item = (uid: string, where: string) =>
      `<item><title>Meet</title><guid>${uid}</guid><ev:startdate>2026-01-14T19:00:00Z</ev:startdate><ev:location>${where}</ev:location></item>`;
    const xml = rss(item('a', 'LeineLab%2C+Glocksee') + item('b', 'https://meet.example/a%20b') + item('c', '100% Club, 12 High St'));
    const events = okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed'))).events;
    expect(events.map((e) => e.locationText)).toEqual(['LeineLab, Glocksee', 'https://meet.example/a%20b', '100% Club, 12 High St']);
  });

  it('reads a LiveWhale event item’s pubDate as its start and livewhale:ends as its end, and only there', async () => {
    const lw = `xmlns:livewhale="http://www.livewhale.com/"`;
    const xml = rss(
      `<item><title>First-Year Shabbat</title><link>https://events.uni.example/#!view/event/event_id/61813</link>
       <pubDate>Fri, 31 Aug 2018 22:00:00 +0000</pubDate><livewhale:type>events</livewhale:type>
       <livewhale:ends>Fri, 31 Aug 2018 23:30:00 +0000</livewhale:ends></item>
       <item><title>Campus news</title><guid>n</guid><pubDate>Fri, 31 Aug 2018 09:00:00 +0000</pubDate><livewhale:type>news</livewhale:type></item>`,
      lw,
    );
    const out = okOutcome(await parseFeed(xml, ctx('https://events.uni.example/live/rss/events')));
    expect(out.events.map(view)).toEqual([
      expect.objectContaining({
        title: 'First-Year Shabbat',
        start: '2018-08-31T22:00:00.000Z',
        end: '2018-08-31T23:30:00.000Z',
        url: 'https://events.uni.example/#!view/event/event_id/61813',
      }),
    ]);
    expect(out.skipped.map((s) => s.title)).toEqual(['Campus news']);
  });

  it('takes the time of a date given in the title from the body’s sentence that states it', async () => {
    const xml = rss(
      `<item><title>Jornada de Donación de Sangre 24 de mayo de 2026</title><guid>d</guid>
       <description>Autobús de Donación en la plaza. De 10:00 a 13:00 y de 15:30 a 21:15.</description></item>
       <item><title>Sweets drive on Saturday 9 May 2026</title><guid>s</guid>
       <description>Collection on 9 May at the market hall from 9 am till noon.</description></item>
       <item><title>Repair café, 30 May 2026</title><guid>r</guid>
       <description>Bring what is broken. The next one is on 27 June at 10am.</description></item>`,
    );
    const [blood, sweets, repair] = okOutcome(await parseFeed(xml, ctx('https://city.example/feed', 'Europe/Madrid'))).events.map(view);
    expect(blood).toMatchObject({ start: '2026-05-24T08:00:00.000Z', end: '2026-05-24T11:00:00.000Z', allDay: false });
    expect(sweets).toMatchObject({ start: '2026-05-09T07:00:00.000Z', end: '2026-05-09T10:00:00.000Z', allDay: false });
    // a time that comes with another day is not this day's
    expect(repair).toMatchObject({ start: '2026-05-29T22:00:00.000Z', allDay: true });
  });

  it('reads a plain <venue>, <where> and <when> of an item', async () => {
    const xml = rss(
      `<item><title>Gala concert</title><guid>g</guid><venue>Concert Hall, Harbour Opera House</venue>
       <description>An evening of song (12 December 2025).</description></item>
       <item><title>Data work group</title><guid>w</guid><when>Friday, December 12, 2025, 9:15 am - 12:15pm</when>
       <where>Shields Library, room 360</where><description>Bring a laptop.</description></item>`,
    );
    const [gala, group] = okOutcome(await parseFeed(xml, ctx('https://arts.example/feed', 'Europe/London'))).events.map(view);
    expect(gala).toMatchObject({ locationText: 'Concert Hall, Harbour Opera House', allDay: true });
    expect(group).toMatchObject({
      locationText: 'Shields Library, room 360',
      start: '2025-12-12T09:15:00.000Z',
      end: '2025-12-12T12:15:00.000Z',
    });
  });

  it('reads no date from a publish date or event date with an offset beyond ±14:00, and still reads +14:00', async () => {
    const hugo = (pubDate: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Events on Lisbon Privacy</title>
      <generator>Hugo</generator><item><title>Tor workshop</title><link>https://privacy.example/events/tor/</link>
      <pubDate>${pubDate}</pubDate><description>Learn how onion routing works.</description></item></channel></rss>`;
    // −18:00 is no zone's: Date.parse made the 15:30 workshop 09:30 UTC the next day.
    const bad = okOutcome(await parseFeed(hugo('Thu, 28 Jun 2018 15:30:00 -1800'), ctx('https://privacy.example/events/index.xml')));
    expect(bad.events).toEqual([]);
    expect(bad.skipped.map((s) => s.reason)).toEqual([NO_DATE]);
    const kiribati = okOutcome(await parseFeed(hugo('Thu, 28 Jun 2018 15:30:00 +1400'), ctx('https://privacy.example/events/index.xml')));
    expect(kiribati.events.map(view)).toEqual([expect.objectContaining({ start: '2018-06-28T01:30:00.000Z' })]);
    const xml = rss(`<item><title>Talk</title><guid>t</guid><ev:startdate>Thu, 28 Jun 2018 15:30:00 +1800</ev:startdate></item>`);
    expect(okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed'))).events).toEqual([]);
  });

  it('does not give items the channel-level geo (the publisher’s place)', async () => {
    const xml = rss(
      `<item><title>Talk</title><guid>t</guid><ev:startdate>2025-12-09T18:30:00Z</ev:startdate></item>`,
      `${EVENT_NS} ${GEO_NS}`,
      '<geo:lat>41.15336</geo:lat><geo:long>-8.60882</geo:long>',
    );
    const [event] = okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed'))).events;
    expect({ lat: event?.lat, lon: event?.lon }).toEqual({ lat: null, lon: null });
  });

  it('reads the event module under any prefix the feed binds it to, and a GeoRSS point', async () => {
    const xml = rss(
      `<item><title>Social</title><guid>s</guid><event:startdate>2025-12-09</event:startdate><event:enddate>2025-12-10</event:enddate>
       <georss:point>52.4814 -1.8998</georss:point></item>`,
      'xmlns:event="http://purl.org/rss/1.0/modules/event/" xmlns:georss="http://www.georss.org/georss"',
    );
    const [event] = okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed', 'Europe/London'))).events.map(view);
    // A bare end date is the last day: the all-day event ends (exclusively) at the start of the 11th.
    expect(event).toMatchObject({
      start: '2025-12-09T00:00:00.000Z',
      end: '2025-12-11T00:00:00.000Z',
      allDay: true,
      lat: 52.4814,
      lon: -1.8998,
    });
  });

  it.each([
    ['Europe/London', '2025-07-09T17:30:00.000Z', false],
    [undefined, '2025-07-09T18:30:00.000Z', true],
  ])('reads a zone-less xCal dtstart in the source zone (%s)', async (zone, start, floating) => {
    const xml = rss(
      `<item><title>Summer social</title><guid>x</guid><xCal:dtstart>20250709T183000</xCal:dtstart></item>`,
      'xmlns:xCal="urn:ietf:params:xml:ns:xcal"',
    );
    const [event] = okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed', zone))).events.map(view);
    expect(event).toMatchObject({ start, floating, timezone: floating ? null : zone });
  });
});

describe('parseFeed: text dates and feed quirks', () => {
  it('reads a date from an Atom entry title; an entry link without rel is its URL', async () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Club</title>
      <link href="https://club.example.org/atom" rel="self"/>
      <entry><id>tag:club,1</id><title>Hack night – Tuesday 9 December at 18:30</title>
      <link href="/events/hack-night"/><updated>2025-11-28T10:00:00Z</updated>
      <content type="html">&lt;p&gt;Bring a laptop.&lt;/p&gt;</content></entry></feed>`;
    const out = okOutcome(await parseFeed(xml, ctx('https://club.example.org/atom', 'Europe/London')));
    expect(out.events.map(view)).toEqual([
      expect.objectContaining({
        uid: 'tag:club,1',
        url: 'https://club.example.org/events/hack-night',
        title: 'Hack night – Tuesday 9 December at 18:30',
        start: '2025-12-09T18:30:00.000Z',
        description: '<p>Bring a laptop.</p>',
      }),
    ]);
  });

  it('skips an item whose only date-like text is a lone time', async () => {
    const xml = rss(
      `<item><title>Open late</title><guid>o</guid><description>Doors at 7pm.</description><pubDate>Mon, 01 Dec 2025 09:00:00 GMT</pubDate></item>`,
    );
    const out = okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed')));
    expect(out.skipped).toEqual([{ title: 'Open late', reason: NO_DATE }]);
  });

  it('gives a skipped item its page and body links, so ingest can look for the event there; an opaque guid is not a page', async () => {
    const xml = rss(
      `<item><title>Our next social</title><guid>club-7</guid><link>/blog/next-social</link>
       <description>&lt;p&gt;RSVP &lt;a href="https://www.meetup.com/club/events/312345678/"&gt;on Meetup&lt;/a&gt;&lt;/p&gt;</description></item>
       <item><title>Thanks!</title><guid>club-8</guid><description>See you soon.</description></item>`,
    );
    const out = okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed')));
    expect(out.skipped).toEqual([
      {
        title: 'Our next social',
        reason: NO_DATE,
        url: 'https://club.example.org/blog/next-social',
        links: ['https://www.meetup.com/club/events/312345678/'],
      },
      { title: 'Thanks!', reason: NO_DATE },
    ]);
  });

  itCaptured('unwraps Atom 0.3 escaped CDATA content', async () => {
    const out = okOutcome(await parseFeed(fixture('atom03-tagesschau.xml'), ctx('https://www.tagesschau.de/xml/atom/')));
    expect(out.skipped).toHaveLength(2);
    const xml = fixture('atom03-tagesschau.xml').replace(
      'Von H.-J. Vieweger.&lt;/em &gt;',
      'Pressekonferenz am Tuesday, 19 December 2023 at 10:00 UTC&lt;/em &gt;',
    );
    const [event] = okOutcome(await parseFeed(xml, ctx('https://www.tagesschau.de/xml/atom/'))).events;
    expect(event?.description?.startsWith('<p ><a href=')).toBe(true);
    expect(event?.start.toISOString()).toBe('2023-12-19T10:00:00.000Z');
  });

  it('tolerates HTML entities and bare ampersands that are not valid XML', async () => {
    const xml = rss(
      `<item><title>Pizza &amp; Python&nbsp;night — Fri 12 Dec 2025 at 19:00</title><link>https://club.example.org/?a=1&b=2</link></item>`,
    );
    const [event] = okOutcome(await parseFeed(xml, ctx('https://club.example.org/feed'))).events;
    expect(event?.title).toBe('Pizza & Python night — Fri 12 Dec 2025 at 19:00');
    expect(event?.url).toBe('https://club.example.org/?a=1&b=2');
  });

  it.each([
    ['', 'the feed is empty'],
    ['   \n', 'the feed is empty'],
  ])('refuses empty text %j', async (text, reason) => {
    expect(await parseFeed(text, ctx('https://club.example.org/feed'))).toEqual({ ok: false, reason });
  });

  it('refuses text that is not a feed, saying so', async () => {
    const out = await parseFeed('<html><body>Not here</body></html>', ctx('https://club.example.org/feed'));
    expect(out.ok).toBe(false);
    expect(!out.ok && out.reason).toMatch(/^the feed could not be read as RSS or Atom XML/);
  });
});

// Lesson from a community forum's events category, on a feed of our own: Discourse's event plugin
// writes an event's times only as data attributes of an empty <div>, so the post's text had no date.
describe('a Discourse events category (Atom)', () => {
  const entry = (title: string, attributes: string) => `<entry><title>${title}</title><id>https://forum.example.org/t/${title.length}</id>
    <link href="https://forum.example.org/t/${title.length}"/><updated>2026-02-10T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Come and build your website with us.&lt;/p&gt;
    &lt;div class="discourse-post-event" ${attributes}&gt;&lt;/div&gt;</content></entry>`;
  const feed = (entries: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Events - Example Forum</title>${entries}</feed>`;

  it('reads the event plugin’s start, end, zone and location', async () => {
    const xml = feed(
      entry(
        'IndieWeb Club #21',
        'data-start="2026-03-07 14:00" data-status="public" data-timezone="Asia/Kolkata" data-end="2026-03-07 17:00" data-location="Underline Centre, Bengaluru"',
      ) + entry('Garden day', 'data-start="2026-03-14" data-end="2026-03-14"'),
    );
    const out = okOutcome(await parseFeed(xml, ctx('https://forum.example.org/c/events.atom', 'Asia/Kolkata')));
    expect(out.events.map(view)).toEqual([
      expect.objectContaining({
        title: 'IndieWeb Club #21',
        start: '2026-03-07T08:30:00.000Z',
        end: '2026-03-07T11:30:00.000Z',
        locationText: 'Underline Centre, Bengaluru',
      }),
      expect.objectContaining({ title: 'Garden day', start: '2026-03-13T18:30:00.000Z', allDay: true }),
    ]);
  });
});
