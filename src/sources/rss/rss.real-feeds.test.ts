import { expect, it } from 'vitest';
import { ctx, okOutcome, view } from '../text/test-helpers.js';
import { parseFeed } from './index.js';

// Lesson from a college-athletics calendar feed (issue #8), on a synthetic feed of our own:
// .NET writes the RSS event module's dates with seven fractional digits, and a second,
// local copy of the time in its own namespace that must not win over the UTC one.
it('reads event-module dates with seven fractional digits as the instant they state', async () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/" xmlns:s="http://sports.example/schemas/cal_rss/1.0/">
<channel><title>State Athletics</title><link>https://athletics.example</link>
<item><title>4/11 7:00 PM Baseball vs Rivals</title><link>https://athletics.example/calendar.aspx?game_id=1</link>
<guid isPermaLink="true">https://athletics.example/calendar.aspx?game_id=1</guid>
<ev:location>Columbia, Mo.</ev:location>
<ev:startdate>2026-04-12T00:00:00.0000000Z</ev:startdate><ev:enddate>2026-04-12T03:00:00.0000000Z</ev:enddate>
<s:localstartdate>2026-04-11T19:00:00.0000000</s:localstartdate>
</item></channel></rss>`;
  const [event] = okOutcome(await parseFeed(xml, ctx('https://athletics.example/calendar.rss'))).events.map(view);
  expect(event).toMatchObject({
    start: '2026-04-12T00:00:00.000Z',
    end: '2026-04-12T03:00:00.000Z',
    floating: false,
    locationText: 'Columbia, Mo.',
  });
});
