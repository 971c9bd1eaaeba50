import { describe, expect, it } from 'vitest';
import { ctx, okOutcome, view } from '../text/test-helpers.js';
import { parseFeed } from './index.js';

const NO_DATE = 'no event date in the item';
const EVENT_NS = 'xmlns:ev="http://purl.org/rss/1.0/modules/event/"';

function rss(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0" ${EVENT_NS}><channel><title>Events</title><link>https://club.example.org/</link>${items}</channel></rss>`;
}

describe('parseFeed: a Hugo site’s events section, whose page dates are the events’', () => {
  it('reads no date from Hugo’s "01 Jan 0001" publish date itself: an undated page is no event on 1 January', async () => {
    const xml = rss(
      `<item><title>Neujahrsfeier 2018</title><guid>n</guid><pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>
       <description>Bilder von unserer Feier.</description></item>`,
    );
    const out = okOutcome(await parseFeed(xml, ctx('https://club.example/events/index.xml', 'Europe/Berlin')));
    expect(out.events).toEqual([]);
    expect(out.skipped.map((s) => s.reason)).toEqual([NO_DATE]);
  });

  it('takes Hugo’s "01 Jan 0001" publish date for no date, not 2001, when reading a date in the text', async () => {
    const xml = rss(
      `<item><title>Clothes swap</title><guid>s</guid><pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>
       <description>Sunday 15th February at 13:30, at the Shrub.</description></item>`,
    );
    const [swap] = okOutcome(await parseFeed(xml, ctx('https://shrub.example/events/index.xml', 'Europe/London'))).events.map(view);
    expect(swap).toMatchObject({ start: '2026-02-15T13:30:00.000Z' });
  });

  it('reads a Hugo events section’s publish dates as the events’ dates, and no other feed’s', async () => {
    const hugo = (title: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><generator>Hugo</generator>
      <item><title>March Social Meetup (Hobart)</title><link>https://games.example/events/2026/03/05/march-social/</link>
      <pubDate>Thu, 05 Mar 2026 17:30:00 +1100</pubDate><description>Our regular social meetup.</description></item></channel></rss>`;
    const events = okOutcome(await parseFeed(hugo('Events on Tas Game Makers'), ctx('https://games.example/events/index.xml'))).events;
    expect(events.map(view)).toEqual([
      expect.objectContaining({ title: 'March Social Meetup (Hobart)', start: '2026-03-05T06:30:00.000Z' }),
    ]);
    const blog = okOutcome(await parseFeed(hugo('Posts on Tas Game Makers'), ctx('https://games.example/posts/index.xml')));
    expect(blog.events).toEqual([]);
  });

  it.each([
    ['a German title', '<title>Veranstaltungen on Naturfreundehaus</title><generator>Hugo</generator>'],
    ['a Catalan agenda', '<title>Agenda on Llumàtics</title><generator>Hugo</generator>'],
    [
      'no generator, but Hugo’s description and an events section',
      '<title>HelSec Ry</title><link>https://sec.example/events/</link><description>Recent HelSec Ry events</description>',
    ],
  ])('reads a Hugo events section’s publish dates in %s', async (_name, channel) => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel>${channel}
      <item><title>Sommerfest</title><link>https://sec.example/events/sommerfest/</link>
      <pubDate>Sat, 09 Aug 2025 00:00:00 +0000</pubDate><description>Kommt vorbei!</description></item></channel></rss>`;
    const [event] = okOutcome(await parseFeed(xml, ctx('https://sec.example/events/index.xml'))).events.map(view);
    expect(event).toMatchObject({ title: 'Sommerfest', start: '2025-08-09T00:00:00.000Z', allDay: true });
  });

  it('takes the day in the page’s address over a page date that is not it', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Hva Skjer? on Filmklubb</title><generator>Hugo</generator>
      <item><title>Introduksjonsmøte</title><link>https://film.example/events/2025-09-24-introduksjonsmote/</link>
      <pubDate>Mon, 01 Sep 2025 00:00:00 +0000</pubDate><description>Velkommen!</description></item></channel></rss>`;
    const [event] = okOutcome(await parseFeed(xml, ctx('https://film.example/events/index.xml'))).events.map(view);
    expect(event).toMatchObject({ start: '2025-09-24T00:00:00.000Z', allDay: true });
  });

  it('does not read a blog’s publish dates as events’ dates, though its description is Hugo’s', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Posts on Club</title><link>https://club.example/posts/</link>
      <description>Recent content in Posts on Club</description><item><title>Summer recap</title><link>https://club.example/posts/recap/</link>
      <pubDate>Sat, 09 Aug 2025 00:00:00 +0000</pubDate><description>What a summer.</description></item></channel></rss>`;
    expect(okOutcome(await parseFeed(xml, ctx('https://club.example/posts/index.xml'))).events).toEqual([]);
  });

  it('reads a Hugo events page dated at midnight as that day, and one dated to the second as no event date', async () => {
    const hugo = (pubDate: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Events on Skopje JS</title>
      <generator>Hugo</generator><item><title>Vol 3</title><link>https://js.example/events/vol-3/</link>
      <pubDate>${pubDate}</pubDate><description>Coming soon!</description></item></channel></rss>`;
    const parse = async (pubDate: string) =>
      okOutcome(await parseFeed(hugo(pubDate), ctx('https://js.example/events/index.xml', 'Europe/Skopje')));
    // A page date written without a time: 11 June, all day — not 02:00 in Skopje.
    expect((await parse('Thu, 11 Jun 2026 00:00:00 +0000')).events.map(view)).toEqual([
      expect.objectContaining({ start: '2026-06-10T22:00:00.000Z', allDay: true }),
    ]);
    // A time with "+0000": the page's wall clock, read in the feed's zone (Skopje, UTC+2 in June).
    expect((await parse('Thu, 11 Jun 2026 19:00:00 +0000')).events.map(view)).toEqual([
      expect.objectContaining({ start: '2026-06-11T17:00:00.000Z', allDay: false }),
    ]);
    // The time the site was built, to the second: no event's time.
    const built = await parse('Tue, 25 Aug 2026 20:18:17 -0700');
    expect(built.events).toEqual([]);
    expect(built.skipped.map((s) => s.reason)).toEqual([NO_DATE]);
  });

  it('reads a date an item of a Hugo events section states itself before its publish date', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Events on London Web Standards</title><generator>Hugo</generator>
      <item><title>May 2026</title><link>https://lws.example/events/may-2026/</link><pubDate>Sun, 01 Mar 2026 15:17:49 +0000</pubDate>
      <description>18 May 2026 We are back! RVU has kindly agreed to host us.</description></item></channel></rss>`;
    const [may] = okOutcome(await parseFeed(xml, ctx('https://lws.example/events/index.xml', 'Europe/London'))).events.map(view);
    expect(may).toMatchObject({ start: '2026-05-17T23:00:00.000Z', allDay: true });
  });

  it.each([
    ['Italian', 'Il 22 ottobre in piazza la nostra festa.'],
    ['Portuguese', 'Preparamos um encontro para dia 22 de Outubro!'],
    ['English', 'On 22 October we party in the square.'],
    ['Dutch', 'Op 22 oktober vieren we feest op het plein.'],
  ])('takes the day and month a Hugo events page states in %s, with no year, over its page date', async (_language, text) => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Events on Club</title><generator>Hugo</generator>
      <item><title>Festa</title><link>https://club.example/events/festa/</link><pubDate>Fri, 21 Oct 2033 00:00:00 +0000</pubDate>
      <description>${text}</description></item></channel></rss>`;
    const [event] = okOutcome(await parseFeed(xml, ctx('https://club.example/events/index.xml'))).events.map(view);
    expect(event).toMatchObject({ start: '2033-10-22T00:00:00.000Z', allDay: true });
  });

  it('keeps the page date when the day and month a page names are months after it, or its text is no events page', async () => {
    const page = (title: string, text: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>
      <generator>Hugo</generator><item><title>Festa</title><link>https://club.example/x/festa/</link>
      <pubDate>Fri, 21 Oct 2033 00:00:00 +0000</pubDate><description>${text}</description></item></channel></rss>`;
    // "Il 20 ottobre" is the day before the page date: next year's, too far to be this page's day.
    const later = okOutcome(
      await parseFeed(page('Events on Club', 'Come l’anno scorso, il 20 ottobre.'), ctx('https://club.example/events/index.xml')),
    );
    expect(later.events.map(view)).toEqual([expect.objectContaining({ start: '2033-10-21T00:00:00.000Z' })]);
    // A blog post that names a day is no event.
    const blog = okOutcome(await parseFeed(page('Posts on Club', 'On 22 October we party.'), ctx('https://club.example/posts/index.xml')));
    expect(blog.events).toEqual([]);
  });

  it('takes the day in the page’s address when the page date is Hugo’s empty "01 Jan 0001"', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Events on Tanzclub</title><generator>Hugo</generator>
      <item><title>Tanz in den Mai</title><link>https://tanz.example/events/2033-04-30-tanz-in-den-mai/</link>
      <pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate><description>Wir tanzen.</description></item>
      <item><title>Schulball</title><link>https://tanz.example/events/schulball/</link>
      <pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate><description>Ball.</description></item></channel></rss>`;
    const out = okOutcome(await parseFeed(xml, ctx('https://tanz.example/events/index.xml')));
    expect(out.events.map(view)).toEqual([
      expect.objectContaining({ title: 'Tanz in den Mai', start: '2033-04-30T00:00:00.000Z', allDay: true }),
    ]);
    expect(out.skipped.map((s) => s.title)).toEqual(['Schulball']);
  });
});
