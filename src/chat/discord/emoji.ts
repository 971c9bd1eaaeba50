import type { RsvpKey } from '../../core/chat.js';

/**
 * The emoji the bot reacts with and listens for.
 *
 * - ✅ on an event post = going, 🤔 = maybe.
 * - Keycaps 1️⃣…🔟 on a digest = the numbered item in that digest.
 *
 * Discord reports unicode emoji by their `name`. Keycaps may arrive with or
 * without the variation selector U+FE0F ("1️⃣" vs "1⃣"), so it is removed
 * before matching. Anything else (custom emoji, other unicode) is not an RSVP.
 */
export const GOING = '✅';
export const MAYBE = '🤔';

const KEYCAPS = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣', '7️⃣', '8️⃣', '9️⃣', '🔟'] as const;

/** Highest digest number that has a reaction emoji. */
const MAX_KEYCAP = KEYCAPS.length;

/** Keycap emoji for 1…10, or null outside that range. */
export function keycap(n: number): string | null {
  return Number.isInteger(n) && n >= 1 && n <= MAX_KEYCAP ? KEYCAPS[n - 1]! : null;
}

const VS16 = /\uFE0F/g;
const byName = new Map<string, RsvpKey>([
  [GOING.replace(VS16, ''), 'going'],
  [MAYBE.replace(VS16, ''), 'maybe'],
  ...KEYCAPS.map((k, i): [string, RsvpKey] => [k.replace(VS16, ''), { number: i + 1 }]),
]);

/** Maps a reaction's emoji name to an RSVP key; null for emoji that mean nothing to the bot (and for custom emoji). */
export function reactionKey(emojiName: string | null | undefined, emojiId?: string | null): RsvpKey | null {
  if (!emojiName || emojiId) return null;
  return byName.get(emojiName.replace(VS16, '')) ?? null;
}
