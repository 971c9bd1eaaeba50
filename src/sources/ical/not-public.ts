/**
 * VEVENTs that are no public event: private entries, placeholders, tests,
 * closures, opening hours, dates to keep, schedule slots. readCalendar skips
 * them, saying why.
 */
import ICAL from 'ical.js';
import { namesObservance, namesTimeOfDay } from './observances.js';

const PRIVATE_REASON = 'it is marked private (CLASS:PRIVATE or CONFIDENTIAL): someone’s own calendar entry, not a public event';

/**
 * Why an entry is no public event, or null: "CLASS:PRIVATE" blocks (a
 * personal calendar's "Work", 08:00–16:00 every weekday), a room-booking
 * calendar's "Private Event: David L.", "Private hire", "Makercast (closed
 * event)" or "geschlossene Gesellschaft", and entries whose
 * title is only a placeholder ("no event title", "Busy") or a test ("Test",
 * "Test 2", "Testtermin"), names a slot of
 * a schedule ("Spare Slot", "Room Setup"), a waste collection day ("Odvoz:
 * Bio", "Gelbe Tonne"), a holiday or a time of day (observances.ts:
 * "Tutti i Santi" all day, "fajr"), a date to keep ("Payment
 * Date", "CFP deadline") or a fixture list's reserve date ("Cup Reserve
 * Date"), and entries whose description is a week of opening hours or a
 * short notice that there are no events ("Calendario sincronizado. Sin
 * eventos planificados.": a scraped agenda's entry for an empty period).
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
  if (listsOpeningHours(description)) return 'it lists opening hours, not an event';
  if (saysNoEvents(description)) return 'its description says there are no events (a calendar’s notice), not an event';
  if (DATE_TO_KEEP.test(title)) return 'its title names a date to keep (a payment date or a deadline), not an event';
  if (isReserveDate(title)) return 'its title says it is a reserve date (kept free in case a fixture is moved), not a match';
  if (CLOSURE_CUE.test(title) && CLOSURE_TITLE.test(title)) return 'its title says the place is closed (a closure, not an event)';
  if (namesTimeOfDay(title)) return 'its title is a time of day (a prayer time, sunrise or sunset), not an event';
  if (namesObservance(title) && isDay(component)) return 'its title is a holiday or a day of the church year (an observance, not an event)';
  if (isWasteCollection(component, title)) return 'it is a waste collection day (a bin pickup), not an event';
  return SCHEDULE_SLOT.test(title) ? 'its title says it is a slot of the schedule (a spare slot or a room set-up), not an event' : null;
}

/**
 * "Labor Day – Plant Closed", "Library closed", "Closed for Christmas",
 * "Geschlossen", "Fermé": a closure put on a union's or a venue's calendar.
 */
/** Cheap first look: most titles have none of the words, and the full pattern tries every position. */
const CLOSURE_CUE = /clos|geschl|ferm|cerrad|chius|geslot/i;
/** What closes: a place, not a registration ("Workshop – Registration closed" is an event). */
const PREMISES = String.raw`(?:plant|office|offices|library|building|cent(?:re|er)|hall|shop|store|museum|school|church|club(?:house)?|gym|pool|park|branch|site|venue|campus|bar|caf[ée]|pub|restaurant|bibliothek|b[üu]ro|halle|biblioth[èe]que|mus[ée]e|biblioteca|museo|oficina)`;
const CLOSED = String.raw`(?:closed|geschlossen|ferm[ée]e?|cerrad[oa]|chius[oa]|gesloten)`;
const CLOSURE_TITLE = new RegExp(
  String.raw`^${CLOSED}(?:\s+(?:for|on|today|until|wegen|pour|por|per|voor)\b|\s*[.!]*$)|(?:^|[–—:|-]\s*)(?:(?:the\s+)?${PREMISES}\s+)?${CLOSED}\s*[.!]*$`,
  'iu',
);

/**
 * A description that is a week of opening hours, a line a day ("Mondays:
 * 1–5pm", "Tuesday: 11am-2pm", "Friday: Closed"): a library's or a help
 * desk's hours put on a community calendar as a weekly entry.
 */
function listsOpeningHours(description: unknown): boolean {
  if (typeof description !== 'string' || !DAY_HOURS.test(description)) return false;
  return description.split('\n').filter((line) => DAY_HOURS.test(line)).length >= OPENING_HOURS_DAYS;
}

const DAY_HOURS =
  /^\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\s*:\s*(?:closed|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–—]|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m)/im;
const OPENING_HOURS_DAYS = 3;

/** A short description that says the calendar has no events now, in the languages feeds are written in. */
function saysNoEvents(description: unknown): boolean {
  return typeof description === 'string' && description.length <= NOTICE_MAX && NO_EVENTS.test(description);
}

const NOTICE_MAX = 300;
const NO_EVENTS =
  /\b(?:no (?:upcoming )?events? (?:planned|scheduled|found|listed|at the moment|this (?:week|month))|there are no (?:upcoming )?events|sin eventos|no hay eventos|keine (?:termine|veranstaltungen)(?: geplant)?|aucun (?:é|e)v(?:é|e)nement|nessun evento|geen evenementen|nenhum evento)\b/i;

/** "Presence at Work Award – Payment Date", "CFP deadline", "Dues due date": a date to remember, which no one attends. */
const DATE_TO_KEEP = /\b(?:payment|pay|due|closing)\s+date\b|\bdeadline\b/i;

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
