import { unaccented } from '../core/fold.js';
import { STREET_WORDS, STREET_WORDS_ALSO_COMMON } from '../core/street-words.js';

/**
 * A location that names a group's room on a chat or meeting service: the
 * service and the group's or room's name, as hackerspace, CCC, LUG and
 * student-club calendars write it — "Discord HackLab ESGI", "Zoom HackLab
 * ESGI", "Mumble Chaostreff", "Twitch hacklab_esgi", "BigBlueButton Raum 1",
 * "Big Blue Button Raum", "Jitsi-Raum Chaostreff", "Discord-Server des
 * Chaostreff", "auf unserem Discord", "salon Discord du HackLab", "HackLab
 * ESGI Discord", "Matrix #hackspace:matrix.org", "Matrix-Raum des CCC".
 * Such an event is online (attendance.ts, rule 3).
 *
 * Read so:
 * - Before the service, only words that frame it ("auf unserem", "on our",
 *   "sur le serveur", "im"); after it, its room ("Server", "Raum 1",
 *   "salon", "channel"), "of/des/du" and a name of at most a few words.
 * - A service whose name is also an everyday word or a venue's name (Zoom,
 *   Teams, BBB) counts only as the first word but those framing words:
 *   "Café Zoom", "Club Matrix" stay places. Matrix counts only with a chat
 *   room's word beside it ("Matrix-Raum", "salon Matrix") or a room's
 *   address (#room:server); "Google Meet", "Microsoft Teams" anywhere.
 * - Never with a comma, a number that is not a room's ("Raum 1"), a street,
 *   or a word that names a kind of venue: "Zoom Café, 5 High St", "Matrix
 *   Hall, Birmingham", "Teams Arena", "Discord Bar Berlin" are places.
 */
export function namesChatRoom(text: string): boolean {
  if (text.length > MAX_LENGTH || text.includes(',') || !ANY_SERVICE.test(text)) return false;
  const alias = MATRIX_ALIAS.test(text);
  const tokens = tokensOf(text.replace(MATRIX_ALIAS, ' #matrixroom '));
  if (tokens.length === 0 || tokens.length > MAX_TOKENS || !tokens.every((t, i) => maySitBesideService(t, tokens[i - 1]))) return false;
  const at = tokens.findIndex((t, i) => isServiceAt(tokens, i, alias));
  if (at < 0) return false;
  const before = tokens.slice(0, at);
  if (before.some((t) => !FRAME_WORDS.has(t))) return AMBIGUOUS.has(tokens[at]!) ? false : before.length <= MAX_NAME_WORDS;
  return tokens.length - at - 1 <= MAX_NAME_WORDS + 2;
}

const MAX_LENGTH = 80;
const MAX_TOKENS = 9;
/** The group's or room's name, before or after the service: "HackLab ESGI", "Chaostreff". */
const MAX_NAME_WORDS = 4;

/** A cheap first look: one of the services is named at all. */
const ANY_SERVICE =
  /discord|zoom|jitsi|teams|mumble|big\s*blue\s*button|\bbbb\b|matrix|twitch|meet|webex|teamspeak|skype|youtube|#[\w.-]+:[\w-]+\./i;

/** A Matrix room's address: "#hackspace:matrix.org". */
const MATRIX_ALIAS = /#[\w.=-]+:[\w-]+(?:\.[\w-]+)+/;

/** Services whose name is nothing else in a location ("HackLab ESGI Discord" is the club's server). */
const DISTINCTIVE = new Set([
  'discord',
  'jitsi',
  'mumble',
  'bigbluebutton',
  'twitch',
  'googlemeet',
  'msteams',
  'webex',
  'teamspeak',
  'skype',
  'youtube',
  '#matrixroom',
]);
/** Services whose name is an everyday word or a venue's too ("Café Zoom", "Teams Arena"): only first. */
const AMBIGUOUS = new Set(['zoom', 'teams', 'bbb', 'matrix']);

/** A room or place on a service, in English, German and French. */
// prettier-ignore
const ROOM_WORDS = new Set([
  'server', 'room', 'channel', 'chat', 'call', 'meeting', 'space', 'raum', 'kanal', 'konferenz', 'salon', 'serveur',
  'canal', 'chaine', 'reunion', 'visio',
]);

/** Beside "Matrix", a chat room's words only: a "Matrix Room" or "Matrix Space" may be a conference room. */
const MATRIX_ROOM_WORDS = new Set(['server', 'channel', 'chat', 'raum', 'kanal', 'salon', 'serveur', 'canal']);

