/**
 * Placeholder titles: a copy of an event listed before its topic was set
 * ("AI/IA CDMX|To Be Announced/Por anunciar" on Meetup, while Luma has the
 * talk's name). Such a title says nothing that could tell it from another
 * event, so at the same time and place (index.ts) it is that other event.
 *
 * A title is a placeholder when one of its parts — split at "|", at ": " and
 * at a spaced dash, after a group's name — is only "not decided yet" words,
 * in one language or several joined by "/": "TBA", "TBC", "TBD", "T.B.A.",
 * "to be announced / confirmed / decided / determined", "(topic|title|
 * speaker|talk) TBA", "por anunciar", "por confirmar", "à confirmer",
 * "à définir", "wird noch bekannt gegeben", "da definire". The parts before
 * it (the group) must be the other title's first parts too, so "Python
 * Glasgow: TBA" stands for "Python Glasgow: Packaging talk", not for
 * "Rust Glasgow: Ownership".
 *
 * Not a placeholder: a title that says anything more in that part ("TBA
 * party", "Announcement night", "Confirmation class"). The location
 * placeholders (normalise/placeholder.ts) are a wider list — "see website",
 * "various", "away" — that names no title, and dedupe imports only `core`.
 */

import { foldedWords } from '../core/fold.js';

/** Cheap test before any splitting: every placeholder holds one of these (folded or not). */
const HINT = /tb[acd]|t\.b\.|to be|anunciar|confirm|definir|definire|bekannt|annunciare/i;

/** Separators between a group's name and its event's name ("Group|Talk", "Group: Talk", "Group – Talk"). */
const PARTS = /\s*\|\s*|:\s+|\s+[-–—]\s+/;

const WHAT = String.raw`(?:(?:topic|title|talk|speaker|theme|details|tema|titulo|sujet|titre|thema|titel)\s+)?`;
// prettier-ignore
const UNDECIDED = new RegExp(String.raw`^${WHAT}(?:t\s?b\s?[acd]|to\s+be\s+(?:announced|confirmed|decided|determined)|por\s+(?:anunciar|confirmar|definir)|a\s+(?:anunciar|confirmar|definir|confirmer)|wird\s+noch\s+bekannt\s?gegeben|noch\s+offen|da\s+(?:definire|confermare|annunciare))$`);

/** The index of the title's part that is a placeholder, or -1. */
function placeholderPart(parts: readonly string[]): number {
  return parts.findIndex((part) => {
    const langs = part.split('/').map(foldedWords);
    return langs.every((l) => l !== '') && langs.every((l) => UNDECIDED.test(l));
  });
}

export function isPlaceholderTitle(title: string): boolean {
  return HINT.test(title) && placeholderPart(title.split(PARTS)) >= 0;
}

/**
 * `placeholder` is a placeholder title that may stand for `other`: `other` is
 * not a placeholder itself, and starts with the same group parts.
 */
function standsFor(placeholder: string, other: string): boolean {
  if (!HINT.test(placeholder)) return false;
  const parts = placeholder.split(PARTS);
  const at = placeholderPart(parts);
  if (at < 0 || isPlaceholderTitle(other)) return false;
  const otherParts = other.split(PARTS);
  if (otherParts.length <= at) return false;
  for (let i = 0; i < at; i++) if (foldedWords(parts[i]!) !== foldedWords(otherParts[i]!)) return false;
  return true;
}

/** One of the two titles is a placeholder for the other (see the top of this file). */
export function placeholderMatch(a: string, b: string): boolean {
  return standsFor(a, b) || standsFor(b, a);
}
