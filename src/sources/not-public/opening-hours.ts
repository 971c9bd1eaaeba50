/**
 * Entries that give a place's opening hours, not an event: a community
 * centre's "Recreation Center Building Hours" put on the calendar for every
 * day it is open, a "Library Hours" or "Öffnungszeiten" entry, or a
 * description that is a week of opening hours. notPublic skips them.
 */

/** Why the entry is opening hours, or null. */
export function opensHours(title: string, description: unknown): string | null {
  if (namesOpeningHours(title)) return 'its title names a place’s opening hours, not an event';
  if (listsOpeningHours(description)) return 'it lists opening hours, not an event';
  return null;
}

/**
 * A title that is the opening times of a facility: "Recreation Center
 * Building Hours", "Clubhouse Building Hours", "Library Hours", "Pool Summer
 * Hours", "Parish Office Hours", "Box Office Hours", "Opening Hours",
 * "Hours of Operation", "Öffnungszeiten Pfarrbüro", "Horaires d'ouverture",
 * "Horario de atención". The whole title, or its part after a dash, colon or
 * bar ("Labor Day – Library Hours"), with at most a note in brackets after
 * it. A session someone hosts is an event: "Office Hours with the Mayor",
 * "Open Office Hours: ask a mentor", "Python Office Hours" (an office named
 * only by its topic, or bare "Office Hours", is a drop-in session), "Happy
 * Hours".
 */
export function namesOpeningHours(title: string): boolean {
  return title.length <= TITLE_MAX && HOURS_CUE.test(title) && OPENING_HOURS_TITLE.test(title);
}

/** Opening-hours entries are named in a few words; longer titles are not read at all. */
const TITLE_MAX = 80;
/** Cheap first look: every pattern below has one of these; most titles have none. */
const HOURS_CUE = /hours|ffnungszeit|horari|ouverture|openingstijd|orari/i;

/**
 * A facility whose hours these are. Not "office" alone: "Python Office
 * Hours" is a session; an office's own hours name whose office it is (OFFICE).
 */
const FACILITY = String.raw`(?:building|facility|facilities|library|cent(?:re|er)|clubhouse|lodge|hall|pool|gym|fitness\s+room|museum|gallery|shop|store|pantry|park|beach|campus|branch|site|venue|school|church|reception|front\s+desk|caf[ée]|pub|bar|restaurant|kitchen|lounge)`;
/** An office that is a facility by whose it is: "Parish Office Hours", "Box Office Hours", "Town Office Hours". */
const OFFICE = String.raw`(?:parish|church|town|city|county|village|borough|township|district|school|library|museum|box|ticket|front|main|administration|admin|association|hoa|visitors?|tourist|post)\s+office`;
/** A word between the facility and "hours": "Pool Summer Hours", "Center Building Hours". */
const QUALIFIER = String.raw`(?:building|opening|operating|regular|normal|extended|summer|winter|holiday|weekend|public)`;
/** Up to three words naming the facility before it: "Recreation Center", "Heron Pond Clubhouse". */
const NAME_WORDS = String.raw`(?:[\p{L}'’&.-]+\s+){0,3}?`;
/** Hours named without a facility. */
const BARE_HOURS = String.raw`(?:opening|building|business|operating)\s+hours|hours\s+of\s+operation`;
/** Other languages feeds are written in. */
const OTHER_LANGUAGES = String.raw`(?:${NAME_WORDS}[öo]ffnungszeit(?:en)?(?:\s+(?:der|des|im|in\s+der)?\s*[\p{L}-]+){0,2}|horaires?(?:\s+d['’]ouverture)?(?:\s+(?:de\s+la|du|de\s+l['’]|des)\s*[\p{L}-]+)?|heures\s+d['’]ouverture|horari[oa]?(?:\s+de\s+(?:apertura|atenci[óo]n(?:\s+al\s+p[úu]blico)?|oficina|verano|invierno|(?:la\s+)?(?:biblioteca|oficina|secretar[íi]a|despacho|parroquia)))?|openingstijden|orari[oa]?\s+di\s+apertura)`;

const OPENING_HOURS_TITLE = new RegExp(
  String.raw`(?:^|[–—:|]\s*|\s-\s*)\s*(?:the\s+)?(?:${NAME_WORDS}(?:${FACILITY}|${OFFICE})(?:\s+${QUALIFIER})?\s+hours|${BARE_HOURS}|${OTHER_LANGUAGES})\s*(?:\([^()]*\)|\[[^[\]]*\])?\s*[.!]*\s*$`,
  'iu',
);

/**
 * A description that is a week of opening hours, a line a day ("Mondays:
 * 1–5pm", "Tuesday: 11am-2pm", "Friday: Closed"): a library's or a help
 * desk's hours put on a community calendar as a weekly entry.
 */
function listsOpeningHours(description: unknown): boolean {
  if (typeof description !== 'string' || !DAY_HOURS.test(description)) return false;
  return description.split('\n').filter((line) => DAY_HOURS.test(line)).length >= OPENING_HOURS_DAYS;
}

const DAY_HOURS =
  /^\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\s*:\s*(?:closed|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–—]|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m)/im;
const OPENING_HOURS_DAYS = 3;
