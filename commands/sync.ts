import type { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';
import { onOffOption, onOffSchema } from './options.js';

const schema = onOffSchema;

/**
 * `/events sync on|off` (admins, Discord): mirror the events posted in this
 * channel into the server's Events tab (src/deliver/events-sync.ts). Turning
 * it on checks the bot's permissions in the server first and names what is
 * missing; it also resumes a sync paused by a problem.
 */
export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['sync'],
  description: 'Mirror this channel’s events into the server’s Events tab (admins, Discord)',
  admin: true,
  usage: '/events sync <on|off>',
  options: [onOffOption('on: add posted in-person events to the Events tab; off: stop')],
  schema,
  async execute(ctx, args, deps) {
    const api = deps.chatPort?.(ctx.platform)?.scheduledEvents;
    if (ctx.platform !== 'discord' || !api) {
      return {
        ephemeral: true,
        lines: [
          ['Events-tab sync is a Discord feature: it copies events into a Discord server’s Events tab. There is nothing to sync here.'],
        ],
      };
    }
    const channel = await deps.store.channels.getOrCreate(ctx);
    if (args.state === 'off') {
      await deps.store.optIns.set(channel.id, { syncEvents: false });
      return {
        ephemeral: false,
        lines: [['⚙️ Events posted here will no longer be added to the Events tab. Events already there stay until they end.']],
      };
    }
    const access = await api.checkAccess(ctx.workspaceId);
    if (!access.ok) return { ephemeral: true, lines: [[`❌ ${access.message}`]] };
    await deps.store.optIns.set(channel.id, { syncEvents: true, syncProblem: null });
    return {
      ephemeral: false,
      lines: [
        [
          '⚙️ In-person events posted here will be added to this server’s Events tab, updated when they change and cancelled when they are.',
        ],
        ['The soonest ones are kept there (Discord allows 100 per server); people marked “interested” are counted on the posts.'],
      ],
    };
  },
};
