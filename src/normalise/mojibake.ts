import type { ParsedEvent } from '../sources/types.js';

/**
 * UTF-8 read as Latin-1 somewhere upstream ("KonstgrÃ¤s" for "Konstgräs",
 * "CafÃ© for Café"): a sequence of a UTF-8 lead byte's Latin-1 letter (Ã,
 * Â, Å…) and continuation bytes is decoded again as UTF-8. Only text that
 * is all Latin-1 and decodes cleanly is changed, so "Ãrhus" or a real "Â"
 * stays as written.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text) || NOT_LATIN1.test(text)) return text;
  const decoded = Buffer.from(text, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? text : decoded;
}

/** A two-byte UTF-8 sequence seen as Latin-1: a lead byte (U+00C2–U+00DF) then a continuation byte (U+0080–U+00BF). */
const MOJIBAKE = /[\u00C2-\u00DF][\u0080-\u00BF]/;
const NOT_LATIN1 = /[^\t\n\r\u0020-\u00FF]/;

/** The event's words with any such double-encoded text repaired (the same object when there is none). */
export function withoutMojibake(p: ParsedEvent): ParsedEvent {
  const fields = ['title', 'description', 'locationText', 'venueName', 'organiser'] as const;
  if (!fields.some((f) => p[f] !== null && MOJIBAKE.test(p[f]!))) return p;
  const out = { ...p };
  for (const f of fields) if (out[f] !== null) out[f] = repairMojibake(out[f]!) as never;
  return out;
}
