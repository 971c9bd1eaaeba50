import { fixtureSides, isAwayFixture, isLeadingAway } from './fixture-title.js';

/**
 * Placeholder locations: text in a location field that says the place is not
 * known yet or is somewhere else, rather than naming a place. Such a location
 * counts as no location at all (classify/attendance.ts): "TBC" is not an
 * in-person event.
 *
 * Conservative by design — the WHOLE text must be a placeholder, after case,
 * surrounding punctuation and a "Location:"/"Venue:" label are set aside:
 * - not decided yet: "TBA", "TBC", "TBD", "T.B.A.", "to be announced /
 *   confirmed / decided / determined / advised", "location TBA",
 *   "venue: TBC", "venue to be confirmed", "needs a location";
 * - look elsewhere: "see website", "see the event page", "check website",
 *   "see description", "details to follow";
 * - no single place: "various", "various locations", "multiple venues";
 * - an away game: "Away", "Auswärts", "Extérieur" (a sports calendar's
 *   away fixtures, somewhere else);
 * - nothing: "N/A", "NA", "n.a.", "?", "-", "unknown";
 * - the same in other languages: "<KEIN ORT ANGEGEBEN>", "Ort folgt",
 *   "lieu à définir", "por confirmar", "da definire", "nader te bepalen".
 * Anything naming more than that is NOT a placeholder: "TBA, Birmingham",
 * "Online or in person — see website" (for the attendance rules to read).
 */
const LABEL = String.raw`(?:(?:the\s+)?(?:location|venue|place|address|where|ort|lieu|lugar|luogo|locatie|plaats)\s*(?:is\s+)?[:\-–—]?\s*)?`;
const UNDECIDED = String.raw`(?:tba|tbc|tbd|tbca|tba\s*\/\s*tbc|to\s+be\s+(?:announced|confirmed|decided|determined|advised|arranged)(?:\s+soon)?|needs\s+a\s+location|not\s+(?:yet\s+)?(?:announced|confirmed|decided))`;
const ELSEWHERE = String.raw`(?:(?:please\s+)?(?:see|check|visit)\s+(?:the\s+|our\s+)?(?:website|web\s*site|site|event\s+page|event\s+details|details|description|link)(?:\s+for\s+(?:details|location|venue))?|details\s+to\s+follow|(?:location|venue|details)\s+to\s+follow)`;
/** The same in the other languages feeds are written in (folded, without accents): "<KEIN ORT ANGEGEBEN>", "à définir", "por confirmar". */
const UNDECIDED_ELSEWHERE = String.raw`(?:kein(?:e)?\s+(?:ort|angabe)(?:\s+angegeben)?|(?:wird\s+)?noch\s+(?:offen|bekannt\s*gegeben|nicht\s+bekannt)|folgt|n\.\s*n\.?|a\s+(?:definir|confirmer|preciser|venir|confirmar|definir)|non\s+(?:communique|precise|defini)|por\s+(?:confirmar|definir|determinar|anunciar)|da\s+(?:definire|confermare|comunicare)|nog\s+(?:niet\s+bekend|onbekend)|volgt|nader\s+te\s+bepalen|no\s+location(?:\s+(?:given|specified))?|not\s+specified|none)`;
/** A sports calendar's "Away" (an away game: somewhere else, not at the club's ground); folded, without accents. */
const AWAY = String.raw`(?:away|away\s+(?:game|match|fixture)|auswarts(?:spiel)?|(?:a\s+l['’])?exterieur|fuera|trasferta|uit(?:wedstrijd)?)`;
const VARIOUS = String.raw`(?:various|various\s+(?:locations|venues|places)|multiple\s+(?:locations|venues))`;
const NOTHING = String.raw`(?:n\s*[\/.]?\s*a|\?+|-+|unknown)`;

const DIGIT = /[0-9]/;

const PLACEHOLDER = new RegExp(`^${LABEL}(?:${UNDECIDED}|${ELSEWHERE}|${UNDECIDED_ELSEWHERE}|${AWAY}|${VARIOUS}|${NOTHING})$`, 'i');

const AWAY_ONLY = new RegExp(`^${AWAY}$`, 'i');

/** "Away": the event is an away game, somewhere this feed does not say — not even in its title ("[Away] Bay FC @ Courage"). */
export function isAwayLocation(text: string | null): boolean {
  const bare = text === null || DIGIT.test(text) ? '' : tidied(text);
  return bare !== '' && AWAY_ONLY.test(bare);
}

export function isPlaceholderLocation(text: string | null): boolean {
  // No placeholder has a digit, and tidying keeps digits: a street number or postcode settles it at once.
  if (text === null || DIGIT.test(text)) return false;
  const bare = tidied(text);
  return bare !== '' && PLACEHOLDER.test(bare);
}

/** Without accents, runs of spaces, surrounding quotes, brackets and punctuation; "T.B.A." as "tba". */
function tidied(text: string): string {
  const ascii = !/[\u0080-\uffff]/.test(text);
  return (ascii ? text : text.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'“”‘’«<([{*_]+|[\s"'“”‘’»>)\]}*_.!:;,]+$/g, '')
    .replace(/\bt\.b\.([acd])\.?/gi, 'tb$1');
}

