/** Songkick-style venue page (our own synthetic fixture): several events, date-only ends. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonLdPage } from './index.js';

const page = readFileSync(new URL('./fixtures/songkick-style-venue-page.html', import.meta.url), 'utf8');
const ctx = {
  sourceUrl: 'https://tickets.example.org/venues/copper-kettle',
  now: new Date('2027-01-01T00:00:00Z'),
  horizonEnd: new Date('2028-01-01T00:00:00Z'),
};

describe('a Songkick-style page of MusicEvent and Festival nodes', () => {
  const out = parseJsonLdPage(page, ctx);
  if (!out.ok) throw new Error(out.reason);
  const byName = (n: string) => out.events.find((e) => e.title === n)!;

  it('reads every event and names the feed after the page', () => {
    expect(out.events.map((e) => e.title)).toEqual(['The Invented Band', 'Kettle Summer Weekend', 'Late Session']);
    expect(out.feed).toEqual({ name: 'Copper Kettle Hall concerts', description: null, timezone: null });
  });

  it.each([
    // A date-only end beside a timed start ends at the next local midnight in the start's offset.
    ['The Invented Band', '2027-06-12T18:30:00.000Z', '2027-06-12T23:00:00.000Z', false, false],
    // Date-only start and end: all-day over three days, the end exclusive.
    ['Kettle Summer Weekend', '2027-07-02T00:00:00.000Z', '2027-07-05T00:00:00.000Z', true, true],
    // A timed start without offset stays floating, and so does its end of day.
    ['Late Session', '2027-06-13T21:00:00.000Z', '2027-06-14T00:00:00.000Z', false, true],
  ])('%s: %s → %s (all-day %s, floating %s)', (name, start, end, allDay, floating) => {
    const e = byName(name);
    expect([e.start.toISOString(), e.end?.toISOString(), e.allDay, e.floating]).toEqual([start, end, allDay, floating]);
  });

  it('reads the Place with PostalAddress and geo, region included', () => {
    expect(byName('The Invented Band')).toMatchObject({
      venueName: 'Copper Kettle Hall',
      locality: 'Birmingham',
      region: 'West Midlands',
      postalCode: 'B1 1AA',
      country: 'GB',
      lat: 52.4791,
      lon: -1.9026,
    });
  });
});

describe('a startDate written in UTC may be the local clock (utcMayBeLocal)', () => {
  const pageOf = (...dates: [string, string?][]) => {
    const nodes = dates.map(([startDate, endDate], i) => ({ '@type': 'Event', name: `Event ${i}`, startDate, endDate }));
    const out = parseJsonLdPage(`<script type="application/ld+json">${JSON.stringify(nodes)}</script>`, ctx);
    if (!out.ok) throw new Error(out.reason);
    return out.events.map((e) => e.utcMayBeLocal);
  };

  it.each<[string, string, boolean]>([
    ['"+00:00"', '2027-03-10T19:30:00+00:00', true],
    ['"Z"', '2027-03-10T19:30:00Z', true],
    ['"+0000"', '2027-03-10T19:30:00+0000', true],
    ['a zone’s offset', '2027-03-10T19:30:00+01:00', false],
    ['no offset (floating)', '2027-03-10T19:30:00', false],
    ['a date', '2027-03-10', false],
  ])('%s', (_name, start, expected) => {
    expect(pageOf([start])).toEqual([expected]);
  });

  it('is never so on a page that writes any of its dates with a zone’s offset', () => {
    expect(pageOf(['2027-03-10T19:30:00+00:00'], ['2027-07-10T19:30:00+01:00'])).toEqual([false, false]);
    expect(pageOf(['2027-03-10T19:30:00+00:00', '2027-03-10T21:30:00+01:00'])).toEqual([false]);
  });
});
