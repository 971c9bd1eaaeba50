/**
 * First-level subdivisions (GeoNames "admin1") for the countries whose
 * subdivisions people write in addresses and region names: US states, UK
 * nations, Australian states, Canadian provinces and German Länder.
 *
 * `code` is the GeoNames admin1 code stored in the gazetteer (US uses postal
 * codes; GB uses ENG/SCT/WLS/NIR; AU, CA and DE use GeoNames' numbers).
 * `abbr` is the postal abbreviation people write ("AL", "QLD", "ON"); `names`
 * lists spellings, the first being the display name ("Birmingham, Alabama, US").
 */
export interface Admin1 {
  country: string;
  code: string;
  abbr: string | null;
  names: readonly string[];
}

const US_STATES: ReadonlyArray<readonly [string, string]> = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];

const OTHERS: readonly Admin1[] = [
  { country: 'GB', code: 'ENG', abbr: null, names: ['England'] },
  { country: 'GB', code: 'SCT', abbr: null, names: ['Scotland', 'Alba'] },
  { country: 'GB', code: 'WLS', abbr: null, names: ['Wales', 'Cymru'] },
  { country: 'GB', code: 'NIR', abbr: null, names: ['Northern Ireland', 'NI'] },
  { country: 'AU', code: '01', abbr: 'ACT', names: ['Australian Capital Territory'] },
  { country: 'AU', code: '02', abbr: 'NSW', names: ['New South Wales'] },
  { country: 'AU', code: '03', abbr: 'NT', names: ['Northern Territory'] },
  { country: 'AU', code: '04', abbr: 'QLD', names: ['Queensland'] },
  { country: 'AU', code: '05', abbr: 'SA', names: ['South Australia'] },
  { country: 'AU', code: '06', abbr: 'TAS', names: ['Tasmania'] },
  { country: 'AU', code: '07', abbr: 'VIC', names: ['Victoria'] },
  { country: 'AU', code: '08', abbr: 'WA', names: ['Western Australia'] },
  { country: 'CA', code: '01', abbr: 'AB', names: ['Alberta'] },
  { country: 'CA', code: '02', abbr: 'BC', names: ['British Columbia'] },
  { country: 'CA', code: '03', abbr: 'MB', names: ['Manitoba'] },
  { country: 'CA', code: '04', abbr: 'NB', names: ['New Brunswick'] },
  { country: 'CA', code: '05', abbr: 'NL', names: ['Newfoundland and Labrador', 'Newfoundland'] },
  { country: 'CA', code: '07', abbr: 'NS', names: ['Nova Scotia'] },
  { country: 'CA', code: '08', abbr: 'ON', names: ['Ontario'] },
  { country: 'CA', code: '09', abbr: 'PE', names: ['Prince Edward Island', 'PEI'] },
  { country: 'CA', code: '10', abbr: 'QC', names: ['Quebec', 'Québec'] },
  { country: 'CA', code: '11', abbr: 'SK', names: ['Saskatchewan'] },
  { country: 'CA', code: '12', abbr: 'YT', names: ['Yukon'] },
  { country: 'CA', code: '13', abbr: 'NT', names: ['Northwest Territories'] },
  { country: 'CA', code: '14', abbr: 'NU', names: ['Nunavut'] },
  { country: 'DE', code: '01', abbr: null, names: ['Baden-Württemberg'] },
  { country: 'DE', code: '02', abbr: null, names: ['Bavaria', 'Bayern'] },
  { country: 'DE', code: '03', abbr: null, names: ['Bremen'] },
  { country: 'DE', code: '04', abbr: null, names: ['Hamburg'] },
  { country: 'DE', code: '05', abbr: null, names: ['Hesse', 'Hessen'] },
  { country: 'DE', code: '06', abbr: null, names: ['Lower Saxony', 'Niedersachsen'] },
  { country: 'DE', code: '07', abbr: 'NRW', names: ['North Rhine-Westphalia', 'Nordrhein-Westfalen'] },
  { country: 'DE', code: '08', abbr: null, names: ['Rhineland-Palatinate', 'Rheinland-Pfalz'] },
  { country: 'DE', code: '09', abbr: null, names: ['Saarland'] },
  { country: 'DE', code: '10', abbr: null, names: ['Schleswig-Holstein'] },
  { country: 'DE', code: '11', abbr: null, names: ['Brandenburg'] },
  { country: 'DE', code: '12', abbr: null, names: ['Mecklenburg-Vorpommern'] },
  { country: 'DE', code: '13', abbr: null, names: ['Saxony', 'Sachsen'] },
  { country: 'DE', code: '14', abbr: null, names: ['Saxony-Anhalt', 'Sachsen-Anhalt'] },
  { country: 'DE', code: '15', abbr: null, names: ['Thuringia', 'Thüringen'] },
  { country: 'DE', code: '16', abbr: null, names: ['Berlin'] },
  // France's regions (since 2016), as addresses and agendas write them after the town ("…, Pont-Audemer, Normandie")
  { country: 'FR', code: '11', abbr: null, names: ['Île-de-France', 'Ile-de-France'] },
  { country: 'FR', code: '24', abbr: null, names: ['Centre-Val de Loire'] },
  { country: 'FR', code: '27', abbr: null, names: ['Bourgogne-Franche-Comté'] },
  { country: 'FR', code: '28', abbr: null, names: ['Normandie', 'Normandy'] },
  { country: 'FR', code: '32', abbr: null, names: ['Hauts-de-France'] },
  { country: 'FR', code: '44', abbr: null, names: ['Grand Est'] },
  { country: 'FR', code: '52', abbr: null, names: ['Pays de la Loire'] },
  { country: 'FR', code: '53', abbr: null, names: ['Bretagne', 'Brittany'] },
  { country: 'FR', code: '75', abbr: null, names: ['Nouvelle-Aquitaine'] },
  { country: 'FR', code: '76', abbr: null, names: ['Occitanie'] },
  { country: 'FR', code: '84', abbr: null, names: ['Auvergne-Rhône-Alpes'] },
  { country: 'FR', code: '93', abbr: null, names: ["Provence-Alpes-Côte d'Azur", 'PACA'] },
  { country: 'FR', code: '94', abbr: null, names: ['Corse', 'Corsica'] },
];

