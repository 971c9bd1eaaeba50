import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, NormalisedEvent } from '../core/event.js';
import { NO_PLACEMENT } from '../core/placement.js';
import { emptyParsedEvent, type ParsedEvent } from '../sources/types.js';
import { contentHash, countryCode, normaliseEvent, venueAndAddress, type NormaliseContext } from './index.js';
import { describeCaptured } from '../../test/helpers/captured.js';
import { icalEvents } from './test-fixtures.js';

const ctx = (over: Partial<NormaliseContext> = {}): NormaliseContext => ({
  sourceUrl: 'https://example.org/feed.ics',
  attendance: 'in_person',
  status: 'scheduled',
  placement: NO_PLACEMENT,
  defaultTimezone: 'Europe/London',
  ...over,
});

const parsed = (over: Partial<ParsedEvent> = {}): ParsedEvent =>
  emptyParsedEvent({ uid: 'uid-1', title: 'Talk night', start: new Date('2024-05-02T18:00:00Z'), ...over });

const locations = (file: string) => icalEvents(file).map((e) => e.LOCATION ?? '');

describeCaptured('venueAndAddress on real LOCATION text', () => {
  it.each([
    ['meetup-group-angularjs-edinburgh.ics', 'Silicon Walk'],
    ['meetup-group-detroitruby.ics', 'Compuware Building'],
    ['google-calendar-python-glasgow.ics', 'Skyscanner'],
    ['lanyrd-event-sotmscot2013-edinburgh.ics', 'Inspace'],
    ['eventbrite-event-casscot13-glasgow.ics', 'University of Glasgow'],
  ])('%s → venue %j', (file, venue) => {
    expect(venueAndAddress(null, locations(file)[0]!).venue).toBe(venue);
  });
});

describe('venueAndAddress on LOCATION text', () => {
  it.each([
    // synthetic twins of the real forms above
    ['Hub North (25 Example Place, Edinburgh, United Kingdom)', 'Hub North'],
    ['Tower Building (One Campus Plaza, Detroit, MI 48226)', 'Tower Building'],
    ['Brightlane, 12 Harbour St, Glasgow, Glasgow City G1, UK', 'Brightlane'],
    ['Old Mill, 1 Example Street, EH8 9AB', 'Old Mill'],
    ['Northway College - College Avenue - G12 8QQ Glasgow - United Kingdom', 'Northway College'],
    ['FabLab Cottbus @ Walther-Pauer-Straße 5 03044 Cottbus', 'FabLab Cottbus'],
    ['Silicon Walk, 4 Merchant St, Edinburgh', 'Silicon Walk'],
    ['Dunhill Towers, Waiyaki Wy, Nairobi, Kenya', 'Dunhill Towers'],
    ['4 Merchant St, Edinburgh', null],
    ['Townsville  4810 - Australia', null],
    ['Kenya ', null],
    ['Online event', null],
  ])('%j → venue %j, address = the full text', (location, venue) => {
    const r = venueAndAddress(null, location);
    expect(r.venue).toBe(venue);
    expect(r.address).toBe(location.replace(/\s+/g, ' ').trim());
  });

  it('a source-given venue name wins; a URL location is not an address', () => {
    expect(venueAndAddress('Forge Utah', '123 Main St, Provo')).toEqual({ venue: 'Forge Utah', address: '123 Main St, Provo' });
    expect(venueAndAddress(null, 'https://luma.com/event/evt-snn9tsP3UImvJhD')).toEqual({ venue: null, address: null });
    expect(venueAndAddress(null, '  ')).toEqual({ venue: null, address: null });
    // a quote mark left from the source's markup
    expect(venueAndAddress(null, '>Rhein Haus, 1415 Market St, Denver')).toEqual({
      venue: 'Rhein Haus',
      address: 'Rhein Haus, 1415 Market St, Denver',
    });
    // a stray colon before the comma (a classical-music calendar's)
    expect(venueAndAddress(null, 'Omaha Conservatory of Music:, 7023 Cass St, Omaha, NE, 68132')).toEqual({
      venue: 'Omaha Conservatory of Music',
      address: 'Omaha Conservatory of Music, 7023 Cass St, Omaha, NE, 68132',
    });
  });
});

