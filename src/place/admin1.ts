import { US_STATES } from '../core/us-states.js';

/**
 * First-level subdivisions (GeoNames "admin1") for the countries whose
 * subdivisions people write in addresses and region names: US states, UK
 * nations, Australian states, Canadian provinces, German Länder, French
 * regions, Brazilian, Indian and Mexican states, Swiss cantons, Japanese
 * prefectures.
 *
 * `code` is the GeoNames admin1 code stored in the gazetteer (US and
 * Switzerland use postal codes; GB uses ENG/SCT/WLS/NIR; the others use
 * GeoNames' numbers). `abbr` is the postal abbreviation people write ("AL",
 * "QLD", "ON"); `names` lists spellings, the first being the display name
 * ("Birmingham, Alabama, US") unless `label` gives it.
 */
export interface Admin1 {
  country: string;
  code: string;
  abbr: string | null;
  names: readonly string[];
  /** The display name, when it is left out of `names` because a town has it: the canton of Bern is shown "Bern". */
  label?: string;
  /**
   * The code is written after the town with no comma, the Swiss way ("Muri
   * AG", "Buchs SG"), which town-forms.ts reads; alone after a comma it is
   * read only where a person types a place (a channel's region: "Muri, AG"),
   * since most canton codes are also countries' ("…, FR", "…, BE").
   */
  codeAfterTown?: boolean;
}

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
  // Brazil's states, by their two-letter UF ("Uberlândia, MG", "São Paulo - SP")
  { country: 'BR', code: '01', abbr: 'AC', names: ['Acre'] },
  { country: 'BR', code: '02', abbr: 'AL', names: ['Alagoas'] },
  { country: 'BR', code: '03', abbr: 'AP', names: ['Amapá', 'Amapa'] },
  { country: 'BR', code: '04', abbr: 'AM', names: ['Amazonas'] },
  { country: 'BR', code: '05', abbr: 'BA', names: ['Bahia'] },
  { country: 'BR', code: '06', abbr: 'CE', names: ['Ceará', 'Ceara'] },
  { country: 'BR', code: '07', abbr: 'DF', names: ['Distrito Federal'] },
  { country: 'BR', code: '08', abbr: 'ES', names: ['Espírito Santo', 'Espirito Santo'] },
  { country: 'BR', code: '29', abbr: 'GO', names: ['Goiás', 'Goias'] },
  { country: 'BR', code: '13', abbr: 'MA', names: ['Maranhão', 'Maranhao'] },
  { country: 'BR', code: '14', abbr: 'MT', names: ['Mato Grosso'] },
  { country: 'BR', code: '11', abbr: 'MS', names: ['Mato Grosso do Sul'] },
  { country: 'BR', code: '15', abbr: 'MG', names: ['Minas Gerais'] },
  { country: 'BR', code: '16', abbr: 'PA', names: ['Pará', 'Para'] },
  { country: 'BR', code: '17', abbr: 'PB', names: ['Paraíba', 'Paraiba'] },
  { country: 'BR', code: '18', abbr: 'PR', names: ['Paraná', 'Parana'] },
  { country: 'BR', code: '30', abbr: 'PE', names: ['Pernambuco'] },
  { country: 'BR', code: '20', abbr: 'PI', names: ['Piauí', 'Piaui'] },
  { country: 'BR', code: '21', abbr: 'RJ', names: ['Rio de Janeiro'] },
  { country: 'BR', code: '22', abbr: 'RN', names: ['Rio Grande do Norte'] },
  { country: 'BR', code: '23', abbr: 'RS', names: ['Rio Grande do Sul'] },
  { country: 'BR', code: '24', abbr: 'RO', names: ['Rondônia', 'Rondonia'] },
  { country: 'BR', code: '25', abbr: 'RR', names: ['Roraima'] },
  { country: 'BR', code: '26', abbr: 'SC', names: ['Santa Catarina'] },
  { country: 'BR', code: '27', abbr: 'SP', names: ['São Paulo', 'Sao Paulo'] },
  { country: 'BR', code: '28', abbr: 'SE', names: ['Sergipe'] },
  { country: 'BR', code: '31', abbr: 'TO', names: ['Tocantins'] },
  // India's states and territories, by the codes on its number plates ("Pune, MH"); Uttarakhand's "UK" is the United Kingdom
  { country: 'IN', code: '02', abbr: 'AP', names: ['Andhra Pradesh'] },
  { country: 'IN', code: '03', abbr: 'AS', names: ['Assam'] },
  { country: 'IN', code: '34', abbr: 'BR', names: ['Bihar'] },
  { country: 'IN', code: '37', abbr: 'CG', names: ['Chhattisgarh'] },
  { country: 'IN', code: '07', abbr: 'DL', names: ['Delhi', 'NCT of Delhi'] },
  { country: 'IN', code: '33', abbr: 'GA', names: ['Goa'] },
  { country: 'IN', code: '09', abbr: 'GJ', names: ['Gujarat'] },
  { country: 'IN', code: '10', abbr: 'HR', names: ['Haryana'] },
  { country: 'IN', code: '11', abbr: 'HP', names: ['Himachal Pradesh'] },
  { country: 'IN', code: '38', abbr: 'JH', names: ['Jharkhand'] },
  { country: 'IN', code: '19', abbr: 'KA', names: ['Karnataka'] },
  { country: 'IN', code: '13', abbr: 'KL', names: ['Kerala'] },
  { country: 'IN', code: '35', abbr: 'MP', names: ['Madhya Pradesh'] },
  { country: 'IN', code: '16', abbr: 'MH', names: ['Maharashtra'] },
  { country: 'IN', code: '21', abbr: 'OD', names: ['Odisha', 'Orissa'] },
  { country: 'IN', code: '23', abbr: 'PB', names: ['Punjab'] },
  { country: 'IN', code: '24', abbr: 'RJ', names: ['Rajasthan'] },
  { country: 'IN', code: '25', abbr: 'TN', names: ['Tamil Nadu'] },
  { country: 'IN', code: '40', abbr: 'TG', names: ['Telangana'] },
  { country: 'IN', code: '36', abbr: 'UP', names: ['Uttar Pradesh'] },
  { country: 'IN', code: '39', abbr: null, names: ['Uttarakhand'] },
  { country: 'IN', code: '28', abbr: 'WB', names: ['West Bengal'] },
  { country: 'IN', code: '12', abbr: 'JK', names: ['Jammu and Kashmir'] },
  { country: 'IN', code: '22', abbr: 'PY', names: ['Puducherry', 'Pondicherry'] },
  // the North-East, the islands and Ladakh, by name only (their plate codes are other countries': ML, MN, NL, SK…)
  { country: 'IN', code: '30', abbr: null, names: ['Arunachal Pradesh'] },
  { country: 'IN', code: '17', abbr: null, names: ['Manipur'] },
  { country: 'IN', code: '18', abbr: null, names: ['Meghalaya'] },
  { country: 'IN', code: '31', abbr: null, names: ['Mizoram'] },
  { country: 'IN', code: '20', abbr: null, names: ['Nagaland'] },
  { country: 'IN', code: '29', abbr: null, names: ['Sikkim'] },
  { country: 'IN', code: '26', abbr: null, names: ['Tripura'] },
  { country: 'IN', code: '01', abbr: null, names: ['Andaman and Nicobar Islands', 'Andaman and Nicobar'] },
  { country: 'IN', code: '14', abbr: null, names: ['Lakshadweep'] },
  { country: 'IN', code: '41', abbr: null, names: ['Ladakh'] },
  // Mexico's states ("León, Guanajuato", "Guadalajara, JAL": ISO 3166-2 codes); the State of Mexico only by its long
  // name, "México" and "MEX" being the country, and Colima not as "COL" (Colombia)
  { country: 'MX', code: '01', abbr: 'AGU', names: ['Aguascalientes'] },
  { country: 'MX', code: '02', abbr: 'BCN', names: ['Baja California'] },
  { country: 'MX', code: '03', abbr: 'BCS', names: ['Baja California Sur'] },
  { country: 'MX', code: '04', abbr: 'CAM', names: ['Campeche'] },
  { country: 'MX', code: '05', abbr: 'CHP', names: ['Chiapas'] },
  { country: 'MX', code: '06', abbr: 'CHH', names: ['Chihuahua'] },
  { country: 'MX', code: '07', abbr: 'COA', names: ['Coahuila'] },
  { country: 'MX', code: '08', abbr: null, names: ['Colima'] },
  { country: 'MX', code: '09', abbr: 'CMX', names: ['Ciudad de México', 'CDMX', 'Distrito Federal'] },
  { country: 'MX', code: '10', abbr: 'DUR', names: ['Durango'] },
  { country: 'MX', code: '11', abbr: 'GUA', names: ['Guanajuato'] },
  { country: 'MX', code: '12', abbr: 'GRO', names: ['Guerrero'] },
  { country: 'MX', code: '13', abbr: 'HID', names: ['Hidalgo'] },
  { country: 'MX', code: '14', abbr: 'JAL', names: ['Jalisco'] },
  { country: 'MX', code: '15', abbr: null, names: ['Estado de México'] },
  { country: 'MX', code: '16', abbr: 'MIC', names: ['Michoacán', 'Michoacan'] },
  { country: 'MX', code: '17', abbr: 'MOR', names: ['Morelos'] },
  { country: 'MX', code: '18', abbr: 'NAY', names: ['Nayarit'] },
  { country: 'MX', code: '19', abbr: 'NLE', names: ['Nuevo León', 'Nuevo Leon'] },
  { country: 'MX', code: '20', abbr: 'OAX', names: ['Oaxaca'] },
  { country: 'MX', code: '21', abbr: 'PUE', names: ['Puebla'] },
  { country: 'MX', code: '22', abbr: 'QUE', names: ['Querétaro', 'Queretaro'] },
  { country: 'MX', code: '23', abbr: 'ROO', names: ['Quintana Roo'] },
  { country: 'MX', code: '24', abbr: 'SLP', names: ['San Luis Potosí', 'San Luis Potosi'] },
  { country: 'MX', code: '25', abbr: 'SIN', names: ['Sinaloa'] },
  { country: 'MX', code: '26', abbr: 'SON', names: ['Sonora'] },
  { country: 'MX', code: '27', abbr: 'TAB', names: ['Tabasco'] },
  { country: 'MX', code: '28', abbr: 'TAM', names: ['Tamaulipas'] },
  { country: 'MX', code: '29', abbr: 'TLA', names: ['Tlaxcala'] },
  { country: 'MX', code: '30', abbr: 'VER', names: ['Veracruz'] },
  { country: 'MX', code: '31', abbr: 'YUC', names: ['Yucatán', 'Yucatan'] },
  { country: 'MX', code: '32', abbr: 'ZAC', names: ['Zacatecas'] },
];

