import { withoutTrailingDate } from './title-date.js';

/**
 * A venue named only in an event's title ("Python Pub Night @ The Victoria",
 * "Board games at The Red Lion, Moseley", "Tech Talks – Birmingham Library"),
 * for events that state no place anywhere else: no location, venue,
 * coordinates or event page, and nothing in the description. The place stage
 * trusts it least (src/place/event.ts, `title`).
 *
 * Read only in these forms, first that passes the guards wins:
 *
 * 1. "… @ <Venue>" — an "@" with spaces around it ("@alice" is a handle).
 * 2. "… at <Venue>" — "at" as a word.
 * 3. "… – <Venue>", "… | <Venue>" (en/em dash, spaced hyphen, pipe) — only
 *    when the part after it holds a word that names a kind of venue
 *    ("Library", "Pub", "Hall", "Centre", …): after a dash a title usually
 *    goes on with its topic ("Tech Talks – Machine Learning").
 *
 * The venue runs to the next bracket, dash, colon, "!" or "?", or to a word
 * that starts the when or the what ("on", "from", "every", "with", "for"…);
 * a trailing time (", 7pm") is dropped. Guards — the venue must:
 * - start with a capital letter, after an optional "the" ("at scale" is not
 *   a place, "at the Red Lion" is);
 * - not start with a digit ("at 7pm", "at 10:30");
 * - not be a common noun of the "at home", "at work", "at scale", "at
 *   night", "at school", "at the edge" kind, a day, a month or a holiday;
 * - not name the event itself (a year, "Conference", "Meetup", "Workshop"…);
 * - be at most 8 words and 60 characters.
 * A title that says the event is online or streamed is never read.
 */

/** Words that say an event is online or streamed: such a title names no place it is at. */
export const ONLINE =
  /\b(?:online|en l(?:igne|[ií]nea)|virtual(?:ly)?|zoom|webinar|live ?stream(?:ed|ing)?|streamed|remote(?:ly)?|hybrid|discord|twitch|youtube|jitsi|google meet)\b/i;

// prettier-ignore
export const NOT_PLACES = new Set([
  'home', 'work', 'school', 'scale', 'night', 'nights', 'noon', 'midnight', 'midday', 'lunch', 'lunchtime', 'dinner',
  'breakfast', 'dawn', 'dusk', 'sunset', 'sunrise', 'rest', 'large', 'last', 'least', 'most', 'best', 'once', 'speed',
  'risk', 'play', 'sea', 'war', 'peace', 'heart', 'ease', 'length', 'first', 'random', 'runtime', 'edge', 'core',
  'stake', 'hand', 'times', 'all', 'any', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these',
  'those', 'a', 'an', 'one', 'two', 'cost', 'will', 'odds', 'bay', 'sight', 'glance', 'pace', 'volume',
  'christmas', 'easter', 'halloween', 'weekend', 'weekends', 'evening', 'morning', 'afternoon', 'today', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'you', 'me', 'us', 'them', 'him', 'it', 'everyone', 'everybody', 'issue',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
]);

const FUNCTION_WORDS = new Set(['of', 'and', 'or', 'in', 'on', 'to', 'the', 'a', 'an', 'is', 'by', 'as', 'at', 'its', 'your', 'our']);

/** Words that name an event, not a place ("Summit", "Meetup", a year). */
export const EVENT_WORDS =
  /\b(?:conference|conf|summit|meetup|meet-up|hackathon|hack day|workshop|webinar|seminar|lecture|course|class|tutorial|keynote|panel|session|talks?|edition|festival|awards?|prize|payment|deadline|(?:19|20)\d{2})\b/i;

const VENUE_WORDS =
  /\b(?:library|pub|inn|arms|tavern|bar|brewery|brewing|taproom|tap|caf[eé]|coffee|hall|ballroom|centre|center|church|chapel|cathedral|museum|gallery|theatre|theater|cinema|hotel|house|hub|lab|makerspace|hackspace|hackerspace|studio|studios|university|college|campus|park|gardens?|market|stadium|arena|club|lounge|building|tower|warehouse|offices?|hq|institute|school of|works)\b/i;

/** Where the venue stops: a bracket, a dash, a colon, or a word that starts the when or the what. */
const VENUE_END =
  /\s+(?:on|from|every|this|next|until|till|with|for|and then|starting|featuring|feat\.?)\s+|\s[-–—|]\s|[([:!?;]|\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b/i;
const TRAILING_TIME = /,\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)?|noon|midday|tonight|today)\s*$/i;
const MAX_WORDS = 8;
const MAX_LENGTH = 60;

interface Marker {
  pattern: RegExp;
  needsVenueWord: boolean;
}

const MARKERS: Marker[] = [
  { pattern: /\s@\s+/g, needsVenueWord: false },
  { pattern: /\s+at\s+/gi, needsVenueWord: false },
  { pattern: /\s+(?:[–—|]|-{1,2})\s+/g, needsVenueWord: true },
];

