import { afterAll, describe, expect, it } from 'vitest';
import { previewUrl } from './preview.js';
import { ingestDeps, previewByTitle, previewed, Sites } from './test-sites.js';

// Lessons from a real city agenda (a TYPO3 site's RSS with the event module), on a synthetic
// feed of our own: each item's venue is only in its description, as "Lieu : <venue><br>
// <street><br><postcode> <town>", and its dates are date-times at midnight.

const NOW = new Date('2026-02-01T10:00:00Z');

const item = (slug: string, title: string, start: string, end: string, venue: string[], when = 'Du 27-02 à 29-05-2026') => `<item>
  <title>${title}</title><link>https://agenda.example.fr/agenda/${slug}</link><guid>${slug}</guid>
  <ev:startdate>${start}</ev:startdate><ev:enddate>${end}</ev:enddate>
  <description><![CDATA[<p>Date : ${when}<br />Lieu :  ${venue.join('<br/>')}  </p><p>Catégorie : Exposition</p>]]></description>
</item>`;

const CONFORT = ['Le Confort Moderne', '185 rue du Faubourg du Pont Neuf', '86000 Poitiers'];

const AGENDA = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>
<title>Agenda : Toutes les dates</title><link>https://agenda.example.fr/</link>
${item('palais', 'Les belles heures du Palais', '2026-03-04T00:00:00Z', '2027-01-01T00:00:00Z', ['Le Palais', '10 Place Alphonse Lepetit', 'Poitiers'])}
${item('hune', 'Spectacle de danse', '2026-06-11T18:00:00Z', '2026-06-11T20:30:00Z', ['La Hune', '1 Avenue du Champ de la Caille', '86280 Saint-Benoît'])}
${item('sol', 'Le sol', '2026-02-27T00:00:00Z', '2026-05-30T00:00:00Z', ['Espace Mendès France', '1 rue de la cathédrale', '86000 Poitiers'])}
${item('jazz', 'Soirée jazz', '2026-03-12T20:00:00Z', '2026-03-12T23:00:00Z', CONFORT, 'Le 12-03-2026, date de début 20:00')}
${item('rock', 'Concert rock', '2026-03-13T19:30:00Z', '2026-03-13T22:00:00Z', CONFORT, 'Le 13-03-2026 à 20h30')}
${item('flex', 'Danse hip-hop', '2026-02-11T20:00:00Z', '2026-06-13T22:30:00Z', CONFORT, 'Samedi 13 juin à 20h')}
</channel></rss>`;

describe('ingest: a city agenda whose venues are labelled blocks in the description', () => {
  const row = previewed(
    { url: 'https://agenda.example.fr/rss.xml', body: AGENDA, type: 'application/rss+xml' },
    'Poitiers, France',
    25,
    NOW,
  );

  it('places "Le Palais" by the address lines after it, in Poitiers, not at the village of Le Palais 279 km away', () => {
    expect(row('Les belles heures du Palais')).toMatchObject({ verdict: 'post', placedBy: 'address', locality: 'Poitiers', country: 'FR' });
  });

  it('places "86280 Saint-Benoît" in the feed’s country, next to Poitiers, not on Réunion', () => {
    const hune = row('Spectacle de danse');
    expect(hune).toMatchObject({ verdict: 'post', locality: 'Saint-Benoît', country: 'FR', timezone: 'Europe/Paris' });
    expect(hune.distanceKm).toBeLessThan(10);
  });

  it('reads a start written in UTC as the local clock when the text states that clock (20:00) and not the local one (21:00)', () => {
    expect(row('Soirée jazz')).toMatchObject({ start: new Date('2026-03-12T19:00:00Z'), end: new Date('2026-03-12T22:00:00Z') });
  });

  it('keeps a start written in UTC whose local clock the text states (19:30 UTC is 20h30 in Poitiers)', () => {
    expect(row('Concert rock')).toMatchObject({ start: new Date('2026-03-13T19:30:00Z'), timezone: 'Europe/Paris' });
  });

  it('reads a timed start and end months apart as the window the show is listed in, and the show as the day the text gives', () => {
    // 11 February 20:00Z to 13 June 22:30Z, and "Samedi 13 juin à 20h": 20:00 to 22:30 on 13 June in Poitiers
    expect(row('Danse hip-hop')).toMatchObject({ start: new Date('2026-06-13T18:00:00Z'), end: new Date('2026-06-13T20:30:00Z') });
  });

  it('reads midnight-to-midnight dates as the days of the exhibition', () => {
    expect(row('Le sol')).toMatchObject({ allDay: true, start: new Date('2026-02-26T23:00:00Z'), end: new Date('2026-05-29T22:00:00Z') });
  });
});

describe('ingest: undated items of one feed that share a link', () => {
  const sites = new Sites();
  afterAll(() => sites.close());

  it('lists each of them as not an event, not only the first', async () => {
    await sites.start();
    const item = (title: string) =>
      `<item><title>${title}</title><link>https://agenda.example.fr/agenda.php</link><description>Acte popular</description></item>`;
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Agenda</title>${item('Sardanes')}${item('Rock per Xics')}</channel></rss>`;
    sites.page('agenda.example.fr', '/feed.xml', feed, 'application/rss+xml');
    const p = await previewUrl('https://agenda.example.fr/feed.xml', ingestDeps(sites), null, NOW);
    if (!p.ok) throw new Error(p.message);
    expect(p.skipped.map((s) => s.title)).toEqual(['Sardanes', 'Rock per Xics']);
  });
});

// Lesson from a real museums' aggregator: each title starts with the town as a tag ("[Bern] [Vortrag] …"),
// and nothing else in the item says where.
describe('ingest: an aggregator that tags each title with its town', () => {
  const tagged = (slug: string, title: string) =>
    `<item><title>${title}</title><link>https://museen.example.ch/${slug}</link><guid>${slug}</guid><description>Ein Anlass.</description></item>`;
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Veranstaltungen</title><language>de</language>${[
    tagged('vortrag', '[Bern] [Vortrag] Fluchtgrund Klima - am Do 27.08.2026'),
    tagged('genf', '[Genf] [Führung] Glas, jenseits der Materie - am Sa 29.08.2026'),
    tagged('abgesagt', '[ABGESAGT] Spielnachmittag - am Sa 29.08.2026'),
  ].join('')}</channel></rss>`;
  const row = previewed(
    { url: 'https://museen.example.ch/feed.xml', body: feed, type: 'application/rss+xml' },
    'Bern, Switzerland',
    50,
    NOW,
  );

  it('places an event in the town its tag names', () => {
    expect(row('[Bern] [Vortrag] Fluchtgrund Klima - am Do 27.08.2026')).toMatchObject({
      verdict: 'post',
      locality: 'Bern',
      attendance: 'in_person',
    });
  });

  it('does not post one tagged with a town outside the region', () => {
    expect(row('[Genf] [Führung] Glas, jenseits der Materie - am Sa 29.08.2026')).toMatchObject({ verdict: 'skip', country: 'CH' });
  });

  it('takes a tag in capitals for no town', () => {
    expect(row('[ABGESAGT] Spielnachmittag - am Sa 29.08.2026')).toMatchObject({ verdict: 'skip', lat: null });
  });
});

// Lesson from a French municipal agenda template: `<ev:startdate>` written "jour/mois/année heure".
describe('ingest: a town agenda whose ev:startdate is written day first', () => {
  const sites = new Sites();
  afterAll(() => sites.close());

  it('posts "24/07/2026 21:00" at 21:00 on 24 July, local time, at its address', async () => {
    await sites.start();
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel><title>Agenda</title>
      <item><title>Concours de pétanque</title><link>https://mairie.example.fr/petanque</link><guid>petanque</guid>
      <ev:location>Boulodrome, 4 allée des Platanes, 69003 Lyon</ev:location><ev:startdate>24/07/2026 21:00</ev:startdate></item></channel></rss>`;
    sites.page('mairie.example.fr', '/agenda.xml', feed, 'application/rss+xml');
    const { row } = await previewByTitle(
      sites,
      'https://mairie.example.fr/agenda.xml',
      'Lyon, France',
      25,
      new Date('2026-07-10T00:00:00Z'),
    );
    expect(row('Concours de pétanque')).toMatchObject({
      verdict: 'post',
      start: new Date('2026-07-24T19:00:00Z'), // 21:00 CEST
      timezone: 'Europe/Paris',
      locality: 'Lyon',
    });
  });
});
