import { z } from 'zod';
import type { CommandDefinition, Reply } from '../src/core/chat.js';
import { adminRefusal, isChannelAdmin } from './channel-admin.js';
import { calendarLinkLines, newCalendarToken } from './calendar-link.js';

const schema = z.object({ action: z.enum(['reset'], { message: 'The only option is reset' }).optional() });

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['calendar'],
  description: 'A private calendar link (iCal) with this channel’s events; reset makes a new link (admins)',
  admin: false,
  usage: '/events calendar — or /events calendar reset (admins: the old link stops working)',
  options: [
    {
      name: 'action',
      description: 'reset: make a new link and stop the old one (admins)',
      type: 'string',
      choices: [{ name: 'Make a new link (the old one stops working)', value: 'reset' }],
    },
  ],
  schema,
  async execute(ctx, args, { store, publicUrl }): Promise<Reply> {
    if (args.action === 'reset') {
      if (!(await isChannelAdmin(ctx, store))) return adminRefusal;
      const channel = await store.channels.getOrCreate(ctx);
      const feed = await store.calendars.resetChannel(channel.id, newCalendarToken());
      return {
        ephemeral: true,
        lines: [
          ['🔁 New calendar link for this channel. The old link no longer works; anyone subscribed needs the new one:'],
          ...calendarLinkLines(publicUrl, feed.token),
        ],
      };
    }
    const channel = await store.channels.find(ctx);
    if (!channel) {
      return {
        ephemeral: true,
        lines: [
          ['This channel has no events yet, so there is no calendar. An admin can start with ', { bold: '/events region <place>' }, '.'],
        ],
      };
    }
    const feed = await store.calendars.channelFeed(channel.id, newCalendarToken());
    const region = channel.regionName ? ` near ${channel.regionName}` : '';
    return {
      ephemeral: true,
      lines: [
        [{ bold: `📅 This channel’s events${region} as a calendar` }, ' (only you see this link; it updates by itself):'],
        ...calendarLinkLines(publicUrl, feed.token),
        [
          'Keep the link private: anyone with it can read the calendar. Admins can replace it with ',
          { bold: '/events calendar reset' },
          '.',
        ],
      ],
    };
  },
};
