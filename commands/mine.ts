import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { eventLine } from '../src/deliver/format.js';
import { mineCalendar } from './mine-calendar.js';

const schema = z.object({ show: z.enum(['calendar'], { message: 'Say calendar, or nothing for your list' }).optional() });
const LABEL = { going: '✅ ', maybe: '🤔 ', no: '👋 ' } as const;

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['mine'],
  description: 'Your upcoming RSVPs (only you see this)',
  admin: false,
  usage: '/events mine [calendar]',
  options: [
    {
      name: 'show',
      description: 'calendar: a private calendar link with your RSVPs',
      type: 'string',
      choices: [{ name: 'A calendar link with my RSVPs', value: 'calendar' }],
    },
  ],
  schema,
  async execute(ctx, args, deps) {
    if (args.show === 'calendar') return mineCalendar(ctx, deps);
    const { store } = deps;
    const rsvps = (await store.rsvps.forUser(ctx.platform, ctx.userId, ctx.now)).filter((r) => r.status !== 'no');
    if (rsvps.length === 0) {
      return {
        ephemeral: true,
        lines: [['You have no upcoming RSVPs. React ✅ on an event post or use ', { bold: '/events rsvp <#> going' }, '.']],
      };
    }
    return {
      ephemeral: true,
      lines: [
        [{ bold: `Your upcoming events (${rsvps.length})` }],
        ...rsvps.slice(0, 25).map((r) => eventLine(r.event, { prefix: LABEL[r.status] })),
      ],
    };
  },
};
