import { unaccented } from './fold.js';

/**
 * A location that is a telephone call, not a place: a phone number alone
 * ("+1 480-616-3816", "(020) 7946 0958", "tel:+14806163816"), or after a
 * label ("Tel: 0161 496 0000", "Call +44 20 7946 0958", "Dial-in: 0800 123
 * 456, PIN 1234#"), or words that say only that it is a call ("Phone call",
 * "Conference call", "Telefon", "Appel téléphonique"). Booking tools and
 * Outlook/Teams invites write it so (a Calendly phone appointment's
 * LOCATION is the number). Attendance reads such an event as remote, like a
 * Zoom link (classify); the place stage has no venue to look up in it. A
 * venue with its phone number after it ("The Crown, Tel: 0161 496 0000")
 * names its venue first, and is no call.
 */
export function saysItIsACall(text: string): boolean {
  // Most locations fail here, before folding: too long, or too many words before their first digit (or with none).
  const first = text.search(NUMBER_START);
  if (text.length > CALL_TEXT_MAX || (first < 0 ? text.length : first) > WORDS_MAX) return false;
  const folded = unaccented(text)
    .replace(LETTERED_ASIDE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!:;,]+$/, '');
  if (folded === '') return false;
  if (CALL_PHRASES.has(folded)) return true;
  const start = folded.search(NUMBER_START);
  if (start < 0) return false;
  const label = folded
    .slice(0, start)
    .replace(/[\s:：\-–—=]+$/, '')
    .replace(/\.$/, '');
  if (label !== '' && !CALL_PHRASES.has(label) && !NUMBER_LABELS.has(label)) return false;
  return isPhoneNumber(folded.slice(start), label !== '');
}

const CALL_TEXT_MAX = 100;
/** The longest label before a number, or call phrase with no number, an aside included ("Phone call (Calendly)"). */
const WORDS_MAX = 40;

/** "(Calendly will call you)", "(US)": an aside in words; "(480)", an area code, stays. */
const LETTERED_ASIDE = /\([^)]*\p{L}[^)]*\)/gu;

/** Where the number starts: its "+", its area code's bracket, or its first digit. */
const NUMBER_START = /[+(\d]/;

/**
 * A phone number, with an extension or a conference PIN after it: 7 to 15
 * digits (E.164 has at most 15), 8 when nothing before it says it is a
 * number. A date, a coordinate pair, a US ZIP+4 or a Brazilian CEP written
 * alone is none.
 */
function isPhoneNumber(text: string, labelled: boolean): boolean {
  const number = text.replace(PIN_AFTER, '').replace(EXTENSION_AFTER, '');
  if (!PHONE.test(number) || (!labelled && NOT_A_PHONE.some((re) => re.test(number)))) return false;
  const digits = number.replace(/\D/g, '').length;
  return digits >= (labelled ? 7 : 8) && digits <= 15;
}

const PHONE = /^\+?\(?\d[\d\s()./-]*\d$/;
const PIN_AFTER = /[,;]?\s*(?:pin|passcode|access code|code|conference id|meeting id|id)\s*[:#]?\s*\d[\d\s]*#?$/;
const EXTENSION_AFTER = /\s*(?:ext\.?|extension|x)\s*\d{1,6}$/;
const NOT_A_PHONE = [
  /^\d{4}-\d{2}-\d{2}$/, // 2026-05-01
  /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/, // 01.05.2026
  /^-?\d{1,3}\.\d+[\s/]+-?\d{1,3}\.\d+$/, // 52.5200 13.4050
  /^\d{5}-\d{3,4}$/, // 85004-1234, 01310-100
];

/** Folded (lower case, without accents): what a location says when it is only a call, or what labels its number. */
// prettier-ignore
const CALL_PHRASES = new Set([
  'call', 'phone', 'telephone', 'phone call', 'telephone call', 'phone meeting', 'phone conference', 'phone appointment',
  'by phone', 'via phone', 'over the phone', 'by telephone', 'conference call', 'teleconference', 'telco', 'audio call',
  'call-in', 'call in', 'dial-in', 'dial in', 'dial', 'audio only', 'audio-only',
  // other languages
  'telefon', 'telefonat', 'telefonisch', 'per telefon', 'telefonkonferenz', 'anruf', 'telephone conference',
  'appel telephonique', 'par telephone', 'conference telephonique', 'llamada', 'llamada telefonica', 'telefono',
  'por telefono', 'telefonata', 'chiamata', 'per telefono', 'telefoongesprek', 'telefonisch overleg', 'ligacao',
  'chamada', 'chamada telefonica', 'por telefone', 'telefone', 'telefonsamtale', 'telefonsamtal', 'puhelu',
  'телефон', 'по телефону', 'звонок', 'телефонный звонок', '電話', '电话', '電話会議', '电话会议', '전화', '전화 통화',
].map(unaccented)); // folded as the text is: NFKD splits Hangul, and drops the breve of "й"

/** Labels that only say a number follows ("Tel:", "Ph.", "Mobile"). */
// prettier-ignore
const NUMBER_LABELS = new Set([
  'tel', 'ph', 'tlf', 'tel.-nr', 'tel. nr', 'tel nr', 'mobile', 'mob', 'cell', 'number', 'phone number', 'phone no',
  'call-in number', 'dial-in number', 'dial-in numbers', 'telephone number', 'telefonnummer', 'numero',
  'numero de telephone', 'numero de telefono', 'whatsapp', 'call us', 'call us on', 'call us at',
]);
