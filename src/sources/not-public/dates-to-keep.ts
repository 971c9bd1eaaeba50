/**
 * Dates that calendars mark but no one attends: a payment date, a deadline,
 * a registrar's reminder, a fixture list's reserve date, and a calendar's
 * notice that it has no events for a while.
 */

/** A notice is a line or two; longer descriptions are not read as one. */
export const NOTICE_MAX = 300;

/** A short description that says the calendar has no events now, in the languages feeds are written in. */
export function saysNoEvents(description: string | null): boolean {
  return description !== null && description.length <= NOTICE_MAX && NO_EVENTS.test(description);
}

const NO_EVENTS =
  /\b(?:no (?:upcoming )?events? (?:planned|scheduled|found|listed|at the moment|this (?:week|month))|there are no (?:upcoming )?events|sin eventos|no hay eventos|keine (?:termine|veranstaltungen)(?: geplant)?|aucun (?:é|e)v(?:é|e)nement|nessun evento|geen evenementen|nenhum evento)\b/i;

/** What a registrar's reminder asks a student to do by a date ("Last Day to Withdraw", "last day for refunds"). */
const ADMIN_STEP = String.raw`(?:withdraw(?:al)?|drop|add|register|registration|enrol(?:l|ment|lment)?|apply|applications?|pay(?:ment)?|submit|submissions?|change|file|petition|request|cancel(?:lation)?|declare|opt|elect|claim|refunds?|tuition|fees?)`;

/**
 * A date to remember, which no one attends: "Presence at Work Award –
 * Payment Date", "CFP deadline", "Dues due date", and a college's registrar
 * reminders ("Last Day to Withdraw with a W Grade", "Winter 2023 Semester
 * Important Dates", "Check your Priority Registration Appointment Date and
 * Time"). Events that share the words: "Deadline: a play by …" (the word as
 * a name, before its subtitle), "Last day to see the exhibition: curator
 * talk" (the show is open, people go), and "Registration opens for the
 * summer school", left alone: the same words head in-person sign-up days.
 */
const DATE_TO_KEEP = new RegExp(
  String.raw`\b(?:payment|pay|due|closing)\s+date\b|\bdeadline\b(?!\s*[:–—]|\s+-\s)|\S\s*\bdeadline\b|\blast\s+day\s+(?:to|for)\s+${ADMIN_STEP}\b|\bimportant\s+dates\s*$|^\s*(?:check|submit|pay|complete|update|renew|verify|confirm|view)\s+your\s+(?:[\w-]+\s+){0,3}?(?:registration|appointment|application|enrol(?:l)?ment|fees|tuition|grades|status|forms?|account|petition|transcripts?|financial\s+aid|fafsa|deposit|timetable)\b`,
  // No 'u': with it, V8 folds case the Unicode way at every position, some 20 times slower on every title.
  'i',
);

export function namesDateToKeep(title: string): boolean {
  return DATE_TO_KEEP.test(title);
}

/**
 * The same reminder said only in the description, beside a title that names
 * the task ("Petition for graduation …" with "… due in the Office of
 * Admission and Records", "Winter 2023 …" with "Last Day to Withdraw").
 * "due to" is left out: "cancelled due to the weather".
 */
const REGISTRAR_NOTE = new RegExp(
  String.raw`\blast\s+day\s+(?:to|for)\s+${ADMIN_STEP}\b|\bdeadline\s+(?:to|for)\s+${ADMIN_STEP}\b|\bdue\s+(?:in|at)\s+(?:the\s+)?(?:[\w&'’]+\s+){0,4}?(?:office|registrar|department|portal|bursar)\b`,
  'i',
);

export function notesRegistrarDate(description: string): boolean {
  return REGISTRAR_NOTE.test(description);
}

/**
 * A fixture list's "Kestrels vs. League Reserve Date", "Cup Reserve Date":
 * a date kept free in case a match must be played again, not a match. Only
 * when the title (or its side after "vs" / "v" / " - " / ":") is the reserve
 * date, with at most three words before it, so "Kestrels vs Heath (on the
 * reserve date)" is still the match.
 */
export function isReserveDate(title: string): boolean {
  return title.length < 120 && /reserve/i.test(title) && RESERVE_DATE.test(title);
}

const RESERVE_DATE = /(?:^|\bvs?\.?\s|\s[-–—]\s|:)\s*(?:[\p{L}'’&]+\s+){0,3}reserve[\s-]+dates?\s*$/iu;
