import { describe, expect, it } from 'vitest';
import { ctx, fixture, okOutcome, view } from '../text/test-helpers.js';
import { extractJsonLdEvents, parseJsonLdPage } from './index.js';
import { describeCaptured } from '../../../test/helpers/captured.js';

const PAGE = 'https://events.example.org/e/1';

function page(...blocks: unknown[]): string {
  const scripts = blocks
    .map((b) => `<script type="application/ld+json">${typeof b === 'string' ? b : JSON.stringify(b)}</script>`)
    .join('\n');
  return `<!DOCTYPE html><html><head><title>Events &amp; more</title>${scripts}</head><body></body></html>`;
}

function parse(...blocks: unknown[]) {
  return okOutcome(parseJsonLdPage(page(...blocks), ctx(PAGE))).events.map(view);
}

describeCaptured('parseJsonLdPage over the Meetup page fixtures', () => {
  it('reads the online "Intro To CNN" event (VirtualLocation, start without seconds)', () => {
    const out = okOutcome(
      parseJsonLdPage(
        fixture('meetup-event-page-jsonld-ml-utah-intro-to-cnn.html'),
        ctx('https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/'),
      ),
    );
    expect(out.format).toBe('jsonld');
    expect(out.skipped).toEqual([]);
    expect(out.events.map(view)).toEqual([
      expect.objectContaining({
        uid: 'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
        url: 'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
        title: 'Intro To Convolutional Neural Networks',
        start: '2021-04-29T00:30:00.000Z',
        end: '2021-04-29T02:03:00.000Z',
        timezone: null,
        allDay: false,
        floating: false,
        venueName: null,
        locationText: null,
        locationUrl: 'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
        lat: null,
        lon: null,
        attendanceMode: 'online',
        status: 'scheduled',
        organiser: 'Machine Learning Utah',
      }),
    ]);
    expect(out.events[0]?.description).toMatch(/^https:\/\/meet\.google\.com\/mvz-vyxv-kzp\nDescription: Neural networks/);
  });

  it('reads the placeholder event as it is (the page is the authority, not our judge)', () => {
    const out = okOutcome(
      parseJsonLdPage(
        fixture('meetup-event-page-jsonld-women-who-go-utah-placeholder.html'),
        ctx('https://www.meetup.com/Women-Who-Go-Utah/events/277283469/'),
      ),
    );
    expect(out.events.map(view)).toEqual([
      expect.objectContaining({
        title: 'Hold for Chamod Perera',
        description: 'tbd',
        start: '2021-05-26T00:30:00.000Z',
        end: '2021-05-26T02:30:00.000Z',
        attendanceMode: 'online',
        organiser: 'Women Who Go Utah ( + Allies)',
      }),
    ]);
  });

  it('reads the 5 network-page events: offline mode, a Place with only addressRegion and noisy coordinates', () => {
    const out = okOutcome(
      parseJsonLdPage(fixture('meetup-pro-network-page-jsonld-forge-utah.html'), ctx('https://www.meetup.com/pro/forge-utah/')),
    );
    expect(out.events.map((e) => [e.title, e.start.toISOString(), e.url])).toEqual([
      [
        'Intro To Convolutional Neural Networks',
        '2021-04-29T00:30:00.000Z',
        'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
      ],
      [
        'Machine Learning for Humanitarian Good',
        '2021-05-27T00:30:00.000Z',
        'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsycchbjc/',
      ],
      [
        'Go beyond the standard library to build an Autoscaling HTTP Proxy for Kubernetes',
        '2021-04-28T00:30:00.000Z',
        'https://www.meetup.com/Women-Who-Go-Utah/events/bkkzdsyccgbkc/',
      ],
      ['Building CLI apps in Golang', '2021-05-26T00:30:00.000Z', 'https://www.meetup.com/Women-Who-Go-Utah/events/277283469/'],
      ['TBA - looking for speaker', '2021-05-05T00:30:00.000Z', 'https://www.meetup.com/utahgophers/events/rtcxdsycchbgb/'],
    ]);
    for (const event of out.events) {
      expect(event).toMatchObject({
        attendanceMode: 'offline',
        venueName: null,
        locationText: 'UT',
        locality: null,
        lat: 40.38999938964844,
        lon: -111.8499984741211,
        description: null, // "" in the page
      });
    }
  });
});

