/** Series expansion over the real recurring fixtures. */
import { describe, expect, it } from 'vitest';
import { MAX_OCCURRENCES } from './recurrence.js';
import { context, fixture, parseOk } from './test-helpers.js';
import { describeCaptured } from '../../../test/helpers/captured.js';
import { classifyStatus } from '../../classify/status.js';

const starts = (views: { start: string }[]) => views.map((v) => v.start);

describe('a series whose dates all fall after the horizon', () => {
  const calendar = (rule: string) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//events-bot tests//EN',
      'BEGIN:VEVENT',
      'UID:quay-weekend@lifeboat.example',
      'DTSTART:20260523T090000Z',
      'DTEND:20260523T170000Z',
      rule,
      'SUMMARY:Lifeboat Quay Weekend',
      'LOCATION:The Quay, Harbour Road',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');

  it('is listed by its first date, as a single event that far ahead is', () => {
    const { views } = parseOk(calendar('RRULE:FREQ=DAILY;UNTIL=20260525T170000Z'), context('2026-01-20T00:00:00Z', '2026-03-21T00:00:00Z'));
    expect(starts(views)).toEqual(['2026-05-23T09:00:00.000Z']);
  });

  it('skips an excluded first date for the next', () => {
    const rule = 'RRULE:FREQ=DAILY;UNTIL=20260525T170000Z\r\nEXDATE:20260523T090000Z';
    expect(starts(parseOk(calendar(rule), context('2026-01-20T00:00:00Z', '2026-03-21T00:00:00Z')).views)).toEqual([
      '2026-05-24T09:00:00.000Z',
    ]);
  });
});

describe('an occurrence that an override moves', () => {
  const calendar = (...overrides: string[][]) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
      'BEGIN:VEVENT',
      'UID:tuesday-mornings@club.example',
      'DTSTART;TZID=Pacific/Auckland:20180703T093000',
      'DTEND;TZID=Pacific/Auckland:20180703T113000',
      'RRULE:FREQ=WEEKLY;UNTIL=20181030T115959Z;BYDAY=TU',
      'SUMMARY:Tuesday Mornings',
      'LOCATION:Coast Road Hall, Barrytown',
      'END:VEVENT',
      ...overrides.flatMap((lines) => ['BEGIN:VEVENT', 'UID:tuesday-mornings@club.example', ...lines, 'END:VEVENT']),
      'END:VCALENDAR',
    ].join('\r\n');

  // Lesson from a real Google export: Tuesday 24 July moved to Wednesday 25 July and retitled "Tuesday Mornings Postponed".
  it('is at its new date and still happening, though its title says postponed', () => {
    const moved = [
      'RECURRENCE-ID;TZID=Pacific/Auckland:20180724T093000',
      'DTSTART;TZID=Pacific/Auckland:20180725T093000',
      'DTEND;TZID=Pacific/Auckland:20180725T113000',
      'STATUS:CONFIRMED',
      'SUMMARY:Tuesday Mornings Postponed',
    ];
    const { events } = parseOk(calendar(moved), context('2018-07-20T00:00:00Z', '2018-08-05T00:00:00Z'));
    const wednesday = events.find((e) => e.title === 'Tuesday Mornings Postponed')!;
    expect(wednesday.start).toEqual(new Date('2018-07-24T21:30:00Z')); // Wed 25 July, 09:30 NZST
    expect(classifyStatus(wednesday, wednesday.title)).toBe('scheduled');
    // …while one that stays on its date, retitled so, is postponed
    const kept = [...moved.slice(0, 1), 'DTSTART;TZID=Pacific/Auckland:20180724T093000', ...moved.slice(3)];
    const [same] = parseOk(calendar(kept), context('2018-07-20T00:00:00Z', '2018-08-05T00:00:00Z')).events.filter((e) =>
      e.title.endsWith('Postponed'),
    );
    expect(classifyStatus(same!, same!.title)).toBe('postponed');
  });

  it('is listed when brought forward from beyond the horizon into it', () => {
    const broughtForward = [
      'RECURRENCE-ID;TZID=Pacific/Auckland:20181030T093000',
      'DTSTART;TZID=Pacific/Auckland:20180801T180000',
      'SUMMARY:Tuesday Mornings (evening special)',
    ];
    const { events } = parseOk(calendar(broughtForward), context('2018-07-20T00:00:00Z', '2018-08-05T00:00:00Z'));
    expect(events.map((e) => [e.title, e.start.toISOString()])).toEqual([
      ['Tuesday Mornings', '2018-07-23T21:30:00.000Z'],
      ['Tuesday Mornings', '2018-07-30T21:30:00.000Z'],
      ['Tuesday Mornings (evening special)', '2018-08-01T06:00:00.000Z'],
    ]);
    expect(events[2]!.uid).toBe('tuesday-mornings@club.example#2018-10-29T20:30:00.000Z'); // its own occurrence's id (NZDT)
  });
});

