import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { channelRegion, resolveRegion } from '../src/place/index.js';
import { placeOption, placeSchema } from './options.js';

const schema = z.object({ place: placeSchema });
const CLEAR = new Set(['clear', 'none', 'off', 'reset']);

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['home'],
  description: 'Set your own place for /events nearby (only you see it)',
  admin: false,
  usage: '/events home <place> — e.g. /events home Digbeth, or /events home clear',
  options: [placeOption('Your town, neighbourhood or postcode ("clear" to forget it)')],
  schema,
  async execute(ctx, args, { store }) {
    const channel = await store.channels.find(ctx);
    if (CLEAR.has(args.place.toLowerCase())) {
      await store.users.set(ctx.platform, ctx.userId, { homeName: null, homeLat: null, homeLon: null, timezone: null });
      return { ephemeral: true, lines: [['Forgot your home. /events nearby uses the channel’s region again.']] };
    }
    // A town several places share is the one near the channel's region ("Westport" in a New Zealand channel).
    const resolved = resolveRegion(args.place, { near: channel ? channelRegion(channel) : null });
    if (!resolved.ok) return { ephemeral: true, lines: [[`❌ ${resolved.error.message}`]] };
    const r = resolved.value;
    await store.users.set(ctx.platform, ctx.userId, { homeName: r.name, homeLat: r.lat, homeLon: r.lon, timezone: r.timezone });
    return {
      ephemeral: true,
      lines: [['🏠 Your home is now ', { bold: r.name }, ' (', r.timezone, '). ', { bold: '/events nearby' }, ' will search around it.']],
    };
  },
};
