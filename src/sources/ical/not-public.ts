/**
 * VEVENTs that are no public event: private entries, placeholders, tests,
 * closures, opening hours, dates to keep, schedule slots. readCalendar skips
 * them, saying why.
 */
import ICAL from 'ical.js';
import { isBreakSlot } from './break-slots.js';
import { forClosedAudience } from './closed-audience.js';
import { opensHours } from './opening-hours.js';
import { namesDayMarker, namesObservance, namesTimeOfDay, notesHoliday } from './observances.js';

const PRIVATE_REASON = 'it is marked private (CLASS:PRIVATE or CONFIDENTIAL): someone’s own calendar entry, not a public event';
const CLOSED_AUDIENCE_REASON = 'it says it is for a closed group (by invitation only, or staff or students only), not the public';

/**
 * Why an entry is no public event, or null: "CLASS:PRIVATE" blocks (a
 * personal calendar's "Work", 08:00–16:00 every weekday), a room-booking
 * calendar's "Private Event: David L.", "Private hire", "Makercast (closed
 * event)" or "geschlossene Gesellschaft", and entries whose
 * title is only a placeholder ("no event title", "Busy") or a test ("Test",
 * "Test 2", "Testtermin"), says it is for a closed group ("(By invitation
 * only)", "(… staff and students only)": closed-audience.ts), names a slot of
 * a schedule ("Spare Slot", "Room Setup") or a break in it ("Coffee Break",
 * "Teaching Track Lunch": break-slots.ts), a waste collection day ("Odvoz:
 * Bio", "Gelbe Tonne"), a holiday, a term break or a time of day
 * (observances.ts: "Tutti i Santi" all day, "Spring Break", "fajr"), a date
 * to keep ("Payment Date", "CFP deadline", "Last Day to Withdraw") or a
 * fixture list's reserve date ("Cup Reserve Date"), a closure or an early
 * closing ("SCHOOL CLOSES AT 2.25pm"), opening hours ("Recreation Center
 * Building Hours", or a description that is a week of them:
 * opening-hours.ts), and entries whose description is a short notice that there are no events
 * ("Calendario sincronizado. Sin eventos planificados.": a scraped agenda's
 * entry for an empty period). Title cues come first; a short description of
 * an entry with no LOCATION is read last (a registrar's reminder, a holiday
 * named only there).
 */
export function notPublic(component: ICAL.Component): string | null {
  const value = component.getFirstPropertyValue('class');
  if (typeof value === 'string' && /^(?:private|confidential)$/i.test(value.trim())) return PRIVATE_REASON;
  const title = component.getFirstPropertyValue('summary');
  if (typeof title !== 'string') return null;
  if (isBooking(title)) return 'its title says it is private (a booking, not a public event)';
  if (PLACEHOLDER_TITLE.test(title)) return 'it has no title of its own (a placeholder entry, not an event)';
  if (TEST_TITLE.test(title)) return 'its title says it is a test entry, not an event';
  const description = component.getFirstPropertyValue('description');
  if (forClosedAudience(title, description)) return CLOSED_AUDIENCE_REASON;
  const hours = opensHours(title, description);
  if (hours) return hours;
  if (saysNoEvents(description)) return 'its description says there are no events (a calendar’s notice), not an event';
  if (DATE_TO_KEEP.test(title))
    return 'its title names a date to keep (a payment date, a deadline or a registrar’s reminder), not an event';
  if (isReserveDate(title)) return 'its title says it is a reserve date (kept free in case a fixture is moved), not a match';
  if (CLOSURE_CUE.test(title)) {
    if (CLOSURE_TITLE.test(title)) return 'its title says the place is closed (a closure, not an event)';
    if (EARLY_CLOSING.test(title)) return 'its title says the place closes early (a notice, not an event)';
  }
  if (namesTimeOfDay(title)) return 'its title is a time of day (a prayer time, sunrise or sunset), not an event';
  if (namesObservance(title) && isDay(component))
    return 'its title is a holiday, a term break or a day of the church year (an observance, not an event)';
  if (namesDayMarker(title) && isDay(component)) return 'its title marks a day off or a school day (a calendar’s note, not an event)';
  if (isTrumbaHoliday(component)) return 'its Trumba event type is Holiday and it takes the whole day (a day off, not an event)';
  if (isWasteCollection(component, title)) return 'it is a waste collection day (a bin pickup), not an event';
  if (SCHEDULE_SLOT.test(title)) return 'its title says it is a slot of the schedule (a spare slot or a room set-up), not an event';
  if (isBreakSlot(title)) return 'its title says it is a break in the schedule (a lunch, a coffee break or registration), not an event';
  return noticeInDescription(component, description);
}