/** The venue the title names, or null when it names none plainly. */
export function venueFromTitle(title: string | null): string | null {
  const text = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text || ONLINE.test(text)) return null;
  for (const { pattern, needsVenueWord } of MARKERS) {
    for (const m of text.matchAll(pattern)) {
      if (m.index === 0) continue;
      const venue = venueAfter(text.slice(m.index + m[0].length));
      if (venue && (!needsVenueWord || namesKindOfVenue(venue))) return venue;
    }
  }
  return null;
}

const ONLY_A_KIND_OF_VENUE = new RegExp(`^(?:the\\s+)?${VENUE_WORDS.source.replace(/^\\b|\\b$/g, '')}$`, 'i');

/**
 * "Church", "the Pub", and a kind of room with only "the" and a word every
 * building's room may have ("the Concert Hall", "the Main Hall", "the
 * Great Hall", "the Grand Ballroom", "the Small Studio"): a title's venue
 * that names only a kind of venue, not one venue or a town. A modifier that
 * is a name stays a venue ("the Albert Hall", "the Town Hall" of a town,
 * "the Old Hall").
 */
export function namesOnlyAKindOfVenue(venue: string | null): boolean {
  if (venue === null) return false;
  const text = venue.trim();
  return ONLY_A_KIND_OF_VENUE.test(text) || (text.length <= 30 && ONLY_A_KIND_OF_ROOM.test(text));
}

// prettier-ignore
const ROOM_MODIFIERS = [
  'concert', 'main', 'great', 'grand', 'small', 'large', 'big', 'little', 'recital', 'chamber', 'upper', 'lower',
];
const ROOM_WORDS = ['hall', 'ballroom', 'studio', 'room', 'auditorium', 'salon'];
const ONLY_A_KIND_OF_ROOM = new RegExp(`^the\\s+(?:${ROOM_MODIFIERS.join('|')})\\s+(?:${ROOM_WORDS.join('|')})$`, 'i');

/** "Birmingham Library", "The Glee Club" — but "Club Brugge" is a football team ("CL: Inter - Club Brugge", an away game). */
function namesKindOfVenue(venue: string): boolean {
  return VENUE_WORDS.test(venue.replace(/^(?:the\s+)?club\s+/i, ''));
}

function venueAfter(rest: string): string | null {
  const end = VENUE_END.exec(rest);
  const venue = (end ? rest.slice(0, end.index) : rest)
    .replace(TRAILING_TIME, '')
    .replace(/[\s.,;:]+$/, '')
    .trim();
  return looksLikeVenue(venue) ? venue : null;
}

function looksLikeVenue(venue: string): boolean {
  if (venue.length < 3 || venue.length > MAX_LENGTH) return false;
  const words = venue.split(' ');
  if (words.length > MAX_WORDS) return false;
  const [first, second = ''] = /^the$/i.test(words[0]!) && words.length > 1 ? words.slice(1) : words;
  if (!first || !/^\p{Lu}/u.test(first)) return false;
  // "at Home" is not a place, "at Home Depot" is; "At The Edge Of Chaos" is not.
  const named = /^\p{Lu}/u.test(second) && !FUNCTION_WORDS.has(second.toLowerCase());
  if (NOT_PLACES.has(first.toLowerCase()) && !named) return false;
  return !EVENT_WORDS.test(venue);
}

/**
 * A town an aggregator writes as the title's first tag ("[Bern] [Vortrag]
 * Fluchtgrund Klima", "[Burgdorf BE] Ausstellung"): a capitalised name of
 * one to three words, optionally with a state code, that is not all
 * capitals ("[CANCELLED]", "[NEW]") nor a word that says online or names
 * the event. Whether it is a town is for the place stage to find.
 */
export function townTagOfTitle(title: string | null): string | null {
  const tag = TOWN_TAG.exec(title ?? '')?.[1];
  if (!tag || ONLINE.test(tag) || EVENT_WORDS.test(tag) || (tag.length > 3 && tag === tag.toUpperCase())) return null;
  return NOT_PLACES.has(tag.toLowerCase()) ? null : tag;
}

const TOWN_TAG = /^\s*\[(\p{Lu}[\p{L}'’.-]{1,30}(?:\s\p{Lu}[\p{L}'’.-]{1,30}){0,2}(?:\s[A-Z]{2})?)\]/u;

