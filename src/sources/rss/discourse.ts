import { instantAt, isValidTimezone } from '../../core/time.js';
import { decodeEntities } from '../text/html.js';

/**
 * An event of Discourse's event plugin, as a topic feed carries it in the
 * post's HTML: `<div class="discourse-post-event" data-start="2026-03-07
 * 14:00" data-end="2026-03-07 17:00" data-timezone="Asia/Calcutta"
 * data-location="…">`. The times are wall clocks in that zone; without one
 * they float, for the place stage to anchor.
 */
export interface DiscourseEvent {
  start: string;
  end: string | null;
  location: string | null;
}

const EVENT_DIV = /<div\b[^>]*\bclass=["'][^"']*\bdiscourse-post-event\b[^>]*>/i;
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/;

export function discourseEvent(html: string): DiscourseEvent | null {
  if (!html.includes('discourse-post-event')) return null;
  const tag = EVENT_DIV.exec(html)?.[0];
  if (!tag) return null;
  const zone = attribute(tag, 'timezone');
  const start = isoOf(attribute(tag, 'start'), isValidTimezone(zone) ? zone : null);
  if (!start) return null;
  return { start, end: isoOf(attribute(tag, 'end'), isValidTimezone(zone) ? zone : null), location: attribute(tag, 'location') };
}

function attribute(tag: string, name: string): string | null {
  const value = new RegExp(`\\bdata-${name}=["']([^"']*)["']`, 'i').exec(tag)?.[1];
  return value ? decodeEntities(value).trim() || null : null;
}

/** "2026-03-07 14:00" in `zone` → an ISO instant; a date alone stays a date; no zone → a floating ISO time. */
function isoOf(text: string | null, zone: string | null): string | null {
  const m = WALL.exec(text ?? '');
  if (!m) return null;
  const [, year, month, day, hour, minute] = m;
  if (hour === undefined) return `${year}-${month}-${day}`;
  if (!zone) return `${year}-${month}-${day}T${hour.padStart(2, '0')}:${minute}:00`;
  return instantAt({ year: +year!, month: +month!, day: +day!, hour: +hour, minute: +minute!, second: 0 }, zone).toISOString();
}
