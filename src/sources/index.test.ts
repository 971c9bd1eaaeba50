import { describe, expect, it } from 'vitest';
import { ctx, fixture, fixtureNames } from './text/test-helpers.js';
import { detectFormat, EMPTY_REASON, parseSource, UNKNOWN_PAGE_REASON } from './index.js';
import { describeCaptured } from '../../test/helpers/captured.js';

/** Every fixture, the URL it came from (or a stand-in), and what it is. */
const FIXTURES: Record<string, { url: string; format: string }> = {
  'atom03-tagesschau.xml': { url: 'https://www.tagesschau.de/xml/atom/', format: 'rss' },
  'atom10-freiepresse-chemnitz.xml': { url: 'https://www.freiepresse.de/rss/rss_chemnitz.php', format: 'rss' },
  'bluesky-profile-kaedotcom.rss': { url: 'https://bsky.app/profile/kaedotcom.bsky.social/rss', format: 'rss' },
  'discourse-calendar-machbar-no-dtend.ics': { url: 'https://discourse.example.org/calendar.ics', format: 'ical' },
  'eventbrite-event-casscot13-glasgow.ics': { url: 'https://www.eventbrite.co.uk/e/1.ics', format: 'ical' },
  'floating-times-x-wr-timezone-only.ics': { url: 'https://calendar.example.org/a.ics', format: 'ical' },
  'google-calendar-python-glasgow.ics': { url: 'https://calendar.google.com/calendar/ical/x/public/basic.ics', format: 'ical' },
  'hackerpublicradio-rdate-online-london.ics': { url: 'https://hackerpublicradio.org/hpr.ics', format: 'ical' },
  'lanyrd-event-sotmscot2013-edinburgh.ics': { url: 'https://lanyrd.com/2013/sotmscot/sotmscot.ics', format: 'ical' },
  'luma-calendar-nairobidevops.ics': { url: 'https://api.lu.ma/ics/get?entity=calendar&id=x', format: 'ical' },
  'mastodon-account-ricoberger-hachyderm.rss': { url: 'https://hachyderm.io/@ricoberger.rss', format: 'mastodon' },
  'mastodon-tag-kubernetes-hachyderm.rss': { url: 'https://hachyderm.io/tags/kubernetes.rss', format: 'mastodon' },
  'meetup-event-page-jsonld-ml-utah-intro-to-cnn.html': {
    url: 'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
    format: 'jsonld',
  },
  'meetup-event-page-jsonld-women-who-go-utah-placeholder.html': {
    url: 'https://www.meetup.com/Women-Who-Go-Utah/events/277283469/',
    format: 'jsonld',
  },
  'meetup-group-angularjs-edinburgh.ics': { url: 'https://www.meetup.com/AngularJS-Edinburgh/events/ical/', format: 'ical' },
  'meetup-group-detroitruby.ics': { url: 'https://www.meetup.com/detroitruby/events/ical/', format: 'ical' },
  'meetup-group-pyberlin-online.ics': { url: 'https://www.meetup.com/pyberlin/events/ical/', format: 'ical' },
  'meetup-group-rss-devnq.xml': { url: 'https://www.meetup.com/dev_nq/events/rss/', format: 'rss' },
  'meetup-pro-network-page-jsonld-forge-utah.html': { url: 'https://www.meetup.com/pro/forge-utah/', format: 'jsonld' },
  'rss1-rdf-tagesschau.xml': { url: 'https://www.tagesschau.de/xml/rss1/', format: 'rss' },
  'rss2-iso-8859-1-jn-pt.xml': { url: 'http://feeds.jn.pt/JN-ULTIMAS', format: 'rss' },
  'thunderbird-recurring-one-occurrence-cancelled.ics': { url: 'https://calendar.example.org/b.ics', format: 'ical' },
  'wordpress-ai1ec-fablab-cottbus.ics': {
    url: 'https://fablab-cottbus.de/?plugin=all-in-one-event-calendar&controller=ai1ec_exporter_controller',
    format: 'ical',
  },
};

describeCaptured('the front door over every fixture', () => {
  it('has an expectation for every fixture file', () => {
    expect(fixtureNames()).toEqual(Object.keys(FIXTURES).sort());
  });

  it.each(Object.entries(FIXTURES))('%s is %o', (name, { url, format }) => {
    // The header is deliberately unhelpful: content decides.
    expect(detectFormat(fixture(name), 'text/plain', url)).toBe(format);
    expect(detectFormat(fixture(name), null, url)).toBe(format);
  });

  it.each(Object.entries(FIXTURES))('parseSource reads %s as its format', async (name, { url, format }) => {
    const out = await parseSource(fixture(name), null, ctx(url, 'Europe/London'));
    expect(out).toMatchObject({ ok: true, format });
  });
});