describe('countryCode', () => {
  it.each([
    ['GB', 'GB'],
    ['gb', 'GB'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Scotland', 'GB'],
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['Kenya', 'KE'],
    ['Australia', 'AU'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['España', 'ES'],
    ['Österreich', 'AT'],
    ['XX', null],
    ['Atlantis', null],
    ['', null],
    [null, null],
  ])('%j → %j', (text, code) => {
    expect(countryCode(text)).toBe(code);
  });

  it('answers the same when asked again, the unknown and the punctuation-only too', () => {
    for (const text of ['united kingdom', '  U.S.A. ', 'Atlantis', '---', 'Côte d’Ivoire', 'Atlantis', '  U.S.A. ', '---']) {
      expect([text, countryCode(text)]).toEqual([text, countryCode(text)]);
    }
    expect(['  U.S.A. ', '---', 'Côte d’Ivoire'].map((t) => countryCode(t))).toEqual(['US', null, 'CI']);
  });
});

describe('normaliseEvent', () => {
  it('builds a complete event from an Edinburgh Meetup (venue split, canonical URL, UK country)', () => {
    const angular = {
      UID: 'event_900000001@meetup.com',
      SUMMARY: 'Talk &amp; Build Night',
      URL: 'https://www.meetup.com/example-edinburgh/events/900000001/?utm_source=ical',
      DESCRIPTION: 'Example Edinburgh\nTalks and building together.',
      LOCATION: 'Hub North (25 Example Place, Edinburgh, United Kingdom)',
    };
    const e = normaliseEvent(
      parsed({
        uid: angular.UID!,
        title: angular.SUMMARY!,
        url: angular.URL!,
        description: angular.DESCRIPTION!,
        start: new Date('2013-10-17T18:00:00Z'),
        end: new Date('2013-10-17T21:00:00Z'),
        timezone: 'Europe/London',
        locationText: angular.LOCATION!,
        lat: 55.95,
        lon: -3.19,
        country: 'United Kingdom',
      }),
      ctx(),
    );
    expect(e).toMatchObject({
      sourceUid: angular.UID,
      title: 'Talk & Build Night',
      url: 'https://www.meetup.com/example-edinburgh/events/900000001/',
      venue: 'Hub North',
      address: 'Hub North (25 Example Place, Edinburgh, United Kingdom)',
      timezone: 'Europe/London',
      lat: 55.95,
      lon: -3.19,
      country: 'GB',
    });
    expect(e.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('re-anchors floating wall-clock times in the placement zone (21:00 in Brussels is 19:00Z)', () => {
    const floating = parsed({ floating: true, start: new Date('2021-09-16T21:00:00Z'), end: new Date('2021-09-16T22:00:00Z') });
    const placement = { lat: 50.85, lon: 4.35, locality: 'Brussels', country: 'BE', timezone: 'Europe/Brussels', placedBy: 'geo' as const };
    const e = normaliseEvent(floating, ctx({ placement }));
    expect(e.start.toISOString()).toBe('2021-09-16T19:00:00.000Z');
    expect(e.end?.toISOString()).toBe('2021-09-16T20:00:00.000Z');
    expect(e.timezone).toBe('Europe/Brussels');
    expect(e).toMatchObject({ locality: 'Brussels', country: 'BE', lat: 50.85, lon: 4.35 });
  });

  it('without a placement, floating times are read in the default zone, so the time shown is the time written', () => {
    const e = normaliseEvent(
      parsed({ floating: true, start: new Date('2024-07-01T19:00:00Z') }),
      ctx({ defaultTimezone: 'Europe/London' }),
    );
    expect(e.start.toISOString()).toBe('2024-07-01T18:00:00.000Z');
  });

  it('keeps instants that had a zone, whatever the timezone chosen', () => {
    const e = normaliseEvent(parsed({ start: new Date('2016-10-11T16:30:00Z'), timezone: 'Europe/London' }), ctx());
    expect(e.start.toISOString()).toBe('2016-10-11T16:30:00.000Z');
  });

  it.each([
    ['the source zone first', 'America/Detroit', 'Africa/Nairobi', 'America/Detroit'],
    ['an unknown source zone falls back to the placement', 'Eastern Standard Time', 'Africa/Nairobi', 'Africa/Nairobi'],
    ['then the default', null, null, 'Europe/London'],
  ])('timezone: %s', (_n, source, placed, expected) => {
    const placement = placed ? { ...NO_PLACEMENT, timezone: placed, placedBy: 'calendar' as const } : NO_PLACEMENT;
    expect(normaliseEvent(parsed({ timezone: source }), ctx({ placement })).timezone).toBe(expected);
  });

  it('cleans the title: HTML, entities and line breaks become one line of at most 200 characters', () => {
    expect(normaliseEvent(parsed({ title: '  <b>PyBerlin 22</b> -\n 🍁 Autumn &amp; event 🍁 ' }), ctx()).title).toBe(
      'PyBerlin 22 - 🍁 Autumn & event 🍁',
    );
    const long = normaliseEvent(parsed({ title: 'word '.repeat(100) }), ctx()).title;
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('word…')).toBe(true);
  });

  // Lesson from a real city calendar whose generator lost the "&#" of "&#039;" in a title ("…039\\;s …").
  it.each([
    ['Mayor039\\;s Taco Night', "Mayor's Taco Night"],
    ['Mayor039;s Taco Night', "Mayor's Taco Night"],
    ['Chef39;s Table', "Chef's Table"],
    ['Don8217;t Miss the Fair', 'Don’t Miss the Fair'],
    ['Mayor&#039;s Taco Night', "Mayor's Taco Night"],
    // not between letters: left as written
    ['Room 1039; then the bar', 'Room 1039; then the bar'],
    ['Top 39; the list', 'Top 39; the list'],
  ])('title %j is shown as %j', (title, shown) => {
    expect(normaliseEvent(parsed({ title }), ctx()).title).toBe(shown);
  });

  // Lesson from a Norwegian church calendar whose scraper put the service's whole detail block in SUMMARY.
  it('titles an event by the first paragraph of a title that holds a block of details', () => {
    const block = 'Gudstjeneste G.2\n\nSted: Hundvåg kirke\nKirketjener: Hanna\nOrganist: Bente\nTilbake';
    expect(normaliseEvent(parsed({ title: block }), ctx()).title).toBe('Gudstjeneste G.2');
    expect(normaliseEvent(parsed({ title: 'Quiz\nTeams of 4\nPrizes' }), ctx()).title).toBe('Quiz');
  });

  it('a title-less item (Mastodon post) is titled by its first line', () => {
    const e = normaliseEvent(parsed({ title: '', description: '<p>Rust meetup tonight at CodeBase</p><p>Details…</p>' }), ctx());
    expect(e.title).toBe('Rust meetup tonight at CodeBase');
  });

  it('description: HTML stripped and cut to DESCRIPTION_MAX at a word boundary', () => {
    const e = normaliseEvent(parsed({ description: `<p>${'lorem ipsum '.repeat(400)}</p>` }), ctx());
    expect(e.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(e.description.endsWith('…')).toBe(true);
    expect(e.description).not.toContain('<p>');
  });

  it('resolves a relative event URL against the source and drops tracking', () => {
    const e = normaliseEvent(
      parsed({ url: '/c/machbar/calendar?utm_source=ics' }),
      ctx({ sourceUrl: 'https://forum.example.org/calendar.ics' }),
    );
    expect(e.url).toBe('https://forum.example.org/c/machbar/calendar');
  });

  it('drops coordinates that are out of range and an end before the start', () => {
    const e = normaliseEvent(parsed({ lat: 123, lon: 4, end: new Date('2024-05-02T17:00:00Z') }), ctx());
    expect([e.lat, e.lon, e.end]).toEqual([null, null, null]);
  });

  it('passes attendance and status through and uses them in the content hash', () => {
    const a = normaliseEvent(parsed(), ctx({ status: 'scheduled' }));
    const b = normaliseEvent(parsed(), ctx({ status: 'cancelled' }));
    expect(b.status).toBe('cancelled');
    expect(a.contentHash).not.toBe(b.contentHash);
  });
});

describe('normaliseEvent output fits the event schema', () => {
  it.each([
    ['a bare item', parsed()],
    ['HTML everywhere', parsed({ title: '<b>Talk</b> &amp; pizza', description: '<p>Hi</p>'.repeat(600), url: '/e/1?utm_source=x' })],
    ['odd coordinates and country', parsed({ lat: 95, lon: 200, country: 'United Kingdom', locationText: 'Hall 1, Leeds' })],
    ['no title, floating time', parsed({ title: '', description: 'First line\nsecond', floating: true, end: new Date(0) })],
  ])('%s', (_what, event) => {
    const out = normaliseEvent(event, ctx());
    expect(NormalisedEvent.parse(out)).toEqual(out);
  });
});

describe('contentHash', () => {
  const base = normaliseEvent(parsed({ locationText: 'CodeBase, 38 Castle Terrace, Edinburgh', lat: 55.9469, lon: -3.2043 }), ctx());

  it.each([
    ['title', { title: 'Talk night 2' }],
    ['start', { start: new Date('2024-05-02T18:30:00Z') }],
    ['end', { end: new Date('2024-05-02T21:00:00Z') }],
    ['allDay', { allDay: true }],
    ['venue', { venue: 'Skyscanner' }],
    ['address', { address: '155 St Vincent St, Glasgow' }],
    ['coordinates (4th decimal)', { lat: 55.947 }],
    ['attendance', { attendance: 'hybrid' as const }],
    ['status', { status: 'postponed' as const }],
  ])('changes when %s changes', (_f, change) => {
    expect(contentHash({ ...base, ...change })).not.toBe(base.contentHash);
  });

  it.each([
    ['description', { description: 'new text' }],
    ['url', { url: 'https://example.org/other' }],
    ['organiser', { organiser: 'Someone' }],
    ['coordinate float noise below 4 decimals', { lat: 55.94690000001 }],
  ])('does not change when only %s changes', (_f, change) => {
    expect(contentHash({ ...base, ...change })).toBe(base.contentHash);
  });
});
