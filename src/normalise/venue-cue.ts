import { namesNoPlace } from './title-venue.js';

/**
 * 4. A venue the prose names right after words that say the event is held
 *    there: "this time at IIT Delhi", "hosted at CodeBase", "held at the Old
 *    Fire Station", "takes place at Café Central" (with its when
 *    between: "take place from 3-4 p.m. in the Health Center", "takes place
 *    every Tuesday at …"), "we meet at The Victoria", "screening … in Cinema Orion", French "dans les locaux de
 *    Renault Digital", "aura lieu à la Maison des Associations", German
 *    "findet im Jugendhaus Mitte statt", "findet am Samstag im Stadtwald
 *    statt", "wir treffen uns … bei", "wir veranstalten … auf der
 *    Immenreute", Italian "presso Officina Esempio", "si svolgerà presso",
 *    Portuguese "vai ser na Empresa Exemplo", "será em 01/08, às 19:00, na
 *    Empresa Exemplo", "acontecerá em Curitiba", Dutch "vindt op 8 oktober
 *    plaats in De Jaarbeurs", "zijn we te gast bij Bedrijf Voorbeeld",
 *    Romanian "va avea loc la Galeria Artep", "se desfășoară la Casa de Cultură".
 *    Only a name written with capitals
 *    (words such as "of", "de", "der" may join it), with up to two more
 *    such parts after commas ("Avanta, Statesman House, Connaught Place")
 *    and its town after "in" ("Amigo Coworking Spaces in Noida");
 *    never a language, month or weekday ("held in English", "takes place in
 *    March"), nor a room ("im Raum "Newton" der TechBase Regensburg" is at
 *    TechBase Regensburg: `beyondRoom`). A description that is only
 *    "<what> at <venue>" ("Concert at Jardins Passeig Arqueològic") names
 *    its venue too.
 */
export function cuedVenue(text: string): string | null {
  const whole = TYPE_AT_VENUE.exec(text.trim());
  if (whole) return whole[1]!.replace(/[.!]+$/, '');
  for (const m of text.matchAll(CUED)) {
    const after = beyondRoom(m[1]!);
    const named = after === null ? null : NAMED.exec(after);
    const name = named?.[1]?.replace(/[.,;:!?]+$/, '');
    if (!name || namesNoPlace(name.split(/[\s,]/)[0]!) || SEASON.test(name)) continue;
    // "Amigo Coworking Spaces in Noida": the venue, then its town.
    const town = named![2]?.replace(/[.,;:!?]+$/, '');
    return town ? `${name}, ${town}` : name;
  }
  return null;
}

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)days?`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** "3", "3:30", "3 p.m.", "15h", "7pm". */
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h(?!\p{L}))?`;
/** A clock time that cannot be a house number: "7pm", "7 p.m.", "19:00". */
const TIME = String.raw`\d{1,2}(?:(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|:\d{2})`;
/**
 * When, said between "takes place" and where ("take place from 3-4 p.m. in the
 * Health Center", "takes place every Tuesday at the Old Library", "on Fridays
 * at 7pm in …"): a span of hours, a time, a weekday, a repeat or a date; up to three.
 */
const WHEN_PART = [
  String.raw`(?:from|between)\s+${CLOCK}\s*(?:-|–|to|until|till|and)\s*${CLOCK}`,
  String.raw`(?:at|from|after)\s+${TIME}`,
  String.raw`(?:(?:every|each|on)\s+(?:other\s+)?|this\s+|next\s+)${DAY}(?:\s+(?:morning|afternoon|evening|night)s?)?`,
  String.raw`(?:every|each)\s+(?:other\s+)?(?:week|month|morning|afternoon|evening)`,
  String.raw`(?:weekly|monthly|daily|(?:once|twice)\s+a\s+(?:week|month))`,
  String.raw`on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}(?:\s+\d{4})?`,
  String.raw`on\s+(?:${DAY},?\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`,
].join('|');
const WHEN = String.raw`(?:(?:${WHEN_PART}),?\s+){0,3}`;

/** "takes place … in Spring 2027", "in Autumn term": a season, not a venue (Summerhall is one). */
const SEASON = /^(?:spring|summer|autumn|fall|winter)(?:\s+(?:term|semester|\d{4}))?$/i;

