import { describe, expect, it } from 'vitest';
import { previewed } from './test-sites.js';

// A campus calendar's Trumba RSS, on synthetic feeds of our own in Trumba's shape: the date written in prose
// on the description's first line, the place only in "Campus location" / "Campus room" fields (a map link with
// the building's coordinates on the location), and an event already under way listed under the day it began
// (`<category>2015/11/09 (Mon)</category>`) as "Ongoing through …". Invented campus, buildings and points.

const NOW = new Date('2015-12-06T08:00:00Z');
const REGION = 'Spokane, Washington';

/** An item as Trumba writes one; `body` is the description's HTML as it appears in the description. */
const item = (id: number, title: string, day: string, body: string) =>
  `<item><title>${title}</title><description>${body}</description>
   <link>https://calendar.example.edu/events?trumbaEmbed=view%3devent%26eventid%3d${id}</link>
   <category>${day}</category><guid isPermaLink="false">http://uid.trumba.example/event/${id}</guid></item>`;

const feed = (items: string) =>
  `<rss xmlns:x-trumba="http://schemas.trumba.com/rss/x-trumba" version="2.0"><channel>
<title>Example State University Events</title><link>https://calendar.example.edu/</link><description/><language>en-us</language>
${items}
</channel></rss>`;

/** HTML escaped into XML text, as Trumba sends it. */
const escaped = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const MAP = (lat: number, lon: number) => `<a href="http://maps.google.com/maps?q=${lat},${lon}&amp;z=18" target="_blank">`;

describe('ingest: a Trumba RSS place in "Campus location" / "Campus room" fields', () => {
  const items = [
    item(
      1,
      'Chemistry Study Table',
      '2015/12/07 (Mon)',
      escaped(
        'Monday, Dec. 7, 2015, 10&nbsp;&ndash;&nbsp;11&nbsp;a.m.&nbsp;PST <br/><br/>Bring your questions. <br/><br/>' +
          `<b>Campus location</b>:&nbsp;${MAP(47.6671, -117.4022)}Kestrel Hall (KES)</a> <br/><b>Campus room</b>:&nbsp;214 <br/>` +
          '<b>Event types</b>:&nbsp;Academics <br/><br/>',
      ),
    ),
    item(
      2,
      'Poetry Circle',
      '2015/12/08 (Tue)',
      escaped(
        'Tuesday, Dec. 8, 2015, 4&nbsp;&ndash;&nbsp;5&nbsp;p.m.&nbsp;PST <br/><br/>' +
          `<b>Event location</b>:&nbsp;${MAP(47.6652, -117.4051)}Heron Library (HLB)</a> <br/><b>Room</b>:&nbsp;3rd floor reading room <br/><br/>`,
      ),
    ),
    // The fields run on after the date on one line, in <strong>, with no map link.
    item(
      3,
      'Jazz Ensemble Rehearsal',
      '2015/12/09 (Wed)',
      escaped(
        'Wednesday, Dec. 9, 2015, 7&nbsp;&ndash;&nbsp;9&nbsp;p.m.&nbsp;PST | <strong>Building</strong>: Osprey Music Center <strong>Room</strong>: 120',
      ),
    ),
  ].join('\n');
  const row = previewed(
    { url: 'https://calendar.example.edu/rss/campus.rss', body: feed(items), type: 'application/rss+xml' },
    REGION,
    25,
    NOW,
  );

  it.each([
    ['Chemistry Study Table', 'Kestrel Hall (KES), Room 214', 'Kestrel Hall', { lat: 47.6671, lon: -117.4022 }],
    ['Poetry Circle', 'Heron Library (HLB), 3rd floor reading room', 'Heron Library', { lat: 47.6652, lon: -117.4051 }],
    ['Jazz Ensemble Rehearsal', 'Osprey Music Center, Room 120', 'Osprey Music Center', {}],
  ])('posts "%s" in person at %s', (title, address, venue, point) => {
    expect(row(title)).toMatchObject({ verdict: 'post', attendance: 'in_person', address, venue, locality: 'Spokane', ...point });
  });
});

describe('ingest: a Trumba RSS item "Ongoing through <date>", listed under the day it began', () => {
  const place = `<br/><br/><b>Campus location</b>:&nbsp;${MAP(47.6671, -117.4022)}Kestrel Hall (KES)</a> <br/>`;
  const items = [
    item(11, 'Student Print Exhibition', '2015/11/09 (Mon)', escaped(`Ongoing through Monday, Dec. 14, 2015 ${place}`)),
    item(12, 'Alumni Photo Show', '2015/12/01 (Tue)', escaped(`Ongoing thru Dec. 18 ${place}`)),
  ].join('\n');
  const row = previewed(
    { url: 'https://calendar.example.edu/rss/ongoing.rss', body: feed(items), type: 'application/rss+xml' },
    REGION,
    25,
    NOW,
  );

  it.each([
    // 9 Nov to 14 Dec, all day in Pacific time (the end is the morning after the last day), not the one day 14 Dec.
    ['Student Print Exhibition', '2015-11-09T08:00:00Z', '2015-12-15T08:00:00Z'],
    ['Alumni Photo Show', '2015-12-01T08:00:00Z', '2015-12-19T08:00:00Z'],
  ])('reads "%s" as running from its listed day through the last day its text gives', (title, start, end) => {
    expect(row(title)).toMatchObject({ allDay: true, start: new Date(start), end: new Date(end), verdict: 'post' });
  });
});

describe('ingest: Trumba RSS with raw HTML bodies and a bare "&" in a title', () => {
  // As a hand-copied feed has it: the descriptions' HTML unescaped, one title with an "&" no one escaped.
  const items = [
    item(
      21,
      'Citations & Cocoa',
      '2015/12/07 (Mon)',
      'Monday, Dec. 7, 2015, 1&nbsp;&ndash;&nbsp;3&nbsp;p.m.&nbsp;PST <br/><br/>Bring a laptop.',
    ),
    item(
      22,
      'Accounting Workshop',
      '2015/12/07 (Mon)',
      'Monday, Dec. 7, 2015, 3&nbsp;&ndash;&nbsp;4&nbsp;p.m.&nbsp;PST <br/><br/>All welcome.',
    ),
  ].join('\n');
  const row = previewed(
    { url: 'https://calendar.example.edu/rss/raw.rss', body: feed(items), type: 'application/rss+xml' },
    REGION,
    25,
    NOW,
  );

  it.each([
    ['Citations & Cocoa', '2015-12-07T21:00:00Z', '2015-12-07T23:00:00Z'],
    ['Accounting Workshop', '2015-12-07T23:00:00Z', '2015-12-08T00:00:00Z'],
  ])('reads the time range of "%s" through the entities of its HTML', (title, start, end) => {
    expect(row(title)).toMatchObject({ allDay: false, start: new Date(start), end: new Date(end) });
  });
});
