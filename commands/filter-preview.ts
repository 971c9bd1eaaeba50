import type { Line } from '../src/core/chat.js';
import type { ChannelFilterRecord, ChannelRecord, Store } from '../src/core/ports.js';
import { filterVerdict, isEmptyFilter } from '../src/deliver/filter.js';
import { channelRegion, verdictFor } from '../src/place/eligibility.js';
import { DAY_MS } from '../src/core/time.js';

const DAYS = 14;
const SHOWN = 10;

/**
 * The filter's verdict on the channel's next events (those the region would
 * post in the next two weeks): what `/events filter` shows so an admin can
 * see what a filter keeps and leaves out before the next post.
 */
export async function filterPreview(store: Store, channel: ChannelRecord, filter: ChannelFilterRecord, now: Date): Promise<Line[]> {
  if (isEmptyFilter(filter)) return [];
  const sources = await store.channels.sources(channel.id);
  const region = channelRegion(channel);
  const upcoming = (
    await store.events.forSources(
      sources.map((s) => s.id),
      now,
      new Date(now.getTime() + DAYS * DAY_MS),
    )
  ).filter((e) => verdictFor(e, region, now).post);
  if (upcoming.length === 0) return [];
  const lines: Line[] = [[{ bold: `Next ${DAYS} days here, with the filter’s verdict` }]];
  for (const e of upcoming.slice(0, SHOWN)) {
    const v = filterVerdict(filter, e);
    lines.push([`${v.pass ? '✔' : '✘'} `, { bold: `#${e.id}` }, ` ${e.title} — ${v.reason}`]);
  }
  if (upcoming.length > SHOWN) lines.push([`…and ${upcoming.length - SHOWN} more.`]);
  return lines;
}
