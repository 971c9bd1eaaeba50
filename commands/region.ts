import { z } from 'zod';
import type { CommandDefinition, Line } from '../src/core/chat.js';
import { resolveRegion } from '../src/place/index.js';
import { placeOption, placeSchema, radiusOption, radiusSchema } from './options.js';

const schema = z.object({ place: placeSchema, radius: radiusSchema.optional() });

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['region'],
  description: 'Set the area this channel gets events for (admins)',
  admin: true,
  usage: '/events region <place> [radius km] — e.g. /events region Birmingham, UK 25km',
  options: [placeOption('A town or city, "Birmingham, AL", a UK postcode or "lat,lon"'), radiusOption],
  schema,
  async execute(ctx, args, { store }) {
    const channel = await store.channels.getOrCreate(ctx);
    const resolved = resolveRegion(args.place, { radiusKm: args.radius ?? channel.radiusKm });
    if (!resolved.ok) return { ephemeral: true, lines: [[`❌ ${resolved.error.message}`]] };
    const r = resolved.value;
    await store.channels.update(channel.id, {
      regionName: r.name,
      regionLat: r.lat,
      regionLon: r.lon,
      radiusKm: r.radiusKm,
      timezone: r.timezone,
    });
    const lines: Line[] = [['📍 This channel now gets events near ', { bold: `${r.name} — ${r.radiusKm} km, ${r.timezone}` }, '.']];
    if (r.ambiguous?.alternatives.length) {
      lines.push([
        `“${args.place}” also matches ${r.ambiguous.alternatives.slice(0, 4).join('; ')}. I picked the largest; to choose another, add the region or country, e.g. `,
        { bold: `/events region ${r.ambiguous.alternatives[0]}` },
        '.',
      ]);
    }
    return { ephemeral: false, lines };
  },
};
