/**
 * A country that is one city ("Singapore", "Monaco", "Hong Kong"), by its
 * ISO2 code: an event there is in that city (place/city-states.ts), and its
 * name alone names a town, not only a country (normalise/country.ts).
 */
export const CITY_STATES: Readonly<Record<string, string>> = {
  SG: 'Singapore',
  HK: 'Hong Kong',
  MO: 'Macau',
  MC: 'Monaco',
  LU: 'Luxembourg',
  SM: 'San Marino',
  VA: 'Vatican City',
  GI: 'Gibraltar',
};
