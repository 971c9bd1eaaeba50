import { describe, expect, it } from 'vitest';
import { describeCaptured } from '../../test/helpers/captured.js';
import { icalEvents } from './test-fixtures.js';
import { canonicalUrl } from './url.js';

describe('canonicalUrl', () => {
  it.each([
    // Meetup: one form per event page
    ['http://meetup.com/Group-Name/events/123456789/?rv=ea1', 'https://www.meetup.com/group-name/events/123456789/'],
    ['https://www.meetup.com/PyBerlin/events/274167788/', 'https://www.meetup.com/pyberlin/events/274167788/'],
    ['http://www.meetup.com/AngularJS-Edinburgh/events/141654792/', 'https://www.meetup.com/angularjs-edinburgh/events/141654792/'],
    [
      'https://m.meetup.com/de-DE/PyBerlin/events/274167788?recId=x&recSource=y&eventOrigin=z&searchId=q',
      'https://www.meetup.com/pyberlin/events/274167788/',
    ],
    ['https://www.meetup.com/PyBerlin/events/274167788/attendees/', 'https://www.meetup.com/pyberlin/events/274167788/'],
    ['http://www.meetup.com/DetroitRuby/events/qgkxkcyrjbrb/', 'https://www.meetup.com/detroitruby/events/qgkxkcyrjbrb/'],
    ['https://www.meetup.com/Dev_NQ', 'https://www.meetup.com/dev_nq/'],
    ['https://www.meetup.com/find/?keywords=python&utm_source=x', 'https://www.meetup.com/find/?keywords=python'],
    // Eventbrite: the event path is the identity
    [
      'https://www.eventbrite.co.uk/e/python-night-tickets-123456789012?aff=ebdssbdestsearch&keep=1',
      'https://www.eventbrite.co.uk/e/python-night-tickets-123456789012',
    ],
    ['https://casscot13.eventbrite.co.uk', 'https://casscot13.eventbrite.co.uk/'],
    // Luma: two hosts, one page
    ['https://lu.ma/a1yoj89m', 'https://luma.com/a1yoj89m'],
    ['https://www.luma.com/a1yoj89m/?tk=secret', 'https://luma.com/a1yoj89m'],
    ['https://luma.com/event/evt-snn9tsP3UImvJhD', 'https://luma.com/event/evt-snn9tsP3UImvJhD'],
    // tracking, fragments, ports, slashes, case
    ['https://Example.COM:443/Events/Talk/?utm_source=x&utm_medium=y&id=7&fbclid=abc#top', 'https://example.com/Events/Talk/?id=7'],
    ['http://example.com:80/a?gclid=1&mc_cid=2&mc_eid=3&ref=4&ref_src=5&_ga=6&igshid=7', 'http://example.com/a'],
    // Linktree's share session, Google Ads' and TikTok's click ids, Marketo's mail token
    ['https://linktr.ee/examplecollective?utm_source=linktree_profile_share&ltsid=0f3c-11aa', 'https://linktr.ee/examplecollective'],
    ['https://example.com/a?id=2&gbraid=x&wbraid=y&ttclid=z&mkt_tok=t', 'https://example.com/a?id=2'],
    // a share link's "si" is tracking on YouTube and Spotify only: elsewhere it may be the page's own parameter
    ['https://youtu.be/AbCdEf12345?si=Zx9y8', 'https://youtu.be/AbCdEf12345'],
    ['https://www.youtube.com/watch?v=AbCdEf12345&si=Zx9y8', 'https://www.youtube.com/watch?v=AbCdEf12345'],
    ['https://open.spotify.com/playlist/37i9dQZF1?si=abc123', 'https://open.spotify.com/playlist/37i9dQZF1'],
    ['https://shop.example/search?si=12', 'https://shop.example/search?si=12'],
    ['https://example.com:8443/a/', 'https://example.com:8443/a/'], // a trailing slash is part of the path
    ['https://tickets.example.es/web/?menu=1162&id=3', 'https://tickets.example.es/web/?menu=1162&id=3'],
    ['https://user:pw@www.example.org/x', 'https://www.example.org/x'],
    ['www.example.org/talks', 'https://www.example.org/talks'],
    ['https://example.com', 'https://example.com/'],
    // the setters skipped when there is nothing to change: bare "#" and "?", one half of a userinfo, a root dot
    ['https://example.com/a?#', 'https://example.com/a'],
    // a route in the fragment is the page (LiveWhale and other browser-routed calendars); an anchor is not
    ['https://events.uni.example/#!view/event/event_id/61813', 'https://events.uni.example/#!view/event/event_id/61813'],
    ['https://calendar.example/#/events/12', 'https://calendar.example/#/events/12'],
    ['https://calendar.example/events#details', 'https://calendar.example/events'],
    ['https://calendar.example/events#!', 'https://calendar.example/events'],
    // an anchor naming one entry of a page of many (a date, an id) is where the reader should land
    ['https://club.example/meetings#2026-04-14', 'https://club.example/meetings#2026-04-14'],
    ['https://club.example/whats-on/#event-118', 'https://club.example/whats-on/#event-118'],
    ['https://news.example/agenda?utm_source=rss#xtor=RSS-1', 'https://news.example/agenda'],
    ['https://blog.example/talk#.YmFkZm9v', 'https://blog.example/talk'],
    ['https://example.com/a/?', 'https://example.com/a/'],
    ['https://:pw@example.com./a//', 'https://example.com/a//'],
    ['https://u:@Example.com.:443/Ä?é=ü&utm_x=1#?x', 'https://example.com/%C3%84?%C3%A9=%C3%BC'],
    ['https://example.com/a?q=a+b%20c&fbclid=1', 'https://example.com/a?q=a+b+c'],
    // a whole URL percent-encoded by a CMS
    ['https%3A%2F%2Fpolyamory.example.de%2Ftreffen', 'https://polyamory.example.de/treffen'],
    // an outbound-link redirect is the page it leads to, canonicalised (its token expires; the inner URL has tracking)
    [
      'https://l.instagram.com/?u=http%3A%2F%2Fwww.harbourfest.example%2F%3Futm_source%3Dig%26utm_medium%3Dsocial%26fbclid%3DPAcGabc&e=AUD8EeP0xyz',
      'http://www.harbourfest.example/',
    ],
    [
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fparty%3Ffbclid%3Dabc%26id%3D3&h=AT1x&s=1',
      'https://example.org/party?id=3',
    ],
    [
      'https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.meetup.com%2FPyBerlin%2Fevents%2F274167788%2F&h=AT2',
      'https://www.meetup.com/pyberlin/events/274167788/',
    ],
    ['https://www.google.com/url?q=https://club.example/talk?utm_source%3Dnews&sa=D&ust=1712&usg=AOv', 'https://club.example/talk'],
    [
      'https://www.google.com/url?sa=t&url=https%3A%2F%2Fclub.example%2Fmeetings%23event-118&usg=x',
      'https://club.example/meetings#event-118',
    ],
    ['https://www.google.de/url?q=https%253A%252F%252Fverein.example%252Ftreffen', 'https://verein.example/treffen'], // encoded twice
    ['https://www.google.co.uk/url?q=https%3A%2F%2Fclub.example%2Fquiz', 'https://club.example/quiz'],
    [
      'https://www.google.com/url?q=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Dhttps%253A%252F%252Fexample.org%252Fgig',
      'https://example.org/gig',
    ],
    // … but only an absolute http(s) URL at a known shim: anything else leaves the link as it is
    ['https://l.instagram.com/?u=javascript%3Aalert(1)&e=AT', 'https://l.instagram.com/?u=javascript%3Aalert%281%29&e=AT'],
    ['https://l.facebook.com/l.php?u=%2Fevents%2F12&h=AT', 'https://l.facebook.com/l.php?u=%2Fevents%2F12&h=AT'],
    ['https://l.facebook.com/l.php?h=AT', 'https://l.facebook.com/l.php?h=AT'],
    [
      'https://www.google.com/search?q=https%3A%2F%2Fclub.example%2Ftalk',
      'https://www.google.com/search?q=https%3A%2F%2Fclub.example%2Ftalk',
    ],
    ['https://www.google.com/url?q=mailto%3Ainfo%40club.example', 'https://www.google.com/url?q=mailto%3Ainfo%40club.example'],
    [
      'https://www.facebook.com/events/123/?u=https%3A%2F%2Fexample.org',
      'https://www.facebook.com/events/123/?u=https%3A%2F%2Fexample.org',
    ],
    ['https://shop.example/go?url=https%3A%2F%2Fexample.org%2Fx', 'https://shop.example/go?url=https%3A%2F%2Fexample.org%2Fx'],
    ['https://notgoogle.com/url?q=https%3A%2F%2Fexample.org%2Fx', 'https://notgoogle.com/url?q=https%3A%2F%2Fexample.org%2Fx'],
    // not a web page
    ['mailto:info@meetup.com', null],
    ['ftp://example.com/file', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('resolves a relative URL against the feed (as Discourse writes URL:/c/example/calendar)', () => {
    expect(canonicalUrl('/c/example/calendar', 'https://forum.example.org/c/example/l/calendar.ics')).toBe(
      'https://forum.example.org/c/example/calendar',
    );
  });

  it('checks each base it is given, also when bases alternate', () => {
    const feed = 'https://forum.example.org/c/l/calendar.ics';
    const spec = '#tag@mastodon.social';
    expect([feed, spec, feed, spec].map((base) => canonicalUrl('/x', base))).toEqual([
      'https://forum.example.org/x',
      null,
      'https://forum.example.org/x',
      null,
    ]);
  });

  it('keeps absolute URLs of a source that is not itself a URL (a hashtag spec)', () => {
    const spec = '#brumtech@mastodon.social,fosstodon.org';
    expect(canonicalUrl('https://www.meetup.com/brumtech/events/312345678/', spec)).toBe(
      'https://www.meetup.com/brumtech/events/312345678/',
    );
    expect(canonicalUrl('https://fosstodon.org/@coventry/9', spec)).toBe('https://fosstodon.org/@coventry/9');
    expect(canonicalUrl('/relative', spec)).toBeNull();
  });

  it('is idempotent: a canonical URL maps to itself', () => {
    for (const u of [
      'https://www.meetup.com/pyberlin/events/274167788/',
      'https://luma.com/a1yoj89m',
      'https://example.com/Events/Talk/?id=7',
    ]) {
      expect(canonicalUrl(canonicalUrl(u))).toBe(u);
    }
  });
});

describeCaptured('canonicalUrl on a real Discourse calendar', () => {
  it('resolves a relative URL against the feed (Discourse writes URL:/c/machbar/calendar)', () => {
    const relative = icalEvents('discourse-calendar-machbar-no-dtend.ics')[0]!.URL!;
    expect(relative).toBe('/c/machbar/calendar');
    expect(canonicalUrl(relative, 'https://discourse.example.org/c/machbar/l/calendar.ics')).toBe(
      'https://discourse.example.org/c/machbar/calendar',
    );
  });
});