/**
 * Switzerland's cantons, which tell its many same-named towns apart ("Muri
 * AG" and "Muri bei Bern", "Buchs SG", "Wohlen BE"). A canton's name counts
 * as a qualifier only when no town in the gazetteer has it: "Bern", "Zug" or
 * "Ticino" written alone is the town, so those cantons are read by their
 * code or as "Kanton Bern", "Canton of Bern" and shown by `label`.
 */
const CANTONS: ReadonlyArray<readonly [string, readonly string[], string?]> = [
  ['AG', ['Aargau', 'Argovie', 'Argovia']],
  ['AI', ['Appenzell Innerrhoden']],
  ['AR', ['Appenzell Ausserrhoden']],
  ['BE', ['Kanton Bern', 'Canton of Bern', 'Canton de Berne'], 'Bern'],
  ['BL', ['Basel-Landschaft', 'Basel-Land', 'Baselland', 'Bâle-Campagne']],
  ['BS', ['Basel-Stadt', 'Bâle-Ville']],
  ['FR', ['Kanton Freiburg', 'Canton of Fribourg', 'Canton de Fribourg'], 'Fribourg'],
  ['GE', ['Kanton Genf', 'Canton of Geneva', 'Canton de Genève'], 'Geneva'],
  ['GL', ['Kanton Glarus', 'Canton of Glarus'], 'Glarus'],
  ['GR', ['Graubünden', 'Grisons', 'Grigioni']],
  ['JU', ['Kanton Jura', 'Canton of Jura', 'Canton du Jura'], 'Jura'],
  ['LU', ['Kanton Luzern', 'Canton of Lucerne'], 'Lucerne'],
  ['NE', ['Kanton Neuenburg', 'Canton of Neuchâtel', 'Canton de Neuchâtel'], 'Neuchâtel'],
  ['NW', ['Nidwalden']],
  ['OW', ['Obwalden']],
  ['SG', ['Kanton St. Gallen', 'Canton of St. Gallen'], 'St. Gallen'],
  ['SH', ['Kanton Schaffhausen', 'Canton of Schaffhausen'], 'Schaffhausen'],
  ['SO', ['Kanton Solothurn', 'Canton of Solothurn'], 'Solothurn'],
  ['SZ', ['Kanton Schwyz', 'Canton of Schwyz'], 'Schwyz'],
  ['TG', ['Thurgau', 'Thurgovie']],
  ['TI', ['Kanton Tessin', 'Canton of Ticino', 'Canton Ticino'], 'Ticino'],
  ['UR', ['Kanton Uri', 'Canton of Uri'], 'Uri'],
  ['VD', ['Vaud', 'Waadt']],
  ['VS', ['Valais', 'Kanton Wallis']],
  ['ZG', ['Kanton Zug', 'Canton of Zug'], 'Zug'],
  ['ZH', ['Kanton Zürich', 'Canton of Zurich', 'Canton de Zurich'], 'Zurich'],
];

