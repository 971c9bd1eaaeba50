import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { createSerialQueue } from '../../../core/serial.js';
import type { ListenerDeps } from './deps.js';

/**
 * Global middleware for Events API deliveries:
 * - one person's events are handled in the order Slack sent them (a ✅ added
 *   then removed quickly must end as removed, whatever the checks below await);
 * - a delivery whose `event_id` was already handled is a Slack retry and
 *   stops here (Bolt has acknowledged it already). Ids are checked in memory
 *   (event-ids.ts) and then in the database through the core, so a retry that
 *   arrives after a restart, or at another instance, is dropped too.
 */
export function dedupeEvents(deps: ListenerDeps): Middleware<AnyMiddlewareArgs> {
  const inOrder = createSerialQueue();
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    const user = (body as { event?: { user?: unknown } }).event?.user;
    let failure: unknown;
    await inOrder(typeof user === 'string' ? user : eventId, async () => {
      try {
        if (await firstTime(deps, eventId, context)) await next();
      } catch (error) {
        failure = error;
      }
    });
    if (failure) throw failure;
  };
}

async function firstTime(deps: ListenerDeps, eventId: string, context: { retryNum?: number; retryReason?: string }): Promise<boolean> {
  // Memory first (cheap), then the database, which also remembers across restarts and instances.
  if (!(deps.seen.firstSeen(eventId) && (await deps.core.firstDelivery(`slack:${eventId}`)))) {
    deps.logger.debug({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'Ignoring a repeated Slack event');
    return false;
  }
  if (context.retryNum) {
    deps.logger.info(
      { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
      'Slack retried an event we had not seen; handling it',
    );
  }
  return true;
}
