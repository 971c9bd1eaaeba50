import { describe, expect, it } from 'vitest';
import { flagAsCountry, venueAndAddress } from './location.js';

// Lesson from a real conference list kept in Markdown: "Berlin :de:", "Brisbane :australia:", "Virtual :computer:".
describe('flagAsCountry: a GitHub emoji shortcode after a place', () => {
  it.each([
    ['Berlin :de:', 'Berlin, Germany'],
    ['Brisbane :australia:', 'Brisbane, Australia'],
    ['Grand Cayman :cayman_islands:', 'Grand Cayman, Cayman Islands'],
    ['Dundee :scotland:', 'Dundee, United Kingdom'],
    ['Virtual :computer:', 'Virtual'],
    ['Denver (CO) :us:', 'Denver (CO), United States'],
    // no shortcode
    ['Room 4: Main Hall', 'Room 4: Main Hall'],
    ['Berlin', 'Berlin'],
  ])('%j is %j', (text, expected) => {
    expect(flagAsCountry(text)).toBe(expected);
  });
});

// Lesson from a real Odense calendar: "LOCATION:Ajour System \n Sanderumvej 16B\, Odense".
describe('venueAndAddress: a line break in the location', () => {
  it.each([
    ['Ajour System \n Sanderumvej 16B, Odense', 'Ajour System', 'Ajour System, Sanderumvej 16B, Odense'],
    ['The Hub,\n12 High Street\nLeeds', 'The Hub', 'The Hub, 12 High Street, Leeds'],
  ])('%j is venue %j at %j', (text, venue, address) => {
    expect(venueAndAddress(null, text)).toEqual({ venue, address });
  });
});

// Lesson from a real Mexico City calendar: "LOCATION:Casa Ejemplo\, Zacatecas 94\, Col Roma Norte\,\, Mexico City".
describe('venueAndAddress: empty parts between commas', () => {
  it.each([
    ['Casa Ejemplo, Zacatecas 94, Col Roma Norte,, Mexico City', 'Casa Ejemplo', 'Casa Ejemplo, Zacatecas 94, Col Roma Norte, Mexico City'],
    ['The Hub , , 12 High Street', 'The Hub', 'The Hub, 12 High Street'],
    ['The Hub,\n,12 High Street', 'The Hub', 'The Hub, 12 High Street'],
    ['Online event,', null, 'Online event'],
    [', The Hub', null, 'The Hub'],
    [',,', null, null],
    // commas with a part on both sides stay
    ['Messe Leipzig, Halle 3, Leipzig', 'Messe Leipzig', 'Messe Leipzig, Halle 3, Leipzig'],
  ])('%j is venue %j at %j', (text, venue, address) => {
    expect(venueAndAddress(null, text)).toEqual({ venue, address });
  });
});

// Lesson from a real French community calendar: the venue written straight before its street, with no
// comma ("<venue> 2 Rue <name>, <postcode> <town>"), and a bare street with no venue before it.
describe('venueAndAddress: where the venue ends and its street begins', () => {
  it.each([
    // a street glued to the venue is not part of its name
    ['Le Grenier 4 Rue des Tanneurs, 76000 Rouen, France', 'Le Grenier'],
    ['Salle Exemple de Lisieux Boulevard Jean Dupont, 14100 Lisieux', 'Salle Exemple de Lisieux'],
    ['Hôtel Exemple - Grand Confort 1 Rue Paul Martin, 57070 Metz', 'Hôtel Exemple - Grand Confort'],
    ['Halle Exemple Place de la Vieille Tour, 76000 Rouen', 'Halle Exemple'],
    ['Centre Exemple Rte de Caen, 14000 Caen', 'Centre Exemple'],
    ['Palazzo Esempio Piazza Duomo 12, Milano', 'Palazzo Esempio'],
    ['Kulturhaus Beispiel Beispielstraße 5, 10115 Berlin', 'Kulturhaus Beispiel'],
    ['Kulturhaus Beispiel Schönhauser Allee 36, Berlin', 'Kulturhaus Beispiel'],
    ['The Sample Hub 12 High Street, Leeds', 'The Sample Hub'],
    ['Sample Museum 6067 Wilshire Blvd, Los Angeles', 'Sample Museum'],
    // a bare street is an address, not a venue
    ['Rte de Brest, 29000 Quimper', null],
    ['Rue Saint-Jacques, Paris', null],
    ['Av. de Paris, 78000 Versailles', null],
    ['Bd de la Liberté, Lille', null],
    ['Via Roma 5, Torino', null],
    ['Beispielstraße 5, 10115 Berlin', null],
    // names with a street word in them stay whole
    ['Place des Arts, Montréal', 'Place des Arts'],
    ['Avenue Theatre, 12 Main St, Leeds', 'Avenue Theatre'],
    ['Café de la Gare, 41 Rue du Temple, Paris', 'Café de la Gare'],
    ['Café de la Place Rouge, Lyon', 'Café de la Place Rouge'],
    ['The Old Road Tavern, 5 Mill Lane, Leeds', 'The Old Road Tavern'],
    ['Cours de danse, Salle Exemple, Paris', 'Cours de danse'],
    ['Studio 54 West Street, New York', 'Studio 54 West Street'],
    ['Townsville 4810, Australia', null],
  ])('%j has venue %j', (text, venue) => {
    expect(venueAndAddress(null, text)).toEqual({ venue, address: text });
  });
});

// Lesson from a real conference schedule export: "LOCATION:In-person; Training" had been shown as the event's address.
describe('venueAndAddress: a location that says only how people attend and what kind of session it is', () => {
  it.each([
    'In-person; Training',
    'In person; Social',
    'Online; Workshop',
    'Online &amp; in-person; Workshop',
    'Hybrid | Seminar, Panel discussion',
    'In-person - Drop-in clinic',
    'Face to face Workshop',
    // the mode alone too: it names no place either
    'In person',
    'Hybrid',
    'In-person event',
  ])('%s is no venue and no address', (text) => {
    expect(venueAndAddress(null, text)).toEqual({ venue: null, address: null });
  });

  it.each([
    ['Room 4; Workshop', null, 'Room 4; Workshop'],
    ['Online; Zoom and the Leeds Library', null, 'Online; Zoom and the Leeds Library'],
    // an online mode alone is kept as written (Meetup's "Online event"); it is never placed
    ['Online event', null, 'Online event'],
    ['Remote Sensing Lab, 3 Mill Lane, Leeds', 'Remote Sensing Lab', 'Remote Sensing Lab, 3 Mill Lane, Leeds'],
    ['Hybrid Arts Centre', null, 'Hybrid Arts Centre'],
  ])('%s names a place: kept', (text, venue, address) => {
    expect(venueAndAddress(null, text)).toEqual({ venue, address });
  });
});
