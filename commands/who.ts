import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { peopleOrCount } from '../src/deliver/people.js';
import { eventIdSchema } from './options.js';

const schema = z.object({ event: eventIdSchema });

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['who'],
  description: 'Who’s going to an event (names of those who chose to be visible; the rest counted)',
  admin: false,
  usage: '/events who <event #> — e.g. /events who 42',
  options: [{ name: 'event', description: 'Event number, shown as #42 in lists', type: 'integer', required: true, min: 1 }],
  schema,
  async execute(ctx, args, { store }) {
    const event = await store.events.get(args.event);
    if (!event)
      return { ephemeral: true, lines: [[`❌ There is no event #${args.event}. Find numbers with `, { bold: '/events nearby' }, '.']] };
    const attendees = await store.rsvps.attendees(event.id, ctx.platform);
    const going = attendees.filter((a) => a.status === 'going');
    const maybe = attendees.filter((a) => a.status === 'maybe');
    const me = await store.users.get(ctx.platform, ctx.userId);
    return {
      ephemeral: true,
      lines: [
        [
          '👥 ',
          event.url ? { link: event.title, url: event.url } : { bold: event.title },
          ' — ',
          { time: event.start, timezone: event.timezone, style: event.allDay ? 'date' : 'full' },
          event.status === 'cancelled' ? ' (cancelled)' : '',
        ],
        [`✅ Going (${going.length}): ${peopleOrCount(going)}`],
        [`🤔 Maybe (${maybe.length}): ${peopleOrCount(maybe)}`],
        me?.visible
          ? ['Your name is shown to others; hide it with ', { bold: '/events visible off' }, '.']
          : ['Only people who chose ', { bold: '/events visible on' }, ' are named; everyone else is counted.'],
      ],
    };
  },
};
