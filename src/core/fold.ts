/**
 * Text folded for comparing words: lower case, accents and other combining
 * marks gone (NFKD, so "ﬁ" is "fi" and "①" is "1"). Several modules compare
 * names this way — titles in dedupe, country names, placeholder titles,
 * link texts, topic filters — and share it from here.
 */

/** "À Confirmer" → "a confirmer", "Zürich" → "zurich". */
export function unaccented(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Letters and digits only, one space between words: "À confirmer !" → "a confirmer". */
export function foldedWords(text: string): string {
  return unaccented(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
