import type { Attendee } from '../core/ports.js';
import { stripControls } from '../core/controls.js';

/** Names shown before the rest are only counted. */
const MAX_NAMES = 5;
/** A display name is cut to this many characters. */
const MAX_NAME_LENGTH = 40;

/**
 * "Priya, Tom and 3 others": the visible names first (at most five), the
 * rest of `total` counted; null when nobody is named. Names are plain text:
 * adapters escape them, so a name can never form a mention or a link.
 */
export function peopleText(names: string[], total: number): string | null {
  const shown = names.map(cleanName).filter(Boolean).slice(0, MAX_NAMES);
  if (shown.length === 0) return null;
  const others = Math.max(0, total - shown.length);
  const rest = others > 0 ? [`${others} ${others === 1 ? 'other' : 'others'}`] : [];
  const parts = [...shown, ...rest];
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** "Priya, Tom and 3 others" or "5 people" (nobody visible), "nobody yet" for none. */
export function peopleOrCount(attendees: Attendee[]): string {
  const named = peopleText(visibleNames(attendees), attendees.length);
  if (named) return named;
  if (attendees.length === 0) return 'nobody yet';
  return attendees.length === 1 ? '1 person' : `${attendees.length} people`;
}

export const visibleNames = (attendees: Attendee[]): string[] => attendees.map((a) => a.visibleName).filter((n): n is string => n !== null);

/** A platform display name as stored: no control characters, one line, at most 40 characters. */
export function cleanName(name: string): string {
  const flat = stripControls(name).replace(/\s+/g, ' ').trim();
  return flat.length > MAX_NAME_LENGTH ? `${flat.slice(0, MAX_NAME_LENGTH - 1)}…` : flat;
}
