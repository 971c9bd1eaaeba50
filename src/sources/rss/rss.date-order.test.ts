import { describe, expect, it } from 'vitest';
import { ctx, okOutcome } from '../text/test-helpers.js';
import { parseFeed } from './index.js';

// Lessons from real feeds (a Brazilian mapping group's agenda, a Swiss museums' feed): with no zone known
// when a feed is read, "09/08/2024" had been 8 September and "bis 03.01.2027" 1 March.

const item = (title: string, body: string) =>
  `<item><title>${title}</title><guid>${encodeURIComponent(title)}</guid><pubDate>Mon, 01 Jul 2024 09:00:00 GMT</pubDate>
   <description><![CDATA[${body}]]></description></item>`;
const feed = (language: string | null, items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Agenda</title><link>https://agenda.example.org/</link>${
    language ? `<language>${language}</language>` : ''
  }${items.join('')}</channel></rss>`;

async function starts(xml: string): Promise<Record<string, string>> {
  const out = okOutcome(await parseFeed(xml, ctx('https://agenda.example.org/feed.xml')));
  return Object.fromEntries(out.events.map((e) => [e.title, e.start.toISOString().slice(0, 10)]));
}

describe('RSS text dates: day or month first, as the feed writes them', () => {
  it('reads "09/08/2024" as 9 August in a feed that declares Portuguese', async () => {
    const xml = feed('pt-BR', [item('Mapatona', '<dl><dt>Data</dt><dd>09/08/2024</dd></dl>')]);
    expect(await starts(xml)).toEqual({ Mapatona: '2024-08-09' });
  });

  it('reads day first in a feed with no language whose other dates can only be day first', async () => {
    const xml = feed(null, [item('Tradutona', 'Data: 06/11/2024 às 19h'), item('Oficina', 'Data: 25/09/2024')]);
    expect(await starts(xml)).toEqual({ Tradutona: '2024-11-06', Oficina: '2024-09-25' });
  });

  it('keeps month first in a US feed', async () => {
    const xml = feed('en-US', [item('Board game night', 'Friday 09/06/2024, 7pm at the library')]);
    expect(await starts(xml)).toEqual({ 'Board game night': '2024-09-06' });
  });

  it('reads a German dotted date as day first', async () => {
    const xml = feed('de', [item('Vortrag', 'Am Donnerstag, 05.09.2024 um 19 Uhr')]);
    expect(await starts(xml)).toEqual({ Vortrag: '2024-09-05' });
  });

  it('reads a pubDate that is no machine date as the event’s date, as people write it (a scraper’s "Dg. 26/07 22 h")', async () => {
    const scraped = (title: string, when: string) =>
      `<item><title>${title}</title><link>https://agenda.example.org/${title}</link><description>Concert at La Plaça</description><pubDate>${when}</pubDate></item>`;
    const xml = feed(null, [scraped('Cinema', 'Dg. 26/07 22 h'), scraped('Havaneres', 'Dv. 24/07 20.30 h')]);
    const out = okOutcome(await parseFeed(xml, ctx('https://agenda.example.org/feed.xml')));
    expect(out.events.map((e) => [e.title, e.start.toISOString(), e.floating])).toEqual([
      ['Cinema', '2026-07-26T22:00:00.000Z', true],
      ['Havaneres', '2026-07-24T20:30:00.000Z', true],
    ]);
  });

  it('reads a day and month without a year in such a pubDate, but not in an item’s text', async () => {
    const scraped = `<item><title>Taller</title><link>https://agenda.example.org/taller</link><description>Taller at El Canal</description><pubDate>Del 12 al 16 de febrer</pubDate></item>`;
    const mentioned = item('Crònica', 'El concert del 12 de febrer a La Plaça');
    const out = okOutcome(await parseFeed(feed('ca', [scraped, mentioned]), ctx('https://agenda.example.org/feed.xml')));
    expect(out.events.map((e) => [e.title, e.start.toISOString().slice(0, 10), e.end?.toISOString().slice(0, 10), e.allDay])).toEqual([
      ['Taller', '2026-02-12', '2026-02-17', true],
    ]);
  });

  // …which had made a running exhibition ("De l'11 de juny al 27 de juliol") a one-day event on its closing day.
  it('does not take the closing day of a span over two months as the event’s day', async () => {
    const scraped = `<item><title>Tabú</title><link>https://agenda.example.org/tabu</link><description>Exposició at Casa de Cultura</description><pubDate>Del 22 de desembre al 27 de febrer</pubDate></item>`;
    const out = okOutcome(await parseFeed(feed('ca', [scraped]), ctx('https://agenda.example.org/feed.xml')));
    expect(out.events.map((e) => e.start.toISOString().slice(0, 10))).not.toContain('2026-02-27');
  });
});

describe('RSS event module: a numeric ev:startdate, day or month first', () => {
  // A French municipal agenda template writes `<ev:startdate>` as "jour/mois/année heure".
  const evItem = (title: string, start: string) =>
    `<item><title>${title}</title><guid>${title}</guid><ev:location>Salle polyvalente, 3 place du Marché, 38000 Grenoble</ev:location><ev:startdate>${start}</ev:startdate></item>`;
  const evFeed = (language: string | null, items: string[]) =>
    feed(language, items).replace('<rss version="2.0">', '<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/">');

  async function startsIn(xml: string, zone?: string): Promise<Record<string, string>> {
    const out = okOutcome(await parseFeed(xml, ctx('https://agenda.example.org/feed.xml', zone)));
    return Object.fromEntries(out.events.map((e) => [e.title, e.start.toISOString()]));
  }

  it('reads "24/07/2026 21:00" as 24 July at 21:00 local time, whatever the feed says of its language', async () => {
    expect(await startsIn(evFeed(null, [evItem('Loto', '24/07/2026 21:00')]), 'Europe/Paris')).toEqual({
      Loto: '2026-07-24T19:00:00.000Z',
    });
  });

  it('reads "05/08/2026 20:30" day first in a French feed, month first in a US one', async () => {
    expect(await startsIn(evFeed('fr', [evItem('Bal', '05/08/2026 20:30')]), 'Europe/Paris')).toEqual({ Bal: '2026-08-05T18:30:00.000Z' });
    expect(await startsIn(evFeed('en-US', [evItem('Dance', '05/08/2026 20:30')]), 'America/Chicago')).toEqual({
      Dance: '2026-05-09T01:30:00.000Z',
    });
  });

  it('reads an ambiguous one day first when another item of the feed is written day first, and not at all when nothing says', async () => {
    const both = evFeed(null, [evItem('Loto', '24/07/2026 21:00'), evItem('Bal', '05/08/2026')]);
    expect(await startsIn(both)).toEqual({ Loto: '2026-07-24T21:00:00.000Z', Bal: '2026-08-05T00:00:00.000Z' });
    expect(await startsIn(evFeed(null, [evItem('Bal', '05/08/2026')]))).toEqual({});
  });
});
