/**
 * Names people use for a place that the GeoNames city list does not carry.
 * Every entry is a name in real use; `kind` says why it points where it does:
 *
 * - `nickname`: a colloquial or dialect name for the city ("Brum" is the
 *   Brummie name for Birmingham; "Embra" is Scots for Edinburgh).
 * - `exonym`: another language's name for a city GeoNames lists under one
 *   spelling only (GeoNames has "Köln", not "Cologne"; "Munich", not "München").
 * - `neighbourhood`: a district too small or not separate in GeoNames; it is
 *   placed at the centre of the city that contains it (precision: city).
 * - `renamed`: the city's current official name, when GeoNames still has the
 *   old one ("Astana", listed as "Nur-Sultan").
 * - `official`: the full official name, when GeoNames has only the short
 *   one and the short one is shared ("Neustadt an der Weinstraße" is
 *   GeoNames' "Neustadt" in Rhineland-Palatinate; town-forms.ts cannot tell
 *   which Neustadt a qualifier means).
 * - `short`: the everyday short name of a town GeoNames lists only in full
 *   ("Malvern" for Great Malvern, "Tunbridge Wells" for Royal Tunbridge Wells).
 * - `conurbation`: a metropolitan county or urban area, placed at its
 *   principal city ("West Midlands" → Birmingham). Good enough for a region
 *   centre with a radius; not a boundary.
 *
 * The target is found in the gazetteer by name, country and admin1 (largest
 * population wins), so it must be spelled as GeoNames spells it. A test checks
 * that every target exists.
 */
export type AliasKind = 'nickname' | 'exonym' | 'neighbourhood' | 'conurbation' | 'renamed' | 'official' | 'short';

export interface PlaceAlias {
  alias: string;
  name: string;
  country: string;
  admin1: string | null;
  kind: AliasKind;
}

const a = (alias: string, name: string, country: string, admin1: string | null, kind: AliasKind): PlaceAlias => ({
  alias,
  name,
  country,
  admin1,
  kind,
});