/**
 * A location that starts by saying the place is not decided, then says more
 * ("TBD: East Bay or Marin", "TBD (Reserved: Oak Room, 17930 Lake Chabot
 * Rd, Castro Valley, CA 94546)"). What follows with a street number or
 * postcode is the place booked, and the event's location; what follows as
 * alternatives ("… or …", "… / …") is still undecided: "TBD". Anything else is
 * left as written ("TBD: Birmingham" still names its town).
 */
export function undecidedPrefixRead(text: string | null): string | null {
  if (text === null || !UNDECIDED_START.test(text)) return text;
  const m = UNDECIDED_PREFIX.exec(text);
  if (!m) return text;
  const rest = m[1]!.replace(/\)\s*$/, '').trim();
  if (DIGIT.test(rest)) return rest;
  return ALTERNATIVES.test(rest) ? 'TBD' : text;
}

const UNDECIDED_START = /^\s*(?:tb[acd]|to\s+be\s)/i;
const UNDECIDED_PREFIX = new RegExp(
  String.raw`^\s*${UNDECIDED}\s*(?:[:\-–—]\s*(?:\(\s*)?|\(\s*)(?:(?:reserved|booked|provisionally|probably|likely|tentatively)\s*:?\s*)?(.+)$`,
  'is',
);
const ALTERNATIVES = /\s(?:or|oder|ou|o)\s|\s\/\s/i;

/**
 * A title or description that calls the event an away game ("Partido fuera
 * de casa.", "Auswärtsspiel", "Away match"): it is at the other side's
 * ground, which the feed may name ("Estadio de Barça") but not where — never
 * at the club's home. A screening of one ("watch the away game at …") is
 * not one.
 */
export function saysAwayGame(title: string, description: string | null): boolean {
  const text = description ? `${title}\n${description}` : title;
  return AWAY_GAME.test(text) && !SCREENING.test(text);
}

/**
 * A match at the other side's ground, as its fixture says: a tag ("Runcorn
 * Town vs Helsby (Away)", "(A)", "[Auswärts]"), else an FA Full-Time line
 * "Home/Away: Away" in the description, else the order of the sides — the
 * home side is written first, so "Falmouth Town vs Larkhall Athletic" in the
 * fixture list of `club` (Larkhall Athletic: fixture-title.ts) is away, as is
 * "Sherburn U10 Tigers at Crofton Juniors U10" in Sherburn's and a team's
 * own "@ Ventura HS" — at a ground that is not in the feed's home area
 * ("Bickland Park", 250 km off). A "(Home)" tag says it is not. A screening
 * of one is not one.
 */
export function awayByFixture(title: string, description: string | null, club: string | null): boolean {
  const tag = tagOf(title);
  const away = tag !== null ? tag === 'away' : saysAwayLine(description) || isLeadingAway(title) || isAwayFixture(title, club);
  return away && !SCREENING.test(description ? `${title}\n${description}` : title);
}

/** A title's "(Away)" / "(Home)" tag, at its start or end; "(A)" / "(H)" only on a fixture ("Oakfield v Brookside (A)"). */
function tagOf(title: string): 'away' | 'home' | null {
  if (!title.includes('(') && !title.includes('[')) return null;
  const m = TAG.exec(title);
  if (!m) return null;
  const word = (m[1] ?? m[2])!.toLowerCase();
  if (word.length === 1 && !fixtureSides(title)) return null;
  return word === 'h' || word === 'home' || word === 'heim' || word === 'heimspiel' ? 'home' : 'away';
}

const TAG_WORD = String.raw`(away|home|a|h|ausw(?:ä|ae|a)rts(?:spiel)?|heim(?:spiel)?)`;
const TAG = new RegExp(String.raw`^\s*[[(]${TAG_WORD}[\])]|[[(]${TAG_WORD}[\])]\s*$`, 'i');

/** FA Full-Time's "Home/Away: Away" line. */
function saysAwayLine(description: string | null): boolean {
  return description !== null && description.includes('Away: ') && AWAY_LINE.test(description);
}

const AWAY_LINE = /(?:^|\n)\s*Home\s*\/\s*Away:\s*Away\s*(?:$|\n)/i;

const AWAY_GAME =
  /\b(?:away\s+(?:game|match|fixture)|partido\s+(?:fuera\s+de\s+casa|como\s+visitante)|ausw(?:ä|a|ae)rts(?:spiel|partie)|match\s+(?:à|a)\s+l['’](?:e|é)xt(?:e|é)rieur|(?:partita|gara)\s+in\s+trasferta|uitwedstrijd)\b/i;
const SCREENING =
  /\b(?:watch(?:ing)?|viewing|screening|screened|shown\s+live|ver\s+el\s+partido|retransmisi(?:o|ó)n|public\s+viewing|übertragung)\b/i;
