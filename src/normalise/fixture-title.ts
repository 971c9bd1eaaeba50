/**
 * A club's fixture list, read from its titles. Each match is written with the
 * home side first: "Larkhall Athletic vs Didcot Town", "Heath v Maroons",
 * "Lugo - Valencia". The feed's club is the side that plays in (nearly) every
 * one; a match that names it second is away, at the other side's ground,
 * which the feed may name ("Bickland Park") without saying where it is.
 *
 * Conservative by design:
 * - a title is a fixture only with one clear "vs" / "vs." / "v" / "v."
 *   between two sides, else one " at " / " @ " (the visitors first, as
 *   American and FA Full-Time calendars write it: "Sherburn U10 Tigers at
 *   Crofton Juniors U10"; never a side that starts with "the", a place:
 *   "Talk at the Library"), else one " - " / " – " ("Workshop - Intro to
 *   Python" is two sides too, which is why the club must play in most titles);
 * - a side is a name of at most SIDE_WORDS_MAX words, or of a junior team
 *   (an age group "U10", "W-7", "15u" and no little words such as "for" or
 *   "and": "Dee Why FC W-7 Green 1 Female UNICORNS") up to JUNIOR_WORDS_MAX;
 * - a tag or competition before the home side ("[Home] ", "League: ") and
 *   anything after the away side's name (" (Cup)", " - FA Vase", ", 3pm")
 *   are not part of a side's name;
 * - the club must play in at least CLUB_SHARE of the feed's titles and in at
 *   least MIN_FIXTURES of them, one of them with "vs" or a dash: a community
 *   calendar with two derbies among its talks has no club, nor a meetup that
 *   is each month "Meetup at <host>".
 */
const MIN_FIXTURES = 4;
const CLUB_SHARE = 0.6;
/** Longer titles are sentences, not fixtures. */
const TITLE_MAX = 120;
const SIDE_MAX = 40;
const SIDE_WORDS_MAX = 5;
const JUNIOR_MAX = 64;
const JUNIOR_WORDS_MAX = 10;

const VERSUS = /\s(?:vs|VS|Vs|v)\.?\s/g;
/** "Visitors at Hosts", "Visitors @ Hosts": the home side second. */
const AT = /\s(?:at|AT|@)\s/g;
const DASH = /\s[-–]\s/g;
/** "[Home] ", "(U12) ", "League: " before the home side. */
const LEADING_TAGS = /^(?:\s*[[(][^\])]*[\])])*\s*(?:[^:]*:\s+)?/;
/** " (Cup)", " [postponed]", " - FA Vase", ": Round 2", ", 3pm", " @ ground" after the away side. */
const TRAILING_PART = /\s*(?:[([]|\s[-–—|@]\s|[:,]\s).*$/;

/** The two sides of a fixture title, folded ("falmouth town", "larkhall athletic"), home first; null when it is none. */
export function fixtureSides(title: string): [string, string] | null {
  return readSides(title)?.sides ?? null;
}

type Sides = { sides: [string, string]; at: boolean };

/** The two sides, home first, and whether they were written "Visitors at Hosts" (`at`). */
function readSides(title: string): Sides | null {
  if (title.length > TITLE_MAX || !mayBeFixture(title)) return null;
  const versus = [...title.matchAll(VERSUS)];
  if (versus.length > 0) return bothSides(splitAtOne(title, versus), false);
  const at = title.includes(' at ') || title.includes(' AT ') || title.includes(' @ ') ? [...title.matchAll(AT)] : [];
  if (at.length > 0) return bothSides(splitAtOne(title, at), true);
  return bothSides(splitAtOne(title, [...title.matchAll(DASH)]), false);
}

function bothSides(parts: [string, string] | null, at: boolean): Sides | null {
  if (!parts) return null;
  const first = side(parts[0].replace(LEADING_TAGS, ''));
  const second = side(parts[1].replace(TRAILING_PART, ''));
  if (!first || !second || first === second) return null;
  // "Talk at the Library", "Drinks @ The Lamp": after "at", a name with an article is a place, not a side.
  if (at && second.startsWith('the ')) return null;
  return { sides: at ? [second, first] : [first, second], at };
}

/**
 * The feed's club: the side in at least CLUB_SHARE of `titles` (and
 * MIN_FIXTURES of them), folded as `fixtureSides` gives it; else null.
 */
export function fixtureClub(titles: readonly string[]): string | null {
  if (titles.length < MIN_FIXTURES) return null;
  const counts = new Map<string, number>();
  // Sides also named in a "vs" or dash title: "Meetup at Google", "Meetup at Stripe"… alone make no club.
  const versus = new Set<string>();
  for (const title of titles) {
    const read = readSides(title);
    if (!read) continue;
    for (const name of read.sides) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (!read.at) versus.add(name);
    }
  }
  let club: string | null = null;
  let most = 0;
  for (const [name, count] of counts) {
    if (count > most && versus.has(name)) [club, most] = [name, count];
  }
  return most >= MIN_FIXTURES && most >= CLUB_SHARE * titles.length ? club : null;
}

/** "Falmouth Town vs Larkhall Athletic" in Larkhall Athletic's feed: the club is named second, so it plays away. */
export function isAwayFixture(title: string, club: string | null): boolean {
  return club !== null && fixtureSides(title)?.[1] === club;
}

/**
 * "@ Ventura HS V 3:30 PM": a team's own schedule names only the other side,
 * after "@" when the game is at its ground (and "v" when at home). Not "@
 * The Lamp" or "@ Home", which name a place.
 */
export function isLeadingAway(title: string): boolean {
  return title.charCodeAt(0) === 64 /* @ */ && LEADING_AT.test(title);
}

const LEADING_AT = /^@\s+(?!(?:the|home)\b)\p{L}/iu;

/** Cheap test before any regex: a fixture title holds " v" or " V" (vs, v), " at", " AT", " @ " or a spaced dash. */
function mayBeFixture(title: string): boolean {
  return (
    title.includes(' v') ||
    title.includes(' V') ||
    title.includes(' at ') ||
    title.includes(' AT ') ||
    title.includes(' @ ') ||
    title.includes(' - ') ||
    title.includes(' – ')
  );
}

/** The text either side of the one separator found; null when there are several ("A v B v C"). */
function splitAtOne(title: string, found: RegExpExecArray[]): [string, string] | null {
  const at = found.length === 1 ? found[0]! : null;
  return at ? [title.slice(0, at.index), title.slice(at.index + at[0].length)] : null;
}

function side(text: string): string | null {
  const name = text
    .replace(/[\s.!*]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (name.length < 2 || name.length > JUNIOR_MAX || !/\p{L}/u.test(name)) return null;
  const words = name.split(' ').length;
  if (name.length <= SIDE_MAX && words <= SIDE_WORDS_MAX) return name;
  return words <= JUNIOR_WORDS_MAX && JUNIOR_TEAM.test(name) && !LITTLE_WORD.test(name) ? name : null;
}

/** An age group: "U10", "u9s", "W-7", "15u". */
const JUNIOR_TEAM = /(?:^|\s)(?:[uw]-?\d{1,2}s?|\d{1,2}u)(?=\s|$)/;
/** A sentence's little words, which a team's name has none of ("Intro to Python for U18s and parents"). */
const LITTLE_WORD = /\s(?:a|an|and|the|to|for|of|with|in|on|at|from|our|your|is|are)\s/;
