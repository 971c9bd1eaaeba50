import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../core/ports.js';
import { normalisedEvent } from '../../store/test-events.js';
import { buildCalendar } from './build.js';
import { escapeText, foldLine } from './text.js';
import { transitions } from './vtimezone.js';

/** A stored event with overrides (as the store returns it). */
function event(over: Partial<StoredEvent> = {}): StoredEvent {
  const {
    sourceUrl: _url,
    sourceUid: _uid,
    ...base
  } = normalisedEvent({
    url: 'https://brumjs.example.org/events/7',
    title: 'BrumJS',
    start: new Date('2026-12-10T18:30:00Z'),
    end: new Date('2026-12-10T21:00:00Z'),
  });
  const created = { createdAt: new Date('2026-11-01T10:00:00Z'), updatedAt: new Date('2026-11-02T10:00:00Z') };
  return { ...base, id: 7, version: 1, lastChange: null, ...created, ...over };
}

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const vevents = (text: string) => parse(text).getAllSubcomponents('vevent');
const build = (events: StoredEvent[]) =>
  buildCalendar({ name: 'Events near Birmingham', description: 'test', host: 'events.example.org', events });

describe('iCalendar subscriptions', () => {
  // Times on and around DST changes, half-hour and 45-minute zones, and the southern hemisphere.
  const cases: [string, string][] = [
    ['Europe/London', '2026-12-10T18:30:00Z'],
    ['Europe/London', '2027-03-28T01:30:00Z'], // just after the spring change (02:30 BST)
    ['Europe/London', '2027-10-31T00:30:00Z'], // 01:30 BST, the first of the two 01:30s
    ['Europe/London', '2027-10-31T01:30:00Z'], // 01:30 GMT, the second
    ['America/New_York', '2026-11-01T05:30:00Z'], // 01:30 EDT
    ['America/New_York', '2026-11-01T06:30:00Z'], // 01:30 EST
    ['America/St_Johns', '2027-07-01T15:00:00Z'],
    ['Asia/Kolkata', '2027-01-15T04:00:00Z'],
    ['Asia/Kathmandu', '2027-01-15T04:00:00Z'],
    ['Australia/Lord_Howe', '2027-01-15T04:00:00Z'],
    ['Australia/Sydney', '2027-04-04T15:30:00Z'],
    ['UTC', '2027-01-15T04:00:00Z'],
  ];

  /** Local times that happen twice: written in UTC, as TZID can't say which is meant. */
  const AMBIGUOUS = new Set(['2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z']);

  it.each(cases)('%s %s: ical.js reads the same instant back through our VTIMEZONE', (zone, iso) => {
    const start = new Date(iso);
    const text = build([event({ timezone: zone, start, end: new Date(start.getTime() + 2 * 3_600_000) })]);
    const [vevent] = vevents(text);
    const ev = new ICAL.Event(vevent!);
    expect(ev.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    expect(ev.endDate.toJSDate().getTime() - start.getTime()).toBe(2 * 3_600_000);
    if (zone === 'UTC' || AMBIGUOUS.has(iso)) {
      expect(ev.startDate.zone?.tzid).toBe('UTC');
      expect(vevent!.getFirstProperty('dtstart')!.getParameter('tzid')).toBeUndefined();
    } else {
      expect(vevent!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(zone);
      expect(
        parse(text)
          .getAllSubcomponents('vtimezone')
          .map((c) => c.getFirstPropertyValue('tzid')),
      ).toEqual([zone]);
    }
  });

  it('writes one VTIMEZONE per zone used, with the real changes', () => {
    const text = build([
      event({ id: 1, timezone: 'Europe/London' }),
      event({ id: 2, timezone: 'America/New_York' }),
      event({ id: 3, timezone: 'Europe/London', start: new Date('2027-06-01T18:00:00Z'), end: null }),
    ]);
    const zones = parse(text).getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/New_York', 'Europe/London']);
    const london = transitions('Europe/London', new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z'));
    expect(london.map((t) => [t.at.toISOString(), t.fromMs / 3_600_000, t.toMs / 3_600_000])).toEqual([
      ['2027-03-28T01:00:00.000Z', 0, 1],
      ['2027-10-31T01:00:00.000Z', 1, 0],
    ]);
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20270328T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT');
  });

  it('keeps the UID across updates, bumps SEQUENCE, and carries status, place, map position and link', () => {
    const first = vevents(build([event()]))[0]!;
    const moved = vevents(build([event({ version: 3, start: new Date('2026-12-11T18:30:00Z'), status: 'cancelled' })]))[0]!;
    expect(first.getFirstPropertyValue('uid')).toBe('event-7@events.example.org');
    expect(moved.getFirstPropertyValue('uid')).toBe('event-7@events.example.org');
    expect(first.getFirstPropertyValue('sequence')).toBe(0);
    expect(moved.getFirstPropertyValue('sequence')).toBe(2);
    expect(first.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(moved.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(first.getFirstPropertyValue('location')).toBe('The Engine Room, 1 Canal St, Birmingham');
    expect(first.getFirstPropertyValue('geo')).toEqual([52.4778, -1.9097]);
    expect(first.getFirstPropertyValue('url')).toBe('https://brumjs.example.org/events/7');
    expect(first.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-02T10:00:00Z');
    expect(first.getFirstPropertyValue('description')).toBe(
      'Talks and pizza.\n\nOrganised by BrumJS\n\nMore: https://brumjs.example.org/events/7',
    );
  });

  it('writes all-day events as dates with an exclusive end', () => {
    const text = build([
      event({ allDay: true, start: new Date('2026-12-12T00:00:00Z'), end: new Date('2026-12-14T00:00:00Z'), timezone: 'Europe/London' }),
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20261212\r\nDTEND;VALUE=DATE:20261214\r\n');
    const ev = new ICAL.Event(vevents(text)[0]!);
    expect(ev.startDate.isDate).toBe(true);
    expect(ev.duration.days).toBe(2);
  });

  it('escapes commas, semicolons, backslashes and newlines, and drops control characters', () => {
    const title = 'Pizza, beer; C:\\code\nand more\u001b[2J\u0007 — naïve ☕';
    expect(escapeText(title)).toBe('Pizza\\, beer\\; C:\\\\code\\nand more — naïve ☕');
    const [vevent] = vevents(build([event({ title })]));
    expect(vevent!.getFirstPropertyValue('summary')).toBe('Pizza, beer; C:\\code\nand more — naïve ☕');
  });

  it('folds every line at 75 octets without splitting a character, and ends lines with CRLF', () => {
    const description = `${'Ünïcödé ☕ '.repeat(40)}end`;
    const text = build([event({ description })]);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(vevents(text)[0]!.getFirstPropertyValue('description')).toContain(description);
    expect(foldLine('short')).toBe('short');
    expect(foldLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });
});
