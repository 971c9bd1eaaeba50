import { describe, expect, it } from 'vitest';
import { venueAndAddress } from './location.js';

// Lesson from a real Flemish hackerspace's calendar (synthetic addresses of the same shape): "<Name>kaai 51, Ghent,
// Belgium" was shown with the venue "<Name>kaai 51" (digest lines "· <Name>kaai 51"). Dutch, Flemish and Nordic
// streets end their name with the street word and put the house number after it; a location starting with one names
// no venue, as "Hauptstraße 5, …" does not.
describe('venueAndAddress: a Dutch, Flemish or Nordic street first names no venue', () => {
  it.each([
    // Dutch and Flemish
    ['Voorbeeldkaai 51, Ghent, Belgium', null],
    ['Kerkstraat 5, Ghent, Belgium', null],
    ['Voorbeeldkaai 51, 9000 Gent', null],
    ['Kerkstraat 5 bus 3, 9000 Gent', null],
    ['Coolsingel 40, 3011 AD Rotterdam', null],
    ['Voorbeeldlaan 12a, Utrecht', null],
    ['Keizersgracht 123, Amsterdam', null],
    ['Voorbeeldkade 8, Amsterdam', null],
    ['Marktplein 1, Leiden', null],
    ['Zeedijk 7, Amsterdam', null],
    ['Brusselsesteenweg 100, 9050 Gentbrugge', null],
    ['Frankrijklei 5, 2000 Antwerpen', null],
    ['Voorbeelddreef 3, Brugge', null],
    ['Nieuwe Binnenweg 5, Rotterdam', null],
    ['Oudezijds Voorburgwal 72, Amsterdam', null],
    ['Prins Hendrikkade 5, Amsterdam', null],
    // Danish, Norwegian, Swedish, Finnish
    ['Sanderumvej 16B, Odense', null],
    ['Vesterbrogade 3, 1620 København', null],
    ['Frederiksberg Allé 5, København', null],
    ['Storgata 5, Oslo', null],
    ['Karl Johans gate 22, Oslo', null],
    ['Ole Bulls plass 3, Bergen', null],
    ['Drottninggatan 5, Stockholm', null],
    ['Kungsvägen 5, Stockholm', null],
    ['Runeberginkatu 5, Helsinki', null],
    // a street glued to the venue's name is not part of it
    ['Café Voorbeeld Kerkstraat 5, 9000 Gent', 'Café Voorbeeld'],
    ['Litteraturhuset Karl Johans gate 22, Oslo', 'Litteraturhuset'],
    // a venue whose name ends like a street, with no house number, or before its street, stays
    ['De Markt, Gent', 'De Markt'],
    ['Weihnachtsmarkt, Dresden', 'Weihnachtsmarkt'],
    ['Paleis Het Loo, Apeldoorn', 'Paleis Het Loo'],
    ['Ahoy Rotterdam, Ahoyweg 10, Rotterdam', 'Ahoy Rotterdam'],
    ['Café De Kade, Kerkstraat 5, Gent', 'Café De Kade'],
    ['Hackerspace Voorbeeld, Voorbeeldkaai 51, Gent', 'Hackerspace Voorbeeld'],
    ['Golden Gate 5, San Francisco', 'Golden Gate 5'],
  ])('%j has venue %j', (text, venue) => {
    expect(venueAndAddress(null, text)).toEqual({ venue, address: text });
  });
});
