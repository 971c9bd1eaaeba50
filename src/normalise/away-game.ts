import { fixtureSides, isAwayFixture, isLeadingAway } from './fixture-title.js';

/*
 * Away games: a sports calendar's matches at the other side's ground, which
 * are never at the club's home (nor at the place an admin set for the feed).
 * A location that says only "Away" is a placeholder (placeholder.ts); the
 * title's sides are read in fixture-title.ts.
 */

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
