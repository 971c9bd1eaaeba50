import { PERMS } from './state.js';

/**
 * The bot's channel permissions as Discord enforces them on the REST routes
 * the bot uses. The fake grants, by default, exactly what the README's
 * invite link asks for (`permissions=85056`), so every end-to-end test
 * proves that set is enough; tests take single permissions away to prove
 * each one is needed.
 *
 *   GET channel            View Channel                         else 403 50001 Missing Access
 *   POST message           + Send Messages, Embed Links (embeds) else 403 50013 Missing Permissions
 *   PATCH own message      + Embed Links (embeds)
 *   PUT own reaction       + Read Message History, and Add Reactions unless someone already reacted with that emoji
 *
 * Embed Links is modelled strictly (Discord may instead drop the embed,
 * which for this bot's posts — all embed — is just as broken).
 */
export const INVITE_PERMISSIONS = PERMS.ViewChannel | PERMS.SendMessages | PERMS.EmbedLinks | PERMS.AddReactions | PERMS.ReadMessageHistory;

export type PermissionName = 'ViewChannel' | 'SendMessages' | 'EmbedLinks' | 'AddReactions' | 'ReadMessageHistory';

export type Refusal = { status: 403; code: 50001 | 50013; message: string } | null;

const missingAccess: Refusal = { status: 403, code: 50001, message: 'Missing Access' };
const missingPermissions: Refusal = { status: 403, code: 50013, message: 'Missing Permissions' };

export type BotAction =
  { kind: 'view' } | { kind: 'send'; embeds: boolean } | { kind: 'edit'; embeds: boolean } | { kind: 'react'; firstOfEmoji: boolean };

/** Why Discord would refuse `action` with `granted` permissions, or null when it is allowed. */
export function refusal(granted: bigint, action: BotAction): Refusal {
  const has = (name: PermissionName) => (granted & PERMS[name]) !== 0n;
  if (!has('ViewChannel')) return missingAccess;
  switch (action.kind) {
    case 'view':
      return null;
    case 'send':
      return !has('SendMessages') || (action.embeds && !has('EmbedLinks')) ? missingPermissions : null;
    case 'edit':
      return action.embeds && !has('EmbedLinks') ? missingPermissions : null;
    case 'react':
      return !has('ReadMessageHistory') || (action.firstOfEmoji && !has('AddReactions')) ? missingPermissions : null;
  }
}
