import { describe, expect, it } from 'vitest';
import { ctx, okOutcome, view } from '../text/test-helpers.js';
import { parseFeed } from './index.js';

// SIDEARM Sports' calendar RSS (college athletics sites), on a synthetic feed of our own: the title starts with
// "M/D time", ev:location is "town, state, venue", the description ends with a literal "\n" and the game's page.

const SIDEARM_NS = 'xmlns:s="http://sidearmsports.com/schemas/cal_rss/1.0/"';

interface Game {
  title: string;
  where?: string;
  start: string;
  local?: string;
  description?: string;
}

const item = (id: number, g: Game) => `<item><title>${g.title}</title>
  <description>${g.description ?? `${g.title.replace(/^\S+ (?:\S+ PM |All Day |TBD )?/, '')}\\n https://athletics.example.edu/calendar.aspx?game_id=${id}&amp;amp;sport_id=3`}</description>
  <link>https://athletics.example.edu/calendar.aspx?game_id=${id}&amp;sport_id=3</link>
  <ev:location>${g.where ?? 'Oxford, Ohio'}</ev:location><ev:startdate>${g.start}</ev:startdate>
  ${g.local ? `<s:localstartdate>${g.local}</s:localstartdate>` : ''}</item>`;

const feed = (ns: string, games: Game[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/" ${ns}>
  <channel><title>Athletics</title>${games.map((g, i) => item(i + 1, g)).join('')}</channel></rss>`;

async function events(xml: string) {
  const out = okOutcome(await parseFeed(xml, ctx('https://athletics.example.edu/calendar.ashx/calendar.rss', 'America/New_York')));
  return out.events.map(view);
}

const GAME = { title: '8/8 7:00 PM Women&#39;s Soccer vs Purdue Fort Wayne', start: '2026-08-08T23:00:00Z', local: '2026-08-08T19:00:00' };

describe('RSS: SIDEARM Sports items', () => {
  it('drops the "M/D time" prefix of a title when the day is the game’s, with any of SIDEARM’s times', async () => {
    const titles = (
      await events(
        feed(SIDEARM_NS, [
          GAME,
          { title: '8/9 All Day Cross Country Invitational', start: '2026-08-09' },
          { title: '8/10 TBD Volleyball at Dayton', start: '2026-08-10' },
          // No local start: 19:00 in Murfreesboro on 16 August is the 17th in UTC.
          { title: '8/16 7:00 PM Women&#39;s Soccer at Middle Tennessee', start: '2026-08-17T00:00:00Z' },
          { title: '10/3 Homecoming 5K', start: '2026-10-04' },
        ]),
      )
    ).map((e) => e.title);
    expect(titles).toEqual([
      "Women's Soccer vs Purdue Fort Wayne",
      'Cross Country Invitational',
      'Volleyball at Dayton',
      "Women's Soccer at Middle Tennessee",
      '10/3 Homecoming 5K',
    ]);
  });

  it('reads the same item as written in a feed that is not SIDEARM’s', async () => {
    const [sidearm] = await events(feed(SIDEARM_NS, [{ ...GAME, where: 'Oxford, Ohio, Bobby Kramig Field' }]));
    const [other] = await events(feed('', [{ ...GAME, where: 'Oxford, Ohio, Bobby Kramig Field' }]));
    expect(sidearm).toMatchObject({ title: "Women's Soccer vs Purdue Fort Wayne", locationText: 'Bobby Kramig Field, Oxford, Ohio' });
    expect(other).toMatchObject({
      title: "8/8 7:00 PM Women's Soccer vs Purdue Fort Wayne",
      locationText: 'Oxford, Ohio, Bobby Kramig Field',
    });
    expect(other!.description).toContain('\\n https://');
  });

  it('puts the venue first in "town, state, venue", and leaves other locations as written', async () => {
    const places = (
      await events(
        feed(SIDEARM_NS, [
          { ...GAME, where: 'Oxford, Ohio, Bobby Kramig Field' },
          { ...GAME, where: 'Lexington, Ky., Kroger Field' },
          { ...GAME, where: 'Columbus, OH, Ohio Stadium, Gate 10' },
          { ...GAME, where: 'Paul Brown Stadium, Cincinnati, Ohio' },
          { ...GAME, where: 'Oxford, Ohio, USA' },
          { ...GAME, where: 'Huntsville, Texas' },
        ]),
      )
    ).map((e) => e.locationText);
    expect(places).toEqual([
      'Bobby Kramig Field, Oxford, Ohio',
      'Kroger Field, Lexington, Ky.',
      'Ohio Stadium, Gate 10, Columbus, OH',
      'Paul Brown Stadium, Cincinnati, Ohio',
      'Oxford, Ohio, USA',
      'Huntsville, Texas',
    ]);
  });

  it('reads the literal "\\n" as a line break, and drops a last line that is the item’s own page', async () => {
    const [game, doubleheader] = await events(
      feed(SIDEARM_NS, [GAME, { ...GAME, description: 'Doubleheader\\nGame 2 follows at 3:00 PM' }]),
    );
    expect(game!.description).toBe("Women's Soccer vs Purdue Fort Wayne");
    expect(doubleheader!.description).toBe('Doubleheader\nGame 2 follows at 3:00 PM');
  });
});
