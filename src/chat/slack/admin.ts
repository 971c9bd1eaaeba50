import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/log.js';

/**
 * Who may change a channel's region, feeds or digest settings on Slack:
 *
 * 1. a user listed in SLACK_ADMIN_USER_IDS (no API call), or
 * 2. a workspace admin or owner according to `users.info`
 *    (`is_admin || is_owner || is_primary_owner`).
 *
 * Answers are cached per workspace and user for `ttlMs` (default 5 minutes), so
 * a burst of commands costs one `users.info` call and a demoted admin loses
 * rights within minutes. When `users.info` fails (missing users:read scope,
 * network) the user is treated as not an admin and the failure is logged.
 */
export interface AdminChecker {
  isAdmin(teamId: string, userId: string): Promise<boolean>;
}

export interface AdminCheckerOptions {
  client: Pick<webApi.WebClient, 'users'>;
  adminUserIds: string[];
  logger: Logger;
  ttlMs?: number;
  now?: () => number;
}

const MAX_ENTRIES = 5000;

export function createAdminChecker(opts: AdminCheckerOptions): AdminChecker {
  const listed = new Set(opts.adminUserIds.map((id) => id.trim()).filter(Boolean));
  const ttl = opts.ttlMs ?? 5 * 60_000;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, { admin: boolean; until: number }>();

  /** null when Slack could not answer (not cached, so the next command asks again). */
  async function lookUp(teamId: string, userId: string): Promise<boolean | null> {
    try {
      const res = await opts.client.users.info({ user: userId });
      const user = res.user;
      return Boolean(user && (user.is_admin || user.is_owner || user.is_primary_owner));
    } catch (err) {
      opts.logger.warn({ err: describe(err), teamId, userId }, 'Slack users.info failed; treating the user as not an admin');
      return null;
    }
  }

  return {
    async isAdmin(teamId, userId) {
      if (listed.has(userId)) return true;
      const key = `${teamId}:${userId}`;
      const hit = cache.get(key);
      if (hit && hit.until > now()) return hit.admin;
      const admin = await lookUp(teamId, userId);
      if (admin === null) return false;
      cache.delete(key);
      cache.set(key, { admin, until: now() + ttl });
      if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      return admin;
    },
  };
}

/** A short description of a Web API error: the Slack error code when there is one. */
export function describe(err: unknown): string {
  const data = (err as { data?: { error?: unknown } } | null)?.data;
  if (data && typeof data.error === 'string') return data.error;
  return err instanceof Error ? err.message : String(err);
}
