import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a Meetup hiking group's iCal feed, on a synthetic one of our own: LOCATION is empty, and the
// description heads the trailhead in Markdown bold ("**Where We Meet/Important Directions**") with the park and
// its address under it, and a café for after the hike further down. The heading was not read, so the title's
// "at Hollow Oak" became the venue, placed at the channel's town 0.0 km away, and posted within 10 km.

const NOW = new Date('2026-05-05T12:00:00Z');

const hike = (uid: string, day: string, summary: string, description: string) => [
  `UID:${uid}@hikers.example`,
  'DTSTAMP:20260101T000000Z',
  `DTSTART;TZID=America/Los_Angeles:202605${day}T083000`,
  `SUMMARY:${summary}`,
  `DESCRIPTION:${description}`,
];

const FEED = calendar(
  ['X-WR-CALNAME:Example Hikers', 'X-WR-TIMEZONE:America/Los_Angeles'],
  [
    hike(
      'h1',
      '09',
      'Ridge Loop at Hollow Oak',
      'Example Hikers\\nA loop through the oaks.\\n\\n**Where We Meet/Important Directions**\\nHollow Oak Park\\n' +
        '2605 Example Canyon Road\\, Kenwood\\, CA 95452\\n**Get there early! The lot fills up.**\\n\\n' +
        '**After Hike Coffee/Food**\\nExample Bakery\\n52 Sample Circle\\nSanta Rosa\\, CA 95409',
    ),
    hike(
      'h2',
      '16',
      'Creek Walk',
      'Example Hikers\\n**WHERE**: Example Preserve\\, 100 Sample Rd\\, Sonoma\\, CA 95476\\n\\n**WHEN**: 8:30',
    ),
    hike('h3', '23', 'Trail by the usual hares', 'Example Hikers\\n**WHERE:** Same as it ever was\\n**WHEN:** 2pm gather'),
  ],
);

describe('ingest: a place labelled in Markdown bold in the description', () => {
  const row = previewed({ url: 'https://hikers.example/events.ics', body: FEED, type: 'text/calendar' }, 'Santa Rosa, CA', 10, NOW);

  it('reads the place under a bold heading, not the title or the café further down', () => {
    expect(row('Ridge Loop at Hollow Oak')).toMatchObject({
      verdict: 'skip',
      reason: 'outside-region',
      locality: 'Kenwood',
    });
    expect(row('Ridge Loop at Hollow Oak').distanceKm).toBeGreaterThan(10);
  });

  it('reads a bold label with its colon after the bold', () => {
    expect(row('Creek Walk')).toMatchObject({ verdict: 'skip', reason: 'outside-region', locality: 'Sonoma' });
  });

  it('takes "same as it ever was" for no place', () => {
    expect(row('Trail by the usual hares')).toMatchObject({ verdict: 'skip', lat: null });
  });
});
