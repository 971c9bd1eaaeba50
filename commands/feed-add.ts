import { z } from 'zod';
import type { CommandDefinition, Line } from '../src/core/chat.js';
import { formatKm, HOME_BASIS, plural } from '../src/deliver/format.js';
import { channelRegion } from '../src/place/eligibility.js';
import { httpUrl } from '../src/core/url.js';

const schema = z.object({
  url: z
    .string({ message: 'Give the feed’s web address, e.g. https://www.meetup.com/your-group/' })
    .trim()
    .refine(
      (v) => v.startsWith('#') || httpUrl(v) !== null,
      'That is not a web address. Paste the full link, starting with https:// (or a hashtag like #brumtech@mastodon.social)',
    ),
});

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['feed', 'add'],
  description: 'Follow an event feed: Meetup group, iCal, RSS/Atom, event page or #hashtag (admins)',
  admin: true,
  usage: '/events feed add <url> — e.g. /events feed add https://www.meetup.com/brumjs/',
  options: [{ name: 'url', description: 'Meetup group, iCal/RSS/Atom feed, event page, or #tag@instance', type: 'string', required: true }],
  schema,
  async execute(ctx, args, deps) {
    const channel = await deps.store.channels.getOrCreate(ctx);
    const region = channelRegion(channel);
    const preview = await deps.previewSource(args.url, region, ctx.now);
    if (!preview.ok) return { ephemeral: true, lines: [[`❌ I couldn't use that feed: ${preview.message}`]] };
    const already = (await deps.store.channels.sources(channel.id)).find((s) => s.url === preview.feedUrl);
    if (already) {
      return {
        ephemeral: true,
        lines: [[`This channel already follows that feed as #${already.id}. See `, { bold: '/events feed list' }, '.']],
      };
    }
    const source = await deps.store.sources.add(preview.feedUrl, preview.kind, ctx.now, preview.home);
    await deps.store.channels.subscribe(channel.id, source.id);
    deps.sourceAdded();
    const found: Line = region
      ? [
          `Found ${plural(preview.total, 'event')} (${preview.upcoming} upcoming), ${preview.inPersonNear} in person within ${formatKm(channel.radiusKm)} of ${channel.regionName}.`,
        ]
      : [
          `Found ${plural(preview.total, 'event')} (${preview.upcoming} upcoming). Set a region with `,
          { bold: '/events region <place>' },
          ' so I know which to post.',
        ];
    const home: Line[] =
      preview.home && preview.home.basis !== 'region'
        ? [[`Events that name only a venue are placed in ${preview.home.label} (${HOME_BASIS[preview.home.basis]}).`]]
        : [];
    const next = nextStep(channel.postMode, region ? preview.inPersonNear : null);
    return {
      ephemeral: false,
      lines: [
        ['✅ Following ', { bold: `${preview.title ? `${preview.title} ` : ''}(#${source.id})` }, ` — ${preview.feedUrl}`],
        found,
        ...home,
        ...(next ? [[next]] : []),
        ...placeHint(preview.placeless, source.id),
      ],
    };
  },
};

/** A venue's own agenda whose events name no place: say how to tell where they are. */
function placeHint(placeless: number, id: number): Line[] {
  if (placeless === 0) return [];
  const held =
    placeless === 1
      ? '1 upcoming event says nothing about where it is, so it is not posted.'
      : `${placeless} upcoming events say nothing about where they are, so they are not posted.`;
  return [[`${held} If the feed's events are all at one place, tell me where: `, { bold: `/events feed place ${id} <venue, town>` }, '.']];
}

/**
 * What happens next, in the words a reader checks against the channel: no
 * promise of posts when none of the feed's events would be posted now (none
 * in person near the region, or no region yet: the line before says to set one).
 */
function nextStep(postMode: 'new' | 'digest', postable: number | null): string | null {
  if (postMode === 'digest') return 'Its events will appear in the weekly digest.';
  if (postable === null) return null;
  if (postable === 0) return 'Nothing to post from it yet. New in-person events near the region will be posted here as they appear.';
  return 'Its events will be posted here shortly, and new ones as they appear.';
}