const ENGLISH = String.raw`this\s+time\s+(?:at|in)|(?:hosted|held|happening|located)\s+(?:at|in)|tak(?:es?|ing)\s+place\s+${WHEN}(?:at|in)|we(?:'ll|’ll|\s+will)?\s+(?:meet|be)\s+(?:at|in)|meet(?:ing)?\s+(?:up\s+)?at|gathering\s+(?:at|in)|screening\s+(?:\S+\s+){0,8}?in`;
const FRENCH = String.raw`dans\s+les\s+locaux\s+d[e'’]\s*|(?:aura|a)\s+lieu\s+(?:à|au|aux|chez|dans)|se\s+tiendra\s+(?:à|au|chez|dans)`;
/** Words of a clause, a date's full stop ("16. Mai") included, up to a preposition further on. */
const GAP = String.raw`(?:(?:[^.!?\n]|(?<=\d)\.){0,80}?\s)?`;
/** "findet am Samstag im Stadtwald statt", "treffen uns … bei", "veranstalten … auf der": not "am", which starts a date. */
const GERMAN = String.raw`findet\s+${GAP}(?:im|in\s+der|in\s+den|auf\s+der|auf\s+dem|bei)(?=\s[^.!?\n]*\bstatt\b)|findet\s+(?:im|in\s+der|in\s+den|in|bei|auf\s+der|auf\s+dem|am)|treffen\s+uns\s+${GAP}(?:im|in\s+der|in\s+den|auf\s+der|auf\s+dem|bei)|veranstalten\s+${GAP}(?:im|in\s+der|auf\s+der|auf\s+dem)`;
const SPANISH = String.raw`tendr[áa]\s+lugar\s+en`;
/** "presso Officina Rebelde" (not after words about tickets or sign-up: "biglietti presso …" is a shop), "si terrà a", "si svolgerà presso". */
const ITALIAN = String.raw`(?<!(?:bigliett|iscri|prenot|informazion|acquist|disponibil|rivolgers|vendit)[^.!?\n]{0,60})presso|si\s+(?:terr[àa]|tiene|svolger[àa]|svolge)\s+(?:a|al|allo|alla|presso|in|nel|nella)|(?:ha|avr[àa])\s+luogo\s+(?:a|al|presso|in|nel|nella)`;
/** "vai ser na Empresa", "será em 01/08, às 19:00, na Empresa", "acontecerá em Curitiba". */
const PORTUGUESE = String.raw`(?:vai\s+ser|ser[áa](?:\s+realizad[oa])?|vai\s+acontecer|acontece(?:r[áa])?)\s+(?:em\s+[\d/.-]+,?\s+(?:(?:[àa]s|a\s+partir\s+das)\s+[\dh:]+,?\s+)?)?(?:na|no|nas|nos|em)`;
/** "vindt op 8 oktober plaats in", "zijn we te gast bij", "wordt gehouden in". */
const DUTCH = String.raw`vind(?:t|en)\s+${GAP}plaats\s+(?:in|bij|op|aan)|(?:zijn|is)\s+(?:we\s+|wij\s+)?te\s+gast\s+bij|wordt\s+gehouden\s+(?:in|bij|op)`;
/** "va avea loc la Galeria Artep", "are loc în Sala Mare", "se desfășoară la". */
const ROMANIAN = String.raw`(?:va\s+avea|are|au)\s+loc\s+(?:la|în|in)|se\s+(?:va\s+)?desf[ăa][șş]ura\s+(?:la|în|in)|se\s+desf[ăa][șş]oar[ăa]\s+(?:la|în|in)`;
const CUE = [ENGLISH, FRENCH, GERMAN, SPANISH, ITALIAN, PORTUGUESE, DUTCH, ROMANIAN].join('|');
const ARTICLE = String.raw`(?:(?:[Dd]e|[Hh]et)\s+|(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Ee]l|[Ii]l|[Ll]o)\s*)?`;
const WORD = String.raw`[\p{Lu}\d][\p{L}\d&'’.-]*`;
const JOIN = String.raw`(?:of|the|de|du|des|d['’]|la|le|der|die|das|am|an|im|del|di|della|dei|da|do|dos|van|y|et|and|&|sector)`;
// A word that ends a sentence ("Delhi University. Join us") ends the name.
const NAME = String.raw`${WORD}(?:(?<!\.)\s+(?:${JOIN}\s+)*${WORD}){0,6}`;
/**
 * A description that is only "<what> at <venue>", the what in up to four words ("Concert at Jardins Passeig
 * Arqueològic", "Club de lectura at Biblioteca Antònia Adroher": an agenda scraper's), not a sentence ("We are
 * meeting at …", which the cues below read).
 */
const TYPE_AT_VENUE =
  /^(?!(?:We|I|You|They|He|She|It|Our|Join|Come|Meet|See)\s)\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,3}\s+at\s+(\p{Lu}[^\n,;]{2,80})$/u;

/** The cue, in any case, and what follows it; then the name, in capitals, at the start of that. */
const CUED = new RegExp(String.raw`\b(?:${CUE})\s+([^\n]{1,160})`, 'giu');
const NAMED = new RegExp(String.raw`^${ARTICLE}(${NAME}(?:,\s*${NAME}){0,2})(?:\s+in\s+(${WORD}(?:\s+${WORD}){0,2}))?`, 'u');

/**
 * A room is not a venue; the venue it is in may follow: "im Raum "Newton"
 * der TechBase Regensburg" is at TechBase Regensburg, "im Saal 3 des
 * Bürgerhauses" at the Bürgerhaus, "in Room 4 of the Old Library" at the
 * Old Library. The text after the room and its name, or null when nothing
 * follows ("findet im Raum Kepler statt"); text that starts with no room
 * word is returned as it is.
 */
export function beyondRoom(text: string): string | null {
  const room = ROOM.exec(text);
  if (!room) return text;
  const rest = text.slice(room[0].length);
  return /^(?:der|des|im|in\s+der|in|of\s+the|of|at)\s+\p{Lu}/u.test(rest) ? rest.replace(/^\S+\s+(?:der\s+|the\s+)?/u, '') : null;
}

/** A room word, then its name: a quoted one, a number ("3.14", "B 104") or a capitalised word. */
const ROOM =
  /^(?:(?:Seminar|Konferenz|Vortrags|Besprechungs|Gruppen|Tagungs|Hör|Sitzungs|Meeting\s|Conference\s|Seminar\s)?(?:[Rr]aum|[Ss]aal|[Zz]immer|[Rr]oom)|Raum|Saal|Zimmer|Room)\s+(?:["„“‚‘«»'][^"“”‘’«»'\n]{1,30}["“”‘’«»']|[A-Z]?\s?\d[\d.,/-]*[a-z]?|\p{Lu}[\p{L}\d-]*)\s*/u;
