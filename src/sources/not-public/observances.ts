/**
 * Days and times that calendars mark but no one attends: holidays and days of
 * the church year ("Tutti i Santi", "Pfingstmontag", "Bank holiday"), school
 * holidays and term breaks ("Spring Break", "Half term"), and a prayer-times or almanac feed's "fajr", "sunrise", "Full
 * moon".
 *
 * Whole titles only: the same words begin many real events ("Christmas
 * Party", "Sunrise yoga", "Easter egg hunt", "Advent concert"), while an entry
 * that is nothing but the day's name marks the day. Days of fairs and
 * festivities ("Koningsdag", "Carnaval", "Halloween") are left out: their
 * entries are often the event itself.
 */

/** Holidays, in English, German, French, Italian, Spanish and Dutch. */
const HOLIDAY = [
  String.raw`new\s+year['’]?s?\s+(?:day|eve)|epiphany|good\s+friday|holy\s+saturday|easter(?:\s+(?:sunday|monday|day))?|ascension(?:\s+day)?|whit\s+(?:sunday|monday)|pentecost|corpus\s+christi|assumption(?:\s+day)?|all\s+(?:saints|souls)(?:['’]?\s+day)?|christmas(?:\s+(?:day|eve))?|boxing\s+day|st\.?\s+stephen['’]?s\s+day`,
  String.raw`(?:(?:early\s+may|spring|summer|august)\s+)?bank\s+holiday|(?:public|local|state|federal|national)\s+holiday|(?:school\s+)?holidays|labou?r\s+day|memorial\s+day|veterans['’]?\s+day|presidents['’]?\s+day|(?:martin\s+luther\s+king(?:,?\s+jr\.?)?|mlk)\s+day|thanksgiving(?:\s+day)?`,
  // A school's or a college's term breaks: "Spring Break", "Mid-term break", "Half term", "Thanksgiving recess".
  String.raw`(?:(?:spring|winter|summer|fall|autumn|easter|christmas|thanksgiving|holiday|february|october|semester|term|mid[-\s]?(?:term|semester|winter)|half[-\s]?term)\s+(?:break|recess|vacation|holidays?)|half[-\s]?term|reading\s+week)`,
  String.raw`neujahr(?:stag)?|heilige\s+drei\s+k[öo]nige|karfreitag|oster(?:sonntag|montag)|ostern|christi\s+himmelfahrt|pfingst(?:sonntag|montag)|pfingsten|fronleichnam|mari[äa]\s+himmelfahrt|tag\s+der\s+deutschen\s+einheit|reformationstag|allerheiligen|heiligabend|(?:erster|zweiter|1\.|2\.)\s+weihnachts(?:feier)?tag|weihnachten|silvester|(?:gesetzlicher\s+)?feiertag|(?:schul|sommer|herbst|winter|oster|pfingst)?ferien`,
  String.raw`jour\s+de\s+l['’]an|[ée]piphanie|vendredi\s+saint|p[âa]ques|lundi\s+de\s+(?:p[âa]ques|pentec[ôo]te)|ascension|pentec[ôo]te|assomption|toussaint|armistice|no[ëe]l|jour\s+f[ée]ri[ée]|vacances(?:\s+scolaires)?`,
  String.raw`capodanno|epifania(?:\s+del\s+signore)?|pasqua(?:\s+di\s+resurrezione)?|pasquetta|luned[iì]\s+dell['’]angelo|ferragosto|assunzione(?:\s+della\s+beata\s+vergine\s+maria)?|tutti\s+i\s+santi|ognissanti|commemorazione\s+(?:di\s+tutti\s+i\s+fedeli\s+|dei\s+)defunti|immacolata(?:\s+concezione)?|natale(?:\s+del\s+signore)?|santo\s+stefano|cristo\s+re(?:\s+dell['’]universo)?|ascensione(?:\s+del\s+signore)?|pentecoste|giorno\s+festivo`,
  String.raw`a[ñn]o\s+nuevo|d[íi]a\s+de\s+reyes|viernes\s+santo|jueves\s+santo|lunes\s+de\s+pascua|todos\s+los\s+santos|inmaculada\s+concepci[óo]n|navidad|nochebuena|nochevieja|d[íi]a\s+festivo`,
  String.raw`nieuwjaarsdag|goede\s+vrijdag|(?:eerste|tweede)\s+(?:paas|pinkster|kerst)dag|pasen|hemelvaartsdag|pinksteren|kerstmis|oudejaarsdag|allerheiligen|feestdag`,
].join('|');

