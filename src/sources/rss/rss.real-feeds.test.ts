import { describe, expect, it } from 'vitest';
import { classifyAttendance } from '../../classify/attendance.js';
import { locationFromDescription } from '../../normalise/described-location.js';
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

// Lesson from a university's Campus Labs Engage feed, on a synthetic feed of our own: the event's
// facts are bare elements in a default namespace "events"; the location of an online event is its
// meeting link. Read before, the text dates alone gave events with no place ("not clear it happens
// in person").
describe('Campus Labs Engage items', () => {
  const item = (title: string, start: string, end: string, location: string, status: string) => `<item>
  <title>${title}</title><guid>https://engage.example.edu/event/${title.length}</guid>
  <description><![CDATA[<div class="h-event vevent"><div class="p-name summary">${title}</div><div><p>
  From <time class="dt-start dtstart" datetime="2030-03-08T18:30:00-05:00">Friday, March 8, 2030 6:30 PM</time>
  at <span class="p-location location">${location}</span>.</p></div></div>]]></description>
  <pubDate>Mon, 04 Mar 2030 12:00:00 GMT</pubDate>
  <start xmlns="events">${start}</start>
  <end xmlns="events">${end}</end>
  <location xmlns="events">${location}</location>
  <status xmlns="events">${status}</status>
  <host xmlns="events">Board Games Society</host>
</item>`;
  const feed = (...items: string[]) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Public Events</title><generator>Campus Labs Engage</generator>
<link>https://engage.example.edu/events</link>${items.join('\n')}</channel></rss>`;

  it('reads the start, end, venue and status from the events-namespace elements', async () => {
    const xml = feed(
      item('Games Night', 'Fri, 08 Mar 2030 23:30:00 GMT', 'Sat, 09 Mar 2030 02:00:00 GMT', 'Student Union Room 204 ', 'confirmed'),
      item('Chess Ladder', 'Sat, 09 Mar 2030 15:00:00 GMT', 'Sat, 09 Mar 2030 17:00:00 GMT', 'Library Hall', 'cancelled'),
      item(
        'Study Skills',
        'Mon, 11 Mar 2030 17:00:00 GMT',
        'Mon, 11 Mar 2030 18:00:00 GMT',
        'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc',
        'confirmed',
      ),
    );
    const [games, chess, study] = okOutcome(await parseFeed(xml, ctx('https://engage.example.edu/events.rss'))).events;
    expect(games && view(games)).toMatchObject({
      start: '2030-03-08T23:30:00.000Z',
      end: '2030-03-09T02:00:00.000Z',
      locationText: 'Student Union Room 204',
      status: 'scheduled',
    });
    expect(games && classifyAttendance(games)).toBe('in_person');
    expect(chess && view(chess)).toMatchObject({ start: '2030-03-09T15:00:00.000Z', locationText: 'Library Hall', status: 'cancelled' });
    expect(study && classifyAttendance(study)).toBe('online');
  });

  it('does not read an element of the same name outside the events namespace', async () => {
    const xml = feed(item('Games Night', 'x', 'y', 'Hall', 'confirmed').replace(/ xmlns="events"/g, ''));
    const [games] = okOutcome(await parseFeed(xml, ctx('https://engage.example.edu/events.rss'))).events;
    expect(games && view(games)).toMatchObject({ locationText: null, status: null });
  });
});

// Lesson from a university group's hand-written feed, on a synthetic feed of our own: HTML typed
// into <description> unescaped is XML to the parser, which kept only the text outside the tags
// ("Shell for beginners") — the date and the "Where:" line inside <p> were lost with their order.
it('reads HTML written unescaped into a description as its text, in order, a line per <br> and <p>', async () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Data Events</title><link>https://data.example.edu</link>
<item><title>Shell workshop</title><guid>shell-1</guid>
<description>
Shell for beginners
<p>Who: Ada Byron<br/>When: March 3, 2026, 9:15am<br/>Where: Valley Hall, Davis campus.</p>
<p>Loops &amp; redirection (&gt;, &lt;) ]]&gt; all welcome</p>
</description>
</item>
<item><title>No markup</title><guid>plain-1</guid><description>Meet on March 5, 2026 at 6pm</description></item>
</channel></rss>`;
  const out = okOutcome(await parseFeed(xml, ctx('https://data.example.edu/events.rss', 'America/Los_Angeles')));
  const [shell, plain] = out.events;
  expect(shell && view(shell)).toMatchObject({ title: 'Shell workshop', start: '2026-03-03T17:15:00.000Z' });
  expect(locationFromDescription(shell?.description ?? null)).toBe('Valley Hall, Davis campus');
  expect(plain && view(plain)).toMatchObject({ start: '2026-03-06T02:00:00.000Z', description: 'Meet on March 5, 2026 at 6pm' });
});
