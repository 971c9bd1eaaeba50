import { describe, expect, it } from 'vitest';
import { dedupeWithinSource } from './index.js';
import { incoming, KM5_NORTH, minutes } from './test-events.js';

describe('dedupeWithinSource: one source listing one event twice', () => {
  it('keeps one of two copies under two ids (same name, time and venue), the one that says more', () => {
    const bare = incoming({ sourceUid: 'concert-1', lat: null, lon: null, venue: 'Islington O2 Academy 2' });
    const full = incoming({ sourceUid: 'festival-day-1', venue: 'O2 Academy 2 Islington', description: 'Doors 19:00' });
    const kept = dedupeWithinSource([bare, full]);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.sourceUid).toBe('festival-day-1');
  });

  it('keeps both when they are different events: another time, or the same name 5 km away', () => {
    expect(dedupeWithinSource([incoming({ sourceUid: 'a' }), incoming({ sourceUid: 'b', start: minutes(120) })])).toHaveLength(2);
    expect(dedupeWithinSource([incoming({ sourceUid: 'a' }), incoming({ sourceUid: 'b', ...KM5_NORTH })])).toHaveLength(2);
  });

  // Lesson from a university's Campus Labs feed: one fair at two campuses' venues, both placed at the feed's home.
  it('keeps both when their venues differ and both were placed only at a town, whose points agree', () => {
    const commons = incoming({ sourceUid: 'event/1', venue: 'The Commons', address: null, placedBy: 'home-area' });
    const stingers = incoming({ sourceUid: 'event/2', venue: 'Stingers', address: null, placedBy: 'home-area' });
    expect(dedupeWithinSource([commons, stingers])).toHaveLength(2);
    const branch = (uid: string, venue: string) => incoming({ sourceUid: uid, venue, address: null, placedBy: 'address' });
    expect(dedupeWithinSource([branch('s1', 'Central Library'), branch('s2', 'Northfield Library')])).toHaveLength(2);
    // …and keeps one when the venue is the same
    expect(dedupeWithinSource([commons, { ...commons, sourceUid: 'event/3' }])).toHaveLength(1);
  });

  // Lesson from a real church calendar: two weekly services share a title and the church's home page as URL.
  it('keeps two entries with one title and one URL at different hours of a day (10:00 and 19:00 services)', () => {
    const url = 'https://chapel.example/';
    const morning = incoming({ sourceUid: 'service-1000', url });
    const evening = incoming({ sourceUid: 'service-1900', url, start: minutes(9 * 60) });
    expect(dedupeWithinSource([morning, evening]).map((e) => e.sourceUid)).toEqual(['service-1000', 'service-1900']);
    expect(dedupeWithinSource([morning, { ...evening, start: minutes(10) }])).toHaveLength(1);
  });

  // Lesson from a Songkick tour page: the Vevo Halloween festival day ("startDate": "2015-10-31") and the concert it is
  // (18:00, same venue and line-up) were both posted.
  it('keeps the timed one of an all-day entry and the event of that day it is (a festival day and its concert)', () => {
    const day = incoming({
      sourceUid: 'festival-day',
      start: new Date('2024-03-14T00:00:00Z'),
      allDay: true,
      description: 'Line-up: …'.repeat(50),
    });
    const concert = incoming({ sourceUid: 'concert' });
    expect(dedupeWithinSource([day, concert]).map((e) => e.sourceUid)).toEqual(['concert']);
    expect(dedupeWithinSource([concert, day]).map((e) => e.sourceUid)).toEqual(['concert']);
    // …but not a timed event of the next day, or of another name
    const nextDay = { ...concert, start: new Date('2024-03-15T18:30:00Z') };
    expect(dedupeWithinSource([day, nextDay])).toHaveLength(2);
    expect(dedupeWithinSource([day, { ...concert, title: 'Doors and DJ set' }])).toHaveLength(2);
  });

  it('never merges two occurrences of one recurring series', () => {
    const a = incoming({ sourceUid: 'weekly#2024-03-14T18:30:00.000Z' });
    const b = incoming({ sourceUid: 'weekly#2024-03-14T18:40:00.000Z', start: minutes(10) });
    expect(dedupeWithinSource([a, b])).toHaveLength(2);
  });
});

describe('a venue written in another word order is the same venue', () => {
  it('keeps one concert listed at "O2 Academy 2 Islington" and at "Islington O2 Academy 2" (city-centre coordinates)', () => {
    const precise = incoming({ sourceUid: 'a', venue: 'O2 Academy 2 Islington', address: null, lat: 51.5346, lon: -0.1059 });
    const rough = incoming({ sourceUid: 'b', venue: 'Islington O2 Academy 2', address: null, lat: 51.5074, lon: -0.1278 });
    expect(dedupeWithinSource([rough, precise])).toHaveLength(1);
  });
});

