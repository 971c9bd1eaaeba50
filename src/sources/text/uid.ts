import type { ParsedEvent } from '../types.js';
import { createHash } from 'node:crypto';

/**
 * A stable id for an item its source gave none: a hash of the fields that
 * identify it (title, start, place). Same fields → same id across polls.
 */
export function derivedUid(...parts: (string | null | undefined)[]): string {
  const hash = createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u001f'))
    .digest('hex');
  return `derived:${hash.slice(0, 32)}`;
}

/**
 * Items that share an id but are different events — a band's show list
 * whose every item has no guid and links to the band's page, a page's
 * JSON-LD events that all give the listing's url — each get an id of their
 * own (the shared one with their title and start), so one does not replace
 * the other. Items that agree on title and start keep the id: they are one
 * event listed twice.
 */
export function distinctUids(events: ParsedEvent[]): ParsedEvent[] {
  const byUid = new Map<string, Set<string>>();
  const key = (e: ParsedEvent) => `${e.title}\u001f${e.start.toISOString()}`;
  for (const e of events) byUid.set(e.uid, (byUid.get(e.uid) ?? new Set()).add(key(e)));
  return events.map((e) => ((byUid.get(e.uid)?.size ?? 0) > 1 ? { ...e, uid: derivedUid(e.uid, e.title, e.start.toISOString()) } : e));
}
