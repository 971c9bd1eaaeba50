import { GuildMember, PermissionFlagsBits } from 'discord.js';
import type { APIInteractionGuildMember, Interaction, PermissionsBitField } from 'discord.js';

/**
 * Who counts as an admin on Discord.
 *
 * Rule: a member with Manage Server (ManageGuild) or Administrator in the
 * server where the command runs. The core additionally accepts members who
 * hold the channel's admin role (set with /events), so the member's role
 * ids are passed along too.
 *
 * Discord sends the member's permissions with every interaction (already
 * resolved for the channel), so no extra REST call is needed.
 */
export function isDiscordAdmin(permissions: PermissionsBitField | Readonly<PermissionsBitField> | null | undefined): boolean {
  if (!permissions) return false;
  // checkAdmin=false: test each bit literally, so the rule above is exactly what runs.
  return permissions.has(PermissionFlagsBits.ManageGuild, false) || permissions.has(PermissionFlagsBits.Administrator, false);
}

/** The member's role ids (without @everyone, whose id is the guild id). */
export function memberRoleIds(interaction: Pick<Interaction, 'member' | 'guildId'>): string[] {
  const member = interaction.member as GuildMember | APIInteractionGuildMember | null;
  if (!member) return [];
  const ids = member instanceof GuildMember ? [...member.roles.cache.keys()] : member.roles;
  return ids.filter((id) => id !== interaction.guildId);
}