/** Words that only frame the service: "auf unserem Discord", "on our Zoom", "sur le serveur Discord du HackLab". */
// prettier-ignore
const FRAME_WORDS = new Set([
  ...ROOM_WORDS,
  'on', 'in', 'at', 'our', 'the', 'via', 'over', 'of', 'online',
  'auf', 'im', 'unserem', 'unserer', 'unser', 'unsere', 'unseren', 'dem', 'der', 'den', 'des', 'vom', 'von', 'uber', 'per',
  'sur', 'dans', 'le', 'la', 'les', 'notre', 'nos', 'du', 'de', 'en', 'ligne',
]);

/** Kinds of venue in English, German and French: a service's name before one is the venue's ("Zoom Café"). */
// prettier-ignore
const VENUE_WORDS = new Set([
  'cafe', 'coffee', 'bar', 'pub', 'inn', 'tavern', 'brewery', 'taproom', 'bistro', 'restaurant', 'kneipe', 'brasserie',
  'hall', 'halle', 'saal', 'aula', 'ballroom', 'arena', 'stadium', 'stadion', 'club', 'klub', 'lounge', 'hotel',
  'hostel', 'kino', 'cinema', 'theatre', 'theater', 'teatro', 'museum', 'musee', 'museo', 'gallery', 'galerie',
  'library', 'bibliothek', 'bibliotheque', 'biblioteca', 'church', 'kirche', 'eglise', 'chapel', 'cathedral', 'centre',
  'center', 'zentrum', 'centro', 'campus', 'university', 'universitat', 'universite', 'college', 'school', 'schule',
  'ecole', 'park', 'garden', 'gardens', 'garten', 'market', 'markt', 'marche', 'building', 'gebaude', 'tower',
  'house', 'haus', 'maison', 'studio', 'studios', 'warehouse', 'office', 'offices', 'hq', 'institute', 'institut',
  'rathaus', 'horsaal', 'amphi', 'amphitheatre', 'auditorium', 'salle', 'shop', 'store', 'laden', 'gym', 'pavilion',
  'venue', 'bowling', 'pizzeria', 'kitchen', 'grill', 'diner', 'brauerei', 'biergarten', 'bookshop', 'bookstore',
  'buchhandlung', 'coworking',
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'drive', 'square',
  ...[...STREET_WORDS.keys()].filter((w) => !STREET_WORDS_ALSO_COMMON.has(w) && w !== 'via'),
]);

/** "Hauptstraße", "Kinosaal", "Stadthalle": a German street or venue written as one word. */
const GERMAN_ENDING = /.(?:strasse|str\.|weg|gasse|platz|allee|halle|saal|haus|kino|kirche|zentrum|center)$/;

/**
 * Lower-case words without accents, split at spaces, dashes and slashes; the services' names of two
 * words made one ("Big Blue Button", "Google Meet", "Microsoft Teams").
 */
function tokensOf(text: string): string[] {
  const joined = unaccented(text)
    .replace(/\bbig\s*blue\s*button\b/g, 'bigbluebutton')
    .replace(/\bgoogle\s+meet\b/g, 'googlemeet')
    .replace(/\b(?:microsoft|ms)\s+teams\b/g, 'msteams')
    .replace(/\bteam\s*speak\b/g, 'teamspeak');
  const tokens: string[] = [];
  for (const raw of joined.split(/[\s/–—-]+/u)) {
    const t = raw.replace(/^[^\p{L}\p{N}#]+|[^\p{L}\p{N}.]+$/gu, '');
    if (t) tokens.push(t);
  }
  return tokens;
}

/** Not a number (but a room's: "Raum 1"), a street or a kind of venue. */
function maySitBesideService(token: string, previous: string | undefined): boolean {
  if (/^\d/.test(token)) return previous !== undefined && ROOM_WORDS.has(previous) && /^\d{1,3}$/.test(token);
  return !VENUE_WORDS.has(token) && !GERMAN_ENDING.test(token);
}

/** The service at `i`: Matrix only beside a chat room's word or with a room's address. */
function isServiceAt(tokens: string[], i: number, alias: boolean): boolean {
  const t = tokens[i]!;
  if (t === 'matrix') return alias || MATRIX_ROOM_WORDS.has(tokens[i + 1] ?? '') || MATRIX_ROOM_WORDS.has(tokens[i - 1] ?? '');
  return DISTINCTIVE.has(t) || AMBIGUOUS.has(t);
}
