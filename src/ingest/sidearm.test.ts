import { describe, expect, it } from 'vitest';
import { previewed } from './test-sites.js';

// A college athletics site's SIDEARM Sports calendar RSS, on a synthetic feed of our own: each title starts
// with the day and time in the US form ("8/8 7:00 PM …"), ev:location is the town, the state, then the venue
// ("Oxford, Ohio, Bobby Kramig Field"), and the description ends with a literal "\n" and the game's page.
// Posts showed the date twice, a venue called "Oxford", and the "\n".

const NOW = new Date('2026-08-01T12:00:00Z');
const HOST = 'athletics.example.edu';

interface Game {
  id: number;
  title: string;
  where: string;
  start: string;
  local?: string;
}

/** The game's page, as SIDEARM writes it in <link> (its description escapes the "&" once more). */
const page = (id: number) => `https://${HOST}/calendar.aspx?game_id=${id}&amp;sport_id=16`;

const item = ({ id, title, where, start, local }: Game) => `<item>
<title>${title}</title>
<description>${title.replace(/^\d+\/\d+ (?:\d+:\d+ [AP]M |TBA )?/, '')}\\n ${page(id).replace('&amp;', '&amp;amp;')}</description>
<link>${page(id)}</link>
<guid isPermaLink="true">${page(id)}</guid>
<ev:location>${where}</ev:location>
<ev:startdate>${start}</ev:startdate>
${local ? `<s:localstartdate>${local}</s:localstartdate>` : ''}
<s:gameid>${id}</s:gameid>
</item>`;

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/" xmlns:s="http://sidearmsports.com/schemas/cal_rss/1.0/">
<channel><title>Example University Athletics</title><link>https://${HOST}/calendar.aspx</link><description>Example University Athletics Calendar</description>
${[
  {
    id: 1,
    title: '8/8 7:00 PM Example University Women&#39;s Soccer vs Purdue Fort Wayne (Exhibition)',
    where: 'Oxford, Ohio, Bobby Kramig Field',
    start: '2026-08-08T23:00:00.0000000Z',
    local: '2026-08-08T19:00:00.0000000',
  },
  {
    id: 2,
    title: '8/16 7:00 PM Example University Women&#39;s Soccer at Middle Tennessee',
    where: 'Murfreesboro, Tenn.',
    start: '2026-08-17T00:00:00.0000000Z',
    local: '2026-08-16T19:00:00.0000000',
  },
  {
    id: 3,
    title: '8/29 Example University Men&#39;s Golf vs Virtues Intercollegiate- Virtues Golf Club',
    where: 'Oxford, Ohio',
    start: '2026-08-29',
  },
  { id: 4, title: '9/5 TBA Example University Football vs Toledo', where: 'Oxford, OH, Yager Stadium', start: '2026-09-05' },
  { id: 5, title: '9/11 Memorial Stair Climb', where: 'Oxford, Ohio, Yager Stadium', start: '2026-09-13' },
]
  .map(item)
  .join('\n')}
</channel></rss>`;

describe('ingest: a SIDEARM Sports athletics calendar', () => {
  const row = previewed(
    { url: `https://${HOST}/calendar.ashx/calendar.rss`, body: FEED, type: 'application/rss+xml' },
    'Oxford, Ohio',
    40,
    NOW,
  );

  it('posts a game under its own title, without SIDEARM’s "8/8 7:00 PM" before it', () => {
    expect(row("Example University Women's Soccer vs Purdue Fort Wayne (Exhibition)")).toMatchObject({
      verdict: 'post',
      allDay: false,
      start: new Date('2026-08-08T23:00:00Z'), // 19:00 EDT
      timezone: 'America/New_York',
    });
  });

  it('drops a "TBA" time and a day alone from the title too, and keeps a title whose leading date is not the event’s day', () => {
    expect(row('Example University Football vs Toledo')).toMatchObject({ verdict: 'post', allDay: true });
    expect(row('Example University Football vs Toledo').start).toEqual(new Date('2026-09-05T04:00:00Z'));
    expect(row("Example University Men's Golf vs Virtues Intercollegiate- Virtues Golf Club")).toMatchObject({
      verdict: 'post',
      allDay: true,
      start: new Date('2026-08-29T04:00:00Z'),
    });
    expect(row('9/11 Memorial Stair Climb')).toMatchObject({ verdict: 'post', start: new Date('2026-09-13T04:00:00Z') });
  });

  it('reads "Oxford, Ohio, Bobby Kramig Field" as the field, in Oxford, Ohio', () => {
    const game = row("Example University Women's Soccer vs Purdue Fort Wayne (Exhibition)");
    const town = row("Example University Men's Golf vs Virtues Intercollegiate- Virtues Golf Club");
    expect(game).toMatchObject({ venue: 'Bobby Kramig Field', locality: 'Oxford', country: 'US', placedBy: 'address' });
    expect({ lat: game.lat, lon: game.lon, distanceKm: game.distanceKm }).toEqual({
      lat: town.lat,
      lon: town.lon,
      distanceKm: town.distanceKm,
    });
    expect(game.distanceKm).toBeLessThan(5);
    expect(row('Example University Football vs Toledo')).toMatchObject({ venue: 'Yager Stadium', locality: 'Oxford', country: 'US' });
  });

  it('does not post an away game at "Murfreesboro, Tenn." near Oxford, and shows it in Tennessee’s time', () => {
    expect(row("Example University Women's Soccer at Middle Tennessee")).toMatchObject({
      verdict: 'skip',
      reason: 'outside-region',
      locality: 'Murfreesboro',
      timezone: 'America/Chicago',
      start: new Date('2026-08-17T00:00:00Z'), // 19:00 CDT on 16 August
    });
  });

  it('shows no literal "\\n" in the description, nor the game’s page the post already links', () => {
    const game = row("Example University Women's Soccer vs Purdue Fort Wayne (Exhibition)");
    expect(game.description).toBe("Example University Women's Soccer vs Purdue Fort Wayne (Exhibition)");
    expect(game.url).toBe(`https://${HOST}/calendar.aspx?game_id=1&sport_id=16`);
  });
});