describeCaptured('RDATE series (Hacker Public Radio, 12 RDATEs at 19:00Z)', () => {
  const hpr = fixture('hackerpublicradio-rdate-online-london.ics');

  it.each([
    // [now, horizonEnd, expected starts]
    ['2013-10-01T00:00:00Z', '2014-01-01T00:00:00Z', ['2013-10-05T19:00:00.000Z', '2013-11-02T19:00:00.000Z', '2013-11-30T19:00:00.000Z']],
    // 30 Nov ended at 21:00Z, before now; 1 Feb is after the 60-day horizon.
    ['2013-12-01T00:00:00Z', '2014-01-30T00:00:00Z', ['2014-01-04T19:00:00.000Z']],
    // An occurrence still running at `now` is kept.
    ['2013-10-05T20:00:00Z', '2013-10-06T00:00:00Z', ['2013-10-05T19:00:00.000Z']],
    // Series over: its last occurrence stands for it (judged past later), so the VEVENT is still counted.
    ['2014-08-01T00:00:00Z', '2014-12-01T00:00:00Z', ['2014-07-05T19:00:00.000Z']],
  ])('now %s, horizon %s', (now, horizon, expected) => {
    expect(starts(parseOk(hpr, context(now, horizon)).views)).toEqual(expected);
  });

  it('has no UID, so occurrences get a derived id plus their start', () => {
    const { events } = parseOk(hpr, context('2013-10-01T00:00:00Z', '2014-01-01T00:00:00Z'));
    const series = events[0]!.uid.split('#')[0]!;
    expect(series).toMatch(/^derived-[0-9a-f]{64}$/);
    expect(events.map((e) => e.uid)).toEqual(events.map((e) => `${series}#${e.start.toISOString()}`));
  });
});

describeCaptured('RRULE with a cancelled override (Thunderbird)', () => {
  const tb = fixture('thunderbird-recurring-one-occurrence-cancelled.ics');

  it('marks only the overridden occurrence cancelled', () => {
    const { views } = parseOk(tb, context('2020-01-01T00:00:00Z', '2020-03-01T00:00:00Z'));
    expect(views.map((v) => [v.start, v.status])).toEqual([
      ['2020-01-28T21:00:00.000Z', null],
      ['2020-01-29T21:00:00.000Z', 'cancelled'],
      ['2020-01-30T21:00:00.000Z', null],
    ]);
  });

  it.each([
    ['an EXDATE', 'RRULE:FREQ=DAILY;COUNT=3\nEXDATE;TZID=Europe/Berlin:20200130T220000', ['2020-01-28', '2020-01-29']],
    ['an EXDATE on DTSTART', 'RRULE:FREQ=DAILY;COUNT=3\nEXDATE;TZID=Europe/Berlin:20200128T220000', ['2020-01-29', '2020-01-30']],
    [
      'an extra RDATE',
      'RRULE:FREQ=DAILY;COUNT=3\nRDATE;TZID=Europe/Berlin:20200205T220000',
      ['2020-01-28', '2020-01-29', '2020-01-30', '2020-02-05'],
    ],
    // DTSTART (a Tuesday) is the first instance even though the rule only makes Saturdays.
    ['a rule DTSTART does not match', 'RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20200210T000000Z', ['2020-01-28', '2020-02-01', '2020-02-08']],
  ])('applies %s', (_what, rule, days) => {
    const { views } = parseOk(tb.replace('RRULE:FREQ=DAILY;COUNT=3', rule), context('2020-01-01T00:00:00Z', '2020-03-01T00:00:00Z'));
    expect(views.map((v) => v.start)).toEqual(days.map((d) => `${d}T21:00:00.000Z`));
  });

  it('drops occurrences that ended before now', () => {
    const { views } = parseOk(tb, context('2020-01-29T12:00:00Z', '2020-03-01T00:00:00Z'));
    expect(starts(views)).toEqual(['2020-01-29T21:00:00.000Z', '2020-01-30T21:00:00.000Z']);
  });
});

