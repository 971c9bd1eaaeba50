/**
 * Springshare LibCal (many public and academic libraries' event calendars)
 * writes an event's facts in elements of its own namespace beside the RSS
 * item: `<libcal:date>2026-10-07</libcal:date>`, `<libcal:start>16:00:00`,
 * `<libcal:end>17:00:00` — the library's local clock, with no zone — and
 * `<libcal:campus>` (the branch: "Longmont Public Library") with
 * `<libcal:location>` (the room in it: "Story Room"). The item's own
 * description says only "Date: Wednesday, October 7, 2026".
 *
 * - the start is the date at the start time, read as a zone-less local time
 *   (in the feed's zone, else floating for the place stage to anchor); a
 *   start of 00:00:00 with an end of 23:59:59, 00:00:00 or none (or no start
 *   time at all) is the whole day, as LibCal writes an all-day entry;
 * - the place is the room and then its branch ("Story Room, Longmont Public
 *   Library"), or the room alone when it already names its branch ("Rice -
 *   Main Floor" at campus "Rice"); a branch with no room is a venue's name
 *   (see libCalPlace).
 */
export interface LibCalEvent {
  start: string;
  end: string | null;
  /** The place as text: the room and its branch. */
  location: string | null;
  /** A place named by one name alone: the branch, or the room. */
  venue: string | null;
}

export interface LibCalFields {
  date: string | null;
  start: string | null;
  end: string | null;
  campus: string | null;
  location: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** "9:30" → "09:30:00"; null for anything that is no clock time. */
function clock(text: string | null): string | null {
  const m = CLOCK.exec(text?.trim() ?? '');
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2]}:${m[3] ?? '00'}`;
}

/** LibCal's all-day entry: from midnight to 23:59:59, midnight or no end. */
function wholeDay(start: string, end: string | null): boolean {
  return start === '00:00:00' && (end === null || end === '00:00:00' || end.startsWith('23:59'));
}

export function libCalEvent(f: LibCalFields): LibCalEvent | null {
  const date = f.date?.trim() ?? '';
  if (!DAY.test(date)) return null;
  const start = clock(f.start);
  const end = clock(f.end);
  const place = libCalPlace(f.campus, f.location);
  if (start === null || wholeDay(start, end)) return { start: date, end: null, ...place };
  return { start: `${date}T${start}`, end: end === null ? null : `${date}T${end}`, ...place };
}

/**
 * The room, then its branch: "Story Room, Longmont Public Library". One name
 * alone — the branch with no room, a room with no branch — is a venue's name,
 * which the place stage puts at the feed's home ("Rice", a Cleveland branch,
 * is not Rice, Minnesota). A room that only says online ("Online",
 * "Virtual") is that, not a room of the branch.
 */
function libCalPlace(campus: string | null, room: string | null): Pick<LibCalEvent, 'location' | 'venue'> {
  const branch = campus?.trim() || null;
  const where = room?.trim() || null;
  if (!branch || !where || ONLINE_ROOM.test(where)) return { location: null, venue: where ?? branch };
  const b = branch.toLowerCase();
  const w = where.toLowerCase();
  if (w.includes(b)) return { location: where, venue: null };
  if (b.includes(w)) return { location: null, venue: branch };
  return { location: `${where}, ${branch}`, venue: null };
}

const ONLINE_ROOM = /^(?:online|virtual|zoom|webinar|livestream)(?:\s+(?:event|program|meeting|only))?$/i;
