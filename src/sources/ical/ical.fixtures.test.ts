/**
 * Every .ics fixture, read with a window around its own dates. Expected
 * values were worked out by hand from the fixture text and the zone rules
 * (e.g. 19:00 Europe/London in October 2013 is BST, so 18:00Z).
 */
import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../types.js';
import { context, fixture, icsFixtureNames, parseOk, type EventView } from './test-helpers.js';
import { describeCaptured } from '../../../test/helpers/captured.js';

interface FixtureCase {
  file: string;
  ctx: ParseContext;
  calendarTitle: string | null;
  count: number;
  /** Titles of entries rightly skipped (none when absent). */
  skipped?: string[];
  /** Expected fields of events, by position in the output. */
  events: Record<number, Partial<EventView>>;
}

const WIDE = context('2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z');

const CASES: FixtureCase[] = [
  {
    file: 'discourse-calendar-machbar-no-dtend.ics',
    ctx: context('2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z', 'https://forum.example.org/c/machbar/l/calendar.ics'),
    calendarTitle: 'WiLaP - machBar Events',
    count: 4,
    events: {
      // No DTEND and no DURATION: the end is unknown, not invented.
      0: {
        uid: '0ab03762-6e6d-40d7-9ceb-b49844ba61a4',
        start: '2019-01-17T17:00:25.000Z',
        end: null,
        timezone: 'Europe/Berlin',
        url: 'https://forum.example.org/c/machbar/calendar',
        status: null,
      },
      1: { start: '2019-02-28T14:00:14.000Z', end: '2019-02-28T17:30:14.000Z' },
      2: { start: '2019-03-01T17:00:35.000Z', end: '2019-03-01T20:00:35.000Z' },
      3: { title: 'Potsdamer Tag der Wissenschaften 11.5.2019', start: '2019-05-11T11:00:21.000Z', end: '2019-05-11T18:00:21.000Z' }, // CEST
    },
  },
  {
    file: 'eventbrite-event-casscot13-glasgow.ics',
    ctx: WIDE,
    calendarTitle: null,
    count: 1,
    events: {
      0: {
        title: 'Computing At School Scotland Conference 2013',
        start: '2013-10-26T07:30:00.000Z',
        end: '2013-10-26T16:00:00.000Z',
        timezone: null,
        floating: false,
        url: 'https://casscot13.eventbrite.co.uk',
        locationText: 'University of Glasgow - University Avenue - G12 8QQ Glasgow - United Kingdom',
        links: ['https://casscot13.eventbrite.co.uk'],
      },
    },
  },
  {
    file: 'floating-times-x-wr-timezone-only.ics',
    ctx: WIDE,
    calendarTitle: 'MyCalendar',
    count: 1,
    // Floating 21:00 read in X-WR-TIMEZONE Europe/Brussels (CEST in September).
    events: {
      0: {
        uid: 'match_1025179',
        start: '2021-09-16T19:00:00.000Z',
        end: '2021-09-16T20:45:00.000Z',
        timezone: 'Europe/Brussels',
        floating: false,
      },
    },
  },
  {
    file: 'google-calendar-python-glasgow.ics',
    ctx: WIDE,
    calendarTitle: 'Python Glasgow',
    count: 1,
    events: {
      0: {
        uid: 'dbm7ac94h2hlvfjm3lqrv0pcvo@google.com',
        start: '2016-10-11T16:30:00.000Z',
        end: '2016-10-11T20:00:00.000Z',
        timezone: 'Europe/London', // from X-WR-TIMEZONE; the times themselves are UTC
        status: 'scheduled',
        locationText: 'Skyscanner, 155 St Vincent St, Glasgow, Glasgow City G1, UK',
        links: ['http://python-glasgow-talks-october-2016.eventbrite.com/?aff=website'], // folded mid-URL in the file
        // no URL property: the event's page is its description's only link (the normaliser drops "aff")
        url: 'http://python-glasgow-talks-october-2016.eventbrite.com/?aff=website',
      },
    },
  },
  {
    file: 'hackerpublicradio-rdate-online-london.ics',
    ctx: WIDE,
    calendarTitle: 'Hacker Public Radio',
    count: 12, // 12 RDATEs, the first equal to DTSTART
    events: {
      0: {
        start: '2013-08-03T19:00:00.000Z',
        end: '2013-08-03T21:00:00.000Z',
        timezone: 'Europe/London',
        locationText: 'mumble.openspeak.cc port: 64747',
      },
      11: { start: '2014-07-05T19:00:00.000Z', end: '2014-07-05T21:00:00.000Z' },
    },
  },
  {
    file: 'lanyrd-event-sotmscot2013-edinburgh.ics',
    ctx: WIDE,
    calendarTitle: 'State of the Map Scotland 2013',
    count: 1,
    events: {
      0: {
        uid: '377106df093ded026c565884041bfb2470a394e1',
        title: 'State of the Map Scotland 2013',
        allDay: true,
        floating: true, // no zone anywhere: UTC midnight, re-anchored later
        timezone: null,
        start: '2013-10-11T00:00:00.000Z',
        end: '2013-10-14T00:00:00.000Z', // exclusive, as written
        lat: 55.944469,
        lon: -3.186963,
        locationText: 'Inspace, 1 Crichton Street, EH8 9AB',
        url: 'http://lanyrd.com/2013/sotmscot2013/',
        links: ['http://sotms.eventbrite.com/', 'http://lanyrd.com/crkmt'],
      },
    },
  },
  {
    file: 'luma-calendar-nairobidevops.ics',
    ctx: WIDE,
    calendarTitle: 'NairobiDevops',
    count: 60,
    // someone trying the calendar out, the last two naming what they try ("new year test event")
    skipped: ['Test event 1', 'Test event 02', 'Test event 3', 'Test Event 4', 'new year test event', 'Newyear test two'],
    events: {
      0: {
        uid: 'evt-snn9tsP3UImvJhD@events.lu.ma',
        start: '2023-10-15T17:00:00.000Z',
        end: '2023-10-15T18:00:00.000Z',
        timezone: null,
        status: 'tentative',
        locationText: null,
        locationUrl: 'https://luma.com/event/evt-snn9tsP3UImvJhD',
        organiser: 'NairobiDevops', // calendar-invite@lu.ma is Luma's mailer
        description: 'Get up-to-date information at: https://luma.com/a1yoj89m\n\nHosted by Nairobidevops',
        links: ['https://luma.com/a1yoj89m'],
      },
    },
  },
  {
    file: 'meetup-group-angularjs-edinburgh.ics',
    ctx: WIDE,
    calendarTitle: 'Events - x.ics',
    count: 1,
    events: {
      0: {
        uid: 'event_dscxhgyrnbwb@meetup.com',
        title: 'Talk & Build AngularJS',
        start: '2013-10-17T18:00:00.000Z', // 19:00 BST
        end: '2013-10-17T21:00:00.000Z',
        timezone: 'Europe/London',
        status: 'scheduled',
        lat: 55.95,
        lon: -3.19,
        locationText: 'Silicon Walk (25 Greenside Place, Edinburgh, United Kingdom)',
        url: 'http://www.meetup.com/AngularJS-Edinburgh/events/141654792/',
        description:
          'AngularJS - Edinburgh\nThursday, October 17 at 7:00 PM\n\nDetails: http://www.meetup.com/AngularJS-Edinburgh/events/141654792/',
      },
    },
  },
  {
    file: 'meetup-group-detroitruby.ics',
    ctx: WIDE,
    calendarTitle: 'Events - DetroitRuby',
    count: 6,
    events: {
      0: {
        start: '2013-01-10T23:30:00.000Z',
        end: '2013-01-11T02:30:00.000Z',
        timezone: 'America/New_York',
        locationText: 'Compuware Building (One Campus Martius, Detroit, MI 48226)',
        lat: 42.33,
        lon: -83.05,
      },
      1: { start: '2013-02-14T23:30:00.000Z', locationText: null, lat: 42.33, lon: -83.05 },
      2: { start: '2013-03-14T22:30:00.000Z', end: '2013-03-15T01:30:00.000Z' }, // EDT from 10 March 2013
      5: {
        uid: 'event_qgkxkcyrjbrb@meetup.com',
        start: '2013-06-13T22:30:00.000Z',
        url: 'http://www.meetup.com/DetroitRuby/events/qgkxkcyrjbrb/',
      },
    },
  },
  {
    file: 'meetup-group-pyberlin-online.ics',
    ctx: WIDE,
    calendarTitle: 'Events - PyBerlin',
    count: 1,
    events: {
      0: {
        uid: 'event_274167788@meetup.com',
        title: 'PyBerlin 22 - 🍁 Autumn event 🍁',
        start: '2020-11-23T18:00:00.000Z',
        end: '2020-11-23T20:00:00.000Z',
        timezone: 'Europe/Berlin',
        locationText: 'Online event',
        lat: 52.52,
        lon: 13.38,
        organiser: 'PyBerlin', // not "Meetup Reminder"
        url: 'https://www.meetup.com/PyBerlin/events/274167788/',
      },
    },
  },
  {
    file: 'thunderbird-recurring-one-occurrence-cancelled.ics',
    ctx: context('2020-01-01T00:00:00Z', '2020-03-01T00:00:00Z'),
    calendarTitle: null,
    count: 3,
    events: {
      0: {
        uid: 'b65c2b5b-b785-4edc-9560-e0379036d1f2#2020-01-28T21:00:00.000Z',
        start: '2020-01-28T21:00:00.000Z',
        end: '2020-01-28T22:00:00.000Z',
        status: null,
      },
      1: {
        uid: 'b65c2b5b-b785-4edc-9560-e0379036d1f2#2020-01-29T21:00:00.000Z',
        start: '2020-01-29T21:00:00.000Z',
        status: 'cancelled',
        locationText: null,
      },
      2: { uid: 'b65c2b5b-b785-4edc-9560-e0379036d1f2#2020-01-30T21:00:00.000Z', status: null },
    },
  },
  {
    file: 'wordpress-ai1ec-fablab-cottbus.ics',
    ctx: context('2019-03-04T00:00:00Z', '2019-06-30T00:00:00Z'),
    calendarTitle: null,
    count: 30, // 27 one-off events (past ones are kept) + 3 Repair Café dates in the window
    events: {
      // All-day, read in X-WR-TIMEZONE Europe/Berlin: local midnight.
      0: {
        uid: 'ai1ec-1862@blog.fablab-cottbus.de',
        allDay: true,
        floating: false,
        timezone: 'Europe/Berlin',
        start: '2018-06-08T22:00:00.000Z',
        end: '2018-06-09T22:00:00.000Z',
      },
      // Before the file's truncated VTIMEZONE begins (2018): still CET, not UTC+0.
      1: { title: 'Weihnachts Repair-Café', start: '2016-12-03T13:00:00.000Z', end: '2016-12-03T18:00:00.000Z' },
      3: { title: 'Repair und Recycling Café', start: '2017-06-10T08:00:00.000Z' },
    },
  },
];

describeCaptured('parseIcal over every .ics fixture', () => {
  it('has a case for each .ics fixture', () => {
    expect(CASES.map((c) => c.file).sort()).toEqual(icsFixtureNames());
  });

  describe.each(CASES)('$file', (c) => {
    const parsed = parseOk(fixture(c.file), c.ctx);

    it('reads the calendar name, event count and what is skipped', () => {
      expect(parsed.format).toBe('ical');
      expect(parsed.title).toBe(c.calendarTitle);
      expect(parsed.events).toHaveLength(c.count);
      expect(parsed.skipped.map((s) => s.title)).toEqual(c.skipped ?? []);
    });

    it.each(Object.entries(c.events))('event %s', (index, expected) => {
      expect(parsed.views[Number(index)]).toMatchObject(expected);
    });

    it('gives every event a distinct id and gives the same ids on a second parse', () => {
      const uids = parsed.events.map((e) => e.uid);
      expect(new Set(uids).size).toBe(uids.length);
      expect(parseOk(fixture(c.file), c.ctx).events.map((e) => e.uid)).toEqual(uids);
    });
  });
});
