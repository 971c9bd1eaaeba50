import { describe, expect, it } from 'vitest';
import { previewed } from './test-sites.js';

// Lesson from the UNL Event Publisher's RSS template: it writes "Thursday, March 5th<abbr …>4:00 pm</abbr>"
// with no space, so the stripped text is "March 5th4:00 pm". The event was read as the Thursday after the
// item's publish date, at noon, and posted a month early.

const item = (id: string, title: string, when: string) => `<item>
<title>${title}</title>
<link>https://calendar.example.edu/e/${id}</link>
<guid>https://calendar.example.edu/e/${id}</guid>
<pubDate>Mon, 02 Feb 2026 09:00:00 -0600</pubDate>
<description>${escape(`<p>${when}</p><p>Location: Prairie Hall, 40 Elm Street, Lincoln, NE 68508</p>`)}</description>
</item>`;

const escape = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Campus events</title><link>https://calendar.example.edu/</link><description>Events</description>
${item('1', 'Seminar: Soil and Water', 'Thursday, March 5th<abbr class="dtstart" title="2026-03-05T16:00:00-06:00">4:00 pm</abbr>')}
${item('2', 'Poetry reading', 'Monday, March 2nd<span class="time">7:30 pm</span>')}
${item('3', 'Choir concert', 'Friday, 6 March<abbr class="dtstart">4:00 pm</abbr>')}
</channel></rss>`;

describe('ingest: an RSS item whose date is glued to its time by markup', () => {
  const row = previewed(
    { url: 'https://calendar.example.edu/rss', body: FEED, type: 'application/rss+xml' },
    'Lincoln, Nebraska',
    25,
    new Date('2026-02-03T00:00:00Z'),
  );

  it('posts the event on the day and at the time written', () => {
    expect(row('Seminar: Soil and Water')).toMatchObject({ verdict: 'post', timezone: 'America/Chicago', allDay: false });
    expect(row('Seminar: Soil and Water').start).toEqual(new Date('2026-03-05T22:00:00Z')); // Thu 5 March, 16:00 CST
    expect(row('Poetry reading').start).toEqual(new Date('2026-03-03T01:30:00Z')); // Mon 2 March, 19:30 CST
    expect(row('Choir concert').start).toEqual(new Date('2026-03-06T22:00:00Z')); // "6 March4:00 pm": Fri 6 March, 16:00 CST
  });
});
