/**
 * A team's or a company's leave calendar: who is away when ("Vacaciones
 * Fernando Aguirre", "Licencia Médica - Hernán Mazur", "Annual leave",
 * "Sarah – OOO", "Out of office", "Urlaub Anna"). Someone's absence is no
 * event, even when the entry names where they are.
 *
 * The title must be the absence and at most a person's name: "Vacation Bible
 * School", "Annual leave planning workshop" and "Urlaub in Bayern: Vortrag"
 * are events. A name written beside the word with nothing between
 * ("Vacaciones Fernando Aguirre", "Anna Berg Urlaub") counts only on an
 * entry for the whole day, as a first name and a surname ("Vacaciones
 * Divertidas" is a children's holiday camp), and never after English
 * "vacation" or "leave", which head event names ("Vacation Bible School");
 * "Sarah on leave" and "Sarah OOO" say it themselves.
 */

/** Whether the title says someone is on leave or away. `wholeDay`: the entry takes the whole day. */
export function namesStaffLeave(title: string, wholeDay: () => boolean): boolean {
  if (title.length > LEAVE_TITLE_MAX || !LEAVE_CUE.test(title)) return false;
  const text = title.trim().replace(/\s*[.!]+$/, '');
  const head = LEAVE_AT_HEAD.exec(text) ?? CAPS_AT_HEAD.exec(text);
  if (head && nameAfter(text.slice(head[0].length), head[1]!, wholeDay)) return true;
  const tail = LEAVE_AT_TAIL.exec(text) ?? CAPS_AT_TAIL.exec(text);
  return tail !== null && nameBefore(text.slice(0, tail.index), tail[1]!, wholeDay);
}

const LEAVE_TITLE_MAX = 80;

/** Absence in the words leave calendars use, longest first within each language. */
const LEAVE_WORDS = [
  // English ("OOO", "OOF" and "PTO" in capitals: CAPS)
  String.raw`(?:annual|sick|parental|maternity|paternity|study|compassionate|medical|unpaid|carer['’]?s)\s+leave|on\s+leave|leave|on\s+vacation|vacation(?:\s+days?)?|on\s+holiday|out\s+of\s+(?:the\s+)?office|off\s+sick|sick\s+day`,
  // Spanish, Portuguese
  String.raw`vacaciones|licencia(?:\s+(?:m[ée]dica|por\s+\p{L}+|vacaciones))?|lic\.\s+m[ée]dica|baja\s+m[ée]dica|fuera\s+de\s+(?:la\s+)?oficina|f[ée]rias|licen[çc]a(?:\s+m[ée]dica)?|baixa\s+m[ée]dica|fora\s+do\s+escrit[óo]rio`,
  // French, German, Italian, Dutch
  String.raw`cong[ée]s?(?:\s+(?:pay[ée]s?|maladie|maternit[ée]|paternit[ée]|parental))?|urlaub|krankmeldung|krank|abwesenheit|abwesend|elternzeit|ferie|malattia|fuori\s+ufficio|vakantie|verlof|ziek|afwezig`,
  // Ukrainian, Russian: leave, sick leave and Outlook's "away"
  String.raw`відпустка|лікарняний|не\s+на\s+місці|отпуск|больничный|нет\s+на\s+месте`,
].join('|');
/** Outlook's and HR systems' abbreviations, in capitals only ("Pto" may be a name). */
const CAPS = String.raw`OOO|OOF|PTO`;
/** Cheap first look: a word each leave phrase has. */
const LEAVE_CUE =
  /leave|vaca|holiday|office|sick|licen|lic\.|baja|oficina|f[ée]rias|baixa|escrit|cong|urlaub|krank|abwes|eltern|ferie|malattia|ufficio|vakantie|verlof|ziek|afwezig|OOO|OOF|PTO|відпуст|лікарн|місці|отпуск|больнич|месте/i;

const NOT_LETTER = String.raw`(?![\p{L}])`;
const LEAVE_AT_HEAD = new RegExp(String.raw`^[([]?\s*(${LEAVE_WORDS})${NOT_LETTER}`, 'iu');
const CAPS_AT_HEAD = new RegExp(String.raw`^[([]?\s*(${CAPS})${NOT_LETTER}`, 'u');
const LEAVE_AT_TAIL = new RegExp(String.raw`(?<![\p{L}])(${LEAVE_WORDS})\s*[)\]]?$`, 'iu');
const CAPS_AT_TAIL = new RegExp(String.raw`(?<![\p{L}])(${CAPS})\s*[)\]]?$`, 'u');

/**
 * The words a leave calendar writes a name straight after ("Vacaciones
 * Fernando Aguirre", "Urlaub Anna Berg"). Not English "vacation" or "leave",
 * which head event names ("Vacation Bible School", "Leave No Trace hike").
 */
const NAME_FOLLOWS =
  /^(?:vacaciones|licencia(?:\s.*)?|f[ée]rias|licen[çc]a(?:\s.*)?|urlaub|cong[ée]s?(?:\s.*)?|vakantie|verlof|ferie|відпустка|отпуск)$/iu;
/** Said of a person written before them, with nothing between: "Sarah on leave", "Sarah OOO". */
const SAID_OF = /^(?:on\s+(?:leave|vacation|holiday)|out\s+of\s+(?:the\s+)?office|OOO|OOF|PTO)$/i;

/** A person: capitalised words (case matters), perhaps with initials, particles ("de", "van") and a nickname in brackets. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\.?`;
const PARTICLE = String.raw`(?:de|del|della|da|das|do|dos|di|du|la|le|van|von|der|den|ter|y|e)`;
const NAME = new RegExp(String.raw`^${NAME_WORD}(?:,?\s+(?:${PARTICLE}\s+)*${NAME_WORD}){0,4}(?:\s*\([^()]{1,30}\))?$`, 'u');
/** A name with nothing to mark it as one: a first name and a surname at least ("Fernando Aguirre", "Juan B. Goicoechea"). */
const FULL_NAME = new RegExp(String.raw`^${NAME_WORD}(?:,?\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,4}(?:\s*\([^()]{1,30}\))?$`, 'u');
/** A mark between the absence and the name: a dash, colon, bar or slash, or brackets around the name. */
const MARK_BEFORE = /^\s*(?:[)\]]\s*)?[-–—:|/]\s*/;
const MARK_AFTER = /\s*[-–—:|/]\s*(?:[([]\s*)?$/;
const BRACKETED = /^\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/;

/** The rest of a title after its leave word: nothing, a marked name, or (whole day) a full name. */
function nameAfter(rest: string, leave: string, wholeDay: () => boolean): boolean {
  if (/^\s*[)\]]?\s*$/.test(rest)) return true;
  const marked = MARK_BEFORE.exec(rest);
  if (marked) return NAME.test(rest.slice(marked[0].length).trim());
  const bracketed = BRACKETED.exec(rest);
  if (bracketed) return NAME.test(bracketed[1]!);
  return /^\s/.test(rest) && NAME_FOLLOWS.test(leave) && FULL_NAME.test(rest.trim()) && wholeDay();
}

/** The part of a title before its leave word: a marked name, a name the leave is said of, or (whole day) a full name. */
function nameBefore(rest: string, leave: string, wholeDay: () => boolean): boolean {
  const bracket = /\s*[([]\s*$/.exec(rest);
  const marked = MARK_AFTER.exec(rest) ?? bracket;
  if (marked) return NAME.test(rest.slice(0, marked.index).trim());
  if (!/\s$/.test(rest)) return false;
  if (SAID_OF.test(leave)) return NAME.test(rest.trim());
  return FULL_NAME.test(rest.trim()) && wholeDay();
}
