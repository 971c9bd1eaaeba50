import { z } from 'zod';
import type { CommandDefinition, Line, Reply } from '../src/core/chat.js';
import { eventLine, formatKm } from '../src/deliver/format.js';
import { pageToken } from '../src/core/paging.js';
import type { ChannelRecord, UserPrefRecord } from '../src/core/ports.js';
import { channelRegion } from '../src/place/eligibility.js';
import { radiusOption, radiusSchema } from './options.js';
import { filteredPage } from './nearby-filter.js';
import type { Attendance, EventStatus } from '../src/core/event.js';

import { PAGE_SIZE } from './nearby-filter.js';
import { DAY_MS } from '../src/core/time.js';

const schema = z.object({
  radius: radiusSchema.optional(),
  days: z.coerce
    .number({ message: 'Days must be a whole number from 1 to 60, like 14d' })
    .int('Days must be a whole number from 1 to 60, like 14d')
    .min(1, 'Days must be between 1 and 60, like 14d')
    .max(60, 'Days must be between 1 and 60, like 14d')
    .optional(),
  query: z.string().trim().max(100, 'Search words: 100 characters at most').optional(),
  page: z.coerce.number().int().min(1).optional(),
  /** Set by paging buttons (not an option people type): keep the first page's centre, whoever presses. */
  centre: z.enum(['home', 'channel']).optional(),
});

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['nearby'],
  description: 'Upcoming in-person events near this channel’s region (or your home)',
  admin: false,
  usage: '/events nearby [radius km] [days] [search words] — e.g. /events nearby 10km 14d python',
  options: [
    radiusOption,
    { name: 'days', description: 'How many days ahead (1–60, default 7)', type: 'integer', min: 1, max: 60, unit: 'd' },
    { name: 'query', description: 'Only events whose title, venue or description contains these words', type: 'string', rest: true },
  ],
  schema,
  async execute(ctx, args, deps): Promise<Reply> {
    const { store, defaults } = deps;
    // Read together: on PostgreSQL each read is a round trip, which a busy poll cycle makes longer.
    const [channel, home] = await Promise.all([store.channels.find(ctx), store.users.get(ctx.platform, ctx.userId)]);
    const centre = searchCentre(args.centre === 'channel' ? null : home, channel, defaults.radiusKm);
    if (!centre) return noRegion();
    const radiusKm = args.radius ?? centre.radius;
    const days = args.days ?? defaults.days;
    const page = args.page ?? 1;
    const query = {
      lat: centre.lat,
      lon: centre.lon,
      radiusKm,
      from: ctx.now,
      to: new Date(ctx.now.getTime() + days * DAY_MS),
      text: args.query,
      attendance: ['in_person', 'hybrid'] as Attendance[],
      excludeStatus: ['cancelled'] as EventStatus[],
    };
    const filter = channel ? await store.filters.get(channel.id) : null;
    const { items, total } = await filteredPage(store, query, filter, page);
    const what = args.query ? ` matching “${args.query}”` : '';
    if (total === 0) return nothingFound(`${what} within ${formatKm(radiusKm)} of ${centre.name}`, radiusKm, days);
    const counts = await store.rsvps.counts(items.map((i) => i.event.id));
    const pages = Math.ceil(total / PAGE_SIZE);
    const first = (page - 1) * PAGE_SIZE + 1;
    const lines: Line[] = [
      [
        { bold: `Events${what} within ${formatKm(radiusKm)} of ${centre.name}` },
        ` — next ${days} days, ${first}–${first + items.length - 1} of ${total}`,
      ],
      ...items.map((i) => eventLine(i.event, { distanceKm: i.distanceKm, counts: counts.get(i.event.id) })),
      ['RSVP with ', { bold: '/events rsvp <#> going' }, ' or react on the event’s post.'],
    ];
    const base = { radius: radiusKm, days, query: args.query, centre: centre.kind };
    return {
      // Results around someone's home would tell the channel where they live: only they see them.
      ephemeral: centre.kind === 'home',
      lines,
      paging:
        pages > 1
          ? {
              page,
              pages,
              prev: page > 1 ? pageToken(['nearby'], { ...base, page: page - 1 }) : null,
              next: page < pages ? pageToken(['nearby'], { ...base, page: page + 1 }) : null,
            }
          : undefined,
    };
  },
};

function noRegion(): Reply {
  return {
    ephemeral: true,
    lines: [
      [
        'This channel has no region yet. An admin can set one with ',
        { bold: '/events region <place>' },
        ', or set your own place with ',
        { bold: '/events home <place>' },
        '.',
      ],
    ],
  };
}

/** Nothing found (`where`: " matching “python” within 10 km of Birmingham…"): suggest a larger radius and more days. */
function nothingFound(where: string, radiusKm: number, days: number): Reply {
  return {
    ephemeral: true,
    lines: [
      [`No in-person events${where} in the next ${days} days.`],
      [
        'Try a larger radius or more days, e.g. ',
        { bold: `/events nearby ${Math.min(200, radiusKm * 2)}km ${Math.min(60, days * 2)}d` },
        '.',
      ],
    ],
  };
}

/**
 * Where `nearby` searches: the person's own home when they set one (and the
 * paging button didn't pin the channel's region), else the channel's region.
 */
function searchCentre(home: UserPrefRecord | null, channel: ChannelRecord | null, defaultRadiusKm: number) {
  if (home?.homeLat != null && home.homeLon != null) {
    return { kind: 'home' as const, name: home.homeName ?? 'your home', lat: home.homeLat, lon: home.homeLon, radius: defaultRadiusKm };
  }
  const region = channel && channelRegion(channel);
  return region
    ? {
        kind: 'channel' as const,
        name: channel.regionName ?? 'this channel’s region',
        lat: region.lat,
        lon: region.lon,
        radius: region.radiusKm,
      }
    : null;
}
