import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a worldwide Luma aggregator, on a synthetic calendar of our own: Luma writes an "Address:" block only
// for an in-person event, and when only guests may see the venue, the block says "Check event page for more
// details.", LOCATION is the event's Luma page and there is no GEO. Such events had been skipped as "not clear it
// happens in person" even in their own city, and shown in the calendar's zone (New York's) wherever they were.

const NOW = new Date('2026-04-01T00:00:00Z');
const hidden = (uid: string, start: string, summary: string) => [
  `UID:evt-${uid}@events.lu.ma`,
  'DTSTAMP:20260301T000000Z',
  `DTSTART:${start}`,
  `SUMMARY:${summary}`,
  `DESCRIPTION:Get up-to-date information at: https://luma.com/${uid}\\n\\nAddress:\\nCheck event page for more details.\\n\\nHosted by Example`,
  `LOCATION:https://luma.com/event/evt-${uid}`,
];

const FEED = {
  url: 'https://events.example/luma-aggregate.ics',
  type: 'text/calendar',
  body: calendar(
    ['X-WR-CALNAME:Example Tech Events — Aggregated', 'X-WR-TIMEZONE:America/New_York'],
    [
      hidden('slc', '20260509T163000Z', 'Example Coffee Salt Lake City'),
      hidden('ktm', '20260412T031500Z', 'Example Kathmandu Buildathon'),
      hidden('book', '20260510T170000Z', 'Reading group'),
    ],
  ),
};

describe('ingest: a Luma in-person event whose address only guests see', () => {
  const inSaltLake = previewed(FEED, 'Salt Lake City, USA', 50, NOW);

  it('is posted in person in the city its title ends with, at that city’s time', () => {
    const row = inSaltLake('Example Coffee Salt Lake City');
    expect(row).toMatchObject({ verdict: 'post', attendance: 'in_person', locality: 'Salt Lake City', country: 'US' });
    expect(row.timezone).toBe('America/Denver');
  });

  it('is in the big city its title names anywhere, not near the feed’s home', () => {
    expect(inSaltLake('Example Kathmandu Buildathon')).toMatchObject({ verdict: 'skip', reason: 'outside-region', locality: 'Kathmandu' });
  });

  it('is in person but unplaced when its title names no city ("Reading group" is not Reading)', () => {
    expect(inSaltLake('Reading group')).toMatchObject({ verdict: 'skip', reason: 'unknown-place', attendance: 'in_person', lat: null });
  });
});

describe('ingest: the same feed for a channel in Kathmandu', () => {
  const inKathmandu = previewed(FEED, 'Kathmandu, Nepal', 50, NOW);

  it('posts the Kathmandu event there, shown in Kathmandu’s zone, not the calendar’s', () => {
    const row = inKathmandu('Example Kathmandu Buildathon');
    expect(row).toMatchObject({ verdict: 'post', attendance: 'in_person', locality: 'Kathmandu', country: 'NP' });
    expect(row.timezone).toBe('Asia/Kathmandu');
    expect(row.start.toISOString()).toBe('2026-04-12T03:15:00.000Z');
  });
});
