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
 * - the place of before, not named: "same as always", "same as last week",
 *   "same place", "the usual spot", "as usual";
 * - an away game: "Away", "Auswärts", "Extérieur" (a sports calendar's
 *   away fixtures, somewhere else);
 * - nothing: "N/A", "NA", "n.a.", "?", "-", "unknown";
 * - a form's label left as the value: "Location", "Venue:", "Address",
 *   "Where", "Ort", "Lieu", "Lugar", "地点", "地點", "場所", "장소" (a Windows
 *   Live invite's LOCATION was "地点", "location"), and not decided yet in
 *   Chinese, Japanese and Korean ("待定", "未定", "미정");
 * - the same in other languages: "<KEIN ORT ANGEGEBEN>", "Ort folgt",
 *   "lieu à définir", "por confirmar", "da definire", "nader te bepalen".
 * Anything naming more than that is NOT a placeholder: "TBA, Birmingham",
 * "Online or in person — see website" (for the attendance rules to read).
 */
const LABEL = String.raw`(?:(?:the\s+)?(?:location|venue|place|address|where|ort|lieu|lugar|luogo|locatie|plaats)\s*(?:is\s+)?[:\-–—]?\s*)?`;
/** Not decided yet, in English: also a hedge after a venue (normalise/location-debris.ts). */
export const UNDECIDED = String.raw`(?:tba|tbc|tbd|tbca|tba\s*\/\s*tbc|to\s+be\s+(?:announced|confirmed|decided|determined|advised|arranged)(?:\s+soon)?|needs\s+a\s+location|not\s+(?:yet\s+)?(?:announced|confirmed|decided))`;
const ELSEWHERE = String.raw`(?:(?:please\s+)?(?:see|check|visit)\s+(?:the\s+|our\s+)?(?:website|web\s*site|site|event\s+page|event\s+details|details|description|link)(?:\s+for\s+(?:details|location|venue))?|details\s+to\s+follow|(?:location|venue|details)\s+to\s+follow)`;
/** The same in the other languages feeds are written in (folded, without accents): "<KEIN ORT ANGEGEBEN>", "à définir", "por confirmar". */
const UNDECIDED_ELSEWHERE = String.raw`(?:kein(?:e)?\s+(?:ort|angabe)(?:\s+angegeben)?|(?:wird\s+)?noch\s+(?:offen|bekannt\s*gegeben|nicht\s+bekannt)|folgt|n\.\s*n\.?|a\s+(?:definir|confirmer|preciser|venir|confirmar|definir)|non\s+(?:communique|precise|defini)|por\s+(?:confirmar|definir|determinar|anunciar)|da\s+(?:definire|confermare|comunicare)|nog\s+(?:niet\s+bekend|onbekend)|volgt|nader\s+te\s+bepalen|no\s+location(?:\s+(?:given|specified))?|not\s+specified|none|待定|未定|미정)`;
/** A sports calendar's "Away" (an away game: somewhere else, not at the club's ground); folded, without accents. */
const AWAY = String.raw`(?:away|away\s+(?:game|match|fixture)|auswarts(?:spiel)?|(?:a\s+l['’])?exterieur|fuera|trasferta|uit(?:wedstrijd)?)`;
const VARIOUS = String.raw`(?:various|various\s+(?:locations|venues|places)|multiple\s+(?:locations|venues))`;
/** The place of before, not named again: "Same as last week", "Same as it ever was", "the usual spot", "as usual". */
const AS_BEFORE = String.raw`(?:same\s+as\b[^,]*|(?:the\s+)?same\s+(?:place|location|venue|spot)(?:\s+as\b[^,]*)?|(?:the\s+)?usual\s+(?:place|location|venue|spot)|as\s+(?:usual|always|before))`;
const NOTHING = String.raw`(?:n\s*[\/.]?\s*a|\?+|-+|unknown)`;
/** A form's label with nothing after it, the field left as the form showed it; not "place" ("The Place" is a venue). */
const FORM_LABEL = String.raw`(?:(?:event\s+|meeting\s+)?(?:location|venue|address|where)|ort|veranstaltungsort|standort|adresse|lieu|lugar|direccion|luogo|indirizzo|locatie|adres|endereco|место|адрес|地点|地點|地址|場所|住所|会場|장소|위치|주소)`;

const DIGIT = /[0-9]/;

const PLACEHOLDER = new RegExp(
  `^(?:${LABEL}(?:${UNDECIDED}|${ELSEWHERE}|${UNDECIDED_ELSEWHERE}|${AWAY}|${VARIOUS}|${AS_BEFORE}|${NOTHING})|${FORM_LABEL})$`,
  'i',
);

const AWAY_ONLY = new RegExp(`^${AWAY}$`, 'i');
const FORM_LABEL_ONLY = new RegExp(`^${FORM_LABEL}$`, 'i');

/** "Location", "地点": a form's label left as the location — nothing written, unlike "TBA" (the place is not known yet). */
export function isFormLabel(text: string | null): boolean {
  const bare = text === null || DIGIT.test(text) ? '' : tidied(text);
  return bare !== '' && FORM_LABEL_ONLY.test(bare);
}

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
  // NFC again: NFD splits a Hangul syllable into letters ("장소").
  return (ascii ? text : text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'“”‘’«<([{*_【「]+|[\s"'“”‘’»>)\]}*_.!:;,：。】」]+$/g, '')
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
