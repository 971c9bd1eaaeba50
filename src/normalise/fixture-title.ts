/**
 * A club's fixture list, read from its titles. Each match is written with the
 * home side first: "Larkhall Athletic vs Didcot Town", "Heath v Maroons",
 * "Lugo - Valencia". The feed's club is the side that plays in (nearly) every
 * one; a match that names it second is away, at the other side's ground,
 * which the feed may name ("Bickland Park") without saying where it is.
 *
 * Conservative by design:
 * - a title is a fixture only with one clear "vs" / "vs." / "v" / "v."
 *   between two sides, else one " - " / " – " ("Workshop - Intro to Python"
 *   is two sides too, which is why the club must play in most titles);
 * - a tag or competition before the home side ("[Home] ", "League: ") and
 *   anything after the away side's name (" (Cup)", " - FA Vase", ", 3pm")
 *   are not part of a side's name;
 * - the club must play in at least CLUB_SHARE of the feed's titles and in at
 *   least MIN_FIXTURES of them: a community calendar with two derbies among
 *   its talks has no club.
 */
const MIN_FIXTURES = 4;
const CLUB_SHARE = 0.6;
/** Longer titles are sentences, not fixtures. */
const TITLE_MAX = 120;
const SIDE_MAX = 40;
const SIDE_WORDS_MAX = 5;

const VERSUS = /\s(?:vs|VS|Vs|v)\.?\s/g;
const DASH = /\s[-–]\s/g;
/** "[Home] ", "(U12) ", "League: " before the home side. */
const LEADING_TAGS = /^(?:\s*[[(][^\])]*[\])])*\s*(?:[^:]*:\s+)?/;
/** " (Cup)", " [postponed]", " - FA Vase", ": Round 2", ", 3pm", " @ ground" after the away side. */
const TRAILING_PART = /\s*(?:[([]|\s[-–—|@]\s|[:,]\s).*$/;

/** The two sides of a fixture title, folded ("falmouth town", "larkhall athletic"), home first; null when it is none. */
export function fixtureSides(title: string): [string, string] | null {
  if (title.length > TITLE_MAX || !mayBeFixture(title)) return null;
  const versus = [...title.matchAll(VERSUS)];
  const parts = versus.length > 0 ? splitAtOne(title, versus) : splitAtOne(title, [...title.matchAll(DASH)]);
  if (!parts) return null;
  const home = side(parts[0].replace(LEADING_TAGS, ''));
  const away = side(parts[1].replace(TRAILING_PART, ''));
  return home && away && home !== away ? [home, away] : null;
}

/**
 * The feed's club: the side in at least CLUB_SHARE of `titles` (and
 * MIN_FIXTURES of them), folded as `fixtureSides` gives it; else null.
 */
export function fixtureClub(titles: readonly string[]): string | null {
  if (titles.length < MIN_FIXTURES) return null;
  const counts = new Map<string, number>();
  for (const title of titles) {
    const sides = fixtureSides(title);
    if (!sides) continue;
    for (const name of sides) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let club: string | null = null;
  let most = 0;
  for (const [name, count] of counts) {
    if (count > most) [club, most] = [name, count];
  }
  return most >= MIN_FIXTURES && most >= CLUB_SHARE * titles.length ? club : null;
}

/** "Falmouth Town vs Larkhall Athletic" in Larkhall Athletic's feed: the club is named second, so it plays away. */
export function isAwayFixture(title: string, club: string | null): boolean {
  return club !== null && fixtureSides(title)?.[1] === club;
}

/** Cheap test before any regex: a fixture title holds " v" or " V" (vs, v) or a spaced dash. */
function mayBeFixture(title: string): boolean {
  return title.includes(' v') || title.includes(' V') || title.includes(' - ') || title.includes(' – ');
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
  if (name.length < 2 || name.length > SIDE_MAX || !/\p{L}/u.test(name)) return null;
  return name.split(' ').length <= SIDE_WORDS_MAX ? name : null;
}
