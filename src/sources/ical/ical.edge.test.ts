/**
 * Variants of the real fixtures (one line changed, a block removed) for
 * cases no captured feed shows on its own.
 */
import { expect, it } from 'vitest';
import { parseIcal } from './ical.js';
import { context, fixture, parseOk } from './test-helpers.js';
import { describeCaptured, HAS_CAPTURED } from '../../../test/helpers/captured.js';

const WIDE = context('2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z');
const angular = HAS_CAPTURED ? fixture('meetup-group-angularjs-edinburgh.ics') : '';
const withoutVtimezone = (text: string) => text.replace(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\r?\n/g, '');
const first = (text: string) => parseOk(text, WIDE).views[0]!;

describeCaptured('time zones', () => {
  it.each([
    // [what, DTSTART line, start, timezone]
    ['IANA TZID, no VTIMEZONE, summer (BST)', 'DTSTART;TZID=Europe/London:20130717T190000', '2013-07-17T18:00:00.000Z', 'Europe/London'],
    ['IANA TZID, no VTIMEZONE, winter (GMT)', 'DTSTART;TZID=Europe/London:20131217T190000', '2013-12-17T19:00:00.000Z', 'Europe/London'],
    ['Windows zone name', 'DTSTART;TZID=GMT Standard Time:20130717T190000', '2013-07-17T18:00:00.000Z', 'Europe/London'],
    ['TZID=UTC', 'DTSTART;TZID=UTC:20130717T190000', '2013-07-17T19:00:00.000Z', null],
  ])('%s', (_what, line, start, timezone) => {
    const text = withoutVtimezone(angular)
      .replace(/^DTSTART;TZID=Europe\/London:20131017T190000/m, line)
      .replace(/^DTEND.*\r?\n/m, '');
    expect(first(text)).toMatchObject({ start, timezone, floating: false });
  });

  it('converts with the calendar VTIMEZONE when the TZID is not a known zone', () => {
    const custom = angular.replace(/TZID(=|:)Europe\/London/g, 'TZID$1Edinburgh local');
    expect(first(custom)).toMatchObject({ start: '2013-10-17T18:00:00.000Z', timezone: 'Europe/London' }); // named by X-LIC-LOCATION
    expect(first(custom.replace(/^X-LIC-LOCATION.*\r?\n/m, ''))).toMatchObject({ start: '2013-10-17T18:00:00.000Z', timezone: null });
  });

  it('ignores a VTIMEZONE block without TZID', () => {
    const text = angular.replace('BEGIN:VTIMEZONE\r\n', 'BEGIN:VTIMEZONE\r\nEND:VTIMEZONE\r\nBEGIN:VTIMEZONE\r\n');
    expect(first(text)).toMatchObject({ start: '2013-10-17T18:00:00.000Z', timezone: 'Europe/London' });
  });

  it('leaves an unknown TZID without definition or calendar zone floating', () => {
    const text = withoutVtimezone(angular).replace(/TZID=Europe\/London/g, 'TZID=Somewhere');
    expect(first(text)).toMatchObject({ start: '2013-10-17T19:00:00.000Z', floating: true, timezone: null });
  });

  it('reads floating times as UTC wall clock with floating: true when the calendar gives no zone', () => {
    const text = fixture('floating-times-x-wr-timezone-only.ics').replace(/^X-WR-TIMEZONE.*\r?\n/m, '');
    expect(first(text)).toMatchObject({
      start: '2021-09-16T21:00:00.000Z',
      end: '2021-09-16T22:45:00.000Z',
      floating: true,
      timezone: null,
    });
  });

  it('reads floating times as UTC, not floating, under X-WR-TIMEZONE:UTC', () => {
    const text = fixture('floating-times-x-wr-timezone-only.ics').replace('X-WR-TIMEZONE:Europe/Brussels', 'X-WR-TIMEZONE:UTC');
    expect(first(text)).toMatchObject({ start: '2021-09-16T21:00:00.000Z', floating: false, timezone: null });
  });
});

