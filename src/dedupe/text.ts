import { DAY_MS } from '../core/time.js';
/**
 * Title and place text reduced to what identifies an event, so that
 * "Birmingham JS: March meetup" and "BirminghamJS March Meetup" compare equal.
 *
 * - lower case, accents stripped (é → e, ß → ss), emoji and punctuation removed;
 * - words split on anything that is not a letter or digit;
 * - stop-words dropped: the, a, an, and, of, at, in, on, for, with, meetup,
 *   event, and status markers (cancelled, postponed, rescheduled, abgesagt,
 *   verschoben, …) so "CANCELLED: X" is still X (unless that would leave nothing);
 * - `compact` joins the words with no space, so spacing/camel-case differences
 *   ("Birmingham JS" / "BirminghamJS") vanish.
 */

// prettier-ignore
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'of', 'at', 'in', 'on', 'for', 'with', 'meetup', 'event', 'cancelled', 'canceled',
  'postponed', 'rescheduled', 'abgesagt', 'verschoben', 'entfallt', 'annule', 'annulee',
]);

/** Plain ASCII: NFKD and dropping combining marks leave it as it is, and its letters and digits are a–z, 0–9 once lower-cased. */
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

export function words(text: string | null | undefined): string[] {
  if (!text) return [];
  const split = ASCII.test(text)
    ? text.toLowerCase().split(/[^a-z0-9]+/)
    : text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/ß/g, 'ss')
        .split(/[^\p{L}\p{N}]+/u);
  const all = split.filter((w) => w.length > 0);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : all;
}

/** Recent compact forms: one event's title is compacted for its keys, its row and every comparison. */
const compacted = new Map<string, string>();
const COMPACTED_MAX = 4096;

export function compact(text: string | null | undefined): string {
  if (!text) return '';
  let c = compacted.get(text);
  if (c === undefined) {
    if (compacted.size >= COMPACTED_MAX) compacted.clear();
    compacted.set(text, (c = words(text).join('')));
  }
  return c;
}

function jaccard(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared += 1;
  return shared / (sa.size + sb.size - shared);
}

/**
 * Numbers in both titles that are not the same numbers: "Meetup #5" and
 * "Meetup #6", "VC Weil 3" and "VC Weil 4" are different events.
 */
function numbersDiffer(a: string, b: string): boolean {
  const na = a.match(/\d+/g);
  const nb = b.match(/\d+/g);
  if (!na || !nb) return false;
  return [...new Set(na)].sort().join(' ') !== [...new Set(nb)].sort().join(' ');
}

const VERSUS = /\s(?:vs?\.?|versus|gegen|contre|contra)\s/i;

/** A match between two sides, one side not the other's: "VC Müllheim vs. VC Weil 2" is not "VC Müllheim vs. VC Müllheim 2". */
function sidesDiffer(a: string, b: string): boolean {
  if (!VERSUS.test(a) || !VERSUS.test(b)) return false;
  const [a1 = '', a2 = ''] = a.split(VERSUS);
  const [b1 = '', b2 = ''] = b.split(VERSUS);
  return !sameSide(a1, b1) || !sameSide(a2, b2);
}

/** "Chelsea" and "Chelsea (Premier League)" are one side; "VC Weil 2" and "VC Müllheim 2" are not. */
function sameSide(a: string, b: string): boolean {
  const ca = compact(a);
  const cb = compact(b);
  return ca === cb || (ca.length > 0 && cb.length > 0 && (ca.includes(cb) || cb.includes(ca)));
}

/**
 * Titles name the same event when: their compact forms are equal; or (unless
 * they hold different numbers, or are matches between different sides)
 * their
 * word sets have Jaccard similarity ≥ 0.8; or one compact form contains the
 * other and the shorter is ≥ 80 % of the longer ("BirminghamJS March 2024"
 * vs "Birmingham JS March").
 */
export function titlesMatch(a: string, b: string): boolean {
  const ca = compact(a);
  const cb = compact(b);
  if (ca === cb) return ca.length > 0;
  if (numbersDiffer(a, b) || sidesDiffer(a, b)) return false;
  if (jaccard(words(a), words(b)) >= 0.8) return true;
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return short.length > 0 && long.includes(short) && short.length / long.length >= 0.8;
}

const EDGE_MS = 15 * 60_000;

/** Day names by day number: toISOString costs ~0.5 µs, keys are built several times per event, and events fall on few days. */
const dayNames = new Map<number, string>();
const DAY_NAMES_MAX = 4096;

function utcDay(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let name = dayNames.get(day);
  if (name === undefined) {
    name = new Date(ms).toISOString().slice(0, 10); // an invalid date throws here, as before, and is not remembered
    if (dayNames.size >= DAY_NAMES_MAX) dayNames.clear();
    dayNames.set(day, name);
  }
  return name;
}

/** Index key: compact title + the start's UTC day ("birminghamjsmarch|2024-03-14"). */
export function fuzzyKey(e: { title: string; start: Date }): string {
  return `${compact(e.title)}|${utcDay(e.start.getTime())}`;
}

/**
 * The keys to look candidates up by: the start's own day, plus the
 * neighbouring day when the start is within 15 minutes of UTC midnight (so
 * 23:55 and 00:05 still meet).
 */
export function fuzzyKeysAround(e: { title: string; start: Date }): string[] {
  const t = e.start.getTime();
  const title = compact(e.title);
  const intoDay = ((t % DAY_MS) + DAY_MS) % DAY_MS;
  const days = [utcDay(t)];
  if (intoDay <= EDGE_MS) days.push(utcDay(t - DAY_MS));
  if (DAY_MS - intoDay <= EDGE_MS) days.push(utcDay(t + DAY_MS));
  return days.map((d) => `${title}|${d}`);
}