// Lesson from a Mexico City community calendar: the Meetup copy of a meetup ("AI/IA CDMX|To Be Announced/Por
// anunciar") and the Luma copy naming its talk, at one instant and one street address, were both posted.
describe('a copy with a placeholder title is the event another copy names', () => {
  const place = { lat: null, lon: null, placedBy: 'address' as const, locality: 'Ciudad de México', country: 'MX' };
  const tba = incoming({
    ...place,
    sourceUid: 'meetup-1',
    title: 'Ejemplo AI|To Be Announced/Por anunciar|México|Ciudad de México',
    venue: 'Casa Ejemplo',
    address: 'Casa Ejemplo, Calle Ejemplo 9, Col Roma Norte, Ciudad de México',
    description: 'Más detalles pronto.'.repeat(20),
  });
  const talk = incoming({
    ...place,
    sourceUid: 'luma-1',
    title: 'Ejemplo AI|Redes neuronales para todos|México|Ciudad de México',
    venue: 'Casa Ejemplo',
    address: 'Casa Ejemplo, Calle Ejemplo 9, Roma Nte., CDMX',
  });

  it('keeps one, with the real title, whichever is listed first', () => {
    expect(dedupeWithinSource([tba, talk]).map((e) => e.title)).toEqual([talk.title]);
    expect(dedupeWithinSource([talk, tba]).map((e) => e.title)).toEqual([talk.title]);
  });

  it('keeps both at another place, at another time, or when both titles are real', () => {
    const elsewhere = { ...tba, venue: 'Foro Otro', address: 'Foro Otro, Avenida Distinta 200, Coyoacán' };
    expect(dedupeWithinSource([elsewhere, talk])).toHaveLength(2);
    expect(dedupeWithinSource([{ ...tba, start: minutes(60) }, talk])).toHaveLength(2);
    const otherTalk = { ...tba, title: 'Ejemplo AI|Visión por computadora|México|Ciudad de México' };
    expect(dedupeWithinSource([otherTalk, talk])).toHaveLength(2);
  });
});

// Lesson from a PyCon schedule export: a day's workshop listed 10:30–12:00 and again 12:30–16:00, either side of its lunch.
describe('dedupeWithinSource: one session split around a break', () => {
  const url = 'https://conf.example/sprouts/';
  const room = { venue: 'Lab Wing (Room 2)', address: 'Lab Wing (Room 2)' };
  const part = (uid: string, from: number, to: number, over: Partial<Parameters<typeof incoming>[0]> = {}) =>
    incoming({ sourceUid: uid, title: 'Sprouts Workshop', url, ...room, start: minutes(from), end: minutes(to), ...over });
  const spans = (events: ReturnType<typeof incoming>[]) =>
    dedupeWithinSource(events).map((e) => [e.sourceUid, e.start.toISOString(), e.end?.toISOString() ?? null]);
  const iso = (n: number) => minutes(n).toISOString();

  it.each([
    [
      'two parts 30 minutes apart are one event from the first start to the last end',
      [part('am', 0, 90), part('pm', 120, 330)],
      [['am', iso(0), iso(330)]],
    ],
    ['three parts across two breaks are one', [part('a', 0, 60), part('b', 75, 150), part('c', 210, 300)], [['a', iso(0), iso(300)]]],
    ['both with no link are one', [part('am', 0, 90, { url: null }), part('pm', 120, 240, { url: null })], [['am', iso(0), iso(240)]]],
    [
      'a matinée and an evening show hours apart stay two',
      [part('mat', 0, 150), part('eve', 330, 480)],
      [
        ['mat', iso(0), iso(150)],
        ['eve', iso(330), iso(480)],
      ],
    ],
    [
      'a weekly series stays one event a week',
      [part('w1', 0, 120), part('w2', 7 * 1440, 7 * 1440 + 120)],
      [
        ['w1', iso(0), iso(120)],
        ['w2', iso(7 * 1440), iso(7 * 1440 + 120)],
      ],
    ],
    [
      'another room stays apart',
      [part('am', 0, 90), part('pm', 120, 240, { venue: 'Main Hall', address: 'Main Hall' })],
      [
        ['am', iso(0), iso(90)],
        ['pm', iso(120), iso(240)],
      ],
    ],
    [
      'another link stays apart',
      [part('am', 0, 90), part('pm', 120, 240, { url: 'https://conf.example/other/' })],
      [
        ['am', iso(0), iso(90)],
        ['pm', iso(120), iso(240)],
      ],
    ],
    // sweep t24: a venue's three 45-minute toddler classes each morning had been one 11:15–13:45 event
    [
      'repeats of one short slot stay apart (three 45-minute classes)',
      [part('c1', 0, 45), part('c2', 60, 105), part('c3', 120, 165)],
      [
        ['c1', iso(0), iso(45)],
        ['c2', iso(60), iso(105)],
        ['c3', iso(120), iso(165)],
      ],
    ],
    [
      'two screenings of one film, 30 minutes apart, stay two',
      [part('s1', 0, 120), part('s2', 150, 270)],
      [
        ['s1', iso(0), iso(120)],
        ['s2', iso(150), iso(270)],
      ],
    ],
    ['a long session split into two equal halves is one', [part('am', 0, 180), part('pm', 240, 420)], [['am', iso(0), iso(420)]]],
    [
      'occurrences of one recurring series stay apart',
      [part('show#1', 0, 45), part('show#2', 60, 105)],
      [
        ['show#1', iso(0), iso(45)],
        ['show#2', iso(60), iso(105)],
      ],
    ],
  ])('%s', (_what, events, expected) => {
    expect(spans(events)).toEqual(expected);
  });

  it('does not join across midnight (a late session and the next morning’s)', () => {
    // START is 18:30 UTC (London, March): 23:00–23:45, then 00:30 the next day.
    expect(spans([part('late', 270, 315), part('early', 360, 420)])).toHaveLength(2);
  });
});
