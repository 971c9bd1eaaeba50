import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CalendarZones, ianaZoneFor } from './timezones.js';
import { context, parseOk } from './test-helpers.js';

// Wall-clock → instant in a zone (DST gaps and overlaps) is tested in src/core/time.test.ts.
describe('zone names', () => {
  it.each([
    ['Europe/London', 'Europe/London'],
    ['GMT Standard Time', 'Europe/London'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Eastern Standard Time', 'America/New_York'],
    ['/mozilla.org/20050126_1/Europe/Berlin', 'Europe/Berlin'],
    ['"America/New_York"', 'America/New_York'],
    ['Mars/Olympus_Mons', null], // looks like an IANA name but is not one
    ['', null],
    ['UTC', null], // a UTC time says nothing about where the event is
    ['Etc/GMT', null],
    ['Custom Zone 1', null],
  ])('TZID %j names place zone %j', (tzid, zone) => {
    expect(ianaZoneFor(tzid)).toBe(zone);
  });
});

// Outlook on the web / Exchange (node-ical's Office-2012-owa.ics, ownCloud) write these with no VTIMEZONE.
describe('Windows display names', () => {
  it.each([
    // a region the name gives, no city
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['(GMT-05:00) Eastern Time (US & Canada)', 'America/New_York'], // before Windows 7
    ['(UTC-05:00) Eastern Time (US and Canada)', 'America/New_York'], // spelt out by some exporters
    ['"(UTC-06:00) Central Time (US & Canada)"', 'America/Chicago'],
    ['(UTC-08:00) Pacific Time (US & Canada)', 'America/Los_Angeles'],
    ['(UTC-04:00) Atlantic Time (Canada)', 'America/Halifax'],
    ['(UTC-07:00) Arizona', 'America/Phoenix'],
    ['(UTC-03:30) Newfoundland', 'America/St_Johns'],
    ['(UTC-05:00) Indiana (East)', 'America/Indiana/Indianapolis'],
    ['(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London', 'Europe/London'],
    ['Greenwich Mean Time:Dublin; Edinburgh; Lisbon; London', 'Europe/London'], // ics-parser's sample, no offset
    ['Eastern Time (US & Canada)', 'America/New_York'],
    // cities: the first whose zone keeps the written standard offset
    ['(GMT+10:00) Canberra, Melbourne, Sydney', 'Australia/Sydney'],
    ['(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', 'Europe/Amsterdam'],
    ['(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', 'Asia/Kolkata'],
    ['(UTC+03:00) Moscow, St. Petersburg', 'Europe/Moscow'],
    ['(UTC+12:00) Auckland, Wellington', 'Pacific/Auckland'],
    ['(UTC-07:00) Chihuahua, La Paz, Mazatlan', 'America/Mazatlan'], // Bolivia's La Paz is UTC-4; Chihuahua left UTC-7 in 2022
    // no zone to name
    ['(UTC+02:00) Eastern Time (US & Canada)', null], // the offset disagrees: not New York
    ['(GMT +01:00)', null], // an offset alone
    ['(UTC) Coordinated Universal Time', null],
    ['(UTC-02:00) Coordinated Universal Time-02', null],
    ['Amsterdam, Berlin', null], // cities with no offset to check them against
  ])('TZID %j names place zone %j', (tzid, zone) => {
    expect(ianaZoneFor(tzid)).toBe(zone);
  });

  const noZones = new CalendarZones(new ICAL.Component(ICAL.parse('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')));

  it.each([
    ['(GMT +01:00)', { kind: 'iana', zone: 'Etc/GMT-1' }],
    ['(UTC-03:00) Somewhere Else', { kind: 'iana', zone: 'Etc/GMT+3' }],
    ['(UTC+02:00) Eastern Time (US & Canada)', { kind: 'iana', zone: 'Etc/GMT-2' }],
    ['(UTC+05:30) Nowhere', { kind: 'iana', zone: 'Asia/Kolkata' }], // no Etc/ zone for half hours
    ['(UTC) Coordinated Universal Time', { kind: 'utc' }],
    ['UTC+0', { kind: 'utc' }], // The Events Calendar
    ['UTC+00:00', { kind: 'utc' }],
    ['(UTC-05:00) Eastern Time (US & Canada)', { kind: 'iana', zone: 'America/New_York' }],
    ['Custom Zone 1', { kind: 'floating' }],
  ])('TZID %j is read as %j', (tzid, rule) => {
    expect(noZones.ruleFor(tzid)).toEqual(rule);
  });
});

describe('Windows display names in a calendar', () => {
  // X-WR-TIMEZONE is Chicago so that a TZID we do not read shows as a Chicago time.
  const calendar = (events: string[]) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'X-WR-TIMEZONE:America/Chicago', ...events, 'END:VCALENDAR', ''].join('\r\n');
  const vevent = (uid: string, lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${uid}`, ...lines, 'END:VEVENT'];
  const EASTERN = 'TZID="(UTC-05:00) Eastern Time (US & Canada)"';
  const text = calendar([
    ...vevent('eastern', [`DTSTART;${EASTERN}:20201028T133000`, `DTEND;${EASTERN}:20201028T150000`]),
    ...vevent('sydney', ['DTSTART;TZID="(GMT+10:00) Canberra, Melbourne, Sydney":20201028T133000']),
    ...vevent('offset', ['DTSTART;TZID="(GMT +01:00)":20220715T140000']),
    ...vevent('tribe', ['DTSTART;TZID=UTC+0:20180407T093000']),
    ...vevent('series', [`DTSTART;${EASTERN}:20201102T133000`, 'RRULE:FREQ=WEEKLY;COUNT=4', `EXDATE;${EASTERN}:20201109T133000`]),
    ...vevent('series', [`RECURRENCE-ID;${EASTERN}:20201116T133000`, `DTSTART;${EASTERN}:20201116T160000`]),
  ]);
  const views = parseOk(text, context('2018-01-01T00:00:00Z', '2023-01-01T00:00:00Z')).views;
  const starts = (uid: string) => views.filter((v) => v.title === uid).map((v) => v.start);

  it.each([
    ['eastern', ['2020-10-28T17:30:00.000Z'], 'America/New_York'], // 13:30 EDT
    ['sydney', ['2020-10-28T02:30:00.000Z'], 'Australia/Sydney'], // 13:30 AEDT
    ['offset', ['2022-07-15T13:00:00.000Z'], 'America/Chicago'], // +01:00 says no place: the calendar's zone stays
    ['tribe', ['2018-04-07T09:30:00.000Z'], 'America/Chicago'],
    // EST after 1 Nov; the 9th is excluded, the 16th moved to 16:00 by RECURRENCE-ID
    ['series', ['2020-11-02T18:30:00.000Z', '2020-11-16T21:00:00.000Z', '2020-11-23T18:30:00.000Z'], 'America/New_York'],
  ])('%s starts at %j in %s', (uid, expected, timezone) => {
    expect(starts(uid)).toEqual(expected);
    for (const v of views.filter((e) => e.title === uid)) expect(v).toMatchObject({ timezone, floating: false });
  });

  it('reads DTEND on the same clock', () => {
    expect(views.find((v) => v.title === 'eastern')?.end).toBe('2020-10-28T19:00:00.000Z');
  });
});

describe('an offset-only TZID beside the calendar’s own zones', () => {
  it('takes the zone the calendar uses whose standard offset is the one written (ownCloud: Berlin in summer)', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//ownCloud//EN',
      'BEGIN:VEVENT',
      'UID:party',
      'SUMMARY:Party',
      'DTSTART;TZID=Europe/Berlin:20220714T140000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:next',
      'SUMMARY:Party next day',
      'DTSTART;TZID="(GMT +01:00)":20220715T140000',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const views = parseOk(text, context('2022-01-01T00:00:00Z', '2023-01-01T00:00:00Z')).views;
    // 14:00 CEST, as the other party: Windows writes a zone's standard offset, summer or not.
    expect(views.find((v) => v.title === 'Party next day')?.start).toBe('2022-07-15T12:00:00.000Z');
  });
});

// Sweep t23: Exchange, Outlook and Teamup exports write no X-WR-TIMEZONE, only the VTIMEZONE of the zone they are kept
// in. That one zone is the calendar's: an all-day entry is in it, and the feed is (the place stage's home area).
describe('a calendar’s own zone, from its only VTIMEZONE', () => {
  const zone = (tzid: string, location?: string) => [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    ...(location ? [`X-LIC-LOCATION:${location}`] : []),
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:-0300',
    'TZOFFSETTO:-0300',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const buenosAires = zone('America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires');
  const calendarOf = (header: string[], zones: string[][]) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Example//Hand kept//EN',
      ...header,
      ...zones.flat(),
      'BEGIN:VEVENT',
      'UID:day',
      'SUMMARY:Open day',
      'DTSTART;VALUE=DATE:20260310',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');

  it.each<[string, string[], string[][], string | null]>([
    ['Teamup: an IANA TZID', [], [buenosAires], 'America/Argentina/Buenos_Aires'],
    ['Exchange: a Windows zone id', [], [zone('Central Standard Time')], 'America/Chicago'],
    ['a TZID no zone database knows, with its X-LIC-LOCATION', [], [zone('Zone 1', 'Europe/Madrid')], 'Europe/Madrid'],
    ['one TZID defined twice', [], [buenosAires, buenosAires], 'America/Argentina/Buenos_Aires'],
    ['a TZID no one knows', [], [zone('Customized Time Zone')], null],
    ['UTC', [], [zone('UTC')], null],
    ['two zones: neither is the calendar’s', [], [buenosAires, zone('Central Standard Time')], null],
    ['X-WR-TIMEZONE comes first', ['X-WR-TIMEZONE:Europe/London'], [buenosAires], 'Europe/London'],
    ['X-WR-TIMEZONE:UTC says no place, whatever the VTIMEZONE', ['X-WR-TIMEZONE:UTC'], [buenosAires], null],
  ])('%s → %s', (_name, header, zones, expected) => {
    const parsed = parseOk(calendarOf(header, zones), context('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'));
    expect(parsed.feed?.timezone ?? null).toBe(expected);
    expect(parsed.views[0]).toMatchObject({ title: 'Open day', allDay: true, timezone: expected });
  });
});
