import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lesson from a real scout pack's calendar (Scoutbook's export), on a synthetic one of our own: one campout
// at "Camp … BSA", another at "Camp …: <street> Belton, TX". The first was posted at the pack's home town,
// 0 km from the channel, though the feed had placed the camp 90 km away.

const NOW = new Date('2025-10-01T00:00:00Z');

const event = (uid: string, start: string, summary: string, location: string) => [
  `UID:${uid}@scouts.example`,
  'DTSTAMP:20250901T000000Z',
  `DTSTART:${start}`,
  `SUMMARY:${summary}`,
  `LOCATION:${location}`,
];

const ICS = calendar(
  ['X-WR-CALNAME:Pack 777 (Family)'],
  [
    event('campout', '20251115T140000Z', 'Fall Campout - Pack 777', 'Camp Wolf Creek BSA'),
    event('meeting', '20251020T230000Z', 'Pack Meeting', 'Maple Elementary Cafeteria'),
    event('woods', '20261024T130000Z', 'Webelos Woods', 'Camp Wolf Creek: 2603 Example Dr Belton, TX 76513'),
  ],
);

describe('ingest: a venue written with an organisation’s acronym after it', () => {
  const row = previewed({ url: 'https://scouts.example/pack.ics', body: ICS, type: 'text/calendar' }, 'Austin, Texas, USA', 50, NOW);

  it('is the venue the feed placed elsewhere: the campout is at the camp, outside an Austin channel', () => {
    expect(row('Fall Campout - Pack 777')).toMatchObject({ verdict: 'skip', placedBy: 'venue', locality: 'Belton', country: 'US' });
  });

  it('the pack’s meeting at a venue the feed did not place is still at its home town and posted', () => {
    expect(row('Pack Meeting')).toMatchObject({ verdict: 'post', placedBy: 'home-area' });
  });
});
