import type { EventStatus } from '../core/event.js';
import type { ParsedEvent } from '../sources/types.js';

/**
 * Status rules, first match wins:
 *
 * 1. The source says cancelled or postponed → that.
 * 2. The title is marked: a leading "CANCELLED:", "[Cancelled]",
 *    "(CANCELED)", "❌ Abgesagt –", "Postponed:", "Verschoben:"… or a trailing
 *    "[CANCELLED]" / "(postponed)" / "- CANCELLED", or the word at the end
 *    ("Service Cancelled", "Der Computer-Treff fällt aus"; not "one is
 *    cancelled" or "not cancelled"), in the languages feeds are written in
 *    ("Koncert zrušen", "Aflyst: Koncert", "POSPUESTO: Charla", "【中止】勉強会", "活动取消", "[취소] 모임",
 *    "ОТМЕНЕНО: Встреча", "בוטל: ערב", "ملغي: أمسية", "【活動取消】桌遊之夜", "勉強会（中止）",
 *    "キャンセル：もくもく会", "もくもく会はキャンセルになりました"; not "キャンセル待ち", a waiting list)
 *    → cancelled / postponed. Feeds often keep
 *    STATUS:CONFIRMED and only edit the title, so the title beats a
 *    'scheduled' or 'tentative' source status. A lower-case word at the start
 *    needs a separator (":", "-", "|", "!") or brackets so "Cancelled plans: a
 *    talk" is not read as a cancellation; an all-caps word, a non-English
 *    word ("Abgesagt Stammtisch") or a capitalised English word before a
 *    name that ends in a noun for an event ("Cancelled Coworking evening -
 *    Lamp hack!", "Postponed Quiz Night"; not "Cancelled Plans: a comedy
 *    night" or "Cancelled Comedy Club") does not. Within the title, the word opening
 *    a segment (after " - ", " – ", " — ", "|" or ":", or in brackets) marks
 *    it when it ends the segment or goes on with a word like "to", "until",
 *    "due" ("Quiz Night - POSTPONED to 12 March", "Board games — cancelled
 *    due to weather", "Repair Café (postponed until further notice)"), not
 *    with a noun ("Talk: Postponed Dreams live") or "from" ("(rescheduled
 *    from 5 June)": the entry is at the new date). A lead-in "EVENTO" /
 *    "Event" / "Événement" / "Veranstaltung" is set aside, at the start and
 *    in a segment: "EVENTO CANCELADO Taller", "Grupo|EVENTO POSPUESTO Charla".
 *    "RESCHEDULED: Summer BBQ" is postponed: the date the entry shows is not
 *    when it happens — unless the source says rescheduled, see 3. "NO
 *    MEETING" (and "No class: Thanksgiving") is cancelled.
 * 3. The source status otherwise: 'rescheduled' and 'moved-online' are
 *    still happening → scheduled. schema.org's EventRescheduled gives the new
 *    date as the start, so a "Postponed" or "RESCHEDULED" title beside it is
 *    the same news, not a wrong date (a "Cancelled" title still wins).
 *    'tentative' → tentative, except when the caller says tentative means
 *    scheduled for this source.
 * 4. Nothing said → scheduled.
 *
 * Luma marks every event STATUS:TENTATIVE; it is Luma's default, not doubt
 * about the event. The ingest layer sets `tentativeMeansScheduled` for
 * calendars whose PRODID (or organiser) is Luma.
 */
export interface StatusOptions {
  tentativeMeansScheduled?: boolean;
}

/** `text` is the event's cleaned title (the place a cancellation is usually written). */
export function classifyStatus(p: ParsedEvent, text: string, options: StatusOptions = {}): EventStatus {
  if (p.status === 'cancelled' || p.status === 'postponed') return p.status;
  const marked = statusFromTitle(text);
  if (marked === 'cancelled' || (marked && p.status !== 'rescheduled')) return marked;
  if (p.status === 'tentative') return options.tentativeMeansScheduled ? 'scheduled' : 'tentative';
  return 'scheduled';
}

/** Non-English words that, leading a title, mark it even without a separator ("Abgesagt Stammtisch"). */
const CANCELLED_OTHER =
  'abgesagt|entfällt|fällt aus|annulé|annulée|annule|cancelado|cancelada|anulado|anulada|annullato|annullata|geannuleerd|afgelast|' +
  'odwołane|odwołany|odwołana|inställt|inställd|innstilt|suspendido|suspendida|peruttu|peruutettu|zrušeno|zrušen|zrušena|aflyst|avlyst|' +
  '開催中止|中止|取消|停辦|停办|취소|' +
  // Katakana "cancel" as a marker ("キャンセル：もくもく会", "【キャンセル】…"); not "キャンセル待ち" (waiting list),
  // "キャンセルポリシー" (policy) or "キャンセル料" (fee), where a letter after the word makes another word (see
  // marker), nor "キャンセル・返金について" (cancellations and refunds)
  'キャンセルになりました|キャンセル(?!・)|' +
  // Cyrillic, Greek, Hebrew, Arabic, Thai, Hindi, Tamil: the participle ("ОТМЕНЕНО", "Скасовано", "בוטל", "ملغي"), not the
  // noun, which also names a talk's subject ("Отмена крепостного права", "إلغاء العبودية": an abolition)
  'отменено|отменена|отменён|отменен|отменены|скасовано|скасована|скасований|ακυρώνεται|ακυρωνεται|ακυρώθηκε|ακυρωθηκε|' +
  'ακυρωμένη|ακυρωμενη|ακυρωμένο|ακυρωμενο|בוטל|בוטלה|מבוטל|ملغي|ملغى|ملغاة|ملغية|ยกเลิก|रद्द|ரத்து';
