/**
 * A conference programme's breaks and housekeeping slots: "Lunch", "Coffee
 * Break", "Registration / Breakfast", "Break/Networking", a track's or a
 * group's own lunch ("Teaching Track Lunch", "RustBridge Lunch") and an
 * unfilled "Lunchtime Event". No one from a local channel comes to those.
 *
 * The whole title must be slots: "Themed Networking Lunch: Open Hardware"
 * (a topic), "Lunch & Learn", "Breakfast Club meetup" and "Pancake
 * Breakfast fundraiser" are events. A name before the slot counts only when
 * it is a track's ("… Track Lunch") or a workshop's coined name
 * ("RustBridge Lunch"): "Christmas Lunch", "Community Lunch" and "Networking
 * Breakfast" are socials people go to. So are meals and drinks joined
 * without a break or registration ("Lunch & Networking", "Coffee &
 * Networking", "Afternoon Tea"): only a lone "Lunch" or "Breakfast" is a
 * slot by itself.
 */

type SlotKind = 'break' | 'registration' | 'meal' | 'other';

/** Each slot a programme names, lower-case, with what it is. */
const SLOT_KINDS = new Map<string, SlotKind>([
  ['break', 'break'],
  ['short break', 'break'],
  ['comfort break', 'break'],
  ['coffee break', 'break'],
  ['tea break', 'break'],
  ['lunch break', 'break'],
  ['registration', 'registration'],
  ['check-in', 'registration'],
  ['check in', 'registration'],
  ['lunch', 'meal'],
  ['lunchtime', 'meal'],
  ['lunch time', 'meal'],
  ['breakfast', 'meal'],
  ['coffee', 'other'],
  ['tea', 'other'],
  ['morning tea', 'other'],
  ['afternoon tea', 'other'],
  ['refreshments', 'other'],
  ['networking', 'other'],
]);

/** Cheap first look: a slot's title has one of these; most titles have none and are given up here. */
const SLOT_CUE = /lunch|break|regist|check[- ]?in/i;
const SLOT_TITLE_MAX = 60;
/** "Registration / Breakfast", "Break/Networking", "Registration & Coffee", "Coffee and Tea". */
const JOIN = /\s*(?:[/&+,]|\band\b)\s*/;
/** An unfilled lunchtime slot's label. */
const LUNCHTIME_EVENT = /^lunch\s?time\s+event$/;
/** A name before the slot that makes it a track's or a workshop's: "Education Track", "Room B", "Sprint". */
const TRACK_WORD = /^(?:track|stream|strand|room|sprint|sprints|tutorials?|workshops?|(?:speakers|delegates|volunteers)['’]?)$/;
/** A workshop's coined one-word name: "RustBridge", "DjangoGirls", "Trans*Code", "PyLadies". */
const COINED_NAME = /^\p{Lu}\p{Ll}+[*]?(?:\p{Lu}\p{Ll}*)+$/u;

/** Whether a title is only a break, a meal, registration or a lunchtime slot of a programme. */
export function isBreakSlot(title: string): boolean {
  if (title.length > SLOT_TITLE_MAX || !SLOT_CUE.test(title)) return false;
  const text = title.trim().replace(/[.!]+$/, '');
  const lower = text.toLowerCase();
  if (LUNCHTIME_EVENT.test(lower)) return true;
  const words = text.split(/\s+/);
  // The slot is the title's last one to five words; the words before it, if any, name whose it is.
  for (let cut = 0; cut < words.length && cut <= MAX_OWNER_WORDS; cut++) {
    const kinds = slotKinds(words.slice(cut).join(' ').toLowerCase());
    if (!kinds) continue;
    return cut === 0 ? slotByItself(kinds) : ownedSlot(words.slice(0, cut), kinds);
  }
  return false;
}

const MAX_OWNER_WORDS = 3;

/** The kinds of each joined slot ("registration / breakfast" → registration, meal), or null when a part is no slot. */
function slotKinds(text: string): SlotKind[] | null {
  const kinds: SlotKind[] = [];
  for (const part of text.split(JOIN)) {
    const kind = SLOT_KINDS.get(part);
    if (kind === undefined) return null;
    kinds.push(kind);
  }
  return kinds;
}

/** "Break/Networking", "Registration & Coffee", "Lunch": a break or registration among them, or one meal alone. */
function slotByItself(kinds: SlotKind[]): boolean {
  if (kinds.some((k) => k === 'break' || k === 'registration')) return true;
  return kinds.length === 1 && kinds[0] === 'meal';
}

/** "Teaching Track Lunch", "RustBridge Lunch": a track's or a workshop's slot; "Christmas Lunch" is a social. */
function ownedSlot(owner: string[], kinds: SlotKind[]): boolean {
  if (!kinds.some((k) => k !== 'other')) return false;
  const last = owner[owner.length - 1]!;
  return TRACK_WORD.test(last.toLowerCase()) || (owner.length === 1 && COINED_NAME.test(last));
}