describe('parseJsonLdPage: schema.org shapes', () => {
  const base = { name: 'Gig', startDate: '2026-03-29T19:30:00+01:00' };

  it('walks @graph and arrays, and takes Event subtypes (MusicEvent) including URL-form types', () => {
    const events = parse(
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'x' },
          { ...base, '@type': 'MusicEvent', name: 'A' },
        ],
      },
      [
        { ...base, '@type': ['https://schema.org/Festival'], name: 'B' },
        { ...base, '@type': 'Organization', name: 'not an event' },
      ],
      { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { ...base, '@type': 'schema:ComedyEvent', name: 'C' } }] },
    );
    expect(events.map((e) => e.title)).toEqual(['A', 'B', 'C']);
  });

  it('reads an offset without a colon', () => {
    expect(parse({ ...base, '@type': 'Event', startDate: '2026-03-29T19:30:00+0100' })[0]?.start).toBe('2026-03-29T18:30:00.000Z');
  });

  it('reads a date-only event as all-day with an exclusive end', () => {
    const [e] = parse({ '@type': 'Event', name: 'Fair', startDate: '2026-06-12', endDate: '2026-06-14' });
    expect(e).toMatchObject({ start: '2026-06-12T00:00:00.000Z', end: '2026-06-15T00:00:00.000Z', allDay: true, floating: true });
  });

  it('reads a date-time without an offset as floating', () => {
    const [e] = parse({ '@type': 'Event', name: 'Talk', startDate: '2026-06-12T18:30' });
    expect(e).toMatchObject({ start: '2026-06-12T18:30:00.000Z', floating: true, allDay: false });
  });

  it.each([
    ['https://schema.org/EventCancelled', 'cancelled', null],
    ['EventPostponed', 'postponed', null],
    ['http://schema.org/EventRescheduled', 'rescheduled', null],
    ['https://schema.org/EventMovedOnline', 'moved-online', 'online'],
  ])('maps eventStatus %s', (eventStatus, status, attendanceMode) => {
    const [e] = parse({ ...base, '@type': 'Event', eventStatus });
    expect(e).toMatchObject({ status, attendanceMode });
  });

  it('a moved-online event is online even if the page still says offline', () => {
    const [e] = parse({ ...base, '@type': 'Event', eventStatus: 'EventMovedOnline', eventAttendanceMode: 'OfflineEventAttendanceMode' });
    expect(e?.attendanceMode).toBe('online');
  });

  it('reads a Place with a PostalAddress and GeoCoordinates given as strings', () => {
    const [e] = parse({
      ...base,
      '@type': 'Event',
      location: {
        '@type': 'Place',
        name: 'The Victoria',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '48 John Bright St',
          addressLocality: 'Birmingham',
          postalCode: 'B1 1BN',
          addressRegion: 'West Midlands',
          addressCountry: { '@type': 'Country', name: 'GB' },
        },
        geo: { '@type': 'GeoCoordinates', latitude: '52.4770', longitude: '-1.9010' },
      },
    });
    expect(e).toMatchObject({
      venueName: 'The Victoria',
      locationText: '48 John Bright St, Birmingham, West Midlands, B1 1BN, GB',
      locality: 'Birmingham',
      postalCode: 'B1 1BN',
      country: 'GB',
      lat: 52.477,
      lon: -1.901,
      attendanceMode: null, // a place alone does not state the mode
    });
  });

  it.each([
    ['MixedEventAttendanceMode', 'mixed'],
    [undefined, 'mixed'],
  ])('reads a hybrid event (Place and VirtualLocation) with mode %s', (eventAttendanceMode, attendanceMode) => {
    const [e] = parse({
      ...base,
      '@type': 'Event',
      eventAttendanceMode,
      location: [
        { '@type': 'VirtualLocation', url: 'https://meet.example.org/x' },
        { '@type': 'Place', name: 'Hub', address: '1 High St, Leeds' },
      ],
    });
    expect(e).toMatchObject({
      attendanceMode,
      venueName: 'Hub',
      locationText: '1 High St, Leeds',
      locationUrl: 'https://meet.example.org/x',
    });
  });

  it.each([
    ['a plain address string', 'Town Hall, Leeds', { locationText: 'Town Hall, Leeds', locationUrl: null, attendanceMode: null }],
    ['a URL string', 'https://zoom.us/j/1', { locationText: null, locationUrl: 'https://zoom.us/j/1', attendanceMode: 'online' }],
    [
      'a VirtualLocation without a mode',
      { '@type': 'VirtualLocation', url: '/live' },
      { locationUrl: 'https://events.example.org/live', attendanceMode: 'online' },
    ],
  ])('reads location as %s', (_label, location, expected) => {
    expect(parse({ ...base, '@type': 'Event', location })[0]).toMatchObject(expected);
  });

  it('resolves a relative url; uses @id as uid, else the url, else a hash', () => {
    const [a, b, c] = parse(
      { ...base, '@type': 'Event', name: 'A', '@id': 'https://events.example.org/#a', url: '/e/a' },
      { ...base, '@type': 'Event', name: 'B', url: '/e/b' },
      { ...base, '@type': 'Event', name: 'C' },
    );
    expect([a?.uid, a?.url, b?.uid, b?.url, c?.url]).toEqual([
      'https://events.example.org/#a',
      'https://events.example.org/e/a',
      'https://events.example.org/e/b',
      'https://events.example.org/e/b',
      PAGE, // an event of a listing with no url of its own links to the listing (listing.ts)
    ]);
    expect(c?.uid).toMatch(/^derived:[0-9a-f]{32}$/);
  });

  it('a page with one event and no url is that event’s page', () => {
    expect(parse({ ...base, '@type': 'Event' })[0]).toMatchObject({ url: PAGE, uid: PAGE });
  });

  it('tolerates CDATA wrappers, entities, raw newlines in strings and trailing commas', () => {
    const sloppy = `//<![CDATA[
      {"@type": "Event", "name": "Rock &amp; Roll
      Night", "startDate": "2026-03-29T19:30:00Z",}
    //]]>`;
    expect(parse(sloppy).map((e) => e.title)).toEqual(['Rock & Roll Night']);
  });

  it('names the one Event of a page that gives it no name by the page (og:title, else <title>)', () => {
    const nameless = {
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventCancelled',
      startDate: '2026-09-01T10:00:00+02:00',
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Třeboň' } },
    };
    const og = page(nameless).replace('<head>', '<head><meta property="og:title" content="Street Food Festival – 1.9.2026">');
    expect(okOutcome(parseJsonLdPage(og, ctx(PAGE))).events.map(view)).toMatchObject([
      { title: 'Street Food Festival – 1.9.2026', status: 'cancelled', start: '2026-09-01T08:00:00.000Z' },
    ]);
    expect(parse(nameless).map((e) => e.title)).toEqual(['Events & more']);
    // Two nameless events on one page: the page's title names neither.
    const two = okOutcome(parseJsonLdPage(page(nameless, { ...nameless, startDate: '2026-09-02T10:00:00+02:00' }), ctx(PAGE)));
    expect(two.events).toEqual([]);
    expect(two.skipped.map((s) => s.reason)).toEqual(['the schema.org Event has no name', 'the schema.org Event has no name']);
  });

  it('skips nodes without a name or a usable start, saying why', () => {
    const out = okOutcome(
      parseJsonLdPage(
        page({ '@type': 'Event', name: 'No date' }, { '@type': 'Event', name: 'Bad', startDate: 'soon' }, { ...base, '@type': 'Event' }),
        ctx(PAGE),
      ),
    );
    expect(out.events).toHaveLength(1);
    expect(out.skipped).toEqual([
      { title: 'No date', reason: 'the schema.org Event has no startDate' },
      { title: 'Bad', reason: 'the startDate "soon" is not a date' },
    ]);
  });

  it('replaces an event that has sub-events by its sub-events', () => {
    const events = parse({
      '@type': 'Festival',
      name: 'Festival',
      startDate: '2026-07-01',
      subEvent: [
        { ...base, '@type': 'MusicEvent', name: 'Day 1' },
        { ...base, '@type': 'MusicEvent', name: 'Day 2' },
      ],
    });
    expect(events.map((e) => e.title)).toEqual(['Day 1', 'Day 2']);
  });

  it.each([
    [
      page({ '@type': 'BreadcrumbList' }, { '@type': 'Organization' }),
      "the page's schema.org data has no Event (it describes: BreadcrumbList, Organization)",
    ],
    ['<html><body>hi</body></html>', 'the page has no schema.org data (no <script type="application/ld+json">)'],
    [page('{not json'), "the page's schema.org data has no Event; 1 block(s) were not valid JSON"],
    ['', 'the page is empty'],
  ])('refuses a page without events: %#', (html, reason) => {
    expect(parseJsonLdPage(html, ctx(PAGE))).toEqual({ ok: false, reason });
  });

  it('reads a bare JSON-LD document and the page title', () => {
    expect(okOutcome(parseJsonLdPage(JSON.stringify({ ...base, '@type': 'Event' }), ctx(PAGE))).events).toHaveLength(1);
    expect(okOutcome(parseJsonLdPage(page({ ...base, '@type': 'Event' }), ctx(PAGE))).title).toBe('Events & more');
  });
});