describeCaptured('ends', () => {
  const eventbrite = fixture('eventbrite-event-casscot13-glasgow.ics');
  const lanyrd = fixture('lanyrd-event-sotmscot2013-edinburgh.ics');

  it('uses DURATION when there is no DTEND', () => {
    const text = eventbrite.replace('DTEND:20131026T160000Z', 'DURATION:PT8H30M');
    expect(first(text).end).toBe('2013-10-26T16:00:00.000Z');
  });

  it('gives an all-day event without DTEND one day', () => {
    const text = lanyrd.replace(/^DTEND.*\r?\n/m, '');
    expect(first(text)).toMatchObject({ start: '2013-10-11T00:00:00.000Z', end: '2013-10-12T00:00:00.000Z', allDay: true });
  });

  it('drops an end before the start', () => {
    expect(first(eventbrite.replace('DTEND:20131026T160000Z', 'DTEND:20131025T160000Z')).end).toBeNull();
  });
});

describeCaptured('fields', () => {
  it.each([
    ['GEO:abc;def', null, null], // ical.js alone would say 0,0
    ['GEO:55.95,-3.19', 55.95, -3.19],
    ['GEO:95;10', null, null],
    ['GEO:', null, null],
  ])('%s → lat %s lon %s', (line, lat, lon) => {
    expect(first(angular.replace('GEO:55.95;-3.19', line))).toMatchObject({ lat, lon });
  });

  it.each([
    ['LOCATION:www.example.org/meet', null, 'https://www.example.org/meet'],
    ['LOCATION:https://zoom.us/j/123', null, 'https://zoom.us/j/123'],
    ['LOCATION:', null, null],
    ['LOCATION:Room 5 (see https://example.org)', 'Room 5 (see https://example.org)', null],
  ])('%s', (line, locationText, locationUrl) => {
    const text = angular.replace(/^LOCATION:.*$/m, line);
    expect(first(text)).toMatchObject({ locationText, locationUrl });
  });

  it("does not use the calendar's X-ORIGINAL-URL when it is the .ics file itself", () => {
    const text = angular.replace(/^URL:.*\r?\n/m, '').replace(/^DESCRIPTION:.*\r?\n/m, '');
    expect(first(text).url).toBeNull();
  });

  it('takes the Meetup event page linked in the description when there is no URL', () => {
    expect(first(angular.replace(/^URL:.*\r?\n/m, '')).url).toMatch(/^https:\/\/www\.meetup\.com\/AngularJS-Edinburgh\/events\/\d+\/$/);
  });

  it("uses the event's own X-ORIGINAL-URL when there is no URL", () => {
    const text = angular.replace(/^URL:.*$/m, 'X-ORIGINAL-URL:https://www.meetup.com/AngularJS-Edinburgh/events/141654792/');
    expect(first(text).url).toBe('https://www.meetup.com/AngularJS-Edinburgh/events/141654792/');
  });

  it.each([
    ['ORGANIZER;CN=Jane Doe:mailto:jane@example.org', 'Jane Doe'],
    ['ORGANIZER:mailto:jane@example.org', null],
    // Meetup's mailer → the calendar's name without Meetup's "Events - " prefix.
    ['ORGANIZER;CN=Meetup Reminder:MAILTO:info@meetup.com', 'x.ics'],
  ])('%s → organiser %j', (line, organiser) => {
    expect(first(angular.replace(/^CLASS:PUBLIC/m, line)).organiser).toBe(organiser);
  });
});

describeCaptured('text handling', () => {
  const reference = parseOk(angular, WIDE).views;

  it.each([
    ['LF line endings', angular.replace(/\r\n/g, '\n')],
    ['a byte-order mark', `\uFEFF${angular}`],
    ['no final newline', angular.trimEnd()],
    ['blank lines', angular.replace(/\r\nCLASS:PUBLIC/, '\r\n\r\nCLASS:PUBLIC')],
  ])('reads the same with %s', (_what, text) => {
    expect(parseOk(text, WIDE).views).toEqual(reference);
  });

  it('reads every VCALENDAR when several are concatenated', () => {
    const both = angular + fixture('meetup-group-pyberlin-online.ics');
    expect(parseOk(both, WIDE).views.map((v) => v.timezone)).toEqual(['Europe/London', 'Europe/Berlin']);
  });
});

