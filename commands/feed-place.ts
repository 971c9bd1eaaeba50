import { z } from 'zod';
import type { CommandDefinition, CommandDeps, Line, Reply } from '../src/core/chat.js';
import { feedPlaceKey, feedPlaceLabel, type FeedPlace } from '../src/core/placement.js';
import type { ChannelRecord, SourceRecord } from '../src/core/ports.js';
import { channelRegion, resolveFeedPlace } from '../src/place/index.js';
import { feedIdOption, feedIdSchema } from './options.js';

const CLEAR = new Set(['clear', 'none', 'off', 'reset']);

const schema = z.object({
  id: feedIdSchema,
  place: z
    .string({ message: 'Say where the feed’s events are, like "De Hallen, Amsterdam", or "clear"' })
    .trim()
    .min(2, 'Say where the feed’s events are, like "De Hallen, Amsterdam", or "clear"')
    .max(200, 'That place is too long (200 characters at most)'),
});

/**
 * A venue's or town's own agenda often names no place on its events. The
 * admin says where they are; the feed is then read again from scratch. The
 * place belongs to this channel's following of the feed: a channel elsewhere
 * that follows the same feed keeps it as it was (it is a source of its own).
 */
export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['feed', 'place'],
  description: 'Say where a feed’s events are when they name no place (admins)',
  admin: true,
  usage: '/events feed place <number> <venue, town> — e.g. /events feed place 3 De Hallen, Amsterdam, or /events feed place 3 clear',
  options: [
    feedIdOption,
    {
      name: 'place',
      description: 'Venue and town, like "De Hallen, Amsterdam" ("clear" to remove)',
      type: 'string',
      required: true,
      rest: true,
    },
  ],
  schema,
  async execute(ctx, args, deps) {
    const channel = await deps.store.channels.find(ctx);
    const source = channel ? (await deps.store.channels.sources(channel.id)).find((s) => s.id === args.id) : undefined;
    if (!channel || !source) {
      return { ephemeral: true, lines: [[`❌ This channel doesn't follow feed #${args.id}. See `, { bold: '/events feed list' }, '.']] };
    }
    if (CLEAR.has(args.place.toLowerCase())) {
      if (!source.place) return { ephemeral: true, lines: [[`Feed #${source.id} has no place set.`]] };
      const moved = await moveTo(deps, channel, source, null, ctx.now);
      return reply(moved, source, [`📍 Cleared the place of #${moved.id}. Its events that name no place are no longer posted.`]);
    }
    const resolved = resolveFeedPlace(args.place, channelRegion(channel));
    if (!resolved.ok) return { ephemeral: true, lines: [[`❌ ${resolved.error.message}`]] };
    const { place, ambiguous, far } = resolved.value;
    if (feedPlaceKey(source.place) === feedPlaceKey(place))
      return { ephemeral: true, lines: [[`Feed #${source.id} is already at ${feedPlaceLabel(place)}.`]] };
    const moved = await moveTo(deps, channel, source, place, ctx.now);
    const also = ambiguous.length > 0 ? [` (Not the one you meant? Add the country: there is also ${ambiguous.join(', ')}.)`] : [];
    const first: Line = [
      `📍 Events from #${moved.id} that name no place now count as in person at `,
      { bold: feedPlaceLabel(place) },
      `, and rooms it names without a town are placed there. I'll read the feed again now.`,
      ...also,
    ];
    // A namesake far away would put every event of the feed out of the region: say so.
    return reply(moved, source, first, far ? [[`⚠️ ${far}`]] : []);
  },
};

function reply(moved: SourceRecord, before: SourceRecord, first: Line, more: Line[] = []): Reply {
  const renumbered: Line[] =
    moved.id === before.id
      ? []
      : [[`Other channels follow #${before.id} as it was, so this channel now follows that feed as #${moved.id}.`]];
  return { ephemeral: false, lines: [first, ...more, ...renumbered] };
}

/**
 * The source this channel follows for the feed with `place`: the same one,
 * changed, when no other channel follows it and no source has that place
 * yet; else the one with that place (added if need be), the old one left to
 * its other followers or removed.
 */
async function moveTo(deps: CommandDeps, channel: ChannelRecord, source: SourceRecord, place: FeedPlace | null, now: Date) {
  const { sources, channels } = deps.store;
  const alone = (await channels.subscribers(source.id)).every((c) => c.id === channel.id);
  const changed = alone ? await sources.setPlace(source.id, place, now) : null;
  if (changed) {
    deps.sourceAdded();
    return changed;
  }
  const target = await sources.addWithPlace(source.url, source.kind, place, now);
  await channels.subscribe(channel.id, target.id);
  await channels.unsubscribe(channel.id, source.id);
  if ((await channels.subscribers(source.id)).length === 0) await sources.remove(source.id);
  deps.sourceAdded();
  return target;
}
