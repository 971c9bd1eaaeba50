import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { eventLine } from '../src/deliver/format.js';

const schema = z.object({});
const LABEL = { going: '✅ ', maybe: '🤔 ', no: '👋 ' } as const;

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['mine'],
  description: 'Your upcoming RSVPs (only you see this)',
  admin: false,
  usage: '/events mine',
  options: [],
  schema,
  async execute(ctx, _args, { store }) {
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
