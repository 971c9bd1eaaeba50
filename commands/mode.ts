import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';

const schema = z.object({ mode: z.enum(['new', 'digest'], { message: 'Mode must be new or digest' }) });

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['mode'],
  description: 'Post each new event as it is found, or only the weekly digest (admins)',
  admin: true,
  usage: '/events mode <new|digest>',
  options: [
    {
      name: 'mode',
      description: 'new: post events as they are found; digest: weekly digest only',
      type: 'string',
      required: true,
      choices: [
        { name: 'Post new events as they are found', value: 'new' },
        { name: 'Weekly digest only', value: 'digest' },
      ],
    },
  ],
  schema,
  async execute(ctx, args, { store }) {
    const channel = await store.channels.getOrCreate(ctx);
    await store.channels.update(channel.id, { postMode: args.mode });
    const text =
      args.mode === 'new'
        ? 'New in-person events in the region will be posted here as they are found.'
        : 'Only the weekly digest will be posted here.';
    return { ephemeral: false, lines: [[`⚙️ ${text}`]] };
  },
};
