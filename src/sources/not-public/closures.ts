/**
 * A closure or an early closing put on a union's, a venue's, a school's or a
 * city's calendar: "Labor Day – Plant Closed", "Library closed", "Closed for
 * Christmas", "Geschlossen", "Fermé", "City Office Closures", "SCHOOL CLOSES
 * AT 2.25pm". No one attends those.
 */

/** Why the title is a closure or an early closing, or null. */
export function closureReason(title: string): string | null {
  if (!CLOSURE_CUE.test(title)) return null;
  if (CLOSURE_TITLE.test(title)) return 'its title says the place is closed (a closure, not an event)';
  if (EARLY_CLOSING.test(title)) return 'its title says the place closes early (a notice, not an event)';
  return null;
}

/** Cheap first look: most titles have none of the words, and the full pattern tries every position. */
const CLOSURE_CUE = /clos|geschl|ferm|cerrad|chius|geslot/i;
/** What closes: a place, not a registration ("Workshop – Registration closed" is an event). */
const PREMISES = String.raw`(?:plant|office|offices|library|building|cent(?:re|er)|hall|shop|store|museum|school|church|club(?:house)?|gym|pool|park|branch|site|venue|campus|bar|caf[ée]|pub|restaurant|bibliothek|b[üu]ro|halle|biblioth[èe]que|mus[ée]e|biblioteca|museo|oficina)`;
const CLOSED = String.raw`(?:closed|geschlossen|ferm[ée]e?|cerrad[oa]|chius[oa]|gesloten)`;
/** Whose premises: "City Office Closures", "Town Offices Closed", "All County Offices Closed". */
const OWNER = String.raw`(?:(?:the|all)\s+)?(?:(?:city|town|county|village|borough|municipal|district|library)\s+)?`;
/**
 * The whole title, or its part after a dash, colon or bar: "Closed",
 * "Closed for Christmas", "Labor Day – Plant Closed", "Town Offices Closed",
 * "Independence Day Friday - City Office Closures" (a city calendar's day
 * off). "Road Closure Walk" and "Office closures: what changes" are events.
 */
const CLOSURE_TITLE = new RegExp(
  String.raw`^${CLOSED}(?:\s+(?:for|on|today|until|wegen|pour|por|per|voor)\b|\s*[.!]*$)|(?:^|[–—:|-]\s*)(?:(?:${OWNER}${PREMISES}\s+)?${CLOSED}|${OWNER}${PREMISES}\s+closures?)\s*[.!]*$`,
  'iu',
);
/** A closing time: "2.25pm", "1PM", "16:30", "noon". */
const CLOSING_TIME = String.raw`(?:noon|midday|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s*m\b\.?)?)`;
/**
 * "SCHOOL CLOSES AT 2.25pm", "Library closes at 1pm for staff training",
 * "Closing at noon", "Christmas Eve – early closing": the place shuts early
 * that day. The whole title (or its part after a dash or colon), so "Closing
 * party" and "Early closing day market" are events.
 */
const EARLY_CLOSING = new RegExp(
  String.raw`(?:^|[–—:|]\s*|\s-\s*)(?:(?:the\s+)?${PREMISES}\s+)?(?:(?:closes|closing)(?:\s+early)?\s+at\s+${CLOSING_TIME}|early\s+clos(?:ing|ure)|clos(?:es|ing)\s+early)(?:\s+(?:today|tonight|for|on|due\s+to)\b.*)?\s*[.!]*\s*$`,
  'iu',
);
