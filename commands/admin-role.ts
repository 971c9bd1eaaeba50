import { z } from 'zod';
import type { CommandDefinition } from '../src/core/chat.js';

/** Discord role ids are snowflakes; a typed role mention <@&id> is accepted too. */
const schema = z.object({
  role: z
    .string()
    .trim()
    .transform((v) => v.replace(/^<@&(\d+)>$/, '$1'))
    .pipe(z.string().regex(/^\d{5,25}$/, 'Pick a role from the list'))
    .optional(),
});

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['adminrole'],
  description: 'Let members with a role change this channel’s settings, besides Manage Server (admins)',
  admin: true,
  platforms: ['discord'],
  usage: '/events adminrole [role] — leave the role out to go back to Manage Server only',
  options: [{ name: 'role', description: 'The role whose members may change region, feeds and digest here', type: 'role' }],
  schema,
  async execute(ctx, args, { store }) {
    const channel = await store.channels.getOrCreate(ctx);
    await store.channels.update(channel.id, { adminRoleId: args.role ?? null });
    const text = args.role
      ? '🔑 Members with that role can now change this channel’s region, feeds and digest, as can members with Manage Server.'
      : '🔑 Only members with Manage Server can change this channel’s settings now.';
    return { ephemeral: false, lines: [[text]] };
  },
};
