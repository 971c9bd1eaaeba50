/**
 * Titles that are no event's own: a placeholder a calendar app writes when
 * none is given, or the free/busy word a shared calendar shows instead of
 * one, and an organiser trying the calendar out ("Test", "Newyear test two",
 * "TEST Syd", "[TEST] Launch party").
 */

/**
 * The whole title (perhaps in brackets) is a placeholder: "no event title",
 * "Busy", Apple's and Google's defaults ("New Event", "(No title)", in the
 * languages of their apps: "Nuevo evento", "Nouvel évènement", "Neues
 * Ereignis", "(Sin título)") and Outlook's free/busy words in other
 * languages ("Occupé", "Ocupado", "Gebucht", "Занят", "Зайнятий",
 * "Попередньо"). "New Event Space opening" is an event.
 */
export function isPlaceholderTitle(title: string): boolean {
  return title.length <= PLACEHOLDER_MAX && PLACEHOLDER_TITLE.test(title);
}

const PLACEHOLDER_MAX = 40;
const NO_TITLE = String.raw`no\s+(?:event\s+)?title|untitled(?:\s+event)?|no\s+subject|sin\s+t[íi]tulo|sans\s+titre|ohne\s+titel|senza\s+titolo|sem\s+t[íi]tulo|geen\s+titel|без\s+названия|без\s+назви`;
const NEW_EVENT = String.raw`new\s+event|nuevo\s+evento|nouvel\s+[ée]v[èé]nement|neues\s+ereignis|neuer\s+termin|nuovo\s+evento|novo\s+evento|nieuwe\s+(?:activiteit|afspraak)|новое\s+событие|нова\s+подія`;
const FREE_BUSY = String.raw`busy|blocked|reserved|tentative|occup[ée]|ocupad[oa]|occupat[oa]|gebucht|besch[äa]ftigt|bezet|mit\s+vorbehalt|provisoire|provisional|provvisorio|voorlopig|занят[ао]?|зайнят(?:ий|а|о)?|под\s+вопросом|попередньо`;
const PLACEHOLDER_TITLE = new RegExp(String.raw`^\s*[([]?\s*(?:${NO_TITLE}|${NEW_EVENT}|${FREE_BUSY})\s*[)\]]?\s*$`, 'iu');

/**
 * Someone trying the calendar out: the title is a test and nothing more
 * ("Test", "Test 2", "test event", "Testtermin", "[TEST]"), a test of an
 * event named in a word or two ("new year test event", "Newyear test two",
 * "calendar test 3"), a test marker in brackets around a title ("[TEST]
 * Launch party", "Launch party (test)"), or "TEST" in capitals before a word
 * or two written in small letters ("TEST Syd"). A cricket "Test Match",
 * "2nd Test", "Ashes Test 2" (a capital T and a number: a match), "Testing
 * in Production talk" and "TEST MATCH DAY 1" are events.
 */
export function isTestTitle(title: string): boolean {
  if (title.length > TEST_MAX || !/test/i.test(title)) return false;
  if (TEST_ONLY.test(title) || TEST_OF.test(title) || TEST_COUNT.test(title) || TEST_MARKER.test(title)) return true;
  return TEST_CAPS.test(title) && !CRICKET.test(title);
}

const TEST_MAX = 80;
const ENTRY = String.raw`(?:event|entry|item|post|invite|appointment|termin|eintrag|[ée]v[èé]nement|evento)`;
/** A count in words, either case: "two", "Two". */
const COUNT_WORD = `(?:${[
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'again',
  'uno',
  'dos',
  'tres',
  'eins',
  'zwei',
  'drei',
  'un',
  'deux',
  'trois',
]
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|')})`;
/** "Test", "Test 2", "test event", "Testtermin", "[TEST]": nothing but a test. */
const TEST_ONLY = new RegExp(
  String.raw`^\s*[([]?\s*(?:test(?:ing)?(?:\s*${ENTRY})?|testtermin|testeintrag)\s*\d*\s*[)\]]?\s*[.!]*\s*$`,
  'i',
);
/** One or two words before the test that are no ordinal or side of a match ("2nd", "v"). */
const LEAD = String.raw`(?:(?!(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|v|vs)\s)[\p{L}\d'’-]+\s+){1,2}`;
/** "new year test event", "Launch test entry 2". */
const TEST_OF = new RegExp(String.raw`^\s*${LEAD}test\s+${ENTRY}(?:\s+(?:\d+|${COUNT_WORD}))?\s*[.!]*\s*$`, 'iu');
/** "Newyear test two", "calendar test 3": "test" in small letters or capitals and a count ("Ashes Test 2" is a match). */
const TEST_COUNT = new RegExp(String.raw`^\s*${LEAD}(?:test|TEST)\s+(?:\d+|${COUNT_WORD})\s*[.!]*\s*$`, 'u');
/** "[TEST] Launch party", "(Test) …", "Launch party (test)", "Launch party [TEST]", "Test – please ignore". */
const TEST_MARKER =
  /^\s*[([]\s*test\s*[)\]]|[([]\s*test\s*[)\]]\s*$|\btest\b.{0,20}\b(?:please\s+ignore|do\s+not\s+(?:use|attend|book))\b/i;
/** "TEST Syd", "TEST - Sydney office": "TEST" in capitals, then one to three words, with small letters among them. */
const TEST_CAPS = /^\s*TEST(?:\s*[-–—:]?\s+|\s*[-–—:]\s*)(?=[^\n]*\p{Ll})(?:[\p{L}\d'’.-]+\s*){1,3}$/u;
const CRICKET = /^\s*test\s+(?:match|series|day|innings|cricket)\b/i;