describeCaptured('extractJsonLdEvents', () => {
  it('returns the usable events of a page for enrichment, [] for a page without any', () => {
    const html = fixture('meetup-event-page-jsonld-ml-utah-intro-to-cnn.html');
    expect(extractJsonLdEvents(html, 'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/').map((e) => e.title)).toEqual([
      'Intro To Convolutional Neural Networks',
    ]);
    expect(extractJsonLdEvents('<html></html>', PAGE)).toEqual([]);
  });
});

describe('parseJsonLdPage: all-day dates written as date-times', () => {
  it('reads a festival from midnight to midnight as the days it runs, and a date with a timed end as ending after that date', () => {
    const [fete, golf] = parse(
      { '@type': 'Event', name: 'Fête de la Saint-Laurent', startDate: '2026-08-06T00:00:00+02:00', endDate: '2026-08-15T00:00:00+02:00' },
      { '@type': 'Event', name: 'Golf', startDate: '2026-08-29', endDate: '2026-08-29T07:00:00.0000000Z' },
    );
    expect(fete).toMatchObject({ allDay: true, start: '2026-08-06T00:00:00.000Z', end: '2026-08-15T00:00:00.000Z' });
    expect(golf).toMatchObject({ allDay: true, start: '2026-08-29T00:00:00.000Z', end: '2026-08-30T00:00:00.000Z' });
  });
});

