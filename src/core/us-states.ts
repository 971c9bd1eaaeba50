/**
 * The US states (and the District of Columbia) as addresses and feeds write
 * them: by postal abbreviation ("OH"), by name ("Ohio"), and by the
 * Associated Press abbreviation of newspapers and college-sports calendars
 * ("Murfreesboro, Tenn."). The place stage reads them as qualifiers
 * (place/admin1.ts, place/qualifiers.ts); a source may need to tell one
 * apart in its feed's own layout ("Oxford, Ohio, Bobby Kramig Field":
 * sources/rss/sidearm.ts). Both may import core, so they live here.
 */

/** [postal abbreviation, name]: the abbreviation is also the state's GeoNames admin1 code. */
export const US_STATES: ReadonlyArray<readonly [string, string]> = [
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

let names: Set<string> | null = null;
let apForms: Set<string> | null = null;

/**
 * Whether `text` is a US state as written after a town: its name in any case
 * ("Ohio"), its postal abbreviation in capitals ("OH": "or" and "in" are
 * words) or its AP abbreviation with the full stop ("Tenn.", "W. Va.").
 */
export function isUsState(text: string): boolean {
  const t = text.trim();
  if (/^[A-Z]{2}$/.test(t)) return US_STATES.some(([abbr]) => abbr === t);
  names ??= new Set(US_STATES.map(([, name]) => name.toLowerCase()));
  apForms ??= new Set(Object.keys(US_AP_ABBREVIATIONS).map(apForm));
  return names.has(t.toLowerCase().replace(/\s+/g, ' ')) || (t.endsWith('.') && apForms.has(apForm(t)));
}

const apForm = (text: string): string => text.toLowerCase().replace(/\s+/g, '');
