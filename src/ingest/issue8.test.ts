import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWithOffset } from '../core/time.js';
import { resolveRegion } from '../place/index.js';
import { previewUrl, type PreviewResult } from './preview.js';
import { calendar, ingestDeps, Sites } from './test-sites.js';

// Issue #8's classes of error, each through the whole ingest path (fetch → parse → classify → place →
// normalise → dedupe → verdict) on a synthetic calendar of our own modelled on the real form.

const NOW = new Date('2026-11-20T10:00:00Z');

const vevent = (uid: string, start: string, summary: string, extra: string[] = []) => [
  `UID:${uid}@issue8.example`,
  'DTSTAMP:20261101T000000Z',
  `DTSTART${start}`,
  `SUMMARY:${summary}`,
  ...extra,
];

const FEEDS: Record<string, string> = {
  // No zone anywhere: the times are the venue's wall clock (an Upcoming-style export).
  '/portland.ics': calendar(
    [],
    [
      vevent('zip-us', ':20261203T183000', 'Hack night', ['LOCATION:Free Shed\\, 1731 SE 10th Ave\\, Portland\\, OR 97214 US']),
      vevent('state-zip', ':20261204T183000', 'Soldering', ['LOCATION:Hall 2\\, 1731 SE 10th Ave\\, Portland\\, Oregon 97214']),
      vevent('cube', ':20261205T183000', 'Board games', ['LOCATION:CubeSpace']),
      vevent('cube-full', ':20261206T183000', 'Code review', ['LOCATION:CubeSpace\\, 622 SE Grand Ave\\, Portland\\, OR 97214']),
      vevent('jive', ':20261207T183000', 'Mobile night', ['LOCATION:Jive Software']),
    ],
  ),
  // A festival listing: a venue abroad that no gazetteer town names, previewed near London.
  '/festivals.ics': calendar(
    [],
    [vevent('waldsee', ':20270612T200000', 'Open air night', ['LOCATION:Festivalgelände am Waldsee\\, Germany'])],
  ),
  // One source listing one event twice, under two ids (a listing site's festival day and concert).
  '/twice.ics': calendar(
    ['X-WR-TIMEZONE:Europe/London'],
    [
      vevent('a', ';TZID=Europe/London:20261210T190000', 'The Invented Band', ['LOCATION:O2 Academy\\, 16 Horsefair\\, Birmingham B1 1DB']),
      vevent('b', ';TZID=Europe/London:20261210T190000', 'The Invented Band', [
        'LOCATION:O2 Academy\\, 16 Horsefair\\, Birmingham B1 1DB',
        'DESCRIPTION:Doors 7pm. Support from The Examples.',
      ]),
    ],
  ),
};

describe('ingest: issue #8 on synthetic calendars', () => {
  const sites = new Sites();
  const preview = async (path: string, near: string): Promise<Extract<PreviewResult, { ok: true }>> => {
    const region = resolveRegion(near, { radiusKm: 50 });
    if (!region.ok) throw new Error(region.error.message);
    const p = await previewUrl(`https://issue8.example${path}`, ingestDeps(sites), region.value, NOW);
    if (!p.ok) throw new Error(p.message);
    return p;
  };
  const event = (p: Extract<PreviewResult, { ok: true }>, title: string) => {
    const row = p.rows.find((r) => r.event.title === title);
    if (!row) throw new Error(`no "${title}"`);
    return { ...row.event, start: isoWithOffset(row.event.start, row.event.timezone), verdict: row.verdict, reason: row.reason };
  };
  beforeAll(async () => {
    await sites.start();
    for (const [path, body] of Object.entries(FEEDS)) sites.page('issue8.example', path, body, 'text/calendar');
  });
  afterAll(() => sites.close());

  it.each([
    ['"…, OR 97214 US" (never the French village of Us)', 'Hack night', '2026-12-03T18:30:00-08:00'],
    ['"…, Oregon 97214" (never Oregon, Ohio)', 'Soldering', '2026-12-04T18:30:00-08:00'],
  ])('a US address %s is in Portland, and its floating time is Portland time', async (_, title, start) => {
    const p = await preview('/portland.ics', 'Portland, Oregon');
    expect(event(p, title)).toMatchObject({
      placedBy: 'address',
      locality: 'Portland',
      country: 'US',
      timezone: 'America/Los_Angeles',
      start,
      verdict: 'post',
    });
  });

  it('a venue that names no town takes the place the same feed gave it in another event', async () => {
    const p = await preview('/portland.ics', 'Portland, Oregon');
    expect(event(p, 'Board games')).toMatchObject({ placedBy: 'venue', locality: 'Portland', start: '2026-12-05T18:30:00-08:00' });
    expect(p.home?.label).toMatch(/^Portland, Oregon/);
  });

  it('a venue the feed never placed is in the feed’s home area, and its floating time is the home’s time', async () => {
    const p = await preview('/portland.ics', 'Portland, Oregon');
    expect(p.home).toMatchObject({ basis: 'events', timezone: 'America/Los_Angeles' });
    expect(event(p, 'Mobile night')).toMatchObject({ placedBy: 'home-area', start: '2026-12-07T18:30:00-08:00', verdict: 'post' });
  });

  it('an unplaceable venue abroad is shown in its own country’s zone, not the channel’s', async () => {
    const p = await preview('/festivals.ics', 'London');
    expect(event(p, 'Open air night')).toMatchObject({
      placedBy: 'calendar',
      country: 'DE',
      timezone: 'Europe/Berlin',
      start: '2027-06-12T20:00:00+02:00',
      reason: 'unknown-place',
    });
  });

  it('one event listed twice under two ids is kept once, and preview says so', async () => {
    const p = await preview('/twice.ics', 'Birmingham, UK');
    expect(p.rows.map((r) => [r.event.title, r.verdict])).toEqual([['The Invented Band', 'post']]);
    expect(p.duplicates).toBe(1);
  });
});
