import { UNDECIDED } from './placeholder.js';

/**
 * What a scraper ran into a location besides the place (a town agenda's
 * "BAR VICE VERSA. Puerto Deportivo 2€ socios – 3€ no socios"):
 *
 * - a price or free-entry note after the place is cut off, up to the next
 *   comma: "2€", "€5", "£5", "$10", "5 EUR", "Entrada: 5€", "Eintritt frei",
 *   "entrada libre", "free entry", and a lower-case "gratis" or "kostenlos".
 *   A location that is nothing but such a note is left as it is.
 * - a hedge on the venue is dropped, and the venue kept: a "?" after it
 *   ("Grace Church?"), and a tail after a dash or comma or in brackets that
 *   says to check or that it is not confirmed ("Grace Church? - Check before
 *   Going", "Village Hall (TBC)", "Scout Hut – to be confirmed"). A venue
 *   named tentatively is where the event is most likely held.
 * - "NAME. rest" — a venue's name in capitals, a full stop, then more — is
 *   "NAME, rest", so the venue is read as a venue and the rest as its
 *   address ("BAR LA OLA, Paseo Marítimo"). An abbreviation is no name
 *   ("ST. MARY'S HALL", "AVDA. DEL MAR").
 *
 * Read once per event where ingest first reads the location
 * (ingest/locate.ts `readLocation`), so the place stage and the card both
 * see the place without the note.
 */
export function withoutLocationDebris(text: string | null): string | null {
  if (!text) return text;
  const sure = HEDGE_HINT.test(text) ? withoutHedge(text) : text;
  const cut = HINT.test(sure) ? withoutPriceNote(sure) : sure;
  return cut.includes('. ') ? withVenueSplit(cut) : cut;
}

/** Any sign of a hedge, as a cheap first test: most locations hold none. */
const HEDGE_HINT = /\?|check|confirm|tb[acd]|tentativ|provisional|vorbehalt|best[äa]tigt/i;
/** Saying to check, or that the place is not sure, in the languages feeds are written in ("to be confirmed" is UNDECIDED's). */
const HEDGE = String.raw`(?:${UNDECIDED}|(?:please\s+)?(?:check|confirm|verify)\s+(?:before\s+(?:going|you\s+go|attending|leaving)|(?:the\s+|our\s+)?(?:website|calendar|group|chat|e-?mail)(?:\s+before\s+going)?)|unconfirmed|tentative(?:ly)?|provisional(?:ly)?|\?+|unter\s+vorbehalt|(?:noch\s+)?(?:nicht|un)best[äa]tigt|[àa]\s+confirmer|por\s+confirmar|da\s+confermare)`;
/** The hedge as the location's tail: after a dash or a comma, or in brackets, after a name ending in a letter or bracket. */
const HEDGE_TAIL = new RegExp(String.raw`(?<=[\p{L}\d)?])\s*(?:,|\s[-–—]|[–—]|\(|\[)\s*${HEDGE}\s*[.!)\]]*\s*$`, 'iu');
/** A "?" after a venue's name, at the end or before its address: "Grace Church?", "Grace Church?, 12 Main St". */
const QUERIED_NAME = /(?<=\p{L})\s*\?+(?=\s*(?:$|,|\s[-–—]\s))/gu;

/** "Grace Church? - Check before Going" is "Grace Church"; a text that is nothing but the hedge is left for placeholder.ts. */
function withoutHedge(text: string): string {
  const cut = text.replace(HEDGE_TAIL, '');
  return cut.includes('?') ? cut.replace(QUERIED_NAME, '') : cut;
}

/** Any sign of a price or free entry, as a cheap first test: most locations hold none. */
const HINT = /[€£$]|EUR|CHF|USD|GBP|Kč|zł|[Ee]uro|frei|libre|grat|kostenlos|[Ff]ree|libero/;

/** An amount with its currency, or a free-entry note in so many words, after an optional label ("Entrada: 5€"). */
const PRICE = new RegExp(
  String.raw`(?:^|(?<=[\s,.;:(–—-]))(?:(?:precio|entrada|eintritt|tickets?|price|prix|preço|ingresso|admission|cost)\s*:?\s*)?` +
    String.raw`(?:\d+(?:[.,]\d{1,2})?\s?(?:€|£|\$|(?:EUR|euros?|CHF|USD|GBP|Kč|zł)(?![\p{L}]))|(?:€|£|\$|EUR|CHF|USD|GBP)\s?\d` +
    String.raw`|eintritt\s+frei|freier\s+eintritt|entrada\s+(?:libre|gratuita|gratis)|entr[ée]e\s+(?:libre|gratuite)` +
    String.raw`|ingresso\s+(?:libero|gratuito)|free\s+(?:entry|admission)|admission\s+free)`,
  'iu',
);
/** A single word that says free entry, in lower case only ("Gratis Bar" may be a name). */
const FREE_WORD = /(?<=[\s,.;:(–—-])(?:gratis|gratuito|gratuita|gratuit|kostenlos)(?![\p{L}])/u;

function withoutPriceNote(text: string): string {
  const m = PRICE.exec(text) ?? FREE_WORD.exec(text);
  if (!m) return text;
  const comma = text.indexOf(',', m.index);
  const before = text.slice(0, m.index).replace(TRAILING_BREAKS, '');
  if (!/\p{L}{2}/u.test(before)) return text;
  return comma < 0 ? before : `${before}${text.slice(comma)}`;
}

const TRAILING_BREAKS = /[\s,.;:(–—-]+$/u;

/** "BAR VICE VERSA. Puerto Deportivo": capitals, a full stop and a space, then a letter; before any comma. */
const DOTTED_NAME = /^(\p{Lu}[\p{Lu}\d&'’ -]*\p{Lu})\. (?=\p{L})/u;
/** Abbreviations in capitals that a full stop ends: no venue's name. */
const ABBREVIATION = new Set(['AVDA', 'AVE', 'CTRA', 'STR', 'STE', 'PZA', 'SRA', 'DRA', 'INC', 'LTD', 'BLVD', 'RTE']);

function withVenueSplit(text: string): string {
  const m = DOTTED_NAME.exec(text);
  if (!m) return text;
  const comma = text.indexOf(',');
  if (comma >= 0 && comma < m[0].length) return text;
  const last = m[1]!.split(' ').at(-1)!;
  if (last.length < 3 || ABBREVIATION.has(last)) return text;
  return `${m[1]}, ${text.slice(m[0].length)}`;
}