/**
 * "Pospuesto" is Latin America's word (Spain's is "aplazado"); "reprogramado" and "reprogrammé" are the
 * "RESCHEDULED" below: the entry's date is not when it happens.
 */
const POSTPONED_OTHER =
  'verschoben|reporté|reportée|reprogrammé|reprogrammée|aplazado|aplazada|pospuesto|pospuesta|reprogramado|reprogramada|adiado|adiada|' +
  'rinviato|rinviata|rimandato|rimandata|posticipato|posticipata|uitgesteld|przełożone|odloženo|udsat|utsatt|uppskjutet|uppskjuten|延期|改期|順延|연기|' +
  'перенесено|перенесена|перенесён|перенесен|отложено|отложена|відкладено|відкладена|αναβάλλεται|αναβαλλεται|αναβλήθηκε|' +
  'αναβληθηκε|נדחה|נדחתה|مؤجل|مؤجلة|เลื่อน|स्थगित';
const CANCELLED_WORDS = `cancell?ed|${CANCELLED_OTHER}`;
const POSTPONED_WORDS = `postponed|rescheduled|${POSTPONED_OTHER}`;
/** Emoji and asterisks before a marker ("❌ CANCELLED ❌", "**CANCELLED**"). */
const DECOR = String.raw`[\s\p{Extended_Pictographic}\u{FE0F}*!]*`;
/** The word "event", which Meetup's Spanish titles put before the marker: "EVENTO CANCELADO Taller". */
const EVENT_WORD = String.raw`(?:event|evento|[ée]v[éèe]nement|veranstaltung)`;
/** What may come before a leading marker: decoration, an "Achtung," / "Attention:" / "Update:", the word "event". */
const LEAD = new RegExp(
  String.raw`^${DECOR}(?:(?:achtung|attention|update|hinweis|info)\s*[,:!-]?\s*)?(?:${EVENT_WORD}(?:\s*[:!-]\s*|\s+))?`,
  'iu',
);
/**
 * A segment that opens with "EVENTO" / "EVENT" / "ÉVÉNEMENT" / "VERANSTALTUNG": the marker after it reads
 * as at the start of a title ("Grupo|EVENTO POSPUESTO Charla"), where a bare "POSPUESTO Charla" segment
 * does not. "Evento de networking" has no marker after it.
 */
const EVENT_LEAD = new RegExp(String.raw`^${DECOR}${EVENT_WORD}[\s:!-]`, 'iu');

/**
 * Words a marker goes on with inside its segment ("POSTPONED to 12 March",
 * "cancelled due to weather", "Aplazado hasta mayo", "Utsatt til våren",
 * "reporté au 12 mars"); not "from", which dates the entry at the new date.
 */
const GOES_ON =
  'to|until|till|due|because|owing|bis|wegen|aufgrund|auf|à|au|jusqu|pour|hasta|por|para|a|até|al|per|fino|tot|wegens|vanwege|til|inntil|pga|grunnet|på|do|z|na|' +
  'на|до|из-за|через';