describe('detectFormat', () => {
  const RSS = '<?xml version="1.0"?><!-- generated --><rss version="2.0"><channel><title>x</title></channel></rss>';
  it.each([
    ['a feed served as text/html', RSS, 'text/html', 'https://a.example/feed', 'rss'],
    ['a generic feed at a Mastodon tag URL', RSS, null, 'https://social.example/tags/brumtech.rss', 'mastodon'],
    ['a BOM and blank lines before BEGIN:VCALENDAR', '\uFEFF\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR', null, 'https://a.example/c', 'ical'],
    ['a calendar that lost its header', 'BEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\nEND:VCALENDAR', null, 'https://a.example/c', 'ical'],
    [
      'a PHP warning before BEGIN:VCALENDAR',
      '<br />\n<b>Warning</b>:  Undefined variable $tz in <b>/var/www/ical.php</b> on line <b>12</b><br />\nBEGIN:VCALENDAR\r\nEND:VCALENDAR',
      'text/calendar',
      'https://a.example/c',
      'ical',
    ],
    [
      'a web page quoting a calendar',
      '<!DOCTYPE html><html><body><pre>\nBEGIN:VCALENDAR\nEND:VCALENDAR</pre></body></html>',
      null,
      'https://a.example/c',
      'unknown',
    ],
    [
      'an Atom feed with a doctype',
      '<!DOCTYPE feed><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
      null,
      'https://a.example/atom',
      'rss',
    ],
    [
      'HTML with JSON-LD',
      '<html><head><script data-x="1" type="application/ld+json">{}</script></head></html>',
      null,
      'https://a.example/',
      'jsonld',
    ],
    ['HTML without JSON-LD', '<!doctype html><html><body>Events!</body></html>', 'text/html', 'https://a.example/', 'unknown'],
    [
      'a bare JSON-LD document',
      '{"@context":"https://schema.org","@type":"Event"}',
      'application/ld+json',
      'https://a.example/e.json',
      'jsonld',
    ],
    ['JSON that is not JSON-LD', '{"events":[]}', 'application/json', 'https://a.example/api', 'unknown'],
    ['plain text', 'Hello', 'text/plain', 'https://a.example/', 'unknown'],
  ])('%s → %s', (_label, text, contentType, url, format) => {
    expect(detectFormat(text, contentType, url)).toBe(format);
  });
});

describe('parseSource refusals', () => {
  it.each([
    ['', null, EMPTY_REASON],
    [' \n\t', 'text/calendar', EMPTY_REASON],
    [
      '<!doctype html><html><head><title>Our events</title></head><body>See Facebook</body></html>',
      'text/html; charset=utf-8',
      UNKNOWN_PAGE_REASON,
    ],
    [
      'Hello',
      'text/plain',
      'this URL returned something that is not iCal, RSS/Atom or a web page with schema.org Event data (Content-Type: text/plain)',
    ],
  ])('%j (%s)', async (text, contentType, reason) => {
    expect(await parseSource(text, contentType, ctx('https://a.example/'))).toEqual({ ok: false, reason });
  });
});

const LONG_WARNING = `<b>Deprecated</b>: ${'strftime() is deprecated; '.repeat(30)}<br />`;

describe('parseSource: a calendar after a PHP warning', () => {
  it('has a long warning past the 512 characters the iCal reader once looked within', () => {
    expect(LONG_WARNING.length).toBeGreaterThan(512);
  });

  const calendarAfter = (warning: string) =>
    [
      warning,
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:1@club.example',
      'DTSTART:20261209T183000Z',
      'SUMMARY:Club night',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');

  it.each([
    ['a short one', '<br />\r\n<b>Warning</b>:  Undefined variable $tz in <b>/var/www/ical.php</b> on line <b>12</b><br />'],
    // longer than 512 characters: format detection and the iCal reader ask one question, up to 2,000 characters in
    ['a long one', LONG_WARNING],
  ])('reads the calendar’s events after %s, without the warning', async (_what, warning) => {
    const out = await parseSource(calendarAfter(warning), 'text/calendar', ctx('https://club.example/ical.php', 'Europe/London'));
    expect(out).toMatchObject({ ok: true, format: 'ical', events: [{ title: 'Club night', start: new Date('2026-12-09T18:30:00Z') }] });
  });
});
