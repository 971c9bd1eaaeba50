import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ListenerDeps } from './deps.js';

/**
 * Global middleware: an Events API delivery whose `event_id` was already
 * handled is a Slack retry and stops here (Bolt has acknowledged it already).
 * Ids are checked in memory (event-ids.ts) and then in the database through
 * the core, so a retry that arrives after a restart, or at another instance,
 * is dropped too.
 */
export function dedupeEvents(deps: ListenerDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    // Memory first (cheap), then the database, which also remembers across restarts and instances.
    if (typeof eventId === 'string' && !(deps.seen.firstSeen(eventId) && (await deps.core.firstDelivery(`slack:${eventId}`)))) {
      deps.logger.debug({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'Ignoring a repeated Slack event');
      return;
    }
    if (typeof eventId === 'string' && context.retryNum) {
      deps.logger.info(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        'Slack retried an event we had not seen; handling it',
      );
    }
    await next();
  };
}