describeCaptured('monthly RRULE BYDAY=1SA (FabLab Repair Café, 14:00–17:00 Europe/Berlin)', () => {
  const fablab = fixture('wordpress-ai1ec-fablab-cottbus.ics');
  const repairCafe = (now: string, horizon: string) =>
    parseOk(fablab, context(now, horizon)).views.filter((v) => v.uid.startsWith('ai1ec-1887@'));

  it('lists first Saturdays in the window, following the clock change', () => {
    const views = repairCafe('2019-02-01T00:00:00Z', '2019-04-30T00:00:00Z');
    expect(views.map((v) => [v.start, v.end])).toEqual([
      ['2019-02-02T13:00:00.000Z', '2019-02-02T16:00:00.000Z'],
      ['2019-03-02T13:00:00.000Z', '2019-03-02T16:00:00.000Z'],
      ['2019-04-06T12:00:00.000Z', '2019-04-06T15:00:00.000Z'], // CEST
    ]);
    expect(views[0]).toMatchObject({ title: 'Repair Café', lat: 51.76882, lon: 14.32321, timezone: 'Europe/Berlin' });
    expect(views[0]!.uid).toBe('ai1ec-1887@blog.fablab-cottbus.de#2019-02-02T13:00:00.000Z');
  });

  it('starts at the first date of the series', () => {
    expect(starts(repairCafe('2017-01-01T00:00:00Z', '2018-02-28T00:00:00Z'))).toEqual([
      '2018-01-06T13:00:00.000Z',
      '2018-02-03T13:00:00.000Z',
    ]);
  });

  it(`stops an endless series at ${MAX_OCCURRENCES} occurrences and says so`, () => {
    const parsed = parseOk(fablab, context('2019-01-01T00:00:00Z', '2099-12-31T00:00:00Z'));
    expect(parsed.events.filter((e) => e.uid.startsWith('ai1ec-1887@'))).toHaveLength(MAX_OCCURRENCES);
    expect(parsed.skipped).toEqual([{ title: 'Repair Café', reason: `only its first ${MAX_OCCURRENCES} occurrences are listed` }]);
  });

  it('keeps one-off events whatever `now` is; a series with nothing in the window is listed by its next date', () => {
    // Between 5 Jan and 2 Feb 2030, both first Saturdays.
    const parsed = parseOk(fablab, context('2030-01-06T00:00:00Z', '2030-02-01T00:00:00Z'));
    expect(parsed.events).toHaveLength(28);
    expect(parsed.events.filter((e) => e.uid.startsWith('ai1ec-1887@')).map((e) => e.start.toISOString())).toEqual([
      '2030-02-02T13:00:00.000Z',
    ]);
  });
});

describe('a weekly rule written in the organiser’s weekdays over a UTC start (Discord event exports)', () => {
  const calendar = (start: string, rule: string) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Discord Events Calendar//EN',
      'BEGIN:VEVENT',
      'UID:board-games@guild.example',
      `DTSTART:${start}`,
      rule,
      'SUMMARY:Board game night',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  const window = context('2025-01-05T00:00:00Z', '2025-02-10T00:00:00Z');

  it.each([
    // Sunday 18:45 in Chicago is Monday 00:45 UTC: every other Sunday evening, not Saturdays after the first
    ['20250113T004500Z', 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SU', ['2025-01-13T00:45:00.000Z', '2025-01-27T00:45:00.000Z']],
    // Monday 09:00 in Sydney is Sunday 22:00 UTC
    [
      '20250105T220000Z',
      'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3',
      ['2025-01-05T22:00:00.000Z', '2025-01-12T22:00:00.000Z', '2025-01-19T22:00:00.000Z'],
    ],
    // as written: the start's UTC day is one of the rule's
    ['20250112T180000Z', 'RRULE:FREQ=WEEKLY;BYDAY=SU;COUNT=2', ['2025-01-12T18:00:00.000Z', '2025-01-19T18:00:00.000Z']],
    // as written: a Wednesday noon start and a Friday rule are not a day apart (the start, then Fridays)
    [
      '20250108T120000Z',
      'RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=2',
      ['2025-01-08T12:00:00.000Z', '2025-01-10T12:00:00.000Z', '2025-01-17T12:00:00.000Z'],
    ],
  ])('%s %s', (start, rule, expected) => {
    expect(starts(parseOk(calendar(start, rule), window).views)).toEqual(expected);
  });
});
