import { describe, expect, it } from 'vitest';
import { context, parseOk } from './test-helpers.js';

// Lessons from previewing real calendars (issue #8), on synthetic calendars of our own.

const cal = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Example//Lessons//EN',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');
const ctx = context('2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z');

describe('iCal shapes seen in real calendars', () => {
  it('a GEO written with an escaped semicolon (a wiki calendar) is still a point', () => {
    const { views } = parseOk(
      cal(['UID:g1', 'DTSTART:20260820T173000Z', 'SUMMARY:Meetup', 'LOCATION:The Bar\\, 1 High St\\, Perth', 'GEO:56.3958\\;-3.4316']),
      ctx,
    );
    expect(views[0]).toMatchObject({ lat: 56.3958, lon: -3.4316 });
  });

  it('a timed UTC start with a date-only end (a conference directory) keeps its time and is not all-day', () => {
    const { views } = parseOk(cal(['UID:c1', 'SUMMARY:Conf', 'DTSTART:20260312T200000Z', 'DTEND;VALUE=DATE:20260314']), ctx);
    expect(views[0]).toMatchObject({ start: '2026-03-12T20:00:00.000Z', allDay: false, floating: false });
    expect(Date.parse(views[0]!.end!)).toBeGreaterThan(Date.parse('2026-03-13T00:00:00Z'));
  });

  it('times with no zone anywhere (an aggregator that writes bare local times) stay floating, to be read where the event is', () => {
    const { views } = parseOk(
      cal(['UID:f1', 'SUMMARY:Local meetup', 'DTSTART:20260608T183000', 'DTEND:20260608T203000', 'DTSTAMP;VALUE=DATE:20260608']),
      ctx,
    );
    expect(views[0]).toMatchObject({ floating: true, allDay: false });
  });

  it('an event with no DTEND and no title among titled ones (a generated calendar): the titled one is kept, the other is said', () => {
    const out = parseOk(
      cal(
        ['UID:d1', 'DTSTART:20261023T180000Z', 'SUMMARY:Stammtisch', 'LOCATION:Café\\, Wallstraße 11\\, 01067 Dresden'],
        ['UID:d2', 'DTSTART:20261106T180000Z', 'DESCRIPTION:See the website'],
      ),
      ctx,
    );
    expect(out.views.map((v) => v.title)).toEqual(['Stammtisch']);
    expect(out.views[0]!.end).toBeNull();
    expect(out.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/no title/)]);
  });
});
