import { describe, expect, it } from 'vitest';
import { previewed } from './test-sites.js';

// Lessons from real feeds (Italian, Brazilian, Dutch and German club sites' RSS), on a synthetic
// feed of our own: items with no structured location whose description or title says where the
// event is in Italian, Portuguese or Dutch prose, and items that only mention a place in passing.

const NOW = new Date('2033-08-01T00:00:00Z');

const item = (slug: string, title: string, description: string) => `<item>
  <title>${title}</title><link>https://club.example/${slug}</link><guid>${slug}</guid>
  <pubDate>Mon, 01 Sep 2033 10:00:00 +0000</pubDate><description>${description}</description>
</item>`;

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Agenda del club</title><link>https://club.example/</link><description>Agenda</description>
${item('serata', 'Serata del club', 'Sabato 8 ottobre 2033 alle 17:00 presso Officina Esempio, Via Roma 5, Catania.')}
${item('officina', 'Giornata del software', 'Sabato 15 ottobre 2033 dalle 17:00 presso Officina Esempio: talk e workshop.')}
${item('festa', 'Installation Party a Valverde', 'Sabato 22 ottobre 2033 alle 15:00 installiamo software libero.')}
${item('encontro', 'Encontro do clube', 'O evento será no sábado, 29 de outubro de 2033, às 19:00. Vai ser na Empresa Exemplo, que fica na Rua das Flores, 68.')}
${item('arnhem', 'Codeerdag op 5 november 2033 in Arnhem', 'Een codeerdag voor kinderen.')}
${item('python', 'Introduzione a Python', 'Sabato 12 novembre 2033 alle 10:00, per principianti.')}
${item('milano', 'Serata di novembre', 'Sabato 19 novembre 2033 alle 21:00, come l’anno scorso a Milano. Ringraziamo il Comune di Roma.')}
${item('biglietti', 'Concerto di dicembre', 'Sabato 3 dicembre 2033 alle 21:00. I biglietti sono in vendita presso Libreria Esempio, Via Roma 5, Catania.')}
</channel></rss>`;

describe('ingest: a venue written in non-English prose', () => {
  const row = previewed({ url: 'https://club.example/rss.xml', body: FEED, type: 'application/rss+xml' }, 'Catania, Italy', 50, NOW);

  it('places "presso <venue>, Via …, <town>" at its address, as "held at <venue>, 5 Via …" is', () => {
    expect(row('Serata del club')).toMatchObject({ verdict: 'post', attendance: 'in_person', placedBy: 'address', locality: 'Catania' });
  });

  it('places "presso <venue>" alone where the feed placed that venue for another event', () => {
    expect(row('Giornata del software')).toMatchObject({
      verdict: 'post',
      attendance: 'in_person',
      placedBy: 'venue',
      locality: 'Catania',
    });
  });

  it('places a venue and its street with no town at the feed’s home, as an English "at <venue>, 68 Flower St" is', () => {
    expect(row('Encontro do clube')).toMatchObject({
      verdict: 'post',
      attendance: 'in_person',
      placedBy: 'home-area',
      venue: 'Empresa Exemplo',
    });
  });

  it('places a title ending "a <town>" at that town when it is near the feed’s home (Valverde, Sicily, not Spain)', () => {
    const festa = row('Installation Party a Valverde');
    expect(festa).toMatchObject({ verdict: 'post', attendance: 'in_person', placedBy: 'title', locality: 'Valverde', country: 'IT' });
  });

  it('reads a title ending "in <town>" but does not place a town far from the feed’s home', () => {
    expect(row('Codeerdag op 5 november 2033 in Arnhem')).toMatchObject({ verdict: 'skip', attendance: 'in_person', lat: null });
  });

  it.each([['Introduzione a Python'], ['Serata di novembre'], ['Concerto di dicembre']])(
    '%j names no place where it is held: not posted',
    (title) => {
      expect(row(title)).toMatchObject({ verdict: 'skip', reason: 'unknown-attendance', placedBy: 'none' });
    },
  );
});
