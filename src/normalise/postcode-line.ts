import { isValid } from 'postcode';
import { htmlToText } from './text.js';

/**
 * 3a. A one-line address that ends in a full UK postcode, unlabelled, as
 *     race and league calendars write the venue under the event's name:
 *     "The Show Field, Gargrave, North Yorkshire, BD23 3QE", "Kings Arms,
 *     Silsden, BD20 0JY.", "Whitestock Meadow, Rusland.  LA11 8LB." (a full
 *     stop before the postcode is read as a comma).
 *
 * Conservative by design:
 * - the line ends in a full postcode (inward code and all, of the form the
 *   `postcode` package accepts), with at least one comma before it, and
 *   is no longer than LINE_MAX;
 * - every comma-separated part is a short name (PART_WORDS_MAX words), with
 *   no full stop inside it, and none says what a sentence says ("the
 *   postcode is", "use", "please", "you"): "For sat navs the postcode is
 *   BD23 3QE" is no address, nor "Parking at the school, BD23 3QE is the
 *   postcode" (which does not end in it);
 * - the organiser's own address is not the event's: a line that starts
 *   with "Contact", "Organiser", "Entries (to)", "Enquiries" or
 *   "Secretary", and the lines under such a label up to a blank line.
 *
 * Lines are the description's own, broken at its line breaks and at "<br>"
 * alike: a calendar that writes plain lines with one "<br/>" among them
 * ("…, BD20 0JY. <br/>Contact …") still means its line breaks, which HTML
 * would read as spaces.
 */
export function postcodeLine(description: string): string | null {
  let contact = false;
  for (const raw of description.split(LINE_BREAK)) {
    const line = (raw.includes('<') ? raw.replace(TAG, ' ') : raw).trim();
    if (line === '') {
      contact = false;
      continue;
    }
    if (CONTACT.test(line)) {
      contact = true;
      continue;
    }
    if (contact || !line.includes(',')) continue;
    const head = endsLikePostcode(line) ? line : beforeTail(line);
    if (head === null || head.length > LINE_MAX) continue;
    const address = addressOf((head.includes('&') ? htmlToText(head) : head).replace(BULLET, ''));
    if (address) return address;
  }
  return null;
}

const LINE_MAX = 120;
const LINE_BREAK = /\r?\n|<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/i;
const TAG = /<[^>]*>/g;
const PART_WORDS_MAX = 8;

/** "Contact Su Thompson - 07739 …", "Organiser: …", "Entries to:", "Postal entries:", "Race secretary:". */
const CONTACT =
  /^(?:[•*·–-]\s*)?(?:contact|organi[sz]er|organi[sz]ed\s+by|(?:postal\s+|send\s+)?entries(?:\s+to)?|enquiries|(?:race\s+)?secretary|registered\s+office)\b/i;
const BULLET = /^[•*·–-]\s*/;
/** The line's end: a comma, space or full stop, then a full UK postcode (tested with `isValid`), then a full stop or none. */
const ENDS_IN_POSTCODE = /^(.*?)(?:\s*[,.]\s*|\s+)([A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2})\.?$/;
/** What a sentence says, and an address does not. */
const SENTENCE = /\b(?:is|are|was|were|will|use|please|postcode|post\s+code|sat\s?navs?|you|your|we|our|us)\b/i;

/**
 * "…, Hebden, BD23 5DE Contact Dan …", "…, Kettlewell, BD23 5QX. On the
 * B6160.", "…, Barnoldswick. BB18 6HJ.  Purchase tickets …": a line that runs
 * on after its postcode into a contact, a ticket note or a short sentence of
 * directions (typed by hand, or run together when its HTML lost a break).
 * The line up to the postcode, or null.
 */
function beforeTail(line: string): string | null {
  const m = POSTCODE_THEN_TAIL.exec(line);
  return m && isValid(m[2]!) && (TAIL_LABEL.test(m[3]!) || isShortSentence(m[3]!)) ? `${m[1]!}${m[2]!}` : null;
}

const POSTCODE_THEN_TAIL = /^(.*?[\s,.])([A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2})\.?[\s,;]+(\S.*)$/;
const TAIL_LABEL =
  /^(?:contact|tel\b|phone|telephone|mobile|e-?mail|entries|enquiries|organi[sz]er|purchase|tickets?|booking|book\b|parking|grid\s+ref|map\b|directions)/i;

/** "On the B6160.": a few words ending in a full stop. */
function isShortSentence(text: string): boolean {
  return /^\p{Lu}[^.]*\.\s*$/u.test(text) && text.split(/\s+/).length <= PART_WORDS_MAX;
}

function addressOf(line: string): string | null {
  const m = ENDS_IN_POSTCODE.exec(line);
  if (!m || !isValid(m[2]!)) return null;
  const before = m[1]!.trim();
  if (before === '' || SENTENCE.test(before)) return null;
  const parts = before.split(',').map((p) => p.trim());
  return parts.every(isShortPart) ? `${parts.join(', ')}, ${m[2]!.toUpperCase()}` : null;
}

function isShortPart(part: string): boolean {
  return part !== '' && !part.includes('. ') && part.split(/\s+/).length <= PART_WORDS_MAX;
}

/** Cheap test before any regex: the line ends (before a full stop) in a digit and two letters, as "… 3QE" does. */
function endsLikePostcode(line: string): boolean {
  const end = line.endsWith('.') ? line.length - 1 : line.length;
  return end >= 5 && isDigit(line.charCodeAt(end - 3)) && isLetter(line.charCodeAt(end - 2)) && isLetter(line.charCodeAt(end - 1));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}
