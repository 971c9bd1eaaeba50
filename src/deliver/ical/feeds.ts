import type { CalendarFeedRecord, ChannelRecord, Store, StoredEvent } from '../../core/ports.js';
import { channelRegion } from '../../place/eligibility.js';
import { haversineKm } from '../../place/index.js';
import { passes } from '../filter.js';
import { buildCalendar } from './build.js';
import { DAY_MS } from '../../core/time.js';

/** Cancelled events stay in a feed this long after they were cancelled (so subscribers see the cancellation), then drop out. */
export const CANCELLED_KEPT_MS = 7 * DAY_MS;
/** Past events stay this long, so last week's events don't vanish from people's calendars. */
const PAST_KEPT_MS = 30 * DAY_MS;
const AHEAD_MS = 400 * DAY_MS;

export interface CalendarDocument {
  body: string;
}

/** Still worth showing at `now`: not past for long, and if cancelled, cancelled within the week. */
function shown(e: StoredEvent, now: Date): boolean {
  if ((e.end ?? e.start).getTime() < now.getTime() - PAST_KEPT_MS) return false;
  return e.status !== 'cancelled' || e.updatedAt.getTime() >= now.getTime() - CANCELLED_KEPT_MS;
}

/** In person (or hybrid) and within the channel's region: what the channel posts, whatever the event's status or date. */
function inRegion(e: StoredEvent, channel: ChannelRecord): boolean {
  if (e.attendance !== 'in_person' && e.attendance !== 'hybrid') return false;
  const region = channelRegion(channel);
  if (!region) return true;
  if (e.lat === null || e.lon === null) return false;
  return haversineKm(region, { lat: e.lat, lon: e.lon }) <= region.radiusKm;
}

function document(name: string, description: string, host: string, events: StoredEvent[]): CalendarDocument {
  return { body: buildCalendar({ name, description, host, events }) };
}

/** A channel's calendar: the in-region, in-person events of the feeds it follows that pass its topic filter. */
export async function channelCalendar(store: Store, channel: ChannelRecord, host: string, now: Date): Promise<CalendarDocument> {
  const sources = await store.channels.sources(channel.id);
  const [events, filter] = await Promise.all([
    store.events.forSources(
      sources.map((s) => s.id),
      new Date(now.getTime() - PAST_KEPT_MS),
      new Date(now.getTime() + AHEAD_MS),
    ),
    store.filters.get(channel.id),
  ]);
  const kept = events.filter((e) => shown(e, now) && inRegion(e, channel) && passes(filter, e));
  const where = channel.regionName ? ` near ${channel.regionName}` : '';
  return document(`Events${where}`, `In-person events${where}, from events-bot.`, host, kept);
}

/** One person's calendar: the events they said they are going (or might go) to. */
export async function personCalendar(
  store: Store,
  feed: CalendarFeedRecord & { kind: 'person' },
  host: string,
  now: Date,
): Promise<CalendarDocument> {
  const rsvps = await store.rsvps.forUser(feed.platform, feed.userId, new Date(now.getTime() - PAST_KEPT_MS));
  const kept = rsvps.filter((r) => r.status !== 'no' && shown(r.event, now)).map((r) => r.event);
  return document('My events', 'Events you RSVPed going or maybe to, from events-bot.', host, kept);
}
