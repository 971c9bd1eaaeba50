import type { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { onOffOption, onOffSchema } from './options.js';
import { cleanName } from '../src/deliver/people.js';

const schema = onOffSchema;

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['visible'],
  description: 'Show your name to others going to the same events (off by default)',
  admin: false,
  usage: '/events visible <on|off>',
  options: [
    onOffOption('on: your name is shown on posts and in /events who; off: you are only counted', {
      on: 'Show my name',
      off: 'Only count me',
    }),
  ],
  schema,
  async execute(ctx, args, deps) {
    const { store } = deps;
    let name: string | null = null;
    if (args.state === 'on') {
      name = cleanName((await ctx.userName?.()) ?? '');
      if (!name) return { ephemeral: true, lines: [['❌ I could not read your display name from this platform; please try again later.']] };
    }
    await store.users.set(ctx.platform, ctx.userId, { visible: args.state === 'on', displayName: name });
    // Posts of events they answered show the change at the next (throttled) edit.
    const rsvps = await store.rsvps.forUser(ctx.platform, ctx.userId, ctx.now);
    for (const r of rsvps.filter((x) => x.status === 'going')) await deps.notifyCountsChanged(r.event.id);
    if (!name)
      return { ephemeral: true, lines: [['🙈 Your name is hidden again: posts and ', { bold: '/events who' }, ' only count you.']] };
    return {
      ephemeral: true,
      lines: [
        ['👀 Others now see your name ', { bold: name }, ' on posts of events you’re going to and in ', { bold: '/events who' }, '.'],
        ['Hide it again with ', { bold: '/events visible off' }, '.'],
      ],
    };
  },
};
