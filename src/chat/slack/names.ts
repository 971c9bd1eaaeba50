import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/log.js';
import { describe } from './admin.js';

/**
 * A Slack member's display name for `/events visible on`: the profile's
 * display name, else their full name (users.info, scope users:read), else the
 * username Slack sent with the command. Cached a few minutes per user.
 */
export interface NameLookup {
  nameOf(userId: string, fallback: string | undefined): Promise<string | null>;
}

const TTL_MS = 5 * 60_000;

export function createNameLookup(client: Pick<webApi.WebClient, 'users'>, logger: Logger): NameLookup {
  const cache = new Map<string, { name: string | null; until: number }>();
  return {
    async nameOf(userId, fallback) {
      const hit = cache.get(userId);
      if (hit && hit.until > Date.now()) return hit.name ?? fallback ?? null;
      let name: string | null = null;
      try {
        const profile = (await client.users.info({ user: userId })).user?.profile;
        name = profile?.display_name?.trim() || profile?.real_name?.trim() || null;
      } catch (err) {
        logger.warn({ err: describe(err), userId }, 'Slack users.info failed; using the username for the display name');
      }
      cache.set(userId, { name, until: Date.now() + TTL_MS });
      if (cache.size > 5000) cache.delete(cache.keys().next().value!);
      return name ?? fallback ?? null;
    },
  };
}
