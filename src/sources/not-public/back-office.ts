/**
 * What a venue's or an organisation's own calendar holds besides its events:
 * a schedule's slots and set-up ("Spare Slot", "Room Setup", "MONTAJE - …"),
 * staff meetings ("Weekly Ops Mtg 2020", "Diary meeting", "Staff meeting",
 * "Board prep (internal)") and building servicing ("Summer Servicing 2020",
 * "Building maintenance", "Wartungsarbeiten"). A room-booking export (Yes
 * Plan, Artifax) publishes them beside the shows. No one from outside comes.
 */

/** Why the title is a slot, a staff meeting or servicing, or null. */
export function backOfficeReason(title: string): string | null {
  if (SCHEDULE_SLOT.test(title)) return 'its title says it is a slot of the schedule (a spare slot or a room set-up), not an event';
  if (title.length > BACK_OFFICE_MAX) return null;
  if (INTERNAL_CUE.test(title) && (STAFF_MEETING.test(title) || INTERNAL_MARKER.test(title)))
    return 'its title says it is an internal meeting (the organisation’s own staff), not a public event';
  if (SERVICING_CUE.test(title) && SERVICING.test(title)) return 'its title says it is building servicing or maintenance, not an event';
  return null;
}

/** A conference schedule's "Lunch time Event Spare Slot", "Workshop Room Setup": no one comes to those. */
const SCHEDULE_SLOT =
  /\b(?:spare|free|open|empty|unallocated)\s+slot\b|\b(?:room|venue|stage|hall)\s+set[- ]?up\b|\bset[- ]?up\s+(?:&|and)\s+(?:tear|pack)[- ]?down\b|^\s*(?:montaje|desmontaje|aufbau|abbau|d[ée]montage|set[- ]?up|tear[- ]?down|load[- ]?(?:in|out))\s*[-–—:|]/i;

/** Staff meetings and servicing are named in a few words; longer titles are not read at all. */
const BACK_OFFICE_MAX = 60;
/** Cheap first look: a word every staff meeting's title has. */
const INTERNAL_CUE = /m(?:ee)?t(?:in)?g|brief|catch|intern|besprechung|r[ée]union|reuni|vergadering|overleg/i;

/** Whose work the meeting is about: the organisation's own running, not a topic ("Team meeting of the … user group" is public). */
const INTERNAL_KIND = String.raw`(?:ops|operations|staff|all[-\s]staff|management|diary|production|admin|administration|hr|finance|budget|marketing|sales|smt|slt|senior\s+leadership(?:\s+team)?|leadership\s+team|department(?:al)?|dept|faculty|heads\s+of\s+department|directors['’]?|box\s+office|front\s+of\s+house|foh)`;
const CADENCE = String.raw`(?:(?:daily|weekly|fortnightly|bi-?weekly|monthly|quarterly|termly)\s+)`;
/** A year, a number or a date after it: "2020", "#4", "12/03". */
const COUNT = String.raw`(?:\s+(?:\d{4}(?:[-/]\d{2,4})?|#?\d{1,3}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?))?`;
/**
 * "Weekly Ops Mtg 2020", "Diary meeting 2020", "Staff Meeting", "Monthly
 * management meeting", "Dienstbesprechung", "Réunion d'équipe" (team, in
 * French: a workplace's word), "Reunión de personal". The whole title, with
 * at most a cadence, a year or a number beside the kind; "Team meeting" is left alone (a user
 * group's is public), and so is a board's or a council's meeting, which the
 * public may attend.
 */
const STAFF_MEETING = new RegExp(
  String.raw`^\s*${CADENCE}?${INTERNAL_KIND}\s+(?:meetings?|mtgs?|briefing|catch[-\s]?up)${COUNT}\s*$|^\s*(?:dienstbesprechung|teambesprechung|mitarbeiterbesprechung|r[ée]union\s+(?:d['’]\s*[ée]quipe|du\s+personnel|de\s+service)|reuni[óo]n\s+(?:de\s+(?:personal|equipo|staff))|reuni[ãa]o\s+(?:de\s+(?:equipa|equipe|pessoal|staff))|personeelsvergadering|teamoverleg|werkoverleg)${COUNT}\s*$`,
  'iu',
);
/** "Board prep (internal)", "Internal: budget review", "Planning – internal", "[Intern] Jahresplanung". */
const INTERNAL_MARKER =
  /[([]\s*(?:internal|intern|interne|interno)\s*[)\]]|^\s*(?:internal|intern|interne|interno)\s*[:–—|]|\s[-–—|]\s*(?:internal|intern|interne|interno)\s*$/i;

const SERVICING_CUE = /servic|mainten|wartung|mantenim|manutenz|manuten[çc]|onderhoud|entretien/i;
/** What is serviced, or when: "Summer Servicing", "Building maintenance", "Planned maintenance". Not a bike ("Dr Bike maintenance" is a session). */
const SERVICED = String.raw`(?:(?:summer|winter|spring|autumn|annual|planned|scheduled|routine|essential|building|venue|site|theatre|theater|auditorium|stage|lift|elevator|boiler|plant|equipment|system|systems|server|website|it)\s+)`;
/**
 * The whole title is servicing: "Summer Servicing 2020", "Maintenance",
 * "Building maintenance day", "Wartungsarbeiten", "Mantenimiento",
 * "Travaux de maintenance". "Bike maintenance" and "Maintenance workshop"
 * are sessions people come to.
 */
const SERVICING = new RegExp(
  String.raw`^\s*(?:${SERVICED}?(?:servicing|maintenance)(?:\s+(?:day|week|period|works?|shutdown|closure))?|(?:geb[äa]ude)?wartung(?:sarbeiten)?|mantenimiento|manutenzione|manuten[çc][ãa]o|onderhoud(?:swerkzaamheden)?|travaux\s+d['’]\s*entretien|travaux\s+de\s+maintenance)${COUNT}\s*$`,
  'iu',
);
