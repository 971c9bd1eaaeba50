import type { CommandContext, Reply } from '../src/core/chat.js';
import type { Store } from '../src/core/ports.js';

/**
 * For commands anyone may run whose changing form is for admins only
 * (`/events filter` shows the filter to everyone, changing it needs an
 * admin): the same test and refusal as the chat core's `admin: true`.
 */
export async function isChannelAdmin(ctx: CommandContext, store: Store): Promise<boolean> {
  if (ctx.isAdmin) return true;
  const channel = await store.channels.find(ctx);
  return Boolean(channel?.adminRoleId && ctx.roleIds?.includes(channel.adminRoleId));
}

export const adminRefusal: Reply = {
  ephemeral: true,
  lines: [
    [
      '🔒 Only admins can change this channel’s settings (Manage Server on Discord, workspace admins on Slack, or the role an admin chose).',
    ],
  ],
};
