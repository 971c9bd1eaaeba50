import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { planUser, REMIND_MINUTES } from '../src/deliver/reminders.js';
import { plural } from '../src/deliver/format.js';

const schema = z.object({ when: z.enum(['24h', '2h', 'off'], { message: 'Choose 24h, 2h or off' }) });

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['remind'],
  description: 'Get a direct message before events you’re going to (only you see this)',
  admin: false,
  usage: '/events remind <24h|2h|off> — e.g. /events remind 2h',
  options: [
    {
      name: 'when',
      description: 'How long before an event you answered going or maybe',
      type: 'string',
      required: true,
      choices: [
        { name: '24 hours before', value: '24h' },
        { name: '2 hours before', value: '2h' },
        { name: 'Off', value: 'off' },
      ],
    },
  ],
  schema,
  async execute(ctx, args, { store }) {
    const minutes = args.when === 'off' ? null : REMIND_MINUTES[args.when];
    await store.users.set(ctx.platform, ctx.userId, { remindMinutes: minutes });
    const planned = await planUser(store, ctx.platform, ctx.userId, ctx.now);
    if (minutes === null)
      return { ephemeral: true, lines: [['🔕 Reminders are off. Turn them on again with ', { bold: '/events remind 24h' }, '.']] };
    const hours = args.when === '24h' ? '24 hours' : '2 hours';
    return {
      ephemeral: true,
      lines: [
        [
          `⏰ I’ll send you a direct message ${hours} before each event you’re going to (or might go to), with the time, the place and who else is going.`,
        ],
        [
          planned
            ? `${plural(planned, 'reminder')} planned for the events you answered so far.`
            : 'Nothing to remind you of yet: react ✅ or 🤔 on an event post (or use /events rsvp).',
        ],
        ...(ctx.platform === 'discord' ? [['If your direct messages from server members are closed, reminders cannot reach you.']] : []),
      ],
    };
  },
};