/**
 * Japan's prefectures, in GeoNames' order ("Hino, Shiga", "Fuchū, Hiroshima"
 * are not the Hino and Fuchū of Tokyo). Written also "Shiga Prefecture",
 * "Shiga-ken"; Tokyo is a metropolis ("Tokyo-to"), Osaka and Kyoto are
 * "-fu", Hokkaido is a circuit on its own.
 */
// prettier-ignore
const PREFECTURES: readonly string[] = [
  'Aichi', 'Akita', 'Aomori', 'Chiba', 'Ehime', 'Fukui', 'Fukuoka', 'Fukushima', 'Gifu', 'Gunma', 'Hiroshima', 'Hokkaido',
  'Hyogo', 'Ibaraki', 'Ishikawa', 'Iwate', 'Kagawa', 'Kagoshima', 'Kanagawa', 'Kochi', 'Kumamoto', 'Kyoto', 'Mie', 'Miyagi',
  'Miyazaki', 'Nagano', 'Nagasaki', 'Nara', 'Niigata', 'Oita', 'Okayama', 'Osaka', 'Saga', 'Saitama', 'Shiga', 'Shimane',
  'Shizuoka', 'Tochigi', 'Tokushima', 'Tokyo', 'Tottori', 'Toyama', 'Wakayama', 'Yamagata', 'Yamaguchi', 'Yamanashi', 'Okinawa',
];