/** "I Domenica di Avvento", "First Sunday of Advent", "1. Advent", "2e dimanche de Carême": a Sunday of the church year. */
const SUNDAY = [
  String.raw`(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+sunday\s+(?:of|in|after|before)\s+\p{L}+|(?:advent|palm|trinity|low)\s+sunday`,
  String.raw`(?:[ivxl]+|prima|seconda|terza|quarta|quinta|sesta)\s+domenica\s+(?:di|del|della|dopo)\s+[\p{L}\s]{3,30}|domenica\s+delle\s+palme`,
  String.raw`(?:\d\.|erster|zweiter|dritter|vierter)\s+advent(?:ssonntag)?|\d+\.\s+sonntag\s+(?:im|nach|vor)\s+\p{L}+`,
  String.raw`(?:\d+(?:er|e|[èe]me)|premier|deuxi[èe]me|troisi[èe]me|quatri[èe]me)\s+dimanche\s+(?:de|du|apr[èe]s)\s+[\p{L}'’\s]{3,30}`,
  String.raw`(?:[ivx]+|primer|segundo|tercer|cuarto)\s+domingo\s+de\s+\p{L}+`,
].join('|');

const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:lune|marte|mercole|giove|vener)d[iì]|sabato|domenica|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:maan|dins|woens|donder|vrij|zater|zon)dag`;
/** A liturgical calendar's rank of the day or note of its season ("Cristo Re — fine del Tempo Ordinario"). */
const RANK = String.raw`solennit[àa]|solemnity|feast|memoria|memorial|festa|(?:inizio|fine)\s+del\s+tempo\s+\p{L}+`;
/** A school calendar's note that there is no teaching that day ("Spring Break – No School", "No classes: Thanksgiving recess"). */
const NO_SCHOOL = String.raw`no\s+(?:school|classes|lectures)`;
/** After the day's name: its year, its weekday, its rank, "(observed)", "(substitute day)" or "no school". */
const DAY_NOTE = String.raw`(?:\s*[-–—,:(]?\s*(?:\d{4}|${WEEKDAY}|${RANK}|observed|substitute\s+day|${NO_SCHOOL})\s*\)?)`;

const OBSERVANCE = new RegExp(
  String.raw`^\s*(?:(?:${NO_SCHOOL}|off)\s*[-–—:]\s*)?(?:\d{4}\s+)?(?:${HOLIDAY}|${SUNDAY})${DAY_NOTE}{0,2}\s*[.!]*\s*$`,
  'iu',
);
/** Day names are a few words; longer titles are not tried. */
const OBSERVANCE_MAX = 60;

/** The whole title is a holiday, a term break or a day of the church year, perhaps with its year or weekday. */
export function namesObservance(title: string): boolean {
  return title.length <= OBSERVANCE_MAX && OBSERVANCE.test(title);
}

/**
 * A team's or a school's marks on its own calendar, all-day: a day off ("OFF",
 * "JV OFF", "Rest day", "Day off"), a timetable's block day ("BLOCK 2-4-6").
 * "Kick Off", "Bake Off" are events: a squad's "OFF" is written in capitals
 * after at most a short code. The first or last day of school or term, in
 * the languages schools write, is school-days.ts's.
 */
const DAY_MARKER = /^\s*(?:(?:rest\s+day|day\s+off|block\s+\d(?:\s*[-/,]\s*\d)*)\s*[.!]*|[A-Z0-9]{0,4}\s*OFF)\s*$/i;
const DAY_MARKER_MAX = 40;

/** The whole title marks the day on a team's or school's calendar (a day off, a block day). */
export function namesDayMarker(title: string): boolean {
  return title.length <= DAY_MARKER_MAX && DAY_MARKER.test(title) && (!/off\s*$/i.test(title) || /OFF\s*$/.test(title));
}

/** A prayer-times feed's slots ("fajr" … "isha"), and an almanac's sunrise, sunset and moon phases. */
const TIME_OF_DAY =
  /^\s*(?:fajr|sunrise|shuruq|dhuhr|zuhr|asr|maghrib|isha|sunset|moonrise|moonset|(?:full|new)\s+moon|(?:first|last)\s+quarter)\s*$/i;
const TIME_OF_DAY_MAX = 16;

/** The whole title is a time of day that calendars mark (a prayer time, sunrise, a moon phase). */
export function namesTimeOfDay(title: string): boolean {
  return title.length <= TIME_OF_DAY_MAX && TIME_OF_DAY.test(title);
}

/**
 * A description that opens by calling the day a public holiday ("Official
 * Public Holiday - NSW Wide", "Federal holiday: offices closed"): a
 * university's or a council's calendar names the day ("Labour Day") and says
 * what it is only there. Only at the start, so a fair's "Bring the family this
 * public holiday" is not read.
 */
const HOLIDAY_NOTE = /^\s*(?:<[^>]*>\s*)*(?:official\s+)?(?:public|bank|federal|national|state|statutory)\s+holiday\b/i;

export function notesHoliday(description: string): boolean {
  return HOLIDAY_NOTE.test(description);
}
