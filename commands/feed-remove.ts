import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { feedIdOption, feedIdSchema } from './options.js';

const schema = z.object({ id: feedIdSchema });

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['feed', 'remove'],
  description: 'Stop following a feed in this channel (admins)',
  admin: true,
  usage: '/events feed remove <number> — the number comes from /events feed list',
  options: [feedIdOption],
  schema,
  async execute(ctx, args, { store }) {
    const channel = await store.channels.find(ctx);
    const followed = channel ? await store.channels.sources(channel.id) : [];
    const source = followed.find((s) => s.id === args.id);
    if (!channel || !source) {
      return { ephemeral: true, lines: [[`❌ This channel doesn't follow feed #${args.id}. See `, { bold: '/events feed list' }, '.']] };
    }
    await store.channels.unsubscribe(channel.id, source.id);
    if ((await store.channels.subscribers(source.id)).length === 0) await store.sources.remove(source.id);
    return { ephemeral: false, lines: [[`🗑️ Stopped following #${source.id} — ${source.title ?? source.url}.`]] };
  },
};
