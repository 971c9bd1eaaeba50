import { describe, expect, it } from 'vitest';
import { townAtEndOfTitle, townTagOfTitle, venueFromTitle } from './title-venue.js';

// Synthetic titles modelled on real feeds whose events name their venue only in the title
// (pub socials, library talks), and titles that only look as if they did.
describe('venueFromTitle', () => {
  it.each([
    ['Python Pub Night @ The Victoria', 'The Victoria'],
    ['Board games at The Red Lion, Moseley', 'The Red Lion, Moseley'],
    ['Tech Talks – Birmingham Library', 'Birmingham Library'],
    ['Tech Talks | Birmingham Library', 'Birmingham Library'],
    ['Hack night - Leeds Hackspace', 'Leeds Hackspace'],
    ['Quiz at the Red Lion', 'the Red Lion'],
    ['Drinks at The Victoria from 7pm', 'The Victoria'],
    ['Drinks at The Victoria 7pm', 'The Victoria'],
    ['Drinks at The Victoria, 7pm', 'The Victoria'],
    ['Drinks at 7pm @ The Victoria', 'The Victoria'],
    ['Social at The Lamp Tavern (upstairs room)', 'The Lamp Tavern'],
    ['Open Hack at Home Depot HQ', 'Home Depot HQ'],
    ['Women Who Code at Microsoft Reactor: speed networking', 'Microsoft Reactor'],
    ['Repair Café @ St Martin’s Church on Saturday', 'St Martin’s Church'],
    ['Comedy night – The Glee Club', 'The Glee Club'],
  ])('%j names %j', (title, venue) => {
    expect(venueFromTitle(title)).toBe(venue);
  });

  it.each([
    ['a place where nobody meets', 'Intro to AI @ home'],
    ['a handle', 'Meet @alice'],
    ['a handle, capitalised', 'Coffee with @Alice'],
    ['a time', 'Q&A at 7pm'],
    ['a time with minutes', 'Doors at 18:30'],
    ['a common noun', 'Talk at scale'],
    ['a common noun in title case', 'Kubernetes At Scale'],
    ['a common noun, then a topic', 'Python at Scale with Dask'],
    ['an idiom in title case', 'Encryption At Rest'],
    ['an idiom with an article', 'Computing At The Edge Of The Network'],
    ['"at the edge"', 'Security at the edge'],
    ['a time of day', 'Hack At Night'],
    ['a holiday', 'Party at Christmas'],
    ['a day', 'Drop-in at Tuesday'],
    ['a number word', 'Coffee at Eight'],
    ['the event itself', 'Computing At School Scotland Conference 2013'],
    ['an online event', 'Lightning talks at The Hub (online)'],
    ['a streamed event', 'Keynote at Acme, livestreamed'],
    ['a topic after a dash', 'Tech Talks – Machine Learning'],
    ['a topic after a hyphen', 'HACKATHON - AI Assisted Development & JavaScript Monorepos'],
    ['a season after a hyphen', 'PyBerlin 22 - 🍁 Autumn event 🍁'],
    ['a German title with a dash', 'Einmietung HACKademy - erste drei Märzwochenenden'],
    ['a football match, the away team after the dash', '↗ CL: Inter - Club Brugge'],
    ['an award, not a place', 'Presence at Work Award – Payment Date'],
    ['"at" at the start', 'At The Victoria'],
    ['no marker', 'Monthly meetup'],
    ['nothing', ''],
  ])('reads no venue in %s: %j', (_, title) => {
    expect(venueFromTitle(title)).toBeNull();
  });
});

describe('townTagOfTitle: the town an aggregator tags a title with', () => {
  it.each([
    ['[Bern] [Vortrag] Fluchtgrund Klima', 'Bern'],
    ['[Burgdorf BE] [Ausstellung] In naher Ferne', 'Burgdorf BE'],
    ['[Bad Homburg] Sommerfest', 'Bad Homburg'],
    ['[CANCELLED] Pub quiz', null],
    ['[Online] Python night', null],
    ['[Workshop] Intro to Rust', null],
    ['[Monday] Board games', null],
    ['Board games [Bern]', null],
    ['[42] Answers', null],
  ])('%j → %j', (title, expected) => {
    expect(townTagOfTitle(title)).toBe(expected);
  });
});

describe('townAtEndOfTitle: the town a title ends with (a candidate, for the gazetteer to confirm)', () => {
  it.each([
    ['Kids coding day op 8 oktober 2033 in Arnhem', 'Arnhem'],
    ['Codeerdag op 11 november in Den Bosch', 'Den Bosch'],
    ['GNU/Linux Installation Party a Valverde', 'Valverde'],
    ['Serata OpenStreetMap a Cernusco sul Naviglio', 'Cernusco sul Naviglio'],
    ['Encontro de maio em Curitiba!', 'Curitiba'],
    ['Python meetup in Leeds', 'Leeds'],
    ['Introduzione a Python', null],
    ['Workshop in Rust', null],
    ['Corso a Marzo', null],
    ['Meetup in English', null],
    ['Webinar in Utrecht', null],
    ['Online meetup in Utrecht', null],
    // A date after the town is set aside (title-date.ts).
    ['Richard Stallman a Catania il 25 marzo', 'Catania'],
    ['Python meetup in Leeds 12/05', 'Leeds'],
    ['Corso a Marzo 12/05', null],
    ['Intro to machine learning in practice', null],
    ['Kids coding day Arnhem', null],
    // Spanish "en", French "à", "au" (à le), "aux" (à les)
    ['Concierto de jazz en Salamanca', 'Salamanca'],
    ['Mercadillo solidario en Alcalá de Henares', 'Alcalá de Henares'],
    ['Fête du quartier à Poitiers', 'Poitiers'],
    ['Soirée jeux à La Rochelle', 'La Rochelle'],
    ['Concert au Havre', 'Le Havre'],
    ['Régate aux Sables-d’Olonne', 'Les Sables-d’Olonne'],
    ['Taller en Python', null],
    ['Atelier à domicile', null],
    ['Atelier à Domicile', null],
    ['Cours en ligne', null],
    ['Cours en Ligne', null],
    ['Taller en línea en Salamanca', null],
    ['Música en Vivo', null],
    ['Taller en Familia', null],
    ['Cine en Verano', null],
    ['Teatro en Inglés', null],
    ['Mercadillo en Mayo', null],
    ['Fête de la musique en Juin', null],
    ['Concert en Direct à Lundi', null],
    ['Concierto en Salamanca el 24 de mayo', 'Salamanca'],
    ['Mercadillo en Mayo 24 de mayo', null],
    // Russian, Ukrainian and Belarusian "в", "во", "у": the town in a case form, read back by the place stage
    ['Встреча в Казани', 'Казани'],
    ['Встреча разработчиков в Санкт-Петербурге', 'Санкт-Петербурге'],
    ['Зустріч у Києві', 'Києві'],
    ['Встреча в Нижнем Новгороде', 'Нижнем Новгороде'],
  ])('%j → %j', (title, expected) => {
    expect(townAtEndOfTitle(title)).toBe(expected);
  });
});
