import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedPlace } from '../core/placement.js';
import { resolveFeedPlace } from '../place/index.js';
import { calendar, previewByTitle, previewed, Sites, vevent, type RowsByTitle } from './test-sites.js';

// Lesson from real agendas of one venue (a hackerspace's socials, a cultural centre's programme): most of their
// events name no place at all, because the calendar is the venue's own. An admin can say where they are.

const NOW = new Date('2026-03-01T00:00:00Z');
const at = (day: string) => `DTSTART;TZID=Europe/Amsterdam:202603${day}T200000`;
const bare = (uid: string, day: string, summary: string) => [`UID:${uid}`, 'DTSTAMP:20260201T000000Z', at(day), `SUMMARY:${summary}`];

const AGENDA = calendar(
  ['X-WR-CALNAME:Agenda', 'X-WR-TIMEZONE:Europe/Amsterdam'],
  [
    bare('open', '05', 'Open avond'),
    bare('film', '12', 'Filmavond: Metropolis'),
    bare('jitsi', '10', 'Online: Jitsi-avond'),
    // Lesson from a real community calendar: its meetings name no place, and every one says "Se celebrará en el Discord".
    [...bare('call', '06', 'Planning call'), 'DESCRIPTION:Join us on Discord for the monthly planning call.'],
    [...bare('zoom', '11', 'Lezing'), 'DESCRIPTION:Link: https://us02web.zoom.us/j/123456789'],
    [...bare('repair', '13', 'Repair Café'), 'DESCRIPTION:Tickets online. Join our Discord: https://discord.gg/hallen'],
    vevent('tba', at('14'), 'Borrel', 'TBA'),
    vevent('zaal', at('18'), 'Workshop solderen', 'Grote Zaal'),
    vevent('trip', at('21'), 'Excursie', 'Markthal\\, Dominee Jan Scharpstraat 298\\, 3011 GZ Rotterdam'),
  ],
);

function placeOf(text: string): FeedPlace {
  const r = resolveFeedPlace(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.place;
}

describe('ingest: a venue’s own agenda whose events name no place', () => {
  const sites = new Sites();
  let without: RowsByTitle['row'];
  let withPlace: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    sites.page('hallen.example', '/agenda.ics', AGENDA, 'text/calendar');
    ({ row: without } = await previewByTitle(sites, 'https://hallen.example/agenda.ics', 'Amsterdam, NL', 25, NOW));
    const place = placeOf('De Hallen, Amsterdam');
    ({ row: withPlace } = await previewByTitle(sites, 'https://hallen.example/agenda.ics', 'Amsterdam, NL', 25, NOW, place));
  });
  afterAll(() => sites.close());

  it('skips them as not clearly in person while no place is set', () => {
    expect(without('Open avond')).toMatchObject({ verdict: 'skip', reason: 'unknown-attendance' });
    expect(without('Filmavond: Metropolis')).toMatchObject({ verdict: 'skip', reason: 'unknown-attendance' });
  });

  it('posts them in person at the set place, once one is set', () => {
    for (const title of ['Open avond', 'Filmavond: Metropolis']) {
      expect(withPlace(title)).toMatchObject({ verdict: 'post', attendance: 'in_person', venue: 'De Hallen', locality: 'Amsterdam' });
      expect(withPlace(title).distanceKm).toBeLessThan(2);
    }
  });

  it('keeps an event whose title says online online', () => {
    expect(withPlace('Online: Jitsi-avond')).toMatchObject({ verdict: 'skip', attendance: 'online' });
  });

  it('keeps an event whose description says it is held online (a meeting link, "on Discord") online', () => {
    expect(withPlace('Planning call')).toMatchObject({ verdict: 'skip', reason: 'online', attendance: 'online' });
    expect(withPlace('Lezing')).toMatchObject({ verdict: 'skip', reason: 'online', attendance: 'online' });
    // …but not one that only sells tickets online and links the venue's chat
    expect(withPlace('Repair Café')).toMatchObject({ verdict: 'post', attendance: 'in_person', venue: 'De Hallen' });
  });

  it('does not put an event whose place is not known yet ("TBA") at the set place', () => {
    expect(withPlace('Borrel')).toMatchObject({ verdict: 'skip', reason: 'unknown-attendance' });
  });

  it('places a room named alone in the set place’s town, and an outing where its address says', () => {
    expect(withPlace('Workshop solderen')).toMatchObject({ verdict: 'post', locality: 'Amsterdam' });
    expect(withPlace('Excursie')).toMatchObject({ verdict: 'skip', reason: 'outside-region', locality: 'Rotterdam' });
  });
});

// Sweep t18: a residents' association's calendar names no place; its admin set the place as coordinates, which the
// README says works, and every event was skipped as "not clear it happens in person" (or, with a venue, shown in "41.26").
describe('ingest: a place set as coordinates', () => {
  const events = [bare('knit', '05', 'Knitting circle'), bare('board', '12', 'Board meeting')];
  const body = calendar(['X-WR-CALNAME:Lakeside Residents'], events);
  const preview = (text: string) =>
    previewed({ url: 'https://lakeside.example/events.ics', body, type: 'text/calendar' }, 'Amsterdam, NL', 25, NOW, placeOf(text));
  const rows = [
    ['52.3,4.95', null],
    ['Clubhouse Reigersbos, 52.3,4.95', 'Clubhouse Reigersbos'],
  ] as const;
  const byText = new Map(rows.map(([text]) => [text, preview(text)]));

  it.each(rows)('posts the events at the set point "%s", in the town nearest it and its zone', (text, venue) => {
    for (const title of ['Knitting circle', 'Board meeting']) {
      const row = byText.get(text)!(title);
      expect(row).toMatchObject({ verdict: 'post', attendance: 'in_person', placedBy: 'set', venue, lat: 52.3, lon: 4.95 });
      expect(row).toMatchObject({ locality: 'Amsterdam', country: 'NL', timezone: 'Europe/Amsterdam' });
    }
  });
});

