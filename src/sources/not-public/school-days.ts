/**
 * A school's, a college's or a club's marks of its own year, entered for the
 * whole day: when classes start or end ("FIRST DAY OF SCHOOL", "Rentrée",
 * "Début des cours", "Inicio de curso", "Início das aulas", "Início de turma
 * — 12.º Ano", "Arranque do novo ano formativo", "Vorlesungsbeginn") and the
 * name of a term or session on its first day ("Printemps 2026", "Spring
 * Semester 2026", "Session d'automne", "Wintersemester 2025/26", "Term 2").
 * No one attends a label. A day's celebration that names it ("First day of
 * school picnic", "Rentrée littéraire", "Fiesta de inicio de curso") is an
 * event, and so is any such title at a time of its own.
 */

/** The whole title marks the start or end of a school's or a course's classes, term or year. */
export function namesSchoolDay(title: string): boolean {
  return title.length <= SCHOOL_DAY_MAX && SCHOOL_DAY.test(title);
}

/** The whole title is a term's or a session's name ("Printemps 2026", "Fall Semester", "Term 2"). */
export function namesSession(title: string): boolean {
  return title.length <= SESSION_MAX && SESSION.test(title);
}

const SCHOOL_DAY_MAX = 70;
const SESSION_MAX = 40;

/** What starts or ends: classes, a term, a school or academic year, a cohort ("turma"). */
const PERIOD_EN = String.raw`(?:school|term|classes|lectures|teaching|(?:the\s+)?(?:semester|school\s+year|academic\s+year))`;
const MARKS = [
  // English
  String.raw`(?:first|last)\s+day\s+of\s+${PERIOD_EN}|(?:start|end|beginning)\s+of\s+${PERIOD_EN}|(?:classes|term|semester|school|lectures|teaching)\s+(?:begins?|starts?|ends?|resumes?)`,
  // French
  String.raw`rentr[ée]e(?:\s+(?:scolaire|des\s+classes|universitaire|des\s+[ée]l[èe]ves|des\s+enseignants))?|(?:d[ée]but|reprise|fin)\s+des\s+cours|(?:premier|dernier)\s+jour\s+de\s+(?:classe|cours|l['’]\s*[ée]cole)s?|(?:d[ée]but|fin)\s+(?:de\s+la\s+session|du\s+(?:trimestre|semestre))`,
  // Spanish
  String.raw`(?:inicio|comienzo|fin)\s+(?:de(?:l)?|de\s+las)\s+(?:curso|clases|semestre|cuatrimestre|trimestre|a[ñn]o\s+(?:escolar|lectivo|acad[ée]mico)|ciclo\s+escolar)(?:\s+(?:escolar|lectivo|acad[ée]mico))?|(?:primer|[úu]ltimo)\s+d[íi]a\s+de\s+clases?`,
  // Portuguese
  String.raw`(?:in[íi]cio|arranque|fim)\s+(?:d[aoe]s?|de)\s+(?:novo\s+)?(?:aulas|turma|curso|semestre|per[íi]odo|ano\s+(?:letivo|lectivo|escolar|formativo|acad[ée]mico))|(?:primeiro|[úu]ltimo)\s+dia\s+de\s+aulas|regresso\s+[àa]s\s+aulas`,
  // German, Italian, Dutch
  String.raw`schul(?:beginn|start)|(?:erster|letzter)\s+schultag|(?:vorlesungs|semester|unterrichts)(?:beginn|ende)|(?:inizio|fine)\s+(?:delle\s+lezioni|dell['’]\s*anno\s+(?:scolastico|accademico))|(?:primo|ultimo)\s+giorno\s+di\s+scuola|(?:eerste|laatste)\s+schooldag|start\s+(?:van\s+het\s+)?schooljaar`,
].join('|');
/** A class or a cohort: "12.º Ano", "Year 7", "CM2", "Turma B", "Grupo de iniciação". */
const COHORT = String.raw`(?=[^\n]{0,40}$)(?:[^\n]*\d[^\n]*|(?:ano|year|grade|classe|turma|ciclo|niveau|nivel|n[íi]vel|grupo|group|cohort|level|section)\b[^\n]*)`;
/**
 * After the mark: a year ("2026", "2026/27"), a note in brackets, or a class
 * or cohort after a dash or colon ("— 12.º Ano (pós-laboral)"). Not any
 * words there: "Rentrée – Portes ouvertes" is an open day.
 */
const TAIL = String.raw`(?:\s+\d{4}(?:\s*[-/–]\s*\d{2,4})?|\s*\([^()]{1,40}\)|\s*[-–—:|]\s*${COHORT})?`;
const SCHOOL_DAY = new RegExp(String.raw`^\s*(?:${MARKS})${TAIL}\s*[.!]*\s*$`, 'iu');

const SEASON = String.raw`(?:spring|summer|fall|autumn|winter|printemps|[ée]t[ée]|automne|hiver|primavera|verano|oto[ñn]o|invierno|ver[ãa]o|outono|inverno|fr[üu]hling|fr[üu]hjahr|sommer|herbst|estate|autunno|lente|zomer|herfst)`;
const TERM = String.raw`(?:session|semester|term|quarter|trimester|semestre|trimestre|cuatrimestre|quadrimestre)`;
const YEAR = String.raw`\d{4}(?:\s*[-/–]\s*\d{2,4})?`;
/**
 * "Printemps 2026", "Spring Semester 2026", "Fall Term", "Session
 * d'automne", "Semestre de primavera 2026", "Sommersemester 2026",
 * "Wintersemester 2025/26", "Term 2", "Semester 1 2026". A season alone with
 * no year or term ("Summer") is not read.
 */
const SESSION = new RegExp(
  String.raw`^\s*(?:${SEASON}\s+(?:${YEAR}|${TERM}(?:\s+${YEAR})?)|${TERM}\s+(?:d['’]\s*|de\s+|du\s+)?${SEASON}(?:\s+${YEAR})?|(?:sommer|winter)semester(?:\s+${YEAR})?|(?:term|semester|trimester|semestre|trimestre)\s+[1-4](?:\s+${YEAR})?)\s*$`,
  'iu',
);
