import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { eventIdSchema } from './options.js';

const schema = z.object({
  event: eventIdSchema,
  status: z.enum(['going', 'maybe', 'no'], { message: 'Answer going, maybe or no' }),
});

const SAID = { going: '✅ You’re going to', maybe: '🤔 You might go to', no: '👋 You’re not going to' } as const;

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['rsvp'],
  description: 'Say whether you’re going (the same as reacting ✅ / 🤔)',
  admin: false,
  usage: '/events rsvp <event #> <going|maybe|no> — e.g. /events rsvp 42 going',
  options: [
    { name: 'event', description: 'Event number, shown as #42 in lists', type: 'integer', required: true, min: 1 },
    {
      name: 'status',
      description: 'going, maybe or no',
      type: 'string',
      required: true,
      choices: [
        { name: 'Going', value: 'going' },
        { name: 'Maybe', value: 'maybe' },
        { name: 'Not going', value: 'no' },
      ],
    },
  ],
  schema,
  async execute(ctx, args, deps) {
    const event = await deps.store.events.get(args.event);
    if (!event)
      return { ephemeral: true, lines: [[`❌ There is no event #${args.event}. Find numbers with `, { bold: '/events nearby' }, '.']] };
    await deps.store.rsvps.set(event.id, ctx.platform, ctx.userId, args.status);
    await deps.notifyCountsChanged(event.id);
    const channel = args.status === 'going' ? await deps.store.channels.find(ctx) : null;
    if (channel) await deps.goingAdded?.(event.id, channel.id);
    const note = event.status === 'cancelled' ? ' (note: this event is cancelled)' : '';
    return {
      ephemeral: true,
      lines: [
        [
          `${SAID[args.status]} `,
          event.url ? { link: event.title, url: event.url } : { bold: event.title },
          ' — ',
          { time: event.start, timezone: event.timezone, style: 'full' },
          note,
        ],
      ],
    };
  },
};
