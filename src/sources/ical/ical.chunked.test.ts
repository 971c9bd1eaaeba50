/**
 * Large calendars are read in chunks (chunked.ts): the same events as one
 * whole-file parse, the event loop answered meanwhile, and with a per-source
 * cap only the soonest events read. Synthetic calendars of our own: an
 * invented chess club's evenings.
 */
import { describe, expect, it } from 'vitest';
import { capEvents } from '../../ingest/bounded.js';
import { parseSource } from '../index.js';
import type { ParseContext, ParsedEvent } from '../types.js';
import { CHUNKED_FROM } from './chunked.js';
import { parseIcal, parseIcalBounded } from './ical.js';
import { centralEuropeanVtimezone } from './test-helpers.js';

const NOW = new Date('2031-01-01T00:00:00Z');
const ctx = (maxEvents?: number): ParseContext => ({
  sourceUrl: 'https://club.example/chess.ics',
  now: NOW,
  horizonEnd: new Date('2031-12-31T00:00:00Z'),
  maxEvents,
});

const BERLIN = centralEuropeanVtimezone('Club Time');

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);

/** Evening i starts `slot` minutes after 2 January 2031 00:00 wall-clock; every third on the calendar's own VTIMEZONE (UTC+1). */
function evening(i: number, slot: number): string[] {
  const wall = Date.UTC(2031, 0, 2) + slot * 60_000;
  const zoned = i % 3 === 0;
  return [
    'BEGIN:VEVENT',
    `UID:evening-${i}@club.example`,
    zoned ? `DTSTART;TZID=Club Time:${stamp(wall)}` : `DTSTART:${stamp(wall)}Z`,
    `DURATION:PT2H`,
    `SUMMARY:Blitz evening ${i}`,
    // a folded line: the parser must unfold it before splitting
    `DESCRIPTION:Bring a clock. Boards provided; beginners welcome at every one of our evenin`,
    ` gs, number ${i}.`,
    'LOCATION:Open Rooms\\, 4 Canal Street\\, Leeds',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'DESCRIPTION:Reminder',
    'TRIGGER:-PT1H',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** The instant evening i starts at. */
function instant(i: number, slot: number): number {
  return Date.UTC(2031, 0, 2) + slot * 60_000 - (i % 3 === 0 ? 3_600_000 : 0);
}

/** Two series (one begun years ago, with an override moving one date earlier), a UID used twice, a block without UID. */
const SPECIAL = [
  'BEGIN:VEVENT',
  'UID:weekly@club.example',
  'DTSTART;TZID=Club Time:20250107T190000',
  'DTEND;TZID=Club Time:20250107T220000',
  'RRULE:FREQ=WEEKLY',
  'SUMMARY:Weekly club night',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:weekly@club.example',
  'RECURRENCE-ID;TZID=Club Time:20310114T190000',
  'DTSTART;TZID=Club Time:20310101T120000',
  'DTEND;TZID=Club Time:20310101T150000',
  'SUMMARY:Weekly club night (New Year matinee)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:twice@club.example',
  'DTSTART:20310102T090000Z',
  'SUMMARY:Simul, first board',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:twice@club.example',
  'DTSTART:20310102T100000Z',
  'SUMMARY:Simul, second board',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20310103',
  'SUMMARY:Club open day',
  'END:VEVENT',
];

/** `n` evenings `step` minutes apart in a shuffled order (i·7919 mod n), the special events, and the VTIMEZONE last. */
function calendar(n: number, step = 1): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//club//chess//EN', 'X-WR-CALNAME:Night Owls Chess Club'];
  for (let i = 0; i < n; i++) lines.push(...evening(i, ((i * 7919) % n) * step));
  lines.push(...SPECIAL, ...BERLIN, 'END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

const ids = (events: ParsedEvent[]) => events.map((e) => `${e.uid} ${e.start.toISOString()} ${e.title}`);

describe('chunked iCal reading', () => {
  // hourly evenings over 50 days: a cap of 300 leaves most of them unread
  const medium = calendar(CHUNKED_FROM + 700, 60);

  it('reads a large calendar into the same events as one whole-file parse', async () => {
    const whole = parseIcal(medium, ctx());
    const chunked = await parseIcalBounded(medium, ctx());
    if (!whole.ok || !chunked.ok) throw new Error('expected calendars');
    expect(chunked.events).toEqual(whole.events);
    expect(chunked.skipped).toEqual(whole.skipped);
    expect(chunked.title).toBe('Night Owls Chess Club');
    expect(chunked.omitted ?? 0).toBe(0);
    // the special events are there: the moved occurrence, both simul boards, the open day
    expect(ids(chunked.events)).toEqual(
      expect.arrayContaining([
        'weekly@club.example#2031-01-14T18:00:00.000Z 2031-01-01T11:00:00.000Z Weekly club night (New Year matinee)',
        'twice@club.example#2031-01-02T09:00:00.000Z 2031-01-02T09:00:00.000Z Simul, first board',
        'twice@club.example#2031-01-02T10:00:00.000Z 2031-01-02T10:00:00.000Z Simul, second board',
      ]),
    );
  });

  it('with a cap, reads fewer events but keeps the same soonest ones', async () => {
    const whole = parseIcal(medium, ctx());
    const capped = await parseIcalBounded(medium, ctx(300));
    if (!whole.ok || !capped.ok) throw new Error('expected calendars');
    expect(capped.omitted).toBeGreaterThan(0);
    expect(capped.events.length).toBeLessThan(whole.events.length);
    const kept = capEvents(capped.events, 300, capped.omitted);
    expect(ids(kept.events)).toEqual(ids(capEvents(whole.events, 300).events));
    // the long-running series and its moved occurrence are among them
    expect(kept.events.some((e) => e.title === 'Weekly club night (New Year matinee)')).toBe(true);
    expect(kept.note?.reason).toMatch(/only the soonest 300 are kept/);
  });

  it('keeps answering while it reads 65,000 VEVENTs, and keeps the soonest', async () => {
    const n = 65_000;
    const text = calendar(n);
    let ticks = 0;
    let during = 0;
    let done = false;
    const timer = setInterval(() => {
      ticks++;
      if (!done) during = ticks;
    }, 1);
    const started = ticks;
    const outcome = await parseSource(text, 'text/calendar', ctx(2000));
    done = true;
    clearInterval(timer);
    if (!outcome.ok) throw new Error(outcome.reason);
    // the timer, started before the parse, ran again and again while the parse was going on
    expect(during).toBeGreaterThan(started + 2);
    expect(outcome.events.length + (outcome.omitted ?? 0)).toBeGreaterThanOrEqual(n);
    expect(outcome.events.length).toBeLessThan(n / 4);

    const kept = capEvents(outcome.events, 2000, outcome.omitted);
    const evenings = Array.from({ length: n }, (_, i) => ({ uid: `evening-${i}@club.example`, at: instant(i, (i * 7919) % n) }));
    const specials = ['twice@club.example', 'twice@club.example', 'weekly@club.example'];
    const soonest = evenings
      .sort((a, b) => a.at - b.at)
      .slice(0, 2000 - specials.length - 1)
      .map((e) => e.uid);
    const keptUids = kept.events.map((e) => e.uid.split('#')[0]!);
    expect(keptUids.filter((u) => u.startsWith('evening-')).sort()).toEqual(soonest.sort());
    expect(keptUids.filter((u) => !u.startsWith('evening-') && !u.startsWith('derived-')).sort()).toEqual(specials);
    expect(kept.note?.reason).toMatch(/lists \d{5} upcoming events; only the soonest 2000 are kept/);
  }, 120_000);
});
