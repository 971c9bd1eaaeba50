import { describe, expect, it } from 'vitest';
import { previewed } from './test-sites.js';

// A public library's Springshare LibCal RSS, on a synthetic feed of our own: each item's time, branch and
// room are libcal: elements; its description says only "Date: …". Every event had been all day with no place.

const NOW = new Date('2026-05-01T00:00:00Z');

const item = (id: number, title: string, date: string, start: string, end: string, campus: string, room: string) =>
  `<item><title>${title}</title><link>https://events.library.example/event/${id}</link><guid>https://events.library.example/event/${id}</guid>
   <description>&lt;strong&gt;Date:&lt;/strong&gt; a spring day&lt;br/&gt;</description>
   <libcal:date>${date}</libcal:date><libcal:start>${start}</libcal:start><libcal:end>${end}</libcal:end>
   <libcal:campus>${campus}</libcal:campus><libcal:location>${room}</libcal:location></item>`;

const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:libcal="https://libcal.com/rss_xmlns.php"><channel>
<title>Events - Boulder Creek Libraries</title><link>https://events.library.example/calendar</link>
${item(1, 'Teen Chess Club', '2026-05-06', '16:00:00', '17:30:00', 'Main Library', 'Room B')}
${item(2, 'Plant Swap', '2026-05-09', '00:00:00', '23:59:59', 'Northside Branch', '')}
${item(3, 'Poetry Night', '2026-05-12', '19:00:00', '20:00:00', 'Main Library', 'Online')}
</channel></rss>`;

describe('ingest: a library’s LibCal RSS', () => {
  const row = previewed(
    { url: 'https://events.library.example/rss.php', body: FEED, type: 'application/rss+xml' },
    'Boulder, Colorado',
    25,
    NOW,
  );

  it('posts an event at its local time in its room and branch, placed at the feed’s home', () => {
    expect(row('Teen Chess Club')).toMatchObject({
      verdict: 'post',
      attendance: 'in_person',
      allDay: false,
      start: new Date('2026-05-06T22:00:00Z'), // 16:00 MDT
      end: new Date('2026-05-06T23:30:00Z'),
      timezone: 'America/Denver',
      address: 'Room B, Main Library',
      locality: 'Boulder',
    });
  });

  it('posts a branch’s all-day entry as that day, at the branch named alone', () => {
    expect(row('Plant Swap')).toMatchObject({
      verdict: 'post',
      allDay: true,
      start: new Date('2026-05-09T06:00:00Z'),
      venue: 'Northside Branch',
    });
  });

  it('does not post an event whose room is "Online"', () => {
    expect(row('Poetry Night')).toMatchObject({ verdict: 'skip', reason: 'online', attendance: 'online' });
  });
});
