/**
 * A location that names a competition, not a place: sports clubs' fixture
 * calendars (TeamSnap, Spond, SportsEngine, a football association's
 * fixtures) put the league, division or round where the venue goes —
 * "Premier Division", "Sunday League Division 2", "U12 Girls - Spring
 * League", "Cup Round 3", "Bundesliga", "Kreisliga A", "Eastern
 * Conference", "Pool A". Such a location counts as no location
 * (ingest/locate.ts): the place an admin set for the feed applies, else the
 * event names no place.
 *
 * Only when the WHOLE text is such a name, read word by word:
 * - its last competition word (`LEAGUE_WORDS`, a "-liga" compound, or a
 *   `STAGE_WORDS` word such as "Pool", "Round", "Conference") is followed
 *   only by what tells one of a kind apart: a number, a letter, a
 *   direction, an age group ("Division 2", "Kreisliga A", "Liga Nord");
 * - a stage word must be told apart so, or follow another competition word
 *   or a word that tells one apart ("League Cup", "Tournament Bracket",
 *   "Eastern Conference"): "Conference" or "Main Pool" may be a room, and
 *   "The Cup" a pub;
 * - no word names a kind of place (`PLACE_WORDS`), and there is no comma,
 *   house number or postcode.
 * So "Liga Stadium, Leeds", "Cup & Saucer Café, Bath" and "Division Street
 * 12, Sheffield" stay places.
 */
export function namesOnlyACompetition(text: string | null): boolean {
  // Cheap first: short, no comma, and one of the competition words' stems somewhere.
  if (text === null || text.length > MAX_LENGTH || text.includes(',') || !CUE.test(text)) return false;
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  const last = lastCompetitionWord(words);
  if (last < 0 || words.some(namesAPlace)) return false;
  const after = words.slice(last + 1);
  if (!after.every(tellsApart)) return false;
  return (
    !STAGE_WORDS.has(words[last]!) || after.length > 0 || words.slice(0, last).some((w) => isCompetitionWord(w) || TELLING_WORDS.has(w))
  );
}

const MAX_LENGTH = 60;
const MAX_WORDS = 8;

/** The stems of every competition word, to pass over most locations with one test. */
const CUE =
  /leag|lig|lega|divis|premiership|championship|klasse|staffel|pool|poule|group|grupp|grupo|girone|round|runde|conferen|bracket|tournament|serie|cup|pokal|coupe|cop[ap]/i;

/** Words that make a text a competition's name wherever they stand (folded: "división" is "division"). */
// prettier-ignore
const LEAGUE_WORDS = new Set([
  'league', 'leagues', 'liga', 'ligue', 'lega', 'division', 'divisie', 'divisione', 'divisao', 'premiership',
  'championship', 'eredivisie', 'kreisklasse', 'bezirksklasse', 'landesklasse',
]);

/** Words that name a stage or part of a competition, but alone may name a room or a pool: they need telling apart. */
// prettier-ignore
const STAGE_WORDS = new Set([
  'pool', 'poule', 'group', 'groups', 'gruppe', 'groupe', 'grupo', 'girone', 'round', 'runde', 'conference',
  'bracket', 'tournament', 'staffel', 'serie', 'cup', 'pokal', 'coupe', 'copa', 'coppa',
]);

/** Words that tell one league, division or group from another: "Nord", "A", "2", "II", "U18", "One". */
// prettier-ignore
const TELLING_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'nord', 'sud', 'ost',
  'noord', 'zuid', 'oost', 'mitte', 'one', 'two', 'three', 'four', 'five', 'i', 'ii', 'iii', 'iv',
  'v', 'vi', 'premier', 'elite', 'senior', 'seniors', 'junior', 'juniors', 'youth', 'reserve', 'reserves', 'men',
  'women', 'mens', 'womens', 'ladies', 'girls', 'boys', 'mixed', 'herren', 'damen', 'jugend', 'playoff', 'playoffs',
  'final', 'finals', 'semi', 'quarter',
]);

/** Words that make a text a place, wherever they stand: a ground, a building, a street. */
// prettier-ignore
const PLACE_WORDS = new Set([
  'stadium', 'stadion', 'estadio', 'stade', 'stadio', 'park', 'parc', 'ground', 'grounds', 'field', 'fields', 'pitch',
  'arena', 'hall', 'halle', 'sporthalle', 'sportplatz', 'centre', 'center', 'club', 'clubhouse', 'school', 'college',
  'university', 'leisure', 'gym', 'court', 'courts', 'rink', 'café', 'cafe', 'bar', 'pub', 'inn', 'hotel', 'restaurant',
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'way', 'drive', 'place', 'square', 'strasse', 'straße', 'weg',
  'platz', 'calle', 'rue', 'via', 'plaza', 'room',
]);

/** Lower-case words, accents folded, split at spaces, dashes, slashes, "&" and brackets; "2." is "2". */
function wordsOf(text: string): string[] {
  const ascii = !/[\u0080-\uffff]/.test(text);
  const folded = (ascii ? text : text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
  return folded
    .split(/[\s/&+()[\]'’:|–—-]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w !== '');
}

function lastCompetitionWord(words: string[]): number {
  for (let i = words.length - 1; i >= 0; i--) if (isCompetitionWord(words[i]!)) return i;
  return -1;
}

function isCompetitionWord(word: string): boolean {
  return LEAGUE_WORDS.has(word) || STAGE_WORDS.has(word) || (word.length > 4 && word.endsWith('liga'));
}

/** A kind of place ("Stadium", "Street"), or a house number or postcode (three digits or more, not a season's year). */
function namesAPlace(word: string): boolean {
  return PLACE_WORDS.has(word) || (/\d{3}/.test(word) && !/^(?:19|20)\d{2}$/.test(word));
}

/** A number of one or two digits, a letter, an age group ("u12", "12s"), a season ("2025"), or a `TELLING_WORDS` word. */
function tellsApart(word: string): boolean {
  return TELLING_WORDS.has(word) || /^(?:[a-z]|\d{1,2}(?:st|nd|rd|th|s)?|u\d{1,2}s?|(?:19|20)\d{2})$/.test(word);
}