describe('parseJsonLdPage: dates a CMS HTML-escaped', () => {
  it('reads "&#x2B;02:00" as the offset "+02:00" instead of losing the event', () => {
    const [event] = parse(
      '{"@type":"Event","name":"Hospodsk&#xFD; sraz","startDate":"2021-06-09T18:30:00&#x2B;02:00","endDate":"2021-06-09T22:00:00&#x2B;02:00"}',
    );
    expect(event).toMatchObject({ title: 'Hospodský sraz', start: '2021-06-09T16:30:00.000Z', end: '2021-06-09T20:00:00.000Z' });
  });
});

describe('parseJsonLdPage: series, sub-events and places by @id', () => {
  const place = { '@type': 'Place', name: 'The Victoria', address: '48 John Bright St, Birmingham B1 1BN' };

  it('leaves out an EventSeries with no dated parts: it is no one event', () => {
    const out = parseJsonLdPage(
      page({ '@type': 'EventSeries', name: 'Townhall Series', startDate: '2026-03-15', location: place }),
      ctx(PAGE),
    );
    expect(out).toMatchObject({ ok: false, reason: expect.stringContaining('EventSeries') });
  });

  it('gives a festival’s acts the festival’s place when they state none', () => {
    const acts = parse({
      '@type': 'Festival',
      name: 'Brum Folk Weekend',
      startDate: '2026-06-06',
      location: place,
      subEvent: [
        { '@type': 'MusicEvent', name: 'Opening set', startDate: '2026-06-06T18:00:00+01:00' },
        {
          '@type': 'MusicEvent',
          name: 'Elsewhere set',
          startDate: '2026-06-07T18:00:00+01:00',
          location: { '@type': 'Place', name: 'Hare & Hounds' },
        },
      ],
    });
    expect(acts.map((e) => [e.title, e.venueName])).toEqual([
      ['Opening set', 'The Victoria'],
      ['Elsewhere set', 'Hare & Hounds'],
    ]);
  });

  it('takes an event whose sub-events are its sessions as the one event', () => {
    const events = parse({
      '@type': 'EducationEvent',
      name: 'Admissions Open House',
      startDate: '2026-06-06T09:00:00+05:30',
      endDate: '2026-06-06T17:00:00+05:30',
      location: place,
      subEvent: [
        { '@type': 'Event', name: 'Campus tour', startDate: '2026-06-06T10:00:00+05:30' },
        { '@type': 'Event', name: 'Scholarship session', startDate: '2026-06-06T14:00:00+05:30' },
      ],
    });
    expect(events.map((e) => e.title)).toEqual(['Admissions Open House']);
  });

  it('reads a location given as an @id of a Place elsewhere in the @graph', () => {
    const [event] = parse({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Event', name: 'Quiz', startDate: '2026-06-06T19:00:00+01:00', location: { '@id': 'https://pub.example/#venue' } },
        { ...place, '@id': 'https://pub.example/#venue' },
      ],
    });
    expect(event).toMatchObject({ title: 'Quiz', venueName: 'The Victoria' });
  });
});
