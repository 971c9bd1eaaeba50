/**
 * Country names → ISO 3166-1 alpha-2. The first name of each entry is the
 * English display name used in region labels ("Victoria, Argentina"); the
 * rest are common alternatives and native spellings people write in
 * addresses ("Deutschland", "España"). Names are folded (see text.ts) before
 * comparison, so accents and case do not matter here.
 *
 * Bare two-letter codes are recognised separately (see qualifiers.ts), from
 * the set of countries the gazetteer actually contains, plus "UK" → GB.
 */
export const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  GB: ['United Kingdom', 'UK', 'Great Britain', 'Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  US: ['United States', 'USA', 'US', 'United States of America', 'America'],
  IE: ['Ireland', 'Republic of Ireland', 'Éire', 'Eire'],
  FR: ['France'],
  DE: ['Germany', 'Deutschland', 'Bundesrepublik Deutschland'],
  NL: ['Netherlands', 'The Netherlands', 'Nederland', 'Holland'],
  BE: ['Belgium', 'België', 'Belgique', 'Belgien'],
  LU: ['Luxembourg', 'Lëtzebuerg', 'Luxemburg'],
  ES: ['Spain', 'España', 'Espana'],
  PT: ['Portugal'],
  IT: ['Italy', 'Italia'],
  CH: ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera'],
  AT: ['Austria', 'Österreich'],
  DK: ['Denmark', 'Danmark'],
  NO: ['Norway', 'Norge'],
  SE: ['Sweden', 'Sverige'],
  FI: ['Finland', 'Suomi'],
  IS: ['Iceland', 'Ísland'],
  PL: ['Poland', 'Polska'],
  CZ: ['Czechia', 'Czech Republic', 'Česko', 'Česká republika'],
  SK: ['Slovakia', 'Slovensko'],
  HU: ['Hungary', 'Magyarország'],
  SI: ['Slovenia', 'Slovenija'],
  HR: ['Croatia', 'Hrvatska'],
  RS: ['Serbia', 'Srbija'],
  BA: ['Bosnia and Herzegovina', 'Bosnia'],
  RO: ['Romania', 'România'],
  BG: ['Bulgaria'],
  GR: ['Greece', 'Hellas', 'Ellada'],
  CY: ['Cyprus'],
  MT: ['Malta'],
  EE: ['Estonia', 'Eesti'],
  LV: ['Latvia', 'Latvija'],
  LT: ['Lithuania', 'Lietuva'],
  UA: ['Ukraine', 'Ukraina'],
  MD: ['Moldova'],
  BY: ['Belarus'],
  RU: ['Russia', 'Russian Federation'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  GE: ['Georgia', 'Sakartvelo'],
  AM: ['Armenia'],
  IL: ['Israel'],
  JO: ['Jordan'],
  LB: ['Lebanon'],
  AE: ['United Arab Emirates', 'UAE'],
  SA: ['Saudi Arabia'],
  QA: ['Qatar'],
  EG: ['Egypt'],
  MA: ['Morocco', 'Maroc'],
  TN: ['Tunisia'],
  DZ: ['Algeria'],
  NG: ['Nigeria'],
  GH: ['Ghana'],
  SN: ['Senegal', 'Sénégal'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  CM: ['Cameroon', 'Cameroun'],
  KE: ['Kenya'],
  UG: ['Uganda'],
  TZ: ['Tanzania'],
  RW: ['Rwanda'],
  ET: ['Ethiopia'],
  ZA: ['South Africa'],
  ZW: ['Zimbabwe'],
  ZM: ['Zambia'],
  BW: ['Botswana'],
  NA: ['Namibia'],
  MZ: ['Mozambique', 'Moçambique'],
  IN: ['India', 'Bharat'],
  PK: ['Pakistan'],
  BD: ['Bangladesh'],
  LK: ['Sri Lanka'],
  NP: ['Nepal'],
  CN: ['China', "People's Republic of China"],
  HK: ['Hong Kong'],
  TW: ['Taiwan'],
  JP: ['Japan', 'Nippon'],
  KR: ['South Korea', 'Korea', 'Republic of Korea'],
  SG: ['Singapore'],
  MY: ['Malaysia'],
  ID: ['Indonesia'],
  TH: ['Thailand'],
  VN: ['Vietnam', 'Viet Nam'],
  PH: ['Philippines'],
  AU: ['Australia'],
  NZ: ['New Zealand', 'Aotearoa'],
  CA: ['Canada'],
  MX: ['Mexico', 'México'],
  GT: ['Guatemala'],
  CR: ['Costa Rica'],
  PA: ['Panama', 'Panamá'],
  CU: ['Cuba'],
  JM: ['Jamaica'],
  DO: ['Dominican Republic'],
  PR: ['Puerto Rico'],
  CO: ['Colombia'],
  VE: ['Venezuela'],
  EC: ['Ecuador'],
  PE: ['Peru', 'Perú'],
  BO: ['Bolivia'],
  CL: ['Chile'],
  AR: ['Argentina'],
  UY: ['Uruguay'],
  PY: ['Paraguay'],
  BR: ['Brazil', 'Brasil'],
  JE: ['Jersey'],
  GG: ['Guernsey'],
  IM: ['Isle of Man'],
  SC: ['Seychelles'],
};

/** English display name for an ISO2 code: the table's, else ICU's, else the code itself. */
export function countryName(code: string): string {
  return COUNTRY_NAMES[code]?.[0] ?? intlCountryName(code) ?? code;
}

let displayNames: Intl.DisplayNames | null = null;

/**
 * English name of any ISO2 region code from the runtime's ICU data
 * (Node ships full ICU), or null when it has none. Used for countries the
 * table above does not list ("CG" → "Congo - Brazzaville").
 */
export function intlCountryName(code: string): string | null {
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return displayNames.of(code) ?? null;
  } catch {
    return null;
  }
}