export const PLACE_ALIASES: readonly PlaceAlias[] = [
  // United Kingdom
  a('Brum', 'Birmingham', 'GB', 'ENG', 'nickname'),
  // English towns by the names on their signs and in their clubs' fixtures, where GeoNames has only the full one
  a('Malvern', 'Great Malvern', 'GB', 'ENG', 'short'),
  a('Tunbridge Wells', 'Royal Tunbridge Wells', 'GB', 'ENG', 'short'),
  a('Leamington Spa', 'Royal Leamington Spa', 'GB', 'ENG', 'short'),
  a('Wootton Bassett', 'Royal Wootton Bassett', 'GB', 'ENG', 'short'),
  a('Dereham', 'East Dereham', 'GB', 'ENG', 'short'),
  a('Southend', 'Southend-on-Sea', 'GB', 'ENG', 'short'),
  a('Burton-on-Trent', 'Burton upon Trent', 'GB', 'ENG', 'short'),
  a('Hemel', 'Hemel Hempstead', 'GB', 'ENG', 'short'),
  a('Bognor', 'Bognor Regis', 'GB', 'ENG', 'short'),
  a('Digbeth', 'Birmingham', 'GB', 'ENG', 'neighbourhood'),
  a('West Midlands', 'Birmingham', 'GB', 'ENG', 'conurbation'),
  a('Brizzle', 'Bristol', 'GB', 'ENG', 'nickname'),
  a('Manc', 'Manchester', 'GB', 'ENG', 'nickname'),
  a('Manny', 'Manchester', 'GB', 'ENG', 'nickname'),
  a('Northern Quarter', 'Manchester', 'GB', 'ENG', 'neighbourhood'),
  a('Greater Manchester', 'Manchester', 'GB', 'ENG', 'conurbation'),
  a('Merseyside', 'Liverpool', 'GB', 'ENG', 'conurbation'),
  a('Tyneside', 'Newcastle upon Tyne', 'GB', 'ENG', 'conurbation'),
  a('Hull', 'Kingston upon Hull', 'GB', 'ENG', 'nickname'),
  a('Greater London', 'London', 'GB', 'ENG', 'conurbation'),
  a('Shoreditch', 'London', 'GB', 'ENG', 'neighbourhood'),
  a('Soho', 'London', 'GB', 'ENG', 'neighbourhood'),
  a('The Big Smoke', 'London', 'GB', 'ENG', 'nickname'),
  a('Embra', 'Edinburgh', 'GB', 'SCT', 'nickname'),
  a('Auld Reekie', 'Edinburgh', 'GB', 'SCT', 'nickname'),
  a('Leith', 'Edinburgh', 'GB', 'SCT', 'neighbourhood'),
  a('Glesga', 'Glasgow', 'GB', 'SCT', 'nickname'),
  a('Londonderry', 'Derry', 'GB', 'NIR', 'exonym'),
  a('Staines-upon-Thames', 'Staines', 'GB', 'ENG', 'renamed'),
  // Europe
  a('München', 'Munich', 'DE', '02', 'exonym'),
  a('Cologne', 'Köln', 'DE', '07', 'exonym'),
  a('Nuremberg', 'Nürnberg', 'DE', '02', 'exonym'),
  a('Hanover', 'Hannover', 'DE', '06', 'exonym'),
  a('Neustadt an der Weinstraße', 'Neustadt', 'DE', '08', 'official'),
  a('Den Haag', 'The Hague', 'NL', '11', 'exonym'),
  a('Geneva', 'Genève', 'CH', 'GE', 'exonym'),
  a('Genf', 'Genève', 'CH', 'GE', 'exonym'),
  a('Wien', 'Vienna', 'AT', '09', 'exonym'),
  a('Praha', 'Prague', 'CZ', '52', 'exonym'),
  a('Plzeň', 'Pilsen', 'CZ', null, 'exonym'),
  a('Roma', 'Rome', 'IT', '07', 'exonym'),
  a('Lisboa', 'Lisbon', 'PT', '14', 'exonym'),
  a('Warszawa', 'Warsaw', 'PL', '78', 'exonym'),
  a('København', 'Copenhagen', 'DK', '17', 'exonym'),
  a('Bruxelles', 'Brussels', 'BE', 'BRU', 'exonym'),
  a('Antwerp', 'Antwerpen', 'BE', 'VLG', 'exonym'),
  a('Anvers', 'Antwerpen', 'BE', 'VLG', 'exonym'),
  a('Ghent', 'Gent', 'BE', 'VLG', 'exonym'),
  a('Bruges', 'Brugge', 'BE', 'VLG', 'exonym'),
  a('Oostende', 'Ostend', 'BE', 'VLG', 'exonym'),
  a('Brussel', 'Brussels', 'BE', 'BRU', 'exonym'),
  a('Den Bosch', "'s-Hertogenbosch", 'NL', '06', 'nickname'),
  a('Lucerne', 'Luzern', 'CH', 'LU', 'exonym'),
  a('Bâle', 'Basel', 'CH', 'BS', 'exonym'),
  a('Athina', 'Athens', 'GR', 'ESYE31', 'exonym'),
  a('Aarhus', 'Århus', 'DK', '18', 'exonym'),
  a('Gothenburg', 'Göteborg', 'SE', '28', 'exonym'),
  a('Zurich', 'Zürich', 'CH', 'ZH', 'exonym'),
  a('Seville', 'Sevilla', 'ES', '51', 'exonym'),
  a('Budweis', 'České Budějovice', 'CZ', '79', 'exonym'),
  a('Prishtina', 'Pristina', 'XK', null, 'exonym'),
  a('Hitachinaka', 'Hitachi-Naka', 'JP', '14', 'exonym'),
  // The communes of the Brussels-Capital Region, in French and Dutch: GeoNames' city list has only "Brussels", so
  // "Rue du Page 12, 1050 Ixelles" was no place. (Forest and Saint-Gilles have namesakes elsewhere: the postcode of
  // Saint-Gilles says which, namesake.ts.)
  ...[
    'Anderlecht',
    'Auderghem',
    'Oudergem',
    'Berchem-Sainte-Agathe',
    'Sint-Agatha-Berchem',
    'Etterbeek',
    'Evere',
    'Vorst',
    'Ganshoren',
    'Ixelles',
    'Elsene',
    'Jette',
    'Koekelberg',
    'Molenbeek',
    'Molenbeek-Saint-Jean',
    'Sint-Jans-Molenbeek',
    'Sint-Gillis',
    'Saint-Josse-ten-Noode',
    'Sint-Joost-ten-Node',
    'Schaerbeek',
    'Schaarbeek',
    'Uccle',
    'Ukkel',
    'Watermael-Boitsfort',
    'Watermaal-Bosvoorde',
    'Woluwe-Saint-Lambert',
    'Sint-Lambrechts-Woluwe',
    'Woluwe-Saint-Pierre',
    'Sint-Pieters-Woluwe',
  ].map((commune) => a(commune, 'Brussels', 'BE', 'BRU', 'neighbourhood')),
  // Vietnamese names, written with their tones and as cities ("Thành phố", "TP.")
  a('Hồ Chí Minh', 'Ho Chi Minh City', 'VN', '20', 'exonym'),
  a('Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 'VN', '20', 'exonym'),
  a('TP. Hồ Chí Minh', 'Ho Chi Minh City', 'VN', '20', 'exonym'),
  a('TP.HCM', 'Ho Chi Minh City', 'VN', '20', 'exonym'),
  a('Sài Gòn', 'Ho Chi Minh City', 'VN', '20', 'nickname'),
  a('Hà Nội', 'Hanoi', 'VN', '44', 'exonym'),
  a('Thành phố Hà Nội', 'Hanoi', 'VN', '44', 'exonym'),
  // León, Guanajuato is León to everyone; GeoNames lists it only by its official name
  a('León', 'León de los Aldama', 'MX', '11', 'nickname'),
  // GeoNames spells these bilingual towns with both names at once; an address uses one.
  a('San Sebastián', 'Donostia / San Sebastián', 'ES', '59', 'exonym'),
  a('Donostia', 'Donostia / San Sebastián', 'ES', '59', 'exonym'),
  a('Vitoria', 'Gasteiz / Vitoria', 'ES', '59', 'exonym'),
  a('Vitoria-Gasteiz', 'Gasteiz / Vitoria', 'ES', '59', 'exonym'),
  a('Gasteiz', 'Gasteiz / Vitoria', 'ES', '59', 'exonym'),
  a('Biel', 'Biel/Bienne', 'CH', 'BE', 'exonym'),
  a('Bienne', 'Biel/Bienne', 'CH', 'BE', 'exonym'),
  // Catalan, Valencian and Basque names in everyday use; GeoNames has the Spanish or the full one.
  a('Castelló', 'Castelló de la Plana', 'ES', '60', 'nickname'),
  a('Castellón', 'Castelló de la Plana', 'ES', '60', 'nickname'),
  a('Castellón de la Plana', 'Castelló de la Plana', 'ES', '60', 'exonym'),
  a('Alacant', 'Alicante', 'ES', '60', 'exonym'),
  a('Iruña', 'Pamplona', 'ES', '32', 'exonym'),
  a('Iruñea', 'Pamplona', 'ES', '32', 'exonym'),
  a('Bilbo', 'Bilbao', 'ES', '59', 'exonym'),
  a('Sant Cugat', 'Sant Cugat del Vallès', 'ES', '56', 'nickname'),
  a("L'Hospitalet", "L'Hospitalet de Llobregat", 'ES', '56', 'nickname'),
  a('Milano', 'Milan', 'IT', '09', 'exonym'),
  a('Torino', 'Turin', 'IT', '12', 'exonym'),
  a('Firenze', 'Florence', 'IT', '16', 'exonym'),
  a('Napoli', 'Naples', 'IT', '04', 'exonym'),
  a('Venezia', 'Venice', 'IT', '20', 'exonym'),
  a('Genova', 'Genoa', 'IT', '08', 'exonym'),
  a('Kiev', 'Kyiv', 'UA', '12', 'exonym'),
  // Americas
  a('NYC', 'New York City', 'US', 'NY', 'nickname'),
  a('New York', 'New York City', 'US', 'NY', 'exonym'),
  a('Greenwich Village', 'New York City', 'US', 'NY', 'neighbourhood'),
  a('West Village', 'New York City', 'US', 'NY', 'neighbourhood'),
  a('Lower East Side', 'New York City', 'US', 'NY', 'neighbourhood'),
  a('Upper West Side', 'New York City', 'US', 'NY', 'neighbourhood'),
  a('Upper East Side', 'New York City', 'US', 'NY', 'neighbourhood'),
  a('Tribeca', 'New York City', 'US', 'NY', 'neighbourhood'),
  a('Midtown Manhattan', 'New York City', 'US', 'NY', 'neighbourhood'),
  a('Lower Manhattan', 'New York City', 'US', 'NY', 'neighbourhood'),
  a('Washington DC', 'Washington, D.C.', 'US', 'DC', 'exonym'),
  a('DC', 'Washington, D.C.', 'US', 'DC', 'nickname'),
  a('LA', 'Los Angeles', 'US', 'CA', 'nickname'),
  a('SF', 'San Francisco', 'US', 'CA', 'nickname'),
  a('Bay Area', 'San Francisco', 'US', 'CA', 'conurbation'),
  a('Philly', 'Philadelphia', 'US', 'PA', 'nickname'),
  a('Vegas', 'Las Vegas', 'US', 'NV', 'nickname'),
  a('NOLA', 'New Orleans', 'US', 'LA', 'nickname'),
  a('SLC', 'Salt Lake City', 'US', 'UT', 'nickname'),
  a('CDMX', 'Mexico City', 'MX', '09', 'nickname'),
  a('Ciudad de México', 'Mexico City', 'MX', '09', 'exonym'),
  // Buenos Aires as its people write the city (Ciudad Autónoma), not the province around it.
  a('CABA', 'Buenos Aires', 'AR', '07', 'nickname'),
  a('Ciudad Autónoma de Buenos Aires', 'Buenos Aires', 'AR', '07', 'exonym'),
  a('Quebec City', 'Québec', 'CA', '10', 'exonym'),
  a('Ville de Québec', 'Québec', 'CA', '10', 'exonym'),
  // Africa and Asia-Pacific
  a('Joburg', 'Johannesburg', 'ZA', '06', 'nickname'),
  a('Jozi', 'Johannesburg', 'ZA', '06', 'nickname'),
  a('Bangalore', 'Bengaluru', 'IN', '19', 'exonym'),
  a('Bombay', 'Mumbai', 'IN', '16', 'exonym'),
  a('KL', 'Kuala Lumpur', 'MY', '14', 'nickname'),
  a('Saigon', 'Ho Chi Minh City', 'VN', '20', 'exonym'),
  // GeoNames lists the capital as "Washington, D.C.": "Washington, DC" and "Washington, USA" are how people write it.
  a('Washington', 'Washington, D.C.', 'US', 'DC', 'exonym'),
  // Renamed after the GeoNames list was taken: the current official names.
  a('Astana', 'Nur-Sultan', 'KZ', null, 'renamed'),
  a('Gurugram', 'Gurgaon', 'IN', null, 'renamed'),
  // India's renamed cities, by their current official names: Karnataka's of 2014 (GeoNames has "Mysore", "Belgaum"…),
  // and others since. Hubballi and Dharwad are one city corporation, Hubli-Dharwad.
  ...(
    [
      ['Mysuru', 'Mysore', '19'],
      ['Mangaluru', 'Mangalore', '19'],
      ['Belagavi', 'Belgaum', '19'],
      ['Hubballi', 'Hubli', '19'],
      ['Kalaburagi', 'Gulbarga', '19'],
      ['Vijayapura', 'Bijapur', '19'],
      ['Shivamogga', 'Shimoga', '19'],
      ['Tumakuru', 'Tumkūr', '19'],
      ['Ballari', 'Bellary', '19'],
      ['Chikkamagaluru', 'Chikmagalūr', '19'],
      ['Hosapete', 'Hospet', '19'],
      ['Davanagere', 'Davangere', '19'],
      ['Prayagraj', 'Allahābād', '36'],
      ['Kochi', 'Cochin', '13'],
      ['Palakkad', 'Pālghāt', '13'],
      ['Bhubaneswar', 'Bhubaneshwar', '21'],
      ['Dehradun', 'Dehra Dūn', '39'],
      ['Chhatrapati Sambhajinagar', 'Aurangabad', '16'],
      ['Dharashiv', 'Osmanabad', '16'],
    ] as const
  ).map(([alias, name, admin1]) => a(alias, name, 'IN', admin1, 'renamed')),
  a('Dharwad', 'Hubli', 'IN', '19', 'conurbation'),
  a('Hubballi-Dharwad', 'Hubli', 'IN', '19', 'conurbation'),
  a('Hubli-Dharwad', 'Hubli', 'IN', '19', 'conurbation'),
  // …and the former names still in everyday use, where GeoNames has only the current one
  ...(
    [
      ['Pondicherry', 'Puducherry', '22'],
      ['Trivandrum', 'Thiruvananthapuram', '13'],
      ['Calicut', 'Kozhikode', '13'],
      ['Trichur', 'Thrissur', '13'],
      ['Quilon', 'Kollam', '13'],
      ['Alleppey', 'Alappuzha', '13'],
      ['Cannanore', 'Kannur', '13'],
      ['Tuticorin', 'Thoothukudi', '25'],
      ['Baroda', 'Vadodara', '09'],
      ['Poona', 'Pune', '16'],
      ['Simla', 'Shimla', '11'],
      ['Mercara', 'Madikeri', '19'],
    ] as const
  ).map(([alias, name, admin1]) => a(alias, name, 'IN', admin1, 'exonym')),
  // Vammala, the town, is the seat of the municipality of Sastamala (merged 2009), which GeoNames' city list lacks.
  a('Sastamala', 'Vammala', 'FI', null, 'renamed'),
];
