import type { HomeBasis } from '../core/placement.js';
import type { EventCard, Line } from '../core/chat.js';
import type { RsvpCounts, StoredEvent } from '../core/ports.js';
import { mapUrl } from '../place/index.js';

/** Builds what a post shows about one event. */
export function toCard(e: StoredEvent, counts: RsvpCounts | undefined, source: string | null): EventCard {
  const cancelled = e.status === 'cancelled';
  return {
    eventId: e.id,
    title: e.title,
    url: e.url,
    start: e.start,
    end: e.end,
    timezone: e.timezone,
    allDay: e.allDay,
    venue: e.venue,
    address: e.address,
    mapUrl: e.lat !== null && e.lon !== null ? mapUrl(e.lat, e.lon) : null,
    organiser: e.organiser,
    source,
    status: e.status,
    attendance: e.attendance,
    notice: noticeFor(e),
    // RSVPs on a cancelled event are kept but nobody is counted as attending.
    counts: cancelled ? { going: 0, maybe: 0 } : (counts ?? { going: 0, maybe: 0 }),
  };
}

const CHANGE_WORDS: Record<string, string> = { time: 'new time', venue: 'new venue', status: 'status changed', title: 'new title' };

/** "Cancelled", "Postponed" or "Updated: new time, new venue" — null for an unchanged event. */
export function noticeFor(e: Pick<StoredEvent, 'status' | 'lastChange'>): string | null {
  if (e.status === 'cancelled') return 'Cancelled';
  if (e.status === 'postponed') return 'Postponed';
  if (!e.lastChange) return null;
  const words = e.lastChange
    .split(',')
    .map((c) => CHANGE_WORDS[c])
    .filter((w): w is string => Boolean(w));
  return words.length ? `Updated: ${words.join(', ')}` : null;
}

/** Host name of a source URL, as a short "found on" label. */
export function sourceLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function formatKm(km: number): string {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/** One line of a list: "42 · Title — Thu 4 Dec 18:30 · The Victoria · 1.2 km · ✅ 3 🤔 1". */
export function eventLine(e: StoredEvent, opts: { distanceKm?: number | null; counts?: RsvpCounts; prefix?: string }): Line {
  const line: Line = [{ bold: `#${e.id}` }, ' '];
  if (opts.prefix) line.push(opts.prefix);
  line.push(e.url ? { link: e.title, url: e.url } : e.title);
  line.push(' — ', { time: e.start, timezone: e.timezone, style: e.allDay ? 'date' : 'full' });
  if (e.venue) line.push(` · ${e.venue}`);
  if (opts.distanceKm !== undefined && opts.distanceKm !== null) line.push(` · ${formatKm(opts.distanceKm)}`);
  if (e.status === 'cancelled') line.push(' · ❌ cancelled');
  else if (e.status === 'postponed') line.push(' · postponed');
  const c = opts.counts;
  if (c && (c.going || c.maybe) && e.status !== 'cancelled') line.push(` · ✅ ${c.going} 🤔 ${c.maybe}`);
  return line;
}

/** "The Victoria, 48 John Bright St, Birmingham" — the venue once, even when the address starts with it. */
export function placeText(venue: string | null, address: string | null): string | null {
  if (venue && address) return address.toLowerCase().startsWith(venue.toLowerCase()) ? address : `${venue}, ${address}`;
  return venue ?? address;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** How a feed's home area was worked out, in words (`feed add`, `feed list`, `preview`). */
export const HOME_BASIS: Record<HomeBasis, string> = {
  events: 'from where its events are',
  calendar: 'from the calendar’s name and time zone',
  region: 'the channel’s region, as the feed does not say',
  set: 'the place set with /events feed place',
};
