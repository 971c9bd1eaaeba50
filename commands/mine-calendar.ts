import type { CommandContext, CommandDeps, Reply } from '../src/core/chat.js';
import { calendarLinkLines, newCalendarToken } from './calendar-link.js';

/** `/events mine calendar`: the person's own RSVPs as a private calendar link, shown only to them. */
export async function mineCalendar(ctx: CommandContext, { store, publicUrl }: CommandDeps): Promise<Reply> {
  const feed = await store.calendars.personFeed(ctx.platform, ctx.userId, newCalendarToken());
  return {
    ephemeral: true,
    lines: [
      [{ bold: '📅 Your events as a calendar' }, ' — what you RSVPed going (✅) or maybe (🤔) to, updated as you RSVP:'],
      ...calendarLinkLines(publicUrl, feed.token),
      ['This link is yours alone: anyone with it can see which events you go to.'],
    ],
  };
}