/**
 * The town a title ends with, after "in" (English, Dutch, German), Italian
 * "a", Portuguese "em", Spanish "en" or French "à", "au", "aux": "Kids
 * coding day op 8 oktober in Arnhem", "Installation Party a Valverde",
 * "Encontro de maio em Curitiba", "Concierto de jazz en Salamanca", "Fête
 * du quartier à Poitiers", and Russian, Ukrainian or Belarusian "в", "во",
 * "у" ("Встреча в Казани", "Зустріч у Києві": the town in a case form,
 * which the place stage reads back). "au" and "aux" are "à le", "à les":
 * "Concert au Havre" is in Le Havre, and "Atelier au Jardin" asks for a town called Le
 * Jardin, which there is not. One to three capitalised words ("Den Bosch",
 * "Cernusco sul Naviglio"). Only a candidate: "a", "in" and "en" are common
 * words ("Introduzione a Python", "Workshop in Rust", "Música en Vivo"),
 * so the caller takes it only if the gazetteer knows the town, and never
 * one of the names of programming languages and tools that are also
 * villages (`NOT_TOWNS`). A date after the town is set aside ("Jazz Night
 * in Leeds 12/05": title-date.ts). A title that says online is never read.
 */
export function townAtEndOfTitle(title: string | null): string | null {
  const written = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (!written || ONLINE.test(written)) return null;
  const text = withoutTrailingDate(written) ?? written;
  const m = TITLE_TOWN.exec(text);
  const town = m?.[2];
  if (!town || NOT_TOWNS.has(town.toLowerCase()) || namesNoPlace(town) || EVENT_WORDS.test(town)) return null;
  return m[1] === 'au' ? `Le ${town}` : m[1] === 'aux' ? `Les ${town}` : town;
}

const TOWN_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
const TITLE_TOWN = new RegExp(
  String.raw`\s(in|a|em|en|à|au|aux|в|во|у)\s(${TOWN_WORD}(?:\s(?:(?:sul|sull['’]|di|de|del|della|do|da|dos|das|an der|am|aan den|aan de)\s)?${TOWN_WORD}){0,2})[\s.!]*$`,
  'u',
);

/** Programming languages and tools that the gazetteer also knows as villages ("Workshop in Rust": Rust, Baden). */
// prettier-ignore
export const NOT_TOWNS = new Set([
  'rust', 'java', 'scala', 'kotlin', 'elixir', 'crystal', 'go', 'python', 'ruby', 'julia', 'swift', 'dart', 'perl',
  'haskell', 'erlang', 'clojure', 'lua', 'php', 'delphi', 'pascal', 'ada', 'cobol', 'fortran', 'lisp', 'prolog', 'ocaml',
  'zig', 'nim', 'linux', 'docker', 'excel', 'latex', 'blender', 'godot', 'unity', 'arduino', 'practice', 'action',
]);

/**
 * Capitalised words that name no place after a venue cue (venue-cue.ts) or
 * as a title's last word ("Corso a Marzo"): languages ("held in
 * English", "será em Português"), months and weekdays in the cues' languages
 * ("findet am Montag", "si terrà a Marzo") and, beside the English words a
 * title's venue may not be (`NOT_PLACES`: months, weekdays…), the German
 * nouns every noun's capital lets through ("findet im Rahmen der Woche
 * statt", "im Anschluss", "im Internet", "auf der Website", "im Freien").
 */
const NOT_A_PLACE = new RegExp(
  '^(?:' +
    [
      String.raw`english|german|french|spanish|italian|dutch|portuguese|finnish|swedish|danish|norwegian|polish|czech|person|\d+`,
      String.raw`deutsch|englisch|anglais|fran[cç]ais|espa[nñ]ol|ingl[eé]s|inglese|italiano|portugu[eê]s|engels|nederlands`,
      String.raw`januar|februar|märz|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag`,
      String.raw`rahmen|anschluss|namen|auftrag|laufe|vorfeld|zuge|sommer|winter|frühjahr|frühling|herbst|internet|netz|web`,
      String.raw`freien|grundlage|suche|website|webseite|homepage|seite|laufenden|voraus|moment|jahr|monat|wechsel|abend`,
      String.raw`gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre`,
      String.raw`janeiro|fevereiro|março|abril|maio|junho|julho|setembro|outubro|novembro|dezembro`,
      String.raw`januari|februari|maart|mei|augustus|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica`,
      String.raw`segunda|terça|quarta|quinta|sexta|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag`,
      String.raw`enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes`,
      String.raw`janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre`,
      String.raw`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|fran[cç][eé]s|alem[aá]n|allemand|italien`,
      // "Música en Vivo", "Taller en Familia", "Cine en Verano", "Cours en Ligne", "Atelier à Domicile", "Fête en Ville"
      String.raw`vivo|directo|familia|famille|verano|invierno|primavera|otoño|navidad|noël|semana santa|l[ií]nea|ligne`,
      String.raw`domicile|distance|ville|pareja|grupo|equipo|[ée]quipe|vacances`,
    ].join('|') +
    String.raw`)(?:-feira)?$`,
  'i',
);

/** Whether a capitalised word names no place: "English", "Marzo", "Rahmen", "Home". */
export function namesNoPlace(word: string): boolean {
  return NOT_A_PLACE.test(word) || NOT_PLACES.has(word.toLowerCase());
}