describe('ingest: a place set for a cinema whose blurbs mention other places', () => {
  const screening = (uid: string, day: string, summary: string, description: string) => [
    ...bare(uid, day, summary),
    `DESCRIPTION:${description}`,
  ];
  const events = [
    screening(
      'festival',
      '14',
      'Summer Beats presents a concert film',
      'The festival itself takes place at Western Springs on Monday 25 January.',
    ),
    screening('bar', '15', 'Quiz and a film', 'Drinks first at The Kettle Bar\\, 3 Dock Road\\, Amsterdam.'),
  ];
  const place = placeOf('Rialto Picture House, Amsterdam');
  const row = previewed(
    { url: 'https://rialto.example/films.ics', body: calendar([], events), type: 'text/calendar' },
    'Amsterdam, NL',
    25,
    NOW,
    place,
  );

  it('keeps a screening at the set place when its blurb names a far place in passing', () => {
    expect(row('Summer Beats presents a concert film')).toMatchObject({
      verdict: 'post',
      venue: 'Rialto Picture House',
      locality: 'Amsterdam',
    });
  });

  it('takes a place its description names near the set place', () => {
    expect(row('Quiz and a film')).toMatchObject({ verdict: 'post', venue: 'The Kettle Bar', locality: 'Amsterdam' });
  });
});

// Lesson from a real museum's agenda (an aggregator's scrape, no LOCATION): "… - Summer at MAP" named the museum by
// its short name, and that title venue beat the place set for the feed.
describe('ingest: a place set for a museum whose titles name it by a short name', () => {
  const events = [
    bare('clay', '14', 'Clay Creatures - Summer at KMA'),
    bare('walk', '15', 'Gallery Walk'),
    bare('tour', '16', 'Touring Ensemble in Groningen'),
  ];
  const row = previewed(
    { url: 'https://museum.example/agenda.ics', body: calendar(['X-WR-TIMEZONE:Europe/Amsterdam'], events), type: 'text/calendar' },
    'Amsterdam, NL',
    25,
    NOW,
    placeOf('Example Museum of Art, Amsterdam'),
  );

  it.each(['Clay Creatures - Summer at KMA', 'Gallery Walk'])('posts "%s" at the set place', (title) => {
    expect(row(title)).toMatchObject({ verdict: 'post', placedBy: 'set', venue: 'Example Museum of Art', locality: 'Amsterdam' });
  });

  it('does not put an event whose title names a far town at the set place', () => {
    expect(row('Touring Ensemble in Groningen')).not.toMatchObject({ verdict: 'post' });
    expect(row('Touring Ensemble in Groningen').placedBy).not.toBe('set');
  });
});

// Lesson from a real football club's fixture list: no match names its ground, so with the club's ground set as
// the feed's place, its away matches must not be posted there.
describe('ingest: a place set for a club’s fixture list', () => {
  const sides = [
    ['Kestrels FC - Rovers Nord', '06'],
    ['FC Nordheim - Kestrels FC', '13'],
    ['Kestrels FC - SV Hafen', '20'],
    ['TSV Ostdorf - Kestrels FC', '27'],
    ['Kestrels FC - Blau-Weiss Au', '28'],
  ];
  const events = sides.map(([title, day], i) => bare(`m${i}`, day!, title!));
  const place = placeOf('Sportplatz am Hafen, Amsterdam');
  const row = previewed(
    { url: 'https://kestrels.example/fixtures.ics', body: calendar([], events), type: 'text/calendar' },
    'Amsterdam, NL',
    25,
    NOW,
    place,
  );

  it('posts the home matches at the set place, and not the away matches', () => {
    expect(row('Kestrels FC - SV Hafen')).toMatchObject({ verdict: 'post', venue: 'Sportplatz am Hafen' });
    expect(row('FC Nordheim - Kestrels FC')).toMatchObject({ verdict: 'skip', reason: 'unknown-attendance', venue: null });
    expect(row('TSV Ostdorf - Kestrels FC')).toMatchObject({ verdict: 'skip', venue: null });
  });
});

describe('resolveFeedPlace', () => {
  it.each([
    ['De Hallen, Amsterdam', 'De Hallen', 'NL'],
    ['The Victoria, 48 John Bright St, Birmingham', 'The Victoria', 'GB'],
    ['Digbeth, Birmingham', null, 'GB'],
    ['B5 4BU', null, 'GB'],
    ['52.37,4.89', null, 'NL'],
  ])('%s → venue %s in %s', (text, venue, country) => {
    const r = resolveFeedPlace(text);
    expect(r.ok && r.value.place).toMatchObject({ venue, country });
  });

  it('says what to write when the town is unknown', () => {
    const r = resolveFeedPlace('De Hallen, Nowheresville');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/Nowheresville.*venue and its town/);
  });
});