describeCaptured('broken input', () => {
  it.each([
    ['meetup-event-page-jsonld-ml-utah-intro-to-cnn.html', /web page \(HTML\)/],
    ['meetup-group-rss-devnq.xml', /XML/],
  ])('refuses %s with a reason', (file, reason) => {
    const outcome = parseIcal(fixture(file), WIDE);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });

  it.each([
    ['', /empty/],
    ['Hello, world', /not an iCalendar file/],
  ])('refuses %j with a reason', (text, reason) => {
    expect(parseIcal(text, WIDE)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });

  const detroit = fixture('meetup-group-detroitruby.ics');
  const luma = fixture('luma-calendar-nairobidevops.ics');

  it('skips a VEVENT with a malformed line and keeps the rest', () => {
    const text = detroit.replace('UID:event_qgkxkcyrdbsb@meetup.com', 'UID:event_qgkxkcyrdbsb@meetup.com\nTHIS LINE IS BROKEN');
    const parsed = parseOk(text, WIDE);
    expect(parsed.events.map((e) => e.uid)).not.toContain('event_qgkxkcyrdbsb@meetup.com');
    expect(parsed.events).toHaveLength(5);
    expect(parsed.events[1]!.start.toISOString()).toBe('2013-03-14T22:30:00.000Z'); // zones still resolve
    expect(parsed.skipped).toEqual([
      { title: 'DetroitRuby: 2012 Plan + Lightning talks', reason: expect.stringMatching(/could not be read/) },
    ]);
  });

  it.each([
    ['a date that is not a date', 'DTSTART:20231015T170000Z', 'DTSTART:2023', /could not be read|not a valid date/],
    ['no DTSTART', 'DTSTART:20231015T170000Z\n', '', /no start time/],
    ['no SUMMARY', 'SUMMARY:Automate Your Workflow Using Fabric\n', '', /no title/],
  ])('skips an event with %s', (_what, from, to, reason) => {
    const parsed = parseOk(luma.replace(from, to), WIDE);
    expect(parsed.events).toHaveLength(59); // and the calendar's six test entries
    const broken = parsed.skipped.filter((s) => !/a test entry/.test(s.reason));
    expect(broken).toEqual([{ title: expect.any(String), reason: expect.stringMatching(reason) }]);
  });

  it('reads a cut-off download up to the last whole event', () => {
    const cut = luma.slice(0, luma.indexOf('SUMMARY:Containerization With Docker'));
    const parsed = parseOk(cut, WIDE);
    expect(parsed.events.map((e) => e.uid)).toEqual(['evt-snn9tsP3UImvJhD@events.lu.ma']);
    expect(parsed.skipped).toEqual([{ title: '(untitled event)', reason: 'the event is cut off (no END:VEVENT)' }]);
  });
});

describeCaptured('UIDs', () => {
  it('keeps apart plain events that share one UID', () => {
    const luma = fixture('luma-calendar-nairobidevops.ics').replace(
      'UID:evt-nDKGzW5Q31NfhRP@events.lu.ma',
      'UID:evt-snn9tsP3UImvJhD@events.lu.ma',
    );
    const uids = parseOk(luma, WIDE)
      .events.slice(0, 2)
      .map((e) => e.uid);
    expect(uids).toEqual([
      'evt-snn9tsP3UImvJhD@events.lu.ma#2023-10-15T17:00:00.000Z',
      'evt-snn9tsP3UImvJhD@events.lu.ma#2023-10-22T17:00:00.000Z',
    ]);
  });

  it('keeps an override whose series is missing as that one occurrence', () => {
    const tb = fixture('thunderbird-recurring-one-occurrence-cancelled.ics');
    const overrideOnly = tb.replace(/BEGIN:VEVENT[\s\S]*?END:VEVENT\n/, '');
    expect(parseOk(overrideOnly, WIDE).views).toMatchObject([
      { uid: 'b65c2b5b-b785-4edc-9560-e0379036d1f2#2020-01-29T21:00:00.000Z', status: 'cancelled', start: '2020-01-29T21:00:00.000Z' },
    ]);
  });
});
