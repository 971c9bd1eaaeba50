import type { RsvpKey } from '../../core/chat.js';

/**
 * Reaction names ↔ RSVP keys.
 *
 * - Event posts: :white_check_mark: (or :heavy_check_mark:) = going,
 *   :thinking_face: = maybe. The bot adds the first and the last itself.
 * - Digests: :one: … :nine:, :keycap_ten: = "going" to item 1 … 10.
 * - Any other reaction means nothing and is ignored.
 *
 * Slack appends skin tones as `name::skin-tone-2`; the tone is dropped first.
 */
export const GOING = 'white_check_mark';
export const MAYBE = 'thinking_face';
export const EVENT_REACTIONS = [GOING, MAYBE] as const;

const NUMBER_NAMES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'keycap_ten'] as const;

/** The largest item number a digest can offer as a reaction. */
const MAX_NUMBER = NUMBER_NAMES.length;

/** Emoji name for digest item `n` (1–10), or null past ten. */
export function numberEmoji(n: number): string | null {
  return Number.isInteger(n) && n >= 1 && n <= MAX_NUMBER ? NUMBER_NAMES[n - 1]! : null;
}

/** The RSVP a reaction means, or null for a reaction we ignore. */
export function reactionKey(reaction: string): RsvpKey | null {
  const name = reaction.split('::')[0]!.toLowerCase();
  if (name === GOING || name === 'heavy_check_mark') return 'going';
  if (name === MAYBE) return 'maybe';
  const index = (NUMBER_NAMES as readonly string[]).indexOf(name);
  return index >= 0 ? { number: index + 1 } : null;
}
