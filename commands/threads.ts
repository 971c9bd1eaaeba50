import type { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { onOffOption, onOffSchema } from './options.js';

const schema = onOffSchema;

/**
 * `/events threads on|off` (admins): a thread on each event post, opened when
 * the first person says they are going, for arranging to meet; changes of
 * time or venue are posted there (src/deliver/threads.ts).
 */
export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['threads'],
  description: 'Open a thread on an event’s post when someone is going, to arrange meeting up (admins)',
  admin: true,
  usage: '/events threads <on|off>',
  options: [onOffOption('on: a thread per event once someone is going; off: no new threads')],
  schema,
  async execute(ctx, args, deps) {
    if (!deps.chatPort?.(ctx.platform)?.threads) {
      return { ephemeral: true, lines: [['Threads per event are a Discord and Slack feature; this chat has no threads.']] };
    }
    const channel = await deps.store.channels.getOrCreate(ctx);
    await deps.store.optIns.set(channel.id, { threads: args.state === 'on' });
    const text =
      args.state === 'on'
        ? 'When the first person says they’re going to an event posted here, I’ll open a thread on its post to arrange meeting up, and post any change of time or venue there.'
        : 'No new threads will be opened on event posts here.';
    return { ephemeral: false, lines: [[`⚙️ ${text}`]] };
  },
};
