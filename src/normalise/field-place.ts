/**
 * A place written as a calendar service's fields in the description's HTML,
 * as Trumba's RSS writes them (and many campus and city calendars with it):
 *
 *   <b>Campus location</b>:&nbsp;<a href="http://maps.google.com/maps?q=47.244596,-122.438017&amp;z=18">Snoqualmie Hall (SNO)</a>
 *   <br/><b>Campus room</b>:&nbsp;239
 *
 * - A field's bold label ("<b>Event location</b>:", "<strong>Where:</strong>")
 *   starts a line of its own, even where the HTML runs it on after other
 *   text or another field (fieldsOnOwnLines), so it is read as a labelled line.
 * - A room field right after the place ("Campus room: 239", "Room: 307B") is
 *   the room in it, written after it: "Snoqualmie Hall (SNO), Room 239", so
 *   that the building, not the room, is the venue (withRoom).
 * - A map link on the place (its text is part of the place as read) that
 *   writes coordinates is where the event is (pointOnPlace, core/map-link.ts).
 */
import { ROOM_LABEL } from '../core/place-label.js';
import { pointOfMapLink, type MapPoint } from '../core/map-link.js';
import { htmlToText } from './text.js';

/** A bold field label with its colon, inside the bold or after it: "<b>Campus location</b>:", "<strong>Where:</strong>". */
const BOLD_LABEL = /<(b|strong)\b[^>]*>\s*[^<\d:]{2,40}(?::\s*<\/\1>|<\/\1>\s*:)/gi;
/** What may come before a label that already starts a line: nothing, a line break or a block's tag. */
const LINE_START = /(?:^|<br\s*\/?>|<\/?(?:p|div|li|dd|dt|tr|td|th|h[1-6]|ul|ol|table)\b[^>]*>)\s*$/i;

export function fieldsOnOwnLines(html: string): string {
  if (!/<(?:b|strong)\b/i.test(html)) return html;
  return html.replace(BOLD_LABEL, (label: string, _tag: string, at: number) =>
    LINE_START.test(html.slice(0, at)) ? label : `<br>${label}`,
  );
}

const ROOM_LINE = new RegExp(String.raw`^\s*${ROOM_LABEL}\s*[:：]\s*(\S.{0,40})$`, 'i');

/** The room the line after a labelled place gives (a blank line between them ends the place's fields). */
export function roomAfter(lines: string[], placeLine: number): string | null {
  const m = ROOM_LINE.exec(lines[placeLine + 1] ?? '');
  const room = m?.[1]!.trim().replace(/[.;,]+$/, '') ?? '';
  return room && !/^(?:tba|tbc|tbd|n\/?a|none|-+)$/i.test(room) ? room : null;
}

/** "239" → "Snoqualmie Hall, Room 239"; "WCG 322" or "307B (Atrium)" as written; a room the place names already adds nothing. */
export function withRoom(place: string, room: string | null): string {
  if (!room || place.toLowerCase().includes(room.toLowerCase())) return place;
  return `${place}, ${/^\d+[a-z]?$/i.test(room) ? `Room ${room}` : room}`;
}

const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a>/gi;

/** The point of a map link whose text is part of the place as read ("…>Snoqualmie Hall (SNO)</a>", "(<a …>map</a>)"). */
export function pointOnPlace(html: string, place: string): MapPoint | null {
  if (!html.includes('<a')) return null;
  for (const m of html.matchAll(ANCHOR)) {
    const text = htmlToText(m[3]!).trim();
    if (text.length < 3 || !place.includes(text)) continue;
    const point = pointOfMapLink(m[2]!);
    if (point) return point;
  }
  return null;
}