/**
 * "Labor Day – Plant Closed", "Library closed", "Closed for Christmas",
 * "Geschlossen", "Fermé", "City Office Closures": a closure put on a
 * union's, a venue's or a city's calendar.
 */
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

/** A short description that says the calendar has no events now, in the languages feeds are written in. */
function saysNoEvents(description: unknown): boolean {
  return typeof description === 'string' && description.length <= NOTICE_MAX && NO_EVENTS.test(description);
}

const NOTICE_MAX = 300;
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

/**
 * A short description that says the entry is a date to keep or a public
 * holiday ("Official Public Holiday - NSW Wide" under "Labour Day", all
 * day). Only for entries without a LOCATION of their own: a workshop at a
 * hall whose description says "Last day to register: 3 March" is the
 * workshop.
 */
function noticeInDescription(component: ICAL.Component, description: unknown): string | null {
  if (typeof description !== 'string' || description.length > NOTICE_MAX || hasLocation(component)) return null;
  if (REGISTRAR_NOTE.test(description)) return 'its description names a date to keep (a deadline or a registrar’s reminder), not an event';
  if (notesHoliday(description) && isDay(component)) return 'its description says the day is a public holiday (a day off, not an event)';
  return null;
}

function hasLocation(component: ICAL.Component): boolean {
  const value = component.getFirstPropertyValue('location');
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * A Trumba or 25Live calendar's day off: its "Event Type" custom field
 * (`X-TRUMBA-CUSTOMFIELD;NAME="Event Type";…:Holiday`) on an entry for the
 * whole day. A "Holiday concert" at 19:00 typed so is still the concert.
 */
function isTrumbaHoliday(component: ICAL.Component): boolean {
  // Most feeds are not Trumba's: a scan of the property names, no allocation.
  if (!component.hasProperty('x-trumba-customfield')) return false;
  for (const prop of component.getAllProperties('x-trumba-customfield')) {
    if (prop.getParameter('name') !== 'Event Type') continue;
    const value = prop.getFirstValue();
    return typeof value === 'string' && /^\s*holidays?\s*$/i.test(value) && isDay(component);
  }
  return false;
}

/**
 * A fixture list's "Kestrels vs. League Reserve Date", "Cup Reserve Date":
 * a date kept free in case a match must be played again, not a match. Only
 * when the title (or its side after "vs" / "v" / " - " / ":") is the reserve
 * date, with at most three words before it, so "Kestrels vs Heath (on the
 * reserve date)" is still the match.
 */
function isReserveDate(title: string): boolean {
  return title.length < 120 && /reserve/i.test(title) && RESERVE_DATE.test(title);
}

const RESERVE_DATE = /(?:^|\bvs?\.?\s|\s[-–—]\s|:)\s*(?:[\p{L}'’&]+\s+){0,3}reserve[\s-]+dates?\s*$/iu;

/** A conference schedule's "Lunch time Event Spare Slot", "Workshop Room Setup": no one comes to those. */
const SCHEDULE_SLOT =
  /\b(?:spare|free|open|empty|unallocated)\s+slot\b|\b(?:room|venue|stage|hall)\s+set[- ]?up\b|\bset[- ]?up\s+(?:&|and)\s+(?:tear|pack)[- ]?down\b|^\s*(?:montaje|desmontaje|aufbau|abbau|d[ée]montage|set[- ]?up|tear[- ]?down|load[- ]?(?:in|out))\s*[-–—:|]/i;

/** "Test", "Test 2", "test event", "Testtermin", "[TEST]": someone trying the calendar out. */
const TEST_TITLE =
  /^\s*[([]?\s*(?:test(?:ing)?(?:\s*(?:event|entry|termin|eintrag|évènement|événement|evento))?|testtermin|testeintrag)\s*\d*\s*[)\]]?\s*[.!]*\s*$/i;

const PRIVATE_TITLE = /^\s*(?:private\s+(?:event|booking|hire|party|function|meeting)|closed\s+(?:event|booking))\b/i;

/** Cheap first look for BOOKING_MARKER: a word every one of its phrases has. */
const BOOKING_CUE = /priv|clos|geschl|beslot/i;
/** "Closed event", "geschlossene Gesellschaft", "soirée privée", "besloten feest", "evento privado": a private booking, in the languages feeds are written in. */
const BOOKING = String.raw`(?:(?:private|closed)\s+(?:event|booking|party|function)|geschlossene[sr]?\s+(?:event|veranstaltung|gesellschaft)|[ée]v[èée]nement\s+priv[ée]e?|soir[ée]e\s+priv[ée]e|besloten\s+(?:feest|bijeenkomst|evenement|event)|evento\s+privad[oa]|fiesta\s+privada|evento\s+privato|festa\s+privata)`;
/**
 * A booking phrase as the whole title ("Geschlossene Gesellschaft", "Heute
 * geschlossene Gesellschaft"), its head ("geschlossene Veranstaltung (ask
 * dave)"), or a marker in brackets or after a dash, colon or bar
 * ("Makercast (closed event)", "Boda: evento privado"). Only so: inside a
 * title the words may be the topic ("Non-private event planning").
 */
const BOOKING_MARKER = new RegExp(
  String.raw`(?:^\s*(?:heute\s+)?|[([]\s*|\s[-–—|]\s*|[–—|:]\s*)${BOOKING}\s*(?:[)\]]|\s[-–—|]|[:(]|[.!]*\s*$)`,
  'iu',
);

function isBooking(title: string): boolean {
  return PRIVATE_TITLE.test(title) || (BOOKING_CUE.test(title) && BOOKING_MARKER.test(title));
}
const PLACEHOLDER_TITLE =
  /^\s*[([]?\s*(?:no (?:event )?title|untitled(?: event)?|no subject|busy|blocked|reserved|tentative)\s*[)\]]?\s*$/i;

/**
 * A municipal waste calendar's day: its title, or one of its CATEGORIES
 * ("Odvoz odpadu", "Waste collection"), is a collection ("Bin collection:
 * Recycling", "Abfuhr: Restmüll", "Svoz odpadu", "GFT ophalen", "Collecte
 * des ordures") or a bin ("Gelbe Tonne", "Restmüll"), with at most a short
 * list of what is collected after it. A title that goes on ("Recycling
 * workshop", "Waste collection workshop for councils") is an event.
 */
function isWasteCollection(component: ICAL.Component, title: string): boolean {
  if (title.length > WASTE_TITLE_MAX) return false;
  if (WASTE_COLLECTION.test(title)) return true;
  for (const prop of component.getAllProperties('categories')) {
    for (const value of prop.getValues() as unknown[]) if (typeof value === 'string' && WASTE_COLLECTION.test(value)) return true;
  }
  return false;
}

/** Bin days are named in a few words; longer titles are not read at all. */
const WASTE_TITLE_MAX = 60;
/** A collection, as the head of a title. */
const COLLECTION_HEAD = String.raw`(?:(?:green|garden|food|general|bulky|household|kerbside|curbside)\s+)?(?:bin|waste|refuse|rubbish|garbage|trash|recycling)\s+(?:collections?|pick-?ups?)|(?:bin|trash|garbage|rubbish)\s+days?|(?:m[üu]ll|abfall)?abfuhr|abfallkalender|m[üu]llkalender|(?:odvoz|svoz|v[ýy]voz)(?:\s+\p{L}*odpad\p{L}*)?|ophalen|ophaling|inzameling|afvalkalender|(?:collecte|ramassage)\s+(?:des\s+)?(?:ordures|d[ée]chets|encombrants|poubelles)(?:\s+m[ée]nag[èe]res)?|raccolta\s+(?:rifiuti|differenziata)|recogida\s+de\s+(?:basura|residuos|enseres)|wyw[óo]z\s+(?:[śs]mieci|odpad[óo]w)`;
/** A bin or what goes in it, named alone ("Gelbe Tonne", "GFT ophalen"). */
const BIN = String.raw`(?:gelbe|blaue|braune|gr[üu]ne|graue|schwarze)\s+tonne|gelber\s+sack|(?:bio|papier|rest|wertstoff)tonne|(?:rest|bio|sperr)m[üu]ll|altpapier|gft|pmd|restafval|grof\s+vuil`;
/**
 * The whole title: a collection, with what it collects after a colon or a
 * dash ("Odvoz: Bio"), or bins ("Biotonne / Papiertonne") with a collecting
 * word after them ("GFT ophalen"). Anchored at the start, so a title that
 * does not begin so is given up at its first letters: cheap enough for
 * every entry.
 */
const WASTE_COLLECTION = new RegExp(
  String.raw`^\s*(?:(?:${COLLECTION_HEAD})(?:\s*[:–—-]\s*[^:]{1,40})?|(?:${BIN})(?:\s*[,/&+]\s*(?:${BIN}))*(?:\s+(?:abfuhr|leerung|ophalen|collection))?)\s*$`,
  'iu',
);

/**
 * An entry for a whole day: a date, or a start at midnight (a day written as
 * midnight to midnight). "Christmas Day" at 10:00 is a service on that day.
 */
function isDay(component: ICAL.Component): boolean {
  try {
    const start = component.getFirstPropertyValue('dtstart');
    return start instanceof ICAL.Time && (start.isDate || start.hour + start.minute + start.second === 0);
  } catch {
    return false; // An unreadable DTSTART: the event's own reading skips it, saying so.
  }
}
