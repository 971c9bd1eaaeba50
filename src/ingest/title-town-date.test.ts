import { describe, expect, it } from 'vitest';
import { previewed } from './test-sites.js';

// Lesson from real agendas (a city's RSS, community calendars), on synthetic feeds of our own: items with no
// location whose title ends with the town and then the date ("Concierto de jazz Salamanca 24 de mayo de 2022",
// "Stammtisch Köln 14.03.2025"). The date hid the town, so the event named no place and was not posted.

const NOW = new Date('2026-03-01T10:00:00Z');

const item = (i: number, title: string) => `<item>
  <title>${title}</title><link>https://agenda.example.org/e/${i}</link><guid>e-${i}</guid>
  <ev:startdate>2026-05-${String(10 + i).padStart(2, '0')}T20:00:00+02:00</ev:startdate><description>Entrada libre.</description>
</item>`;

const rss = (titles: string[]) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>
<title>Agenda</title><link>https://agenda.example.org/</link>
${titles.map((t, i) => item(i, t)).join('\n')}
</channel></rss>`;

interface Case {
  region: string;
  /** Titles placed in `locality` and posted. */
  placed: string[];
  locality: string;
  country: string;
  /** Titles that name no town near the channel: not placed, not posted. */
  unplaced: string[];
}

const CASES: Case[] = [
  {
    region: 'Leeds, UK',
    placed: ['Jazz Night Leeds 12/05', 'Jazz Night in Leeds 12/05', 'Quiz Night Leeds — Sat 16 May'],
    locality: 'Leeds',
    country: 'GB',
    unplaced: ['Poetry Reading 12/05', 'Board Games Night 14/05', 'Workshop Rust 15/05', 'Jazz Night Bristol 17/05'],
  },
  {
    region: 'Salamanca, Spain',
    placed: ['Concierto de jazz Salamanca 24 de mayo de 2026', 'Concierto de rock en Salamanca 25 de mayo'],
    locality: 'Salamanca',
    country: 'ES',
    unplaced: ['Música en Vivo 26 de mayo', 'Concierto de jazz Valladolid 27 de mayo de 2026'],
  },
  { region: 'Lyon, France', placed: ['Meetup Lyon 3 juin'], locality: 'Lyon', country: 'FR', unplaced: ['Atelier à Domicile 4 juin'] },
  {
    region: 'Köln, Germany',
    placed: ['Stammtisch Köln 14.05.2026', 'Stammtisch Köln am 21.05. 19:00'],
    locality: 'Köln',
    country: 'DE',
    unplaced: ['Stammtisch Montag 28.05.2026'],
  },
];

describe.each(CASES)('ingest: titles that end with the town, then the date, for a channel in $region', (c) => {
  const slug = c.locality.toLowerCase();
  const row = previewed(
    { url: `https://agenda.example.org/${slug}.xml`, type: 'application/rss+xml', body: rss([...c.placed, ...c.unplaced]) },
    c.region,
    50,
    NOW,
  );

  it.each(c.placed)('%j is placed in the town before its date and posted', (title) => {
    expect(row(title)).toMatchObject({ verdict: 'post', placedBy: 'title', locality: c.locality, country: c.country });
  });

  it.each(c.unplaced)('%j names no town near the channel: not placed', (title) => {
    expect(row(title)).toMatchObject({ verdict: 'skip', placedBy: 'none', lat: null });
  });
});
