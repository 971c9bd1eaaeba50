import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const schema = z.object({
  day: z.enum([...DAYS, 'off'], { message: 'Day must be a weekday name like monday, or off' }),
  time: z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3])[:.]([0-5]\d)$/, 'Time must be a 24-hour time like 09:00 or 18:30')
    .optional(),
  empty: z.enum(['note', 'silent'], { message: 'For an empty week say note or silent' }).optional(),
});

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['digest'],
  description: 'Weekly digest day and time in this channel’s timezone, or off (admins)',
  admin: true,
  usage: '/events digest <monday…sunday> [HH:MM] [note|silent] — or /events digest off',
  options: [
    {
      name: 'day',
      description: 'Day of the week, or off',
      type: 'string',
      required: true,
      choices: [...DAYS, 'off'].map((d) => ({ name: d[0]!.toUpperCase() + d.slice(1), value: d })),
    },
    { name: 'time', description: '24-hour time, e.g. 09:00 (default 09:00)', type: 'string' },
    {
      name: 'empty',
      description: 'A week with no events: post a short note (default) or nothing',
      type: 'string',
      choices: [
        { name: 'Post a short note', value: 'note' },
        { name: 'Post nothing', value: 'silent' },
      ],
    },
  ],
  schema,
  async execute(ctx, args, { store }) {
    const channel = await store.channels.getOrCreate(ctx);
    if (args.day === 'off') {
      await store.channels.update(channel.id, { digestDay: null });
      return { ephemeral: false, lines: [['🗓️ Weekly digest turned off for this channel.']] };
    }
    const time = normaliseTime(args.time ?? channel.digestTime);
    const emptyNote = args.empty ? args.empty === 'note' : channel.digestEmptyNote;
    await store.channels.update(channel.id, { digestDay: DAYS.indexOf(args.day) + 1, digestTime: time, digestEmptyNote: emptyNote });
    const day = args.day[0]!.toUpperCase() + args.day.slice(1);
    return {
      ephemeral: false,
      lines: [
        ['🗓️ Weekly digest: ', { bold: `${day}s at ${time}` }, ` (${channel.timezone}), covering the next 7 days.`],
        [emptyNote ? 'A week with no events gets a short note.' : 'A week with no events gets no message.'],
      ],
    };
  },
};

function normaliseTime(t: string): string {
  const [h, m] = t.split(/[:.]/);
  return `${h!.padStart(2, '0')}:${m}`;
}
