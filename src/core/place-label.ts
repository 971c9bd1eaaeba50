/**
 * How a description names its place, read by a source's own layout
 * (sources/ical/venue.ts: Meetup's "📍 …" line) and by normalise in any
 * description (normalise/described-location.ts): the labels a place
 * follows, and where the place ends when a sentence follows it on its line.
 */

/** The words that label a place ("Location:", "Lieu :", Catalan "Lloc:", "開催場所："), a regex group without the colon. */
export const PLACE_LABELS =
  '(?:location|venue|where|address|place|ort|veranstaltungsort|adresse|lieu|lugar|direcci[oó]n|ubicaci[oó]n|local|endere[cç]o|morada|waar|locatie|adres|luogo|indirizzo|dove|osoite|paikka|sted|plats|開催場所|会場|場所|' +
  // Catalan, Galician, Basque
  'lloc de trobada|punt de trobada|lloc|adre[cç]a|on|enderezo|non|lekua|tokia|helbidea|' +
  // Russian, Ukrainian, Greek, Hebrew, Arabic, Thai, Hindi, Korean, Chinese
  'место проведения|место|где|адрес|місце проведення|місце|де|адреса|τόπος|τοποθεσία|διεύθυνση|מקום|מיקום|כתובת|المكان|العنوان|الموقع|مكان|' +
  'สถานที่|ที่อยู่|स्थान|स्थल|पता|장소|주소|地點|地点|地址|會場|会场)';

/**
 * Words that name where a group meets rather than a venue's address ("Where we meet", "Meeting point",
 * German "Treffpunkt", French "Point de rendez-vous"), as walking, hiking and paddling groups head the
 * place: a label like those above; a regex group without the colon.
 */
export const MEETING_PLACE_LABELS =
  String.raw`(?:where\s+(?:we(?:['’]ll|\s+will)?|to)\s+meet|meet(?:ing)?\s+(?:point|place|spot)|starting\s+point|` +
  String.raw`treffpunkt|(?:point|lieu)\s+de\s+rendez-vous|punto\s+de\s+(?:encuentro|reuni[oó]n)|punto\s+d['’]incontro|` +
  String.raw`ponto\s+de\s+encontro|verzamelpunt|trefpunt)`;

/**
 * A form's field for the place, named by a word or two before a place word,
 * as calendar services let each tenant name it (Trumba's "Campus location",
 * "Event location", "Meeting location", "Venue location") or "Building"
 * alone; a regex group without the colon. Not a place to go to
 * but another one ("Parking location", "Pick-up location", "Mailing
 * location", "Rain location").
 */
export const FIELD_PLACE_LABELS =
  String.raw`(?:(?!(?:parking|pick-?up|drop-?off|mailing|billing|shipping|return|alternate|alternative|rain|backup|previous|former|old|nearest)\b)` +
  String.raw`[a-z][a-z'’-]*\s+(?:[a-z][a-z'’-]*\s+)?(?:location|venue|building)|building)`;

/** A form's field for the room in the place named before it: "Room", "Campus room", "Room number", "Room no." */
export const ROOM_LABEL = String.raw`(?:[a-z][a-z'’-]*\s+)?room(?:\s+(?:number|no\.?|#))?`;

/**
 * A place up to the sentence after it: "Bar Exemple - Carrer Major, 5, 08201 Sabadell. Truqueu al timbre…"
 * is cut at ". T", once a house number or postcode has been written (a digit before), but not after a short
 * form a name follows ("St. Mary's", "Av. Diagonal", "C. Major", "Hauptstr. 5") or a floor ("5, 2. Stock").
 */
export function beforeSentence(value: string): string {
  if (!value.includes('.')) return value;
  for (const m of value.matchAll(SENTENCE_END)) {
    const head = value.slice(0, m.index);
    if (!/\d/.test(head)) continue;
    const word = (/[\p{L}\p{N}º]+$/u.exec(head)?.[0] ?? '').toLowerCase();
    if (word.length <= 1 || ABBREVIATIONS.has(word) || word.endsWith('str')) continue;
    if (/^\d+$/.test(word) && FLOOR.test(value.slice(m.index + m[0].length))) continue;
    return head;
  }
  return value;
}

const SENTENCE_END = /\.\s+(?=\p{Lu})/gu;
// prettier-ignore
const ABBREVIATIONS = new Set([
  'st', 'ste', 'sta', 'sto', 'av', 'ave', 'avda', 'avgda', 'cl', 'pl', 'pza', 'pg', 'ps', 'ctra', 'dr', 'mt', 'ft', 'mr', 'mrs',
  'ms', 'prof', 'sr', 'sra', 'no', 'nr', 'nº', 'bd', 'blvd', 'bld', 'co', 'inc', 'ltd', 'gmbh', 'etc', 'vs',
]);
/** A floor after a house number ("2. Stock", "1. OG"): no sentence. */
const FLOOR = /^(?:stock|og|ug|eg|etage|obergeschoss|untergeschoss|stockwerk)\b/i;
