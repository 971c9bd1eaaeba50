import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, ingestDeps, previewed, Sites, vevent } from './test-sites.js';
import { resolveRegion } from '../place/index.js';
import { previewUrl } from './preview.js';

// Lesson from a real Munich venue's event page: it names its park only as "Olympiapark München" and its stage as
// "Theatron". With no address to go on, its home had been the Hamburg channel's region, and the stage was posted
// there "0.0 km" away.

const NOW = new Date('2026-09-13T00:00:00Z');

const event = (uid: string, start: string, summary: string, location: string) =>
  vevent(uid, `DTSTART;TZID=Europe/Berlin:${start}`, summary, location);

describe('ingest: a feed whose only place is the town in a venue’s name', () => {
  const park = calendar(
    ['X-WR-CALNAME:Parkprogramm'],
    [event('fest', '20260927T100000', 'Stadtfest', 'Olympiapark München'), event('tanz', '20261003T150000', 'Tanzabend', 'Theatron')],
  );
  const row = previewed({ url: 'https://park.example/events.ics', body: park, type: 'text/calendar' }, 'Hamburg, Germany', 50, NOW);

  it('is at home in Munich, so its stage is not posted in Hamburg', () => {
    expect(row('Stadtfest')).toMatchObject({ locality: 'Munich', verdict: 'skip', reason: 'outside-region' });
    expect(row('Tanzabend')).toMatchObject({ placedBy: 'home-area', locality: 'Munich', verdict: 'skip', reason: 'outside-region' });
  });
});

// Lesson from a real PyCon AU schedule: every talk is in Adelaide's zone, in a room ("Hall C (Plenary)"). A Melbourne
// channel had been sent the talks "0.0 km" away.
describe('ingest: a conference schedule whose talks are in another zone than the channel’s', () => {
  const talk = (uid: string, start: string, summary: string, room: string) =>
    vevent(uid, `DTSTART;TZID=Australia/Adelaide:${start}`, summary, room);
  const schedule = calendar(
    ['X-WR-CALNAME:Conference talks'],
    [talk('keynote', '20230818T090000', 'Opening keynote', 'Hall C (Plenary)'), talk('second', '20230818T110000', 'Second talk', 'Room 2')],
  );
  const row = previewed(
    { url: 'https://conf.example/talks.ics', body: schedule, type: 'text/calendar' },
    'Melbourne, Australia',
    50,
    new Date('2023-08-01T00:00:00Z'),
  );

  it('does not post a room as if it were in Melbourne', () => {
    expect(row('Opening keynote')).toMatchObject({ placedBy: 'none', verdict: 'skip' });
  });
});

// Lesson from a real university society's feed: it names itself (and its town) only with RFC 7986's NAME, and every
// event is a room or a pub. The name is as good a clue to where it is as an X-WR-CALNAME.
describe('ingest: a calendar named by RFC 7986 NAME', () => {
  const sites = new Sites();
  const at = (uid: string, start: string, summary: string, location: string) => vevent(uid, `DTSTART:${start}`, summary, location);
  const events = [
    at('talk', '20271012T180000', 'Robotics talk', 'Room 2.04'),
    at('quiz', '20271019T193000', 'Quiz night', 'The Copper Kettle'),
  ];
  let named: Awaited<ReturnType<typeof previewUrl>>;
  let wr: Awaited<ReturnType<typeof previewUrl>>;
  beforeAll(async () => {
    await sites.start();
    sites.page('society.example', '/named.ics', calendar(['NAME:Robotics Society in Bristol'], events), 'text/calendar');
    sites.page('society.example', '/wr.ics', calendar(['X-WR-CALNAME:Robotics Society in Bristol'], events), 'text/calendar');
    const london = resolveRegion('London, UK', { radiusKm: 50 });
    if (!london.ok) throw new Error(london.error.message);
    const now = new Date('2027-10-01T00:00:00Z');
    named = await previewUrl('https://society.example/named.ics', ingestDeps(sites), london.value, now);
    wr = await previewUrl('https://society.example/wr.ics', ingestDeps(sites), london.value, now);
  });
  afterAll(() => sites.close());

  it('shows the feed under its name and places its rooms in the town it names, as X-WR-CALNAME does', () => {
    if (!named.ok || !wr.ok) throw new Error('preview failed');
    expect(named.title).toBe('Robotics Society in Bristol');
    expect(named.home).toMatchObject({ basis: 'calendar', label: wr.home?.label });
    expect(named.rows.map((r) => [r.event.title, r.event.locality, r.verdict])).toEqual([
      ['Robotics talk', 'Bristol', 'skip'],
      ['Quiz night', 'Bristol', 'skip'],
    ]);
  });
});
