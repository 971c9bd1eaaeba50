import { describe, expect, it } from 'vitest';
import { venueWithStreet } from './prose-address.js';

// Synthetic sentences modelled on hand-kept Italian, Portuguese, Dutch and German event pages
// that write their venue and its street in prose, the street word first and its number after.
describe('venueWithStreet', () => {
  it.each([
    [
      'Italian "presso", street and town',
      'Sabato alle 17:00 presso Officina Esempio, Via Roma 5, Catania.',
      'Officina Esempio, Via Roma 5, Catania',
    ],
    [
      'Italian "presso" a described venue, then the hours',
      'Sabato 24 ottobre presso la sede della Associazione Esempio (A.E.) di Borgo, Via Marconi 19, dalle ore 9 alle ore 19.',
      'la sede della Associazione Esempio (A.E.) di Borgo, Via Marconi 19',
    ],
    [
      'Italian "presso … in via"',
      'Lunedì alle 21:00 presso la sede di Esempio di Borgo sul Fiume in via Giuseppe di Vittorio 7 (foto), si terrà',
      'la sede di Esempio di Borgo sul Fiume, via Giuseppe di Vittorio 7',
    ],
    ['Italian "in via …, <town>"', 'La festa si fa in via Roma 5, Catania.', 'via Roma 5, Catania'],
    ['Italian "in piazza … a <town>"', 'Ci vediamo in piazza Duomo 1 a Catania!', 'piazza Duomo 1, Catania'],
    [
      'Portuguese "na …, que fica na Rua …, <number>"',
      'Vai ser na Empresa Exemplo, que fica na Rua das Flores, 68, 16º andar.',
      'Empresa Exemplo, Rua das Flores 68',
    ],
    [
      'Portuguese "que fica no endereço" after a venue in lower case',
      'Vai ser na arena da Exemplo.com, que fica no endereço Rua das Flores, 68 - 13º andar.',
      'arena da Exemplo.com, Rua das Flores 68',
    ],
    [
      'Portuguese venue with its address in brackets',
      'O evento será em 07/11, às 18:45, na Exemplo Tecnologia (Av. Sete de Setembro, 2451 - 4º andar).',
      'Exemplo Tecnologia, Av. Sete de Setembro 2451',
    ],
    ['Dutch "bij"', 'Het is bij Bedrijf Voorbeeld, Kerkstraat 5, Utrecht.', 'Bedrijf Voorbeeld, Kerkstraat 5, Utrecht'],
    ['German "im"', 'Wir treffen uns im Café Mitte, Hauptstraße 4, Dresden.', 'Café Mitte, Hauptstraße 4, Dresden'],
    ['English, the street first', 'Drinks at Café Mitte, Hauptstraße 4, Dresden.', 'Café Mitte, Hauptstraße 4, Dresden'],
  ])('reads %s', (_, text, expected) => {
    expect(venueWithStreet(text)).toBe(expected);
  });

  it.each([
    ['a ticket shop', 'I biglietti sono in vendita presso Libreria Esempio, Via Roma 5, Catania.'],
    ['where to sign up', 'Iscrizioni presso la segreteria, via Roma 5.'],
    ['"in via" meaning "provisionally"', 'Mettiamo in via sperimentale 3 postazioni.'],
    ['a time, not a house number', 'Ci vediamo in via Roma alle 21:00.'],
    ['a street mentioned with no cue', 'Nella sessione 2 parliamo di Via Roma 5 e altre cose.'],
    ['a venue with no street', 'Vai ser na Empresa Exemplo.'],
    ['a lower-case venue after a common word', 'Fica na cozinha, Rua das Flores 5.'],
  ])('ignores %s', (_, text) => {
    expect(venueWithStreet(text)).toBeNull();
  });
});
