import type { Line } from '../core/chat.js';
import type { ChannelFilterRecord, StoredEvent } from '../core/ports.js';

/**
 * Topic filters (issue #10 §5). A channel keeps include and exclude
 * keywords, matched on an event's title and description:
 * - include: at least one keyword must match (no include keywords: all pass);
 * - exclude: no keyword may match (exclude wins over include);
 * - a keyword matches as whole words, case-insensitively, with diacritics
 *   folded (“cafe” matches “Café”, “python” does not match “pythonic”); a
 *   keyword of several words matches them in order with any spacing.
 * Applied to auto-posts, digests and `/events nearby`; `preview` and
 * `/events filter` show each event's verdict.
 */

export const MAX_KEYWORDS = 25;
export const MAX_KEYWORD_LENGTH = 50;

export type FilterVerdict = { pass: true; reason: string } | { pass: false; reason: string };

/** Lower case, accents removed (NFKD then combining marks dropped), ß → ss. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/** "python, Rust ,, rust" → ["python", "Rust"]: comma-separated, trimmed, without repeats (folded). */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const word = raw.trim().replace(/\s+/g, ' ');
    if (!word || seen.has(fold(word))) continue;
    seen.add(fold(word));
    out.push(word);
  }
  return out;
}

/** A problem with typed keywords, in words; null when they are fine. */
export function keywordProblem(words: string[]): string | null {
  if (words.length === 0) return 'Give at least one keyword, like: python, rust';
  const long = words.find((w) => w.length > MAX_KEYWORD_LENGTH);
  if (long) return `“${long.slice(0, 20)}…” is too long: a keyword has at most ${MAX_KEYWORD_LENGTH} characters.`;
  if (!words.some((w) => /[\p{L}\p{N}]/u.test(w))) return 'A keyword needs at least one letter or digit.';
  return null;
}

const cache = new Map<string, RegExp>();

/** Whole-word matcher for one keyword (cached: the same filter runs over many events). */
function matcher(keyword: string): RegExp {
  let re = cache.get(keyword);
  if (!re) {
    const body = fold(keyword)
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
    if (cache.size > 1000) cache.clear();
    cache.set(keyword, re);
  }
  return re;
}

export const isEmptyFilter = (f: ChannelFilterRecord) => f.include.length === 0 && f.exclude.length === 0;

/** The keywords of `list` that occur in `text` (already folded). */
const found = (list: string[], folded: string) => list.filter((k) => matcher(k).test(folded));

/** Whether an event passes a channel's filter, and why (“matches python”, “excluded by crypto”). */
export function filterVerdict(f: ChannelFilterRecord, e: Pick<StoredEvent, 'title' | 'description'>): FilterVerdict {
  if (isEmptyFilter(f)) return { pass: true, reason: 'no topic filter' };
  const text = fold(`${e.title}\n${e.description}`);
  const excluded = found(f.exclude, text);
  if (excluded.length) return { pass: false, reason: `excluded by “${excluded.join('”, “')}”` };
  if (f.include.length === 0) return { pass: true, reason: 'no exclude keyword matches' };
  const included = found(f.include, text);
  return included.length
    ? { pass: true, reason: `matches “${included.join('”, “')}”` }
    : { pass: false, reason: 'matches none of the include keywords' };
}

export const passes = (f: ChannelFilterRecord, e: Pick<StoredEvent, 'title' | 'description'>) => filterVerdict(f, e).pass;

/** "Include: python, rust · Exclude: crypto" lines, for `/events filter` and `preview`. */
export function describeFilter(f: ChannelFilterRecord): Line[] {
  if (isEmptyFilter(f)) return [['No topic filter: every in-person event in the region is shown.']];
  const lines: Line[] = [];
  if (f.include.length) lines.push([{ bold: 'Include' }, ` (any of): ${f.include.join(', ')}`]);
  if (f.exclude.length) lines.push([{ bold: 'Exclude' }, ` (none of): ${f.exclude.join(', ')}`]);
  return lines;
}
