/** Meetup group RSS items, both layouts, from our own synthetic fixture. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './index.js';

const xml = readFileSync(new URL('./fixtures/meetup-group-rss.xml', import.meta.url), 'utf8');
const ctx = {
  sourceUrl: 'https://www.meetup.com/brumtown-coders/events/rss/',
  now: new Date('2027-01-02T00:00:00Z'),
  horizonEnd: new Date('2027-12-31T00:00:00Z'),
  defaultTimezone: 'Europe/London',
};

describe('Meetup group RSS', async () => {
  const out = await parseFeed(xml, ctx);
  if (!out.ok) throw new Error(out.reason);

  it('states the channel title and description as feed facts', () => {
    expect(out.feed).toEqual({
      name: 'Events - Brumtown Coders',
      description: 'Talks and pizza for coders around Brumtown',
      timezone: null,
    });
  });

  it.each([
    // Newer layout: the group name and the date come first; the venue sits before the RSVP count.
    ['Lightning talks night', 'The Copper Kettle - 12 Mill Lane - Birmingham B1 1AA', null, '2027-01-14T18:30:00.000Z'],
    ['Remote pairing hour', null, 'online', '2027-01-21T19:00:00.000Z'],
    ['Code review clinic (online)', null, 'online', '2027-02-04T19:00:00.000Z'],
    // Older layout: the venue sits right before the date.
    ['Hack day', 'Ledger Library, Birmingham B2 4QA - United Kingdom', null, '2027-02-06T10:00:00.000Z'],
  ])('%s → location %j, attendance %j, start %s', (title, location, mode, start) => {
    const e = out.events.find((x) => x.title === title)!;
    expect([e.locationText, e.attendanceMode, e.start.toISOString()]).toEqual([location, mode, start]);
  });

  it('never takes the group name for the venue', () => {
    expect(out.events.map((e) => e.locationText)).not.toContain('Brumtown Coders');
  });
});
