/**
 * A location that says only how people attend, and names no place: "In
 * person", "Hybrid", "In-person event", or the mode and what kind of session
 * it is, as conference schedules write it ("In-person; Training", "Online;
 * Workshop", "Online & in-person; Workshop" — written "Online &amp;
 * in-person" by some exporters —, "Hybrid | Seminar"). Attendance reads the
 * mode (classify); the text is no venue and no address to show (normalise),
 * and no venue to look up (place): an in-person or hybrid event so written
 * is at the feed's home area, or at the place set for the feed. An online
 * mode alone ("Online event", how Meetup writes an online event's place) is
 * left as written: it is never placed.
 */

/** How people attend, the whole part: "in-person", "online", "hybrid", "face to face". */
const MODE = String.raw`(?:in[- ]?person|on[- ]?site|face[- ]to[- ]face|online|virtual|remote|hybrid)`;
/** A mode, or two joined ("Online & in-person", "in person / online"); decoded text, lower-case. */
const MODE_PART = new RegExp(String.raw`^${MODE}(?:\s*(?:&|\+|/|\band\b|\bor\b)\s*${MODE})?(?:\s+only)?(?![a-z])`);

/** What kind of session a schedule says it is: each word of the part after the mode. */
// prettier-ignore
const SESSION_KIND_WORDS = new Set([
  'training', 'workshop', 'workshops', 'seminar', 'seminars', 'social', 'talk', 'talks', 'lecture', 'lectures',
  'panel', 'discussion', 'tutorial', 'tutorials', 'keynote', 'webinar', 'conference', 'meetup', 'networking',
  'course', 'class', 'masterclass', 'hackathon', 'roundtable', 'demo', 'presentation', 'session', 'sessions',
  'meeting', 'drop-in', 'clinic', 'symposium', 'forum', 'showcase', 'launch', 'lightning', 'poster',
  'breakout', 'q&a', 'debate', 'screening', 'bootcamp', 'sprint',
  // not 'event': "Online event" is how a Meetup group writes an online event's place, kept as its address
]);

/** Between the mode and the kinds, and between kinds: "In-person; Training", "Hybrid | Seminar, Panel". */
const PART_BREAK = /\s*[;|:,]\s*|\s+[-–—]\s+|^[-–—]\s*/;

/**
 * Whether a location (decoded, as `cleanLocation` has it) says only how
 * people attend, then one or more kinds of session. Most locations fail at
 * their first letter.
 */
export function saysOnlyModeAndKind(text: string): boolean {
  if (text.length > MODE_TEXT_MAX || !MODE_FIRST_LETTER.test(text)) return false;
  const lower = text.toLowerCase();
  const mode = MODE_PART.exec(lower);
  if (!mode) return false;
  const rest = lower.slice(mode[0].length).trim();
  return rest !== '' && rest.split(PART_BREAK).every(namesKindsOnly);
}

/**
 * Whether a location says only how people attend (decoded text): an
 * in-person or hybrid mode alone (IN_PERSON_ONLY), or any mode followed by
 * kinds of session (`saysOnlyModeAndKind`).
 */
export function saysOnlyHowPeopleAttend(written: string): boolean {
  if (written.length > MODE_TEXT_MAX || !MODE_FIRST_LETTER.test(written)) return false;
  // "Online &amp; in-person": some exporters escape the ampersand twice, so each stage may see it still escaped.
  const text = written.includes('&amp;') ? written.replace(/&amp;/g, '&') : written;
  return IN_PERSON_ONLY.test(text) || saysOnlyModeAndKind(text);
}

/** "Hybrid", "In person", "Hybrid event", "On-site only": how people attend, not where. */
const IN_PERSON_ONLY = /^(?:hybrid|in[- ]?person|on[- ]?site|face[- ]to[- ]face)(?:\s+(?:event|meeting|session|only))?$/i;

const MODE_TEXT_MAX = 80;
/** Cheap first look: every mode starts with one of these letters. */
const MODE_FIRST_LETTER = /^[iofvrh]/i;

function namesKindsOnly(part: string): boolean {
  if (part === '') return true;
  return part.split(/\s+/).every((w) => SESSION_KIND_WORDS.has(w));
}