/** Where a segment of a title starts: after " - ", " – ", " — ", "|" or ":", and at an opening bracket. */
const SEGMENT = /\s[-–—]\s|\||:|(?=[[(【（])/u;

/**
 * Nouns that name a kind of event, capitalised or not ("Quiz Night", "Coworking evening"): a
 * capitalised "Cancelled" before one, with no separator, still marks the title (`bareEnglish`).
 */
// prettier-ignore
const EVENT_NOUNS = [
  'meetup', 'meeting', 'workshop', 'session', 'evening', 'night', 'talk', 'lecture', 'seminar', 'class', 'coworking',
  'hackathon', 'stammtisch', 'social', 'rehearsal', 'practice', 'training', 'service', 'quiz',
].map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|');

/**
 * "Cancelled Coworking evening - Lamp hack!", "Postponed Quiz Night": the capitalised English word, then a
 * capitalised word that is, or is followed by, a noun naming the event, which ends the name (the end, a
 * separator or a bracket follows). A name of something else stays a name: "Cancelled Plans: a comedy
 * night", "Cancelled Comedy Club", "Cancelled Plans Comedy Night" (the noun comes third).
 */
function bareEnglish(word: string): RegExp {
  return new RegExp(`^${word}\\s+(?=\\p{Lu})(?:[\\p{L}\\p{N}'’&.#+]+\\s+)?(?:${EVENT_NOUNS})\\s*(?:$|[-–—|:(\\[!,])`, 'u');
}

/** Words for the event before a CJK marker in a tag: 【活動取消】, 【イベント中止】, 【公演延期】. */
const CJK_EVENT = '活動|活动|イベント|開催|行事|講座|公演|演出|聚會|聚会|比賽|比赛';

/**
 * `cjk`: the words Chinese and Japanese also write on to the end of a title with no space ("活动取消");
 * `tagged`: those and the words read in a tag ("【イベントキャンセル】") or before "になりました" (has been) but not
 * glued on ("予約キャンセル" is a booking's cancellation).
 */
function marker(
  words: string,
  other: string,
  english: string,
  cjk: string,
  tagged = cjk,
): { leading: RegExp[]; trailing: RegExp[]; segment: RegExp } {
  const upper = words.toUpperCase();
  // "【活動取消】", "【中止のお知らせ】": the word in a tag after a word for the event, or before "のお知らせ" (notice);
  // not a condition ("お花見（雨天中止）": called off if it rains)
  const cjkTag = String.raw`[【\[(（](?:${CJK_EVENT})?(?:${tagged})(?:のお知らせ)?[】\])）]`;
  return {
    segment: new RegExp(`^[\\[(【（]?\\s*(?:${words})(?:\\s*(?:[\\])】）!.,]|$)|\\s+(?:${GOES_ON})(?![\\p{L}\\p{M}]))`, 'iu'),
    leading: [
      bareEnglish(english),
      new RegExp(`^(?:${other})\\s`, 'iu'),
      new RegExp(`^[\\[(【（]\\s*(?:${words})\\s*[\\])】）]`, 'iu'),
      new RegExp(`^(?:${words})\\s*[:\\-–—|!]`, 'iu'),
      // not "रद्दी" (waste paper): a vowel sign after the word is a mark, not a letter
      new RegExp(`^(?:${upper})(?![\\p{L}\\p{M}])`, 'u'),
      new RegExp(`^${cjkTag}`, 'u'),
    ],
    trailing: [
      new RegExp(`[\\[(【（]\\s*(?:${words})\\s*[\\])】）]\\s*$`, 'iu'),
      new RegExp(`\\s[-–—|]\\s*(?:${upper})\\s*!?$`, 'u'),
      // "Service Cancelled", not a sentence about one ("one is cancelled", "not cancelled").
      new RegExp(`(?<!\\b(?:is|are|was|were|be|been|being|not|never|nicht|pas))\\s(?:${words})\\s*[.!]*$`, 'iu'),
      // "活动取消": Chinese and Japanese write the word on to the title, with no space.
      new RegExp(`[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}](?:${cjk})$`, 'u'),
      new RegExp(`${cjkTag}\\s*$`, 'u'),
      // "もくもく会はキャンセルになりました。" (has been called off)
      new RegExp(`(?:${tagged})[にと]なりました[。!！]*$`, 'u'),
    ],
  };
}

const CANCELLED = marker(CANCELLED_WORDS, CANCELLED_OTHER, 'Cancell?ed', '中止|取消|停辦|停办', '中止|取消|停辦|停办|キャンセル');
const POSTPONED = marker(POSTPONED_WORDS, POSTPONED_OTHER, 'Postponed', '延期|改期|順延');

function marked(title: string, m: ReturnType<typeof marker>): boolean {
  const body = title.replace(LEAD, '');
  if (m.leading.some((r) => r.test(body)) || m.trailing.some((r) => r.test(title))) return true;
  return title.split(SEGMENT).some((segment) => {
    const rest = segment.replace(LEAD, '');
    return m.segment.test(rest) || (EVENT_LEAD.test(segment) && m.leading.some((r) => r.test(rest)));
  });
}

/**
 * Every marker above holds one of the words (the upper-case ones too, under
 * case folding): a title without any is neither, after one scan instead of
 * eighteen.
 */
const ANY_WORD = new RegExp(`${CANCELLED_WORDS}|${POSTPONED_WORDS}`, 'iu');

/**
 * "NO MEETING", "No meeting this month", "No class: Thanksgiving", "No
 * rehearsal (half term)": a club's calendar marking a date its meeting does
 * not happen — cancelled, never posted.
 */
const NO_MEETING =
  /^[\s\p{Extended_Pictographic}*!-]*no\s+(?:meeting|meetup|club|class|classes|session|practice|rehearsal|service|lesson|training|group|hack\s*night)s?(?:\s+(?:this|next|today|tonight|in)\b|\s*[-–—:(!.,]|\s*$)/iu;

export function statusFromTitle(title: string): EventStatus | null {
  if (NO_MEETING.test(title)) return 'cancelled';
  if (!ANY_WORD.test(title)) return null;
  const read = title.includes('**') || title.includes('__') ? title.replace(EMPHASIS, '[$2]') : title;
  if (marked(read, CANCELLED)) return 'cancelled';
  if (marked(read, POSTPONED)) return 'postponed';
  return null;
}

/** "**Cancelled** SOFT Ride": Markdown's bold around a word marks it as a tag does ("[Cancelled] SOFT Ride"). */
const EMPHASIS = /(\*\*|__)([^*_\n]{1,40}?)\1/g;
