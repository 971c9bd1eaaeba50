import { lookupPlaces, type Place } from './gazetteer.js';

/**
 * Five-digit postcodes that say which département (France) or province
 * (Spain) a venue is in: the first two digits (three overseas) are the
 * département's or province's number, and each is placed at its prefecture
 * or capital. Like the UK postcode areas (postcode-areas.ts) this is AREA
 * precision, for "is this event in the channel's region?" — a town the
 * gazetteer does not know ("76330 Port-Jérôme-sur-Seine", a commune merged
 * in 2016) is then placed in its département, 150 km from Paris, not at a
 * Paris feed's home. The numbering is public knowledge (La Poste; Correos).
 *
 * Format per entry: code, then the town as GeoNames spells it.
 */
const FR = `
01 Bourg-en-Bresse|02 Laon|03 Moulins|04 Digne-les-Bains|05 Gap|06 Nice|07 Privas|08 Charleville-Mézières|
09 Foix|10 Troyes|11 Carcassonne|12 Rodez|13 Marseille|14 Caen|15 Aurillac|16 Angoulême|17 La Rochelle|
18 Bourges|19 Tulle|20 Ajaccio|21 Dijon|22 Saint-Brieuc|23 Guéret|24 Périgueux|25 Besançon|26 Valence|
27 Évreux|28 Chartres|29 Quimper|30 Nîmes|31 Toulouse|32 Auch|33 Bordeaux|34 Montpellier|35 Rennes|
36 Châteauroux|37 Tours|38 Grenoble|39 Lons-le-Saunier|40 Mont-de-Marsan|41 Blois|42 Saint-Étienne|
43 Le Puy-en-Velay|44 Nantes|45 Orléans|46 Cahors|47 Agen|48 Mende|49 Angers|50 Saint-Lô|
51 Châlons-en-Champagne|52 Chaumont|53 Laval|54 Nancy|55 Bar-le-Duc|56 Vannes|57 Metz|58 Nevers|
59 Lille|60 Beauvais|61 Alençon|62 Arras|63 Clermont-Ferrand|64 Pau|65 Tarbes|66 Perpignan|
67 Strasbourg|68 Colmar|69 Lyon|70 Vesoul|71 Mâcon|72 Le Mans|73 Chambéry|74 Annecy|75 Paris|
76 Rouen|77 Melun|78 Versailles|79 Niort|80 Amiens|81 Albi|82 Montauban|83 Toulon|84 Avignon|
85 La Roche-sur-Yon|86 Poitiers|87 Limoges|88 Épinal|89 Auxerre|90 Belfort|91 Évry|92 Nanterre|
93 Bobigny|94 Créteil|95 Cergy|971 Basse-Terre|972 Fort-de-France|973 Cayenne|974 Saint-Denis|
976 Mamoudzou`;

const ES = `
01 Gasteiz / Vitoria|02 Albacete|03 Alicante|04 Almería|05 Ávila|06 Badajoz|07 Palma|08 Barcelona|
09 Burgos|10 Cáceres|11 Cádiz|12 Castelló de la Plana|13 Ciudad Real|14 Córdoba|15 A Coruña|16 Cuenca|
17 Girona|18 Granada|19 Guadalajara|20 Donostia / San Sebastián|21 Huelva|22 Huesca|23 Jaén|24 León|25 Lleida|
26 Logroño|27 Lugo|28 Madrid|29 Málaga|30 Murcia|31 Pamplona|32 Ourense|33 Oviedo|34 Palencia|
35 Las Palmas de Gran Canaria|36 Pontevedra|37 Salamanca|38 Santa Cruz de Tenerife|39 Santander|
40 Segovia|41 Sevilla|42 Soria|43 Tarragona|44 Teruel|45 Toledo|46 Valencia|47 Valladolid|48 Bilbao|
49 Zamora|50 Zaragoza|51 Ceuta|52 Melilla`;

/** The country each code belongs to, for the gazetteer lookup (France's overseas départements are countries of their own there). */
const FR_OVERSEAS: Readonly<Record<string, string>> = { '971': 'GP', '972': 'MQ', '973': 'GF', '974': 'RE', '976': 'YT' };

function table(text: string): ReadonlyMap<string, string> {
  return new Map(
    text
      .split('|')
      .map((e) => e.trim())
      .filter((e) => e !== '')
      .map((e) => [e.slice(0, e.indexOf(' ')), e.slice(e.indexOf(' ') + 1)] as const),
  );
}

const TABLES: Readonly<Record<string, ReadonlyMap<string, string>>> = { FR: table(FR), ES: table(ES) };

/** The countries whose five-digit postcodes this module reads. */
export function readsPostcodesOf(country: string | null | undefined): boolean {
  return country != null && country in TABLES;
}

/** "…, 76330 Port-Jérôme-sur-Seine", "F-76330 …", "Salle X, 75011": a five-digit code before a town, or a segment of its own. */
const CODE = /(?:^|[\s,])(?:F-|E-)?(\d{5})(?=\s+\p{L})|(?:^|,)\s*(?:F-|E-)?(\d{5})\s*(?=,|$)/u;

const found = new Map<string, Place | null>();

/**
 * The town a five-digit postcode in `text` stands for in `country` (France
 * or Spain): the département's prefecture or the province's capital; null
 * when the text has no such code or the country numbers otherwise.
 */
export function postcodeRegionTown(text: string, country: string | null | undefined): Place | null {
  const codes = country ? TABLES[country] : undefined;
  const m = codes ? CODE.exec(text) : null;
  const code = m?.[1] ?? m?.[2];
  if (!codes || code === undefined) return null;
  const key = codes.has(code.slice(0, 3)) && country === 'FR' ? code.slice(0, 3) : code.slice(0, 2);
  const town = codes.get(key);
  if (town === undefined) return null;
  const cacheKey = `${country}:${key}`;
  if (!found.has(cacheKey)) {
    const where = FR_OVERSEAS[key] ?? country!;
    found.set(cacheKey, lookupPlaces(town, [[{ country: where, admin1: null }]])[0] ?? null);
  }
  return found.get(cacheKey) ?? null;
}

/** The prefecture or capital of a French département or Spanish province by its number ("07" → "Privas"), as the gazetteer spells it. */
export function regionSeatName(country: string, code: string): string | null {
  return TABLES[country]?.get(code) ?? null;
}
