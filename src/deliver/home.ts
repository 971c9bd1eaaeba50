import type { HomeRequest, HomeSummary } from '../core/chat.js';
import type { Store } from '../core/ports.js';
import { mapUrl } from '../place/index.js';
import { placeText } from './format.js';
import { remindWords } from './reminders.js';

/** Upcoming RSVPs a home view lists at most. */
const MAX_RSVPS = 20;
/** Channels a home view lists at most. */
const MAX_CHANNELS = 20;

/**
 * What a person's home view shows: their upcoming going/maybe RSVPs (soonest
 * first), their home place, reminder and visibility settings, and the
 * channels served by the bot that they are a member of, with each one's region.
 */
export async function homeSummary(store: Pick<Store, 'rsvps' | 'users' | 'channels'>, req: HomeRequest): Promise<HomeSummary> {
  const [rsvps, prefs, channels] = await Promise.all([
    store.rsvps.forUser(req.platform, req.userId, req.now),
    store.users.get(req.platform, req.userId),
    store.channels.list(req.platform),
  ]);
  const member = new Set(req.channelIds);
  return {
    rsvps: rsvps
      .filter((r) => r.status !== 'no')
      .slice(0, MAX_RSVPS)
      .map(({ event: e, status }) => {
        const place = placeText(e.venue, e.address);
        return {
          eventId: e.id,
          title: e.title,
          url: e.url,
          start: e.start,
          timezone: e.timezone,
          allDay: e.allDay,
          place,
          mapUrl: mapUrl(e.lat, e.lon, place),
          status,
          cancelled: e.status === 'cancelled',
        };
      }),
    home: prefs?.homeName ? { name: prefs.homeName, timezone: prefs.timezone } : null,
    reminder: remindWords(prefs?.remindMinutes ?? null),
    visibleAs: prefs?.visible ? prefs.displayName : null,
    channels: channels
      .filter((c) => c.workspaceId === req.workspaceId && member.has(c.channelId))
      .slice(0, MAX_CHANNELS)
      .map((c) => ({ channelId: c.channelId, regionName: c.regionName, radiusKm: c.radiusKm, postMode: c.postMode })),
  };
}
