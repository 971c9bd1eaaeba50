import type { FakeMessage, InteractionRecord } from './state.js';

export interface Answer {
  content: string;
  ephemeral: boolean;
  components: unknown[];
  embeds: Record<string, unknown>[];
  message: FakeMessage;
}

/**
 * The final visible answer of an interaction: the last follow-up if any,
 * else the original response once it has content (a deferral counts only
 * after it was edited), else for a button the updated message.
 */
export function answer(rec: InteractionRecord): Answer | null {
  const view = (m: FakeMessage): Answer => ({
    content: m.content,
    ephemeral: (m.flags & 64) !== 0,
    components: m.components,
    embeds: m.embeds,
    message: m,
  });
  const followup = rec.followups.filter((m) => !m.deleted).at(-1);
  if (followup) return view(followup);
  const type = rec.callbacks[0]?.type;
  const original = rec.original;
  if (type === undefined || !original || original.deleted) return null;
  if (type === 4 || type === 7) return view(original);
  if ((type === 5 || type === 6) && original.edits > 0) return view(original);
  return null;
}