function prefectureNames(name: string): string[] {
  const suffix =
    name === 'Tokyo' ? ['-to', ' Metropolis'] : name === 'Osaka' || name === 'Kyoto' ? ['-fu'] : name === 'Hokkaido' ? [] : ['-ken'];
  return [name, `${name} Prefecture`, ...suffix.map((s) => `${name}${s}`)];
}

export const ADMIN1: readonly Admin1[] = [
  ...US_STATES.map(([abbr, name]) => ({ country: 'US', code: abbr, abbr, names: [name] })),
  ...OTHERS,
  ...CANTONS.map(([code, names, label]) => ({ country: 'CH', code, abbr: code, names, codeAfterTown: true, ...(label ? { label } : {}) })),
  ...PREFECTURES.map((name, i) => ({ country: 'JP', code: String(i + 1).padStart(2, '0'), abbr: null, names: prefectureNames(name) })),
];

const byKey = new Map(ADMIN1.map((a) => [`${a.country}.${a.code}`, a]));

/** Display name of an admin1 code, e.g. ('US','AL') → 'Alabama'; null when not in the table. */
export function admin1Name(country: string, code: string | null): string | null {
  if (code === null) return null;
  const a = byKey.get(`${country}.${code}`);
  return a ? (a.label ?? a.names[0] ?? null) : null;
}