export const ADMIN1: readonly Admin1[] = [
  ...US_STATES.map(([abbr, name]) => ({ country: 'US', code: abbr, abbr, names: [name] })),
  ...OTHERS,
];

/**
 * The Associated Press abbreviations of US states, as newspapers and
 * college-sports calendars write them ("Tucson, Ariz."). Only read with
 * their full stop: "Miss." or "Wash." is a state, "Miss" or "Wash" is not.
 * "D.C." is left out: "Washington, D.C." is the city's own name in GeoNames.
 */
export const US_AP_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'AL',
  'Ariz.': 'AZ',
  'Ark.': 'AR',
  'Calif.': 'CA',
  'Colo.': 'CO',
  'Conn.': 'CT',
  'Del.': 'DE',

  'Fla.': 'FL',
  'Ga.': 'GA',
  'Ill.': 'IL',
  'Ind.': 'IN',
  'Kan.': 'KS',
  'Ky.': 'KY',
  'La.': 'LA',
  'Md.': 'MD',
  'Mass.': 'MA',
  'Mich.': 'MI',
  'Minn.': 'MN',
  'Miss.': 'MS',
  'Mo.': 'MO',
  'Mont.': 'MT',
  'Neb.': 'NE',
  'Nev.': 'NV',
  'N.H.': 'NH',
  'N.J.': 'NJ',
  'N.M.': 'NM',
  'N.Y.': 'NY',
  'N.C.': 'NC',
  'N.D.': 'ND',
  'Okla.': 'OK',
  'Ore.': 'OR',
  'Pa.': 'PA',
  'R.I.': 'RI',
  'S.C.': 'SC',
  'S.D.': 'SD',
  'Tenn.': 'TN',
  'Tex.': 'TX',
  'Vt.': 'VT',
  'Va.': 'VA',
  'Wash.': 'WA',
  'W.Va.': 'WV',
  'Wis.': 'WI',
  'Wyo.': 'WY',
};

const byKey = new Map(ADMIN1.map((a) => [`${a.country}.${a.code}`, a]));

/** Display name of an admin1 code, e.g. ('US','AL') → 'Alabama'; null when not in the table. */
export function admin1Name(country: string, code: string | null): string | null {
  if (code === null) return null;
  return byKey.get(`${country}.${code}`)?.names[0] ?? null;
}
